"""Refunds, for a whole order or one supplier's part: through Stripe for card payments,
recorded by hand for bank transfers (the operator sends the money back the same way).

Stripe is asked first, with an idempotency key per part: if our transaction then fails, the
retry gets the same Stripe refund back instead of paying the customer twice."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from decimal import Decimal
from typing import Any

from flask_babel import lazy_gettext as _l
from sqlalchemy import select

from shop.accounts.models import User
from shop.accounts.permissions import Permission, can, ensure
from shop.errors import AccessDenied, ShopError
from shop.extensions import db
from shop.orders import notifications, states
from shop.orders import services as orders
from shop.orders.errors import CancellationRefused, OrderNotFound
from shop.orders.models import Order, OrderLine, OrderPart
from shop.payments import gateway
from shop.payments.models import Payment, Refund


class RefundError(ShopError):
    pass


class NothingToRefund(RefundError):
    message = _l("There is nothing left to refund on this order.")
    status_code = 409


class CashIsNotRefunded(RefundError):
    message = _l("Cash on delivery is paid to the seller: cancel the part before delivery instead.")
    status_code = 409


class PartOfAnotherOrder(RefundError):
    message = _l("This part belongs to another order.")
    status_code = 404


def _succeeded_payment(order: Order) -> Payment | None:
    return db.session.scalars(
        select(Payment)
        .where(Payment.order_id == order.id, Payment.status == "succeeded")
        .order_by(Payment.id)
    ).first()


def refund_parts(
    actor: User,
    order: Order,
    parts: list[OrderPart] | None,
    *,
    reason: str,
    config: Mapping[str, Any],
    now: datetime,
) -> list[Refund]:
    """Refunds the given parts (every open part when None) of a paid order. Admins only;
    customers go through `cancel_paid_order_as_customer`."""
    if not can(actor, Permission.ADMIN):
        raise AccessDenied()
    return _refund(actor, order, parts, reason=reason, config=config, now=now)


def cancel_paid_order_as_customer(
    customer: User, order: Order, *, config: Mapping[str, Any], now: datetime
) -> list[Refund]:
    """A customer cancels a paid order before any seller started on it: full refund."""
    if order.customer_id != customer.id:
        raise OrderNotFound()
    if any(part.status not in states.NOT_STARTED for part in order.parts):
        raise CancellationRefused()
    return _refund(customer, order, None, reason="customer", config=config, now=now)


def refund_part_for_seller(
    actor: User, part: OrderPart, *, reason: str, config: Mapping[str, Any], now: datetime
) -> list[Refund]:
    """The seller cannot prepare a paid part: it is refunded before anything is sent, and
    the customer reads the seller's reason."""
    ensure(actor, Permission.SUPPLIER_VIEW, part.supplier)
    if part.status not in orders.SELLER_CANCELLABLE:
        raise CancellationRefused()
    return _refund(
        actor, part.order, [part], reason=reason, config=config, now=now, seller_reason=reason
    )


def refund_line(
    actor: User, line: OrderLine, *, reason: str, config: Mapping[str, Any], now: datetime
) -> Refund:
    """Gives back what one cancelled line cost (shop.orders.services.cancel_line took it
    out of the part). One refund per line, whatever the retries."""
    part = line.part
    ensure(actor, Permission.SUPPLIER_VIEW, part.supplier)
    order = part.order
    payment = _succeeded_payment(order)
    if payment is None or not line.is_cancelled:
        raise NothingToRefund()
    refund = _give_back(
        actor, payment, part, line.line_total, line=line, reason=reason, config=config, now=now
    )
    order.refunded_total += line.line_total
    part.refunded_amount += line.line_total
    db.session.flush()
    return refund


def _refund(
    actor: User,
    order: Order,
    parts: list[OrderPart] | None,
    *,
    reason: str,
    config: Mapping[str, Any],
    now: datetime,
    seller_reason: str = "",
) -> list[Refund]:
    order = orders.lock_order(order.id)
    if order.payment_method == "cash":
        raise CashIsNotRefunded()
    if parts is not None and any(part.order_id != order.id for part in parts):
        raise PartOfAnotherOrder()
    chosen = [p for p in (parts if parts is not None else order.parts) if _refundable(p)]
    if order.paid_at is None or not chosen:
        raise NothingToRefund()
    payment = _succeeded_payment(order)
    if payment is None:
        raise NothingToRefund()
    refunds = []
    for part in chosen:
        refund = _give_back(
            actor, payment, part, part.total, line=None, reason=reason, config=config, now=now
        )
        order.refunded_total += part.total
        orders.mark_part_refunded(part, actor=actor, now=now, note=reason)
        refunds.append(refund)
    db.session.flush()
    notifications.order_refunded(
        order,
        sum((r.amount for r in refunds), Decimal("0.00")),
        chosen,
        seller_reason=seller_reason,
    )
    return refunds


def _give_back(
    actor: User,
    payment: Payment,
    part: OrderPart,
    amount: Decimal,
    *,
    line: OrderLine | None,
    reason: str,
    config: Mapping[str, Any],
    now: datetime,
) -> Refund:
    """Asks Stripe first for a card payment, with one idempotency key per part or line, then
    records the refund; transfers are recorded for the operator to send back by hand."""
    what = f"line-{line.id}" if line is not None else f"part-{part.id}"
    provider_id = None
    if payment.method == "card":
        metadata = {"order_id": str(part.order_id), "part_id": str(part.id)}
        if line is not None:
            metadata["line_id"] = str(line.id)
        provider_id = gateway.create_refund(
            config,
            intent_id=payment.intent_id or "",
            amount=amount,
            idempotency_key=f"souk-refund-{what}",
            metadata=metadata,
        )
    refund = Refund(
        order_id=part.order_id,
        part=part,
        line=line,
        payment_id=payment.id,
        amount=amount,
        currency=payment.currency,
        method="stripe" if provider_id else "manual",
        provider_refund_id=provider_id,
        reason=reason[:500],
        actor_id=actor.id,
        created_at=now,
    )
    db.session.add(refund)
    return refund


def _refundable(part: OrderPart) -> bool:
    return part.status not in states.CLOSED and states.can_move(part.status, states.REFUNDED)


def refund_payment(
    payment: Payment, *, config: Mapping[str, Any], now: datetime, reason: str
) -> Refund:
    """Gives a whole card payment back: it arrived for an order already paid, or too late
    for an order whose products were sold meanwhile. No part changes: none was served."""
    provider_id = gateway.create_refund(
        config,
        intent_id=payment.intent_id or "",
        amount=payment.amount,
        idempotency_key=f"souk-refund-payment-{payment.id}",
        metadata={"order_id": str(payment.order_id), "payment_id": str(payment.id)},
    )
    refund = Refund(
        order_id=payment.order_id,
        part=None,
        payment_id=payment.id,
        amount=payment.amount,
        currency=payment.currency,
        method="stripe",
        provider_refund_id=provider_id,
        reason=reason,
        created_at=now,
    )
    db.session.add(refund)
    order = payment.order
    order.refunded_total += payment.amount
    orders.record_event(
        order, order.status, actor=None, from_status=order.status, note="refund:" + reason, now=now
    )
    db.session.flush()
    notifications.order_refunded(order, payment.amount, [])
    return refund
