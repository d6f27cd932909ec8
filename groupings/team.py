"""A seller's team: invitations by e-mail link, roles, removal, and switching between sellers.

An invitation link carries a random token; only its SHA-256 is stored, so a copy of the
database cannot be used to join a team. A link works once, for 7 days, and only for the
e-mail address it was sent to."""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from flask_babel import lazy_gettext as _l
from sqlalchemy import select

from groupings import errors
from groupings.lifecycle import supplier_name_in
from groupings.models import MEMBER_ROLES, Supplier, SupplierInvitation, SupplierMember
from shop.accounts.models import User
from shop.accounts.permissions import Permission, ensure
from shop.accounts.services import normalise_email
from shop.config import LANGUAGES
from shop.extensions import db
from shop.mail.services import queue_mail

INVITATION_LIFETIME = timedelta(days=7)
INVITABLE_ROLES = ("manager", "staff")
MEMBER_ROLE_NAMES = {
    "owner": _l("Owner"),
    "manager": _l("Manager"),
    "staff": _l("Staff"),
}
MEMBER_ROLE_HELP = {
    "owner": _l("Everything, including the bank details and the team."),
    "manager": _l("Products, stock, orders and attestations."),
    "staff": _l("Sees the shop and prepares orders."),
}


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass(frozen=True)
class SentInvitation:
    invitation: SupplierInvitation
    token: str  # only ever in the e-mail; the database keeps its hash


def _owners(supplier: Supplier) -> list[SupplierMember]:
    return [member for member in supplier.team if member.role == "owner"]


def list_team(actor: User, supplier: Supplier) -> list[SupplierMember]:
    ensure(actor, Permission.SUPPLIER_MANAGE, supplier)
    order = {role: position for position, role in enumerate(MEMBER_ROLES)}
    return sorted(supplier.team, key=lambda m: (order.get(m.role, 9), m.user.full_name, m.id))


def list_open_invitations(
    actor: User, supplier: Supplier, *, now: datetime
) -> list[SupplierInvitation]:
    ensure(actor, Permission.SUPPLIER_OWN, supplier)
    query = (
        select(SupplierInvitation)
        .where(
            SupplierInvitation.supplier_id == supplier.id,
            SupplierInvitation.accepted_at.is_(None),
            SupplierInvitation.expires_at > now,
        )
        .order_by(SupplierInvitation.created_at, SupplierInvitation.id)
    )
    return list(db.session.scalars(query))


def invite_member(
    actor: User,
    supplier: Supplier,
    *,
    email: str,
    role: str,
    language: str,
    now: datetime,
    link_for: Callable[[str, str], str],
) -> SentInvitation:
    """Sends an invitation to `email` in `language` (the invitee may have no account yet).

    `link_for(token, language)` is the acceptance URL. A new invitation to the same address
    replaces any open one, so only the newest link works."""
    ensure(actor, Permission.SUPPLIER_OWN, supplier)
    if role not in INVITABLE_ROLES:
        raise errors.InvalidRole()
    email = normalise_email(email)
    if any(member.user.email == email for member in supplier.team):
        raise errors.AlreadyMember(email=email)
    language = language if language in LANGUAGES else "fr"
    for older in db.session.scalars(
        select(SupplierInvitation).where(
            SupplierInvitation.supplier_id == supplier.id,
            SupplierInvitation.email == email,
            SupplierInvitation.accepted_at.is_(None),
            SupplierInvitation.expires_at > now,
        )
    ):
        older.expires_at = now
    token = secrets.token_urlsafe(32)
    invitation = SupplierInvitation(
        supplier=supplier,
        email=email,
        role=role,
        token_hash=hash_token(token),
        invited_by_id=actor.id,
        created_at=now,
        expires_at=now + INVITATION_LIFETIME,
    )
    db.session.add(invitation)
    db.session.flush()
    queue_mail(
        recipient=email,
        template="supplier_invitation",
        language=language,
        supplier_name=supplier_name_in(supplier, language),
        inviter_name=actor.full_name,
        role_name=MEMBER_ROLE_NAMES[role],
        link=link_for(token, language),
    )
    return SentInvitation(invitation=invitation, token=token)


def revoke_invitation(
    actor: User, supplier: Supplier, invitation_id: int, *, now: datetime
) -> SupplierInvitation:
    ensure(actor, Permission.SUPPLIER_OWN, supplier)
    invitation = db.session.get(SupplierInvitation, invitation_id)
    if invitation is None or invitation.supplier_id != supplier.id:
        raise errors.InvitationInvalid()
    if invitation.accepted_at is None and invitation.expires_at > now:
        invitation.expires_at = now
        db.session.flush()
    return invitation


def find_invitation(token: str, *, now: datetime) -> SupplierInvitation:
    """The open invitation behind a link; InvitationInvalid when unknown, used or expired."""
    invitation = db.session.scalar(
        select(SupplierInvitation).where(SupplierInvitation.token_hash == hash_token(token))
    )
    if invitation is None or invitation.accepted_at is not None or invitation.expires_at <= now:
        raise errors.InvitationInvalid()
    return invitation


def accept_invitation(user: User, token: str, *, now: datetime) -> SupplierMember:
    """`user` joins the team with the invited role, if the link was sent to their address."""
    ensure(user, Permission.ACCOUNT)
    invitation = find_invitation(token, now=now)
    if normalise_email(user.email) != invitation.email:
        raise errors.InvitationForAnotherEmail(email=invitation.email)
    invitation.accepted_at = now
    invitation.accepted_by_id = user.id
    existing = next((m for m in invitation.supplier.team if m.user_id == user.id), None)
    if existing is not None:  # joined meanwhile through another link: keep their role
        db.session.flush()
        return existing
    member = SupplierMember(supplier=invitation.supplier, user=user, role=invitation.role)
    db.session.add(member)
    db.session.flush()
    db.session.refresh(user)
    return member


def _member_of(supplier: Supplier, member_id: int) -> SupplierMember:
    member = next((m for m in supplier.team if m.id == member_id), None)
    if member is None:  # unknown, or a member of another seller's team
        raise errors.MemberNotFound()
    return member


def change_member_role(
    actor: User, supplier: Supplier, member_id: int, role: str
) -> SupplierMember:
    ensure(actor, Permission.SUPPLIER_OWN, supplier)
    if role not in MEMBER_ROLES:
        raise errors.InvalidRole()
    member = _member_of(supplier, member_id)
    if member.role == "owner" and role != "owner" and len(_owners(supplier)) == 1:
        raise errors.LastOwner()
    member.role = role
    db.session.flush()
    return member


def remove_member(actor: User, supplier: Supplier, member_id: int) -> None:
    ensure(actor, Permission.SUPPLIER_OWN, supplier)
    member = _member_of(supplier, member_id)
    if member.role == "owner" and len(_owners(supplier)) == 1:
        raise errors.LastOwner()
    user = member.user
    supplier.team.remove(member)
    db.session.flush()
    db.session.refresh(user)


def suppliers_of(user: User) -> list[Supplier]:
    """The sellers `user` works for, by name, for the switcher."""
    if not getattr(user, "is_authenticated", False):
        return []
    return sorted(
        (membership.supplier for membership in user.supplier_memberships),
        key=lambda supplier: (supplier.name.casefold(), supplier.id),
    )


def choose_supplier(user: User, slug: str) -> Supplier:
    """The seller `user` switches to; refused unless they belong to its team."""
    ensure(user, Permission.ACCOUNT)
    supplier = next((s for s in suppliers_of(user) if s.slug == slug), None)
    if supplier is None:
        raise errors.MemberNotFound()
    return supplier


def remembered_supplier(user: User, slug: str | None) -> Supplier | None:
    """The seller remembered for `user` if they still belong to it, else their first one."""
    suppliers = suppliers_of(user)
    return next((s for s in suppliers if s.slug == slug), suppliers[0] if suppliers else None)
