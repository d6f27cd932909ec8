from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, Index, String, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from shop.database import Money, UTCDateTime, utcnow
from shop.extensions import db
from shop.orders.models import Order, OrderLine, OrderPart

PAYMENT_STATUSES = ("pending", "succeeded", "failed", "canceled")


class Payment(db.Model):
    """Money received, or an attempt to receive it: one Stripe PaymentIntent per card attempt,
    one row per cash collection (per part, at delivery) or bank transfer received."""

    __tablename__ = "payments"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    part_id: Mapped[int | None] = mapped_column(ForeignKey("order_parts.id", ondelete="CASCADE"))
    method: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16), default="pending")
    amount: Mapped[Decimal] = mapped_column(Money)
    currency: Mapped[str] = mapped_column(String(3), default="MAD")
    intent_id: Mapped[str | None] = mapped_column(String(255), unique=True)
    idempotency_key: Mapped[str | None] = mapped_column(String(100), unique=True)
    reference: Mapped[str] = mapped_column(String(120), default="", server_default="")
    failure_message: Mapped[str] = mapped_column(String(500), default="", server_default="")
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    succeeded_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    order: Mapped[Order] = relationship()
    part: Mapped[OrderPart | None] = relationship()


class ProcessedEvent(db.Model):
    """Each Stripe event id acts once: a redelivered event finds its row and does nothing."""

    __tablename__ = "stripe_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[str] = mapped_column(String(255), unique=True)
    type: Mapped[str] = mapped_column(String(100))
    outcome: Mapped[str] = mapped_column(String(32), default="", server_default="")
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Refund(db.Model):
    """Money given back for a whole supplier part or for one line a seller cancelled:
    through Stripe for card payments, recorded by hand (a bank transfer made by the
    operator) otherwise."""

    __tablename__ = "refunds"
    # At most one refund of a whole part, and one per cancelled line: a retried request
    # can never pay the customer twice.
    __table_args__ = (
        Index(
            "uq_refunds_whole_part",
            "part_id",
            unique=True,
            sqlite_where=text("line_id IS NULL"),
            postgresql_where=text("line_id IS NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    # None when a whole payment came back (e.g. paid after the order had expired and its
    # products were sold out meanwhile).
    part_id: Mapped[int | None] = mapped_column(ForeignKey("order_parts.id", ondelete="CASCADE"))
    line_id: Mapped[int | None] = mapped_column(
        ForeignKey("order_lines.id", ondelete="CASCADE"), unique=True
    )
    payment_id: Mapped[int | None] = mapped_column(ForeignKey("payments.id", ondelete="SET NULL"))
    amount: Mapped[Decimal] = mapped_column(Money)
    currency: Mapped[str] = mapped_column(String(3), default="MAD")
    method: Mapped[str] = mapped_column(String(16))
    provider_refund_id: Mapped[str | None] = mapped_column(String(255), unique=True)
    reason: Mapped[str] = mapped_column(String(500), default="", server_default="")
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    order: Mapped[Order] = relationship()
    part: Mapped[OrderPart | None] = relationship()
    line: Mapped[OrderLine | None] = relationship()
