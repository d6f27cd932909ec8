"""E-mails at each change of an order, in the reader's language.

The order's services call the functions at the top, which only write a notice (see
shop.mail.notices) in the change's transaction; the worker runs the handlers below, which
choose the recipients and write the mails. Facts that may change before then (the status a
part reached, a new total, the amount refunded) travel in the notice."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from babel.dates import format_datetime
from babel.numbers import format_currency
from flask import current_app, url_for
from flask_babel import lazy_gettext as _l
from sqlalchemy import inspect, select
from sqlalchemy.orm import joinedload, selectinload
from werkzeug.routing import BuildError

from groupings.models import Supplier, SupplierMember
from shop.extensions import db
from shop.i18n import FORMAT_LOCALES
from shop.mail.notices import handles, notify
from shop.mail.services import queue_mail
from shop.orders.models import Order, OrderLine, OrderPart
from shop.orders.states import CLOSED, STATUS_NAMES

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


# What the order's services call: one notice each, nothing else.


def order_placed(order_id: int) -> None:
    """Tells the customer; for cash on delivery the sellers too, who may prepare at once."""
    notify("order_placed", order_id=order_id)


def order_paid(order: Order) -> None:
    """Tells the customer, and each seller that its part can be prepared."""
    notify("order_paid", order_id=order.id)


def part_status_changed(part: OrderPart) -> None:
    notify("part_status", part_id=part.id, status=part.status)


def order_cancelled(order: Order, reason: str, *, seller_reason: str = "") -> None:
    notify(
        "order_cancelled",
        order_id=order.id,
        reason=reason,
        seller_reason=seller_reason,
        whole=order.status == "cancelled",
    )


def line_cancelled(part: OrderPart, line: OrderLine, *, refunded: bool) -> None:
    """A seller cannot supply one product: the rest of the order goes on."""
    notify(
        "line_cancelled",
        part_id=part.id,
        line_id=line.id,
        refunded=refunded,
        new_total=str(part.order.total),
    )


def order_refunded(
    order: Order, amount: Decimal, parts: list[OrderPart], *, seller_reason: str = ""
) -> None:
    notify(
        "order_refunded",
        order_id=order.id,
        amount=str(amount),
        part_ids=[part.id for part in parts],
        seller_reason=seller_reason,
    )


# What the worker runs.


def _order(order_id: int) -> Order:
    """The order with what its mails show, in four queries rather than one per part."""
    return db.session.scalars(
        select(Order)
        .where(Order.id == order_id)
        .options(
            joinedload(Order.customer),
            selectinload(Order.parts).selectinload(OrderPart.lines),
            selectinload(Order.parts).joinedload(OrderPart.supplier),
        )
    ).one()


@handles("order_placed")
def _mail_order_placed(data: dict) -> None:
    order = _order(data["order_id"])
    _to_customer(order, "order_placed")
    if order.payment_method == "cash":
        _to_sellers(order)


@handles("order_paid")
def _mail_order_paid(data: dict) -> None:
    order = _order(data["order_id"])
    _to_customer(order, "order_paid")
    _to_sellers(order)


@handles("part_status")
def _mail_part_status(data: dict) -> None:
    part = db.session.get_one(OrderPart, data["part_id"])
    status = data["status"]
    _to_customer(
        part.order, "order_status", part=part, status=status, status_name=STATUS_NAMES[status]
    )


@handles("order_cancelled")
def _mail_order_cancelled(data: dict) -> None:
    _to_customer(
        _order(data["order_id"]),
        "order_cancelled",
        reason=CANCEL_REASONS.get(data["reason"], ""),
        seller_reason=data["seller_reason"],
        whole=data["whole"],
    )


@handles("line_cancelled")
def _mail_line_cancelled(data: dict) -> None:
    part = db.session.get_one(OrderPart, data["part_id"])
    _to_customer(
        part.order,
        "line_cancelled",
        part=part,
        line=db.session.get_one(OrderLine, data["line_id"]),
        refunded=data["refunded"],
        new_total=Decimal(data["new_total"]),
    )


@handles("order_refunded")
def _mail_order_refunded(data: dict) -> None:
    _to_customer(
        _order(data["order_id"]),
        "order_refunded",
        amount=Decimal(data["amount"]),
        parts=[db.session.get_one(OrderPart, part_id) for part_id in data["part_ids"]],
        seller_reason=data["seller_reason"],
    )


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


def _to_sellers(order: Order) -> None:
    """Each seller whose part is still open told once that it can prepare it: paid, or to
    be paid in cash on delivery."""
    parts = [part for part in order.parts if part.status not in CLOSED]
    _load_teams([part.supplier for part in parts])
    for part in parts:
        for email, language in _supplier_recipients(part.supplier):
            queue_mail(
                recipient=email,
                template="order_supplier_new",
                language=language,
                order=order,
                part=part,
                **_formatters(language),
            )
