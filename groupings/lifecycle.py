"""A seller's life on the platform: pending -> active -> suspended -> active again.

Only a platform admin moves a seller; the team is told each time by e-mail, each member in
their own language. Only active sellers' products are shown (catalog.services filters)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, select

from groupings import errors
from groupings.models import SUPPLIER_STATUSES, Supplier
from shop.accounts.models import User
from shop.accounts.permissions import Permission, ensure
from shop.config import DEFAULT_LANGUAGE, LANGUAGES
from shop.errors import NotFound
from shop.extensions import db
from shop.mail.services import queue_mail

MAX_REASON = 2000

# language -> the URL of the seller's page in that language, given by the caller (the
# service knows no request); None leaves the link out of the e-mail.
LinkFor = Callable[[str], str] | None


def mail_language(user: User) -> str:
    return user.preferred_language if user.preferred_language in LANGUAGES else DEFAULT_LANGUAGE


def supplier_name_in(supplier: Supplier, language: str) -> str:
    row = supplier.translation(language)
    return row.name if row else supplier.slug


def tell_team(supplier: Supplier, template: str, link_for: LinkFor = None, **context) -> int:
    """Queues `template` to every member of the team; returns how many."""
    for member in supplier.team:
        language = mail_language(member.user)
        queue_mail(
            recipient=member.user.email,
            template=template,
            language=language,
            recipient_name=member.user.full_name,
            supplier_name=supplier_name_in(supplier, language),
            link=link_for(language) if link_for else "",
            **context,
        )
    return len(supplier.team)


@dataclass(frozen=True)
class StatusCounts:
    pending: int
    active: int
    suspended: int


def count_suppliers_by_status(actor: User) -> StatusCounts:
    ensure(actor, Permission.ADMIN)
    rows = dict(
        db.session.execute(select(Supplier.status, func.count()).group_by(Supplier.status)).all()
    )
    return StatusCounts(**{status: rows.get(status, 0) for status in SUPPLIER_STATUSES})


def list_suppliers_by_status(actor: User, status: str) -> list[Supplier]:
    """Oldest first: the first to apply is the first to be answered."""
    ensure(actor, Permission.ADMIN)
    if status not in SUPPLIER_STATUSES:
        raise NotFound()
    query = (
        select(Supplier).where(Supplier.status == status).order_by(Supplier.created_at, Supplier.id)
    )
    return list(db.session.scalars(query))


def get_supplier_for_admin(actor: User, slug: str) -> Supplier:
    ensure(actor, Permission.ADMIN)
    supplier = db.session.scalar(select(Supplier).where(Supplier.slug == slug))
    if supplier is None:
        raise NotFound()
    return supplier


def _move(supplier: Supplier, status: str, reason: str, link_for: LinkFor) -> Supplier:
    supplier.status = status
    supplier.status_reason = reason
    db.session.flush()
    tell_team(supplier, "supplier_status", link_for, status=status, reason=reason)
    return supplier


def approve_supplier(actor: User, supplier: Supplier, *, link_for: LinkFor = None) -> Supplier:
    ensure(actor, Permission.ADMIN)
    if supplier.status != "pending":
        raise errors.SupplierNotPending()
    return _move(supplier, "active", "", link_for)


def suspend_supplier(
    actor: User, supplier: Supplier, reason: str, *, link_for: LinkFor = None
) -> Supplier:
    """Hides the seller's products at once; the reason is shown to the seller. A pending
    application can be suspended too: that is how a platform admin turns one down."""
    ensure(actor, Permission.ADMIN)
    reason = reason.strip()
    if not reason:
        raise errors.SuspensionNeedsReason()
    if len(reason) > MAX_REASON:
        reason = reason[:MAX_REASON]
    if supplier.status == "suspended":
        raise errors.SupplierAlreadySuspended()
    return _move(supplier, "suspended", reason, link_for)


def reactivate_supplier(actor: User, supplier: Supplier, *, link_for: LinkFor = None) -> Supplier:
    ensure(actor, Permission.ADMIN)
    if supplier.status != "suspended":
        raise errors.SupplierNotSuspended()
    return _move(supplier, "active", "", link_for)
