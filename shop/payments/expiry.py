"""Unpaid orders running out of time: card orders after their payment deadline, bank
transfers after some days. Their stock goes back on sale, unless Stripe says the card was
paid after all (`souk orders expire` runs this)."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select

from shop.extensions import db
from shop.orders import services as orders
from shop.orders import states
from shop.orders.models import Order
from shop.payments import gateway
from shop.payments.models import Payment
from shop.payments.services import record_card_success

log = logging.getLogger(__name__)

DEFAULT_TRANSFER_DAYS = 10


@dataclass(frozen=True)
class ExpiryOutcome:
    order_id: int
    outcome: str


def orders_past_due(now: datetime, *, transfer_days: int = DEFAULT_TRANSFER_DAYS) -> list[int]:
    card = select(Order.id).where(
        Order.status == states.PLACED,
        Order.payment_method == "card",
        Order.payment_due_at <= now,
    )
    transfer = select(Order.id).where(
        Order.status == states.AWAITING_TRANSFER,
        Order.placed_at <= now - timedelta(days=transfer_days),
    )
    return sorted(set(db.session.scalars(card)) | set(db.session.scalars(transfer)))


def expire_order(order_id: int, *, config: Mapping[str, Any], now: datetime) -> ExpiryOutcome:
    """Cancels an unpaid order whose time ran out and gives its stock back, unless Stripe
    says it was paid after all. If Stripe cannot be asked, the order waits for the next run."""
    order = orders.lock_order(order_id)
    if order.status not in (states.PLACED, states.AWAITING_TRANSFER):
        return ExpiryOutcome(order_id, "unchanged")
    pending = db.session.scalars(
        select(Payment).where(Payment.order_id == order.id, Payment.status == "pending")
    ).all()
    for payment in pending:
        if payment.intent_id:
            try:
                intent = gateway.cancel_payment_intent(config, payment.intent_id)
            except gateway.GatewayError:
                return ExpiryOutcome(order_id, "stripe_unreachable")
            if intent.status == "succeeded":
                return ExpiryOutcome(
                    order_id, record_card_success(order, payment, intent, config=config, now=now)
                )
            if intent.status == "processing":
                return ExpiryOutcome(order_id, "pending")
        payment.status = "canceled"
    orders.cancel_order(order, actor=None, reason="expired", now=now)
    return ExpiryOutcome(order_id, "expired")


def expire_unpaid_orders(
    *, config: Mapping[str, Any], now: datetime, transfer_days: int = DEFAULT_TRANSFER_DAYS
) -> list[ExpiryOutcome]:
    return [
        expire_order(order_id, config=config, now=now)
        for order_id in orders_past_due(now, transfer_days=transfer_days)
    ]


def expire_past_due(*, config: Mapping[str, Any], now: datetime) -> dict[str, int]:
    """`expire_order` for every order past due, each in its own transaction (committed
    here): one failure does not stop the rest, and that order is tried again next time.
    Returns how many orders had each outcome."""
    transfer_days = int(config.get("TRANSFER_PAYMENT_DAYS", DEFAULT_TRANSFER_DAYS))
    counts: dict[str, int] = {}
    for order_id in orders_past_due(now, transfer_days=transfer_days):
        try:
            outcome = expire_order(order_id, config=config, now=now).outcome
            db.session.commit()
        except Exception:  # logged; the order is tried again on the next run
            db.session.rollback()
            log.exception("Could not expire order %s", order_id)
            outcome = "error"
        counts[outcome] = counts.get(outcome, 0) + 1
    return counts
