"""Card payments through Stripe, and bank transfers recorded by the operator.

An order becomes paid only from what Stripe says on the server side: a verified webhook,
or the PaymentIntent retrieved by us. The browser's return from Stripe only triggers that
retrieval. Each Stripe event id acts once (`stripe_events`), and every change happens under
the order's row lock, re-reading the payment first, so duplicate, out-of-order or racing
notices (webhook and redirect together) end with exactly one paid order."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from flask_babel import lazy_gettext as _l
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from shop.accounts.models import User
from shop.accounts.permissions import Permission, ensure
from shop.cart import services as cart_services
from shop.errors import ShopError
from shop.extensions import db
from shop.orders import services as orders
from shop.orders import states
from shop.orders.errors import OrderNotFound, SoldOut
from shop.orders.models import Order
from shop.payments import gateway
from shop.payments.models import Payment, ProcessedEvent
from shop.payments.refunds import cancel_paid_order_as_customer, refund_payment

log = logging.getLogger(__name__)

HANDLED_EVENTS = {
    "payment_intent.succeeded": "succeeded",
    "payment_intent.payment_failed": "failed",
    "payment_intent.canceled": "canceled",
}
# Intents the customer can still complete in the browser.
OPEN_INTENT_STATUSES = ("requires_payment_method", "requires_confirmation", "requires_action")


class PaymentError(ShopError):
    pass


class NotWaitingForCard(PaymentError):
    message = _l("This order is not waiting for a card payment.")
    status_code = 409


class PaymentTimeOver(PaymentError):
    message = _l("The time to pay this order is over; its products were put back on sale.")
    status_code = 409


class NotWaitingForTransfer(PaymentError):
    message = _l("This order is not waiting for a bank transfer.")
    status_code = 409


class TransferReferenceRequired(PaymentError):
    message = _l("Please enter the bank reference of the transfer.")


def _locked(order_id: int, payment: Payment | None = None) -> Order:
    order = orders.lock_order(order_id)
    if payment is not None:
        db.session.refresh(payment)
    return order


def start_card_payment(order: Order, *, config: Mapping[str, Any], now: datetime) -> gateway.Intent:
    """The PaymentIntent the pay page hands to Stripe.js: the open one if there is one,
    otherwise a new attempt with its own idempotency key."""
    order = _locked(order.id)
    if order.payment_method != "card" or order.status != states.PLACED:
        raise NotWaitingForCard()
    if order.payment_due_at is not None and order.payment_due_at <= now:
        raise PaymentTimeOver()
    pending = db.session.scalars(
        select(Payment)
        .where(Payment.order_id == order.id, Payment.method == "card", Payment.status == "pending")
        .order_by(Payment.id.desc())
    ).first()
    if pending is not None and pending.intent_id:
        intent = gateway.retrieve_payment_intent(config, pending.intent_id)
        if intent.status in OPEN_INTENT_STATUSES:
            return intent
        apply_intent(intent, config=config, now=now)
        raise NotWaitingForCard()
    attempts = db.session.scalar(
        select(func.count()).select_from(Payment).where(Payment.order_id == order.id)
    )
    payment = Payment(
        order=order,
        method="card",
        status="pending",
        amount=order.total,
        currency=order.currency,
        idempotency_key=f"souk-order-{order.id}-attempt-{attempts + 1}",
        created_at=now,
    )
    db.session.add(payment)
    db.session.flush()
    intent = gateway.create_payment_intent(
        config,
        amount=order.total,
        metadata={
            "order_id": str(order.id),
            "payment_id": str(payment.id),
            "order_reference": order.reference,
        },
        idempotency_key=payment.idempotency_key,
    )
    payment.intent_id = intent.id
    db.session.flush()
    return intent


def _first_delivery(event: gateway.Event) -> ProcessedEvent | None:
    """Records the event id; None when it was already recorded (a redelivery). On
    PostgreSQL a concurrent duplicate waits for the first one's commit, then fails here."""
    row = ProcessedEvent(event_id=event.id, type=event.type)
    try:
        with db.session.begin_nested():
            db.session.add(row)
    except IntegrityError:
        return None
    return row


def handle_event(event: gateway.Event, *, config: Mapping[str, Any], now: datetime) -> str:
    """Acts on a verified Stripe event, once per event id. Returns what happened."""
    row = _first_delivery(event)
    if row is None:
        return "duplicate"
    if event.intent is None or event.type not in HANDLED_EVENTS:
        outcome = "ignored"
    else:
        outcome = apply_intent(
            event.intent, config=config, now=now, happened=HANDLED_EVENTS[event.type]
        )
    row.outcome = outcome
    db.session.flush()
    return outcome


def refresh_card_payments(order: Order, *, config: Mapping[str, Any], now: datetime) -> None:
    """After the customer's browser returns from Stripe: ask Stripe, from the server, about
    this order's own intents (the return URL's parameters are not trusted)."""
    intent_ids = db.session.scalars(
        select(Payment.intent_id).where(
            Payment.order_id == order.id,
            Payment.method == "card",
            Payment.status == "pending",
            Payment.intent_id.is_not(None),
        )
    ).all()
    for intent_id in intent_ids:
        apply_intent(gateway.retrieve_payment_intent(config, intent_id), config=config, now=now)


def _happened(intent: gateway.Intent) -> str:
    if intent.status == "succeeded":
        return "succeeded"
    if intent.status == "canceled":
        return "canceled"
    if intent.status == "requires_payment_method" and intent.failure_message:
        return "failed"
    return "pending"


def apply_intent(
    intent: gateway.Intent,
    *,
    config: Mapping[str, Any],
    now: datetime,
    happened: str | None = None,
) -> str:
    payment = db.session.scalar(select(Payment).where(Payment.intent_id == intent.id))
    if payment is None:
        log.warning("Stripe told us about PaymentIntent %s, which is not ours", intent.id)
        return "unknown_intent"
    order = _locked(payment.order_id, payment)
    happened = happened or _happened(intent)
    if happened == "succeeded":
        return record_card_success(order, payment, intent, config=config, now=now)
    if happened == "failed":
        return _on_failed(order, payment, intent, config=config, now=now)
    if happened == "canceled":
        return _on_canceled(order, payment, now=now)
    return "pending"


def record_card_success(
    order: Order,
    payment: Payment,
    intent: gateway.Intent,
    *,
    config: Mapping[str, Any],
    now: datetime,
) -> str:
    """Stripe says `intent` succeeded. The caller holds the order's lock (`lock_order`) and
    has re-read `payment` under it. Acts once per payment."""
    if payment.status == "succeeded":
        return "already_paid"
    if intent.amount != gateway.to_minor_units(payment.amount) or (
        intent.currency != gateway.CURRENCY
    ):
        log.error(
            "PaymentIntent %s paid %s %s, not %s",
            intent.id,
            intent.amount,
            intent.currency,
            payment.amount,
        )
        return "amount_mismatch"
    payment.status = "succeeded"
    payment.succeeded_at = now
    payment.failure_message = ""
    db.session.flush()
    if order.paid_at is None and order.status == states.PLACED:
        orders.mark_order_paid(order, actor=None, now=now, note="stripe")
        return "paid"
    if order.paid_at is None and order.status == states.CANCELLED:
        try:
            with db.session.begin_nested():
                orders.revive_paid_order(order, actor=None, now=now, note="stripe")
            return "paid_after_cancellation"
        except SoldOut:
            pass
    # Paid twice, or too late to be served: the money goes straight back.
    refund_payment(payment, config=config, now=now, reason="not_served")
    return "refunded"


def _on_failed(
    order: Order,
    payment: Payment,
    intent: gateway.Intent,
    *,
    config: Mapping[str, Any],
    now: datetime,
) -> str:
    if payment.status != "pending":
        return "already_" + payment.status
    # Close the intent before giving the stock back, so the customer cannot complete it
    # afterwards; if it succeeded in the meantime, that wins.
    current = gateway.cancel_payment_intent(config, intent.id)
    if current.status == "succeeded":
        return record_card_success(order, payment, current, config=config, now=now)
    if current.status == "processing":
        return "pending"
    payment.status = "failed"
    payment.failure_message = (intent.failure_message or current.failure_message)[:500]
    return _give_up(order, reason="payment_failed", now=now)


def _on_canceled(order: Order, payment: Payment, *, now: datetime) -> str:
    if payment.status != "pending":
        return "already_" + payment.status
    payment.status = "canceled"
    return _give_up(order, reason="payment_cancelled", now=now)


def _give_up(order: Order, *, reason: str, now: datetime) -> str:
    db.session.flush()
    if order.status != states.PLACED:
        return "ignored"
    orders.cancel_order(order, actor=None, reason=reason, now=now)
    # The customer tries again from a full cart rather than starting over.
    cart_services.restore_order_lines(order)
    return "cancelled"


def record_transfer_received(
    actor: User, order: Order, *, reference: str, now: datetime
) -> Payment:
    """The operator saw the organisation's transfer arrive on the marketplace's account."""
    ensure(actor, Permission.ADMIN)
    if not reference.strip():
        raise TransferReferenceRequired()
    order = _locked(order.id)
    if order.payment_method != "transfer" or order.status != states.AWAITING_TRANSFER:
        raise NotWaitingForTransfer()
    payment = Payment(
        order=order,
        method="transfer",
        status="succeeded",
        amount=order.total,
        currency=order.currency,
        reference=reference.strip()[:120],
        recorded_by_id=actor.id,
        created_at=now,
        succeeded_at=now,
    )
    db.session.add(payment)
    orders.mark_order_paid(order, actor=actor, now=now, note=reference.strip())
    return payment


def cancel_unpaid_order_as_customer(
    customer: User, order: Order, *, config: Mapping[str, Any], now: datetime
) -> None:
    """A customer cancels before paying. Open card intents are closed at Stripe first, so
    the order cannot be paid afterwards; one paid in the meantime is refunded instead."""
    if order.customer_id != customer.id:
        raise OrderNotFound()
    order = _locked(order.id)
    pending = db.session.scalars(
        select(Payment).where(
            Payment.order_id == order.id,
            Payment.status == "pending",
            Payment.intent_id.is_not(None),
        )
    ).all()
    for payment in pending:
        intent = gateway.cancel_payment_intent(config, payment.intent_id or "")
        if intent.status == "succeeded":
            record_card_success(order, payment, intent, config=config, now=now)
        elif intent.status == "canceled":
            payment.status = "canceled"
    if order.paid_at is not None:
        cancel_paid_order_as_customer(customer, order, config=config, now=now)
        return
    orders.cancel_order_as_customer(customer, order, now=now)
