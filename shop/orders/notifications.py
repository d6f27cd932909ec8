"""E-mails at each change of an order, through the outbox, in the reader's language."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from babel.dates import format_datetime
from babel.numbers import format_currency
from flask import current_app, url_for
from flask_babel import lazy_gettext as _l
from sqlalchemy import inspect, select
from sqlalchemy.orm import selectinload
from werkzeug.routing import BuildError

from groupings.models import Supplier, SupplierMember
from shop.extensions import db
from shop.i18n import FORMAT_LOCALES
from shop.mail.services import queue_mail
from shop.orders.models import Order, OrderLine, OrderPart
from shop.orders.states import STATUS_NAMES

CANCEL_REASONS = {
    "customer": _l("You cancelled this order."),
    "expired": _l("The card payment was not completed in time."),
    "payment_failed": _l("The card payment was refused. Nothing was charged."),
    "payment_cancelled": _l("The card payment was cancelled. Nothing was charged."),
    "admin": _l("Our team cancelled this order."),
    "supplier": _l("The seller could not prepare this order."),
}


def _formatters(language: str) -> dict:
    """Amounts and times in the reader's conventions, whatever page triggered the mail."""
    locale = FORMAT_LOCALES.get(language, FORMAT_LOCALES["fr"])
    timezone = current_app.config["BABEL_DEFAULT_TIMEZONE"]

    def money(amount: Decimal) -> str:
        return format_currency(amount, "MAD", locale=locale)

    def when(moment: datetime | None) -> str:
        if moment is None:
            return ""
        return format_datetime(moment, "short", tzinfo=timezone, locale=locale)

    return {"money": money, "when": when}


def order_url(order: Order, language: str) -> str:
    """An absolute link when the application knows its address (in a request, or with
    SERVER_NAME set); commands without either send the reference alone."""
    try:
        return url_for("orders.order_detail", order_id=order.id, lang_code=language, _external=True)
    except (RuntimeError, BuildError):
        return ""


def _to_customer(order: Order, template: str, **context: object) -> None:
    customer = order.customer
    language = customer.preferred_language or order.language
    queue_mail(
        recipient=customer.email,
        template=template,
        language=language,
        order=order,
        customer=customer,
        order_url=order_url(order, language),
        **_formatters(language),
        **context,
    )


def order_placed(order: Order) -> None:
    _to_customer(order, "order_placed")


def order_paid(order: Order) -> None:
    _to_customer(order, "order_paid")


def part_status_changed(part: OrderPart) -> None:
    _to_customer(part.order, "order_status", part=part, status_name=STATUS_NAMES[part.status])


def order_cancelled(order: Order, reason: str, *, seller_reason: str = "") -> None:
    _to_customer(
        order,
        "order_cancelled",
        reason=CANCEL_REASONS.get(reason, ""),
        seller_reason=seller_reason,
    )


def line_cancelled(part: OrderPart, line: OrderLine, *, refunded: bool) -> None:
    """A seller cannot supply one product: the rest of the order goes on."""
    _to_customer(part.order, "line_cancelled", part=part, line=line, refunded=refunded)


def order_refunded(
    order: Order, amount: Decimal, parts: list[OrderPart], *, seller_reason: str = ""
) -> None:
    _to_customer(order, "order_refunded", amount=amount, parts=parts, seller_reason=seller_reason)


def _supplier_recipients(supplier: Supplier) -> list[tuple[str, str]]:
    owners = [m.user for m in supplier.team if m.role in ("owner", "manager")]
    recipients = [(user.email, user.preferred_language) for user in owners]
    if supplier.email and supplier.email not in {email for email, _lang in recipients}:
        recipients.append((supplier.email, owners[0].preferred_language if owners else "fr"))
    return recipients


def _load_teams(suppliers: list[Supplier]) -> None:
    """Every supplier's team and their accounts in two queries, not two per supplier."""
    unloaded = [s.id for s in suppliers if "team" in inspect(s).unloaded]
    if unloaded:
        db.session.scalars(
            select(Supplier)
            .where(Supplier.id.in_(unloaded))
            .options(selectinload(Supplier.team).joinedload(SupplierMember.user))
        ).all()


def suppliers_to_prepare(parts: list[OrderPart]) -> None:
    """Each seller told once its part can be prepared: paid, or to be paid in cash on
    delivery."""
    _load_teams([part.supplier for part in parts])
    for part in parts:
        for email, language in _supplier_recipients(part.supplier):
            queue_mail(
                recipient=email,
                template="order_supplier_new",
                language=language,
                order=part.order,
                part=part,
                **_formatters(language),
            )
