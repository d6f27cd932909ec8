from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from catalog.models import Product
from groupings.models import Supplier
from shop.accounts.models import Organisation, User
from shop.database import Money, UTCDateTime, utcnow
from shop.extensions import db

PAYMENT_METHODS = ("card", "cash", "transfer")
DELIVERY_METHODS = ("home", "pickup")


class Order(db.Model):
    """What one customer bought in one checkout; split into one part per supplier.

    `status` summarises the parts' statuses (see shop.orders.states.summarise)."""

    __tablename__ = "orders"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id"))
    status: Mapped[str] = mapped_column(String(24), index=True)
    payment_method: Mapped[str] = mapped_column(String(16))
    currency: Mapped[str] = mapped_column(String(3), default="MAD")
    items_total: Mapped[Decimal] = mapped_column(Money)
    delivery_total: Mapped[Decimal] = mapped_column(Money)
    total: Mapped[Decimal] = mapped_column(Money)
    refunded_total: Mapped[Decimal] = mapped_column(
        Money, default=Decimal("0.00"), server_default="0"
    )
    ship_name: Mapped[str] = mapped_column(String(120))
    ship_phone: Mapped[str] = mapped_column(String(20))
    ship_region: Mapped[str] = mapped_column(String(40))
    ship_city: Mapped[str] = mapped_column(String(80))
    ship_address: Mapped[str] = mapped_column(Text)
    ship_postal_code: Mapped[str] = mapped_column(String(10), default="", server_default="")
    language: Mapped[str] = mapped_column(String(8))
    placed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    # Card orders keep their stock until this moment, then `souk orders expire` frees it.
    payment_due_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    paid_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    customer: Mapped[User] = relationship()
    organisation: Mapped[Organisation | None] = relationship()
    parts: Mapped[list[OrderPart]] = relationship(
        back_populates="order", cascade="all, delete-orphan", order_by="OrderPart.id"
    )
    events: Mapped[list[OrderEvent]] = relationship(
        back_populates="order", cascade="all, delete-orphan", order_by="OrderEvent.id"
    )

    @property
    def reference(self) -> str:
        return self.reference_for(self.id)

    @staticmethod
    def reference_for(order_id: int) -> str:
        return f"ST-{order_id:06d}"

    @property
    def lines(self) -> list[OrderLine]:
        return [line for part in self.parts for line in part.lines]


class OrderPart(db.Model):
    """One supplier's share of an order: its lines, delivery, money and progress."""

    __tablename__ = "order_parts"
    __table_args__ = (UniqueConstraint("supplier_id", "receipt_number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    supplier_id: Mapped[int] = mapped_column(ForeignKey("suppliers.id"), index=True)
    status: Mapped[str] = mapped_column(String(24), index=True)
    delivery_method: Mapped[str] = mapped_column(String(16))
    weight_grams: Mapped[int] = mapped_column()
    items_total: Mapped[Decimal] = mapped_column(Money)
    commission: Mapped[Decimal] = mapped_column(Money)
    platform_fee: Mapped[Decimal] = mapped_column(Money)
    delivery_fee: Mapped[Decimal] = mapped_column(Money)
    # What the supplier receives: items less commission and fee, plus the delivery it pays for.
    supplier_amount: Mapped[Decimal] = mapped_column(Money)
    total: Mapped[Decimal] = mapped_column(Money)
    refunded_amount: Mapped[Decimal] = mapped_column(
        Money, default=Decimal("0.00"), server_default="0"
    )
    # Given when the part is paid (cash: at delivery), so receipts run without gaps per
    # supplier even when unpaid card orders expire.
    receipt_number: Mapped[int | None] = mapped_column()
    tracking_note: Mapped[str] = mapped_column(String(200), default="", server_default="")
    shipped_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    delivered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    order: Mapped[Order] = relationship(back_populates="parts")
    supplier: Mapped[Supplier] = relationship()
    lines: Mapped[list[OrderLine]] = relationship(
        back_populates="part", cascade="all, delete-orphan", order_by="OrderLine.id"
    )

    @property
    def open_lines(self) -> list[OrderLine]:
        """The lines still to be supplied: cancelled lines stay on the order, for history."""
        return [line for line in self.lines if line.cancelled_at is None]

    @property
    def receipt_reference(self) -> str:
        if self.receipt_number is None:
            return ""
        return f"{self.supplier.slug.upper()}-{self.receipt_number:06d}"


class OrderLine(db.Model):
    """A product as it was sold: name, price and the split of that price, frozen at checkout."""

    __tablename__ = "order_lines"
    __table_args__ = (CheckConstraint("quantity > 0", name="quantity_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    part_id: Mapped[int] = mapped_column(
        ForeignKey("order_parts.id", ondelete="CASCADE"), index=True
    )
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"), index=True)
    sku: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(200))
    unit_price: Mapped[Decimal] = mapped_column(Money)
    quantity: Mapped[int] = mapped_column()
    line_total: Mapped[Decimal] = mapped_column(Money)
    commission: Mapped[Decimal] = mapped_column(Money)
    platform_fee: Mapped[Decimal] = mapped_column(Money)
    grouping_id: Mapped[int | None] = mapped_column(ForeignKey("groupings.id"))
    commission_rate: Mapped[Decimal] = mapped_column(Numeric(5, 4))
    unit_weight_grams: Mapped[int] = mapped_column()
    # A seller may cancel one line it cannot supply; the part's amounts then leave it out.
    cancelled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    cancel_reason: Mapped[str] = mapped_column(String(500), default="", server_default="")

    part: Mapped[OrderPart] = relationship(back_populates="lines")
    product: Mapped[Product] = relationship()

    @property
    def is_cancelled(self) -> bool:
        return self.cancelled_at is not None

    @property
    def supplier_share(self) -> Decimal:
        return self.line_total - self.commission - self.platform_fee


class OrderEvent(db.Model):
    """Every change of an order or of one of its parts: who, when, from what to what."""

    __tablename__ = "order_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    part_id: Mapped[int | None] = mapped_column(
        ForeignKey("order_parts.id", ondelete="CASCADE"), index=True
    )
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    from_status: Mapped[str] = mapped_column(String(24), default="", server_default="")
    to_status: Mapped[str] = mapped_column(String(24))
    note: Mapped[str] = mapped_column(String(500), default="", server_default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    order: Mapped[Order] = relationship(back_populates="events")
    part: Mapped[OrderPart | None] = relationship()
    actor: Mapped[User | None] = relationship()


class ReceiptCounter(db.Model):
    """The last receipt number given by each supplier: numbers run without gaps per supplier."""

    __tablename__ = "receipt_counters"

    supplier_id: Mapped[int] = mapped_column(
        ForeignKey("suppliers.id", ondelete="CASCADE"), primary_key=True
    )
    last_number: Mapped[int] = mapped_column(default=0)
