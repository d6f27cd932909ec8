from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from groupings.models import Supplier
from shop.accounts.models import User
from shop.database import Money, UTCDateTime, utcnow
from shop.extensions import db
from shop.orders.models import OrderPart

# sale: a paid, delivered part credits what the supplier receives (positive amount);
# refund: a refunded part that had been credited takes it back (negative);
# cash_collected: the supplier took the customer's cash itself, so it owes it (negative);
# payout: money sent to the supplier's bank account in a payout batch (negative).
ENTRY_KINDS = ("sale", "refund", "cash_collected", "payout")
BATCH_STATUSES = ("draft", "exported", "paid", "cancelled")


class LedgerEntry(db.Model):
    """One line of a supplier's account. The balance is the sum of `amount`.

    `gross`, `commission`, `platform_fee` and `delivery_fee` record how a sale or refund
    splits, so that money can be checked to the centime: gross = amount + commission + fee."""

    __tablename__ = "ledger_entries"
    __table_args__ = (UniqueConstraint("part_id", "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    supplier_id: Mapped[int] = mapped_column(ForeignKey("suppliers.id"), index=True)
    part_id: Mapped[int | None] = mapped_column(ForeignKey("order_parts.id"), index=True)
    payout_line_id: Mapped[int | None] = mapped_column(
        ForeignKey("payout_lines.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(16))
    amount: Mapped[Decimal] = mapped_column(Money)
    gross: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"), server_default="0")
    commission: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"), server_default="0")
    platform_fee: Mapped[Decimal] = mapped_column(
        Money, default=Decimal("0.00"), server_default="0"
    )
    delivery_fee: Mapped[Decimal] = mapped_column(
        Money, default=Decimal("0.00"), server_default="0"
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)

    supplier: Mapped[Supplier] = relationship()
    part: Mapped[OrderPart | None] = relationship()
    payout_line: Mapped[PayoutLine | None] = relationship(back_populates="entries")


class PayoutBatch(db.Model):
    """Bank transfers to suppliers, prepared together, exported for the bank, then marked
    paid with the bank's reference."""

    __tablename__ = "payout_batches"

    id: Mapped[int] = mapped_column(primary_key=True)
    status: Mapped[str] = mapped_column(String(16), default="draft")
    total: Mapped[Decimal] = mapped_column(Money)
    bank_reference: Mapped[str] = mapped_column(String(120), default="", server_default="")
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    exported_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    paid_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    created_by: Mapped[User | None] = relationship()
    lines: Mapped[list[PayoutLine]] = relationship(
        back_populates="batch", cascade="all, delete-orphan", order_by="PayoutLine.id"
    )

    @property
    def reference(self) -> str:
        return f"PAYOUT-{self.id:05d}"


class PayoutLine(db.Model):
    """One supplier's transfer in a batch, with the bank details as they were when prepared."""

    __tablename__ = "payout_lines"
    __table_args__ = (UniqueConstraint("batch_id", "supplier_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(
        ForeignKey("payout_batches.id", ondelete="CASCADE"), index=True
    )
    supplier_id: Mapped[int] = mapped_column(ForeignKey("suppliers.id"), index=True)
    amount: Mapped[Decimal] = mapped_column(Money)
    rib: Mapped[str] = mapped_column(String(24))
    account_holder: Mapped[str] = mapped_column(String(200))
    bank_name: Mapped[str] = mapped_column(String(120))

    batch: Mapped[PayoutBatch] = relationship(back_populates="lines")
    supplier: Mapped[Supplier] = relationship()
    entries: Mapped[list[LedgerEntry]] = relationship(
        back_populates="payout_line", cascade="all, delete-orphan"
    )
