"""The seller ledger: credits for delivered parts, debits for refunds, cash and payouts.

Stripe Connect does not pay out to Moroccan accounts, so the marketplace receives the
customers' money and owes each supplier its share; the balance is the sum of its entries."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select

from groupings.models import Supplier
from shop.accounts.models import User
from shop.accounts.permissions import Permission, ensure
from shop.extensions import db
from shop.ledger.models import LedgerEntry
from shop.orders.models import Order, OrderPart
from shop.payments.models import Payment, Refund

ZERO = Decimal("0.00")


def _entry(part: OrderPart, kind: str) -> LedgerEntry | None:
    return db.session.scalar(
        select(LedgerEntry).where(LedgerEntry.part_id == part.id, LedgerEntry.kind == kind)
    )


def credit_delivered_part(part: OrderPart, *, cash_held_by_supplier: bool) -> LedgerEntry:
    """A paid and delivered part credits what the supplier receives (items less the
    grouping's commission and the platform fee, plus the delivery fee). With cash on
    delivery the supplier already holds the customer's money, which it then owes.
    Acts once per part. Flushes."""
    existing = _entry(part, "sale")
    if existing is not None:
        return existing
    sale = LedgerEntry(
        supplier_id=part.supplier_id,
        part=part,
        kind="sale",
        amount=part.supplier_amount,
        gross=part.total,
        commission=part.commission,
        platform_fee=part.platform_fee,
        delivery_fee=part.delivery_fee,
    )
    db.session.add(sale)
    if cash_held_by_supplier:
        db.session.add(
            LedgerEntry(
                supplier_id=part.supplier_id,
                part=part,
                kind="cash_collected",
                amount=-part.total,
                gross=-part.total,
            )
        )
    db.session.flush()
    return sale


def debit_refunded_part(part: OrderPart) -> LedgerEntry | None:
    """Takes back a refunded part's credit, commission and fee included; nothing when the
    part had not been credited yet (refunded before delivery). Acts once. Flushes."""
    sale = _entry(part, "sale")
    if sale is None:
        return None
    existing = _entry(part, "refund")
    if existing is not None:
        return existing
    refund = LedgerEntry(
        supplier_id=part.supplier_id,
        part=part,
        kind="refund",
        amount=-sale.amount,
        gross=-sale.gross,
        commission=-sale.commission,
        platform_fee=-sale.platform_fee,
        delivery_fee=-sale.delivery_fee,
    )
    db.session.add(refund)
    db.session.flush()
    return refund


def balance_of(supplier_id: int) -> Decimal:
    total = db.session.scalar(
        select(func.coalesce(func.sum(LedgerEntry.amount), 0)).where(
            LedgerEntry.supplier_id == supplier_id
        )
    )
    return Decimal(total).quantize(Decimal("0.01"))


@dataclass(frozen=True)
class Statement:
    supplier: Supplier
    entries: list[LedgerEntry]
    balance: Decimal


def supplier_statement(actor: User, supplier: Supplier) -> Statement:
    """Every line of a supplier's account, newest first. Money is for owners and managers."""
    ensure(actor, Permission.SUPPLIER_MANAGE, supplier)
    entries = db.session.scalars(
        select(LedgerEntry)
        .where(LedgerEntry.supplier_id == supplier.id)
        .order_by(LedgerEntry.created_at.desc(), LedgerEntry.id.desc())
    ).all()
    return Statement(supplier, list(entries), balance_of(supplier.id))


@dataclass(frozen=True)
class SupplierBalance:
    supplier: Supplier
    balance: Decimal


def supplier_balances(actor: User) -> list[SupplierBalance]:
    ensure(actor, Permission.ADMIN)
    rows = db.session.execute(
        select(LedgerEntry.supplier_id, func.sum(LedgerEntry.amount))
        .group_by(LedgerEntry.supplier_id)
        .order_by(LedgerEntry.supplier_id)
    ).all()
    suppliers = {
        s.id: s
        for s in db.session.scalars(select(Supplier).where(Supplier.id.in_([r[0] for r in rows])))
    }
    return [
        SupplierBalance(suppliers[supplier_id], Decimal(total).quantize(Decimal("0.01")))
        for supplier_id, total in rows
    ]


@dataclass(frozen=True)
class MoneyCheck:
    """Where an order's money went. Balanced when paid − refunded equals what suppliers were
    credited (net of refunds) plus commissions plus platform fees, to the centime."""

    paid: Decimal
    refunded: Decimal
    supplier_credits: Decimal
    commissions: Decimal
    platform_fees: Decimal
    unsettled: Decimal  # paid for parts neither delivered nor refunded yet

    @property
    def balanced(self) -> bool:
        assigned = self.supplier_credits + self.commissions + self.platform_fees
        return self.paid - self.refunded == assigned + self.unsettled


def check_order_money(order: Order) -> MoneyCheck:
    paid = db.session.scalar(
        select(func.coalesce(func.sum(Payment.amount), 0)).where(
            Payment.order_id == order.id, Payment.status == "succeeded"
        )
    )
    refunded = db.session.scalar(
        select(func.coalesce(func.sum(Refund.amount), 0)).where(Refund.order_id == order.id)
    )
    part_ids = [part.id for part in order.parts]
    sums = db.session.execute(
        select(
            func.coalesce(func.sum(LedgerEntry.amount), 0),
            func.coalesce(func.sum(LedgerEntry.commission), 0),
            func.coalesce(func.sum(LedgerEntry.platform_fee), 0),
        ).where(LedgerEntry.part_id.in_(part_ids), LedgerEntry.kind.in_(("sale", "refund")))
    ).one()
    credited = set(
        db.session.scalars(
            select(LedgerEntry.part_id).where(
                LedgerEntry.part_id.in_(part_ids), LedgerEntry.kind == "sale"
            )
        )
    )
    unsettled = sum(
        (
            part.total
            for part in order.parts
            if part.id not in credited
            and part.status not in ("cancelled", "refunded")
            and _part_is_paid(part)
        ),
        ZERO,
    )
    return MoneyCheck(
        paid=Decimal(paid),
        refunded=Decimal(refunded),
        supplier_credits=Decimal(sums[0]),
        commissions=Decimal(sums[1]),
        platform_fees=Decimal(sums[2]),
        unsettled=unsettled,
    )


def _part_is_paid(part: OrderPart) -> bool:
    if part.order.payment_method == "cash":
        return False  # cash is only received at delivery, which credits the part
    return part.order.paid_at is not None
