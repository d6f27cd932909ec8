"""What a supplier's sales dashboard reads: revenue by month, best sellers, parts by status,
the balance the marketplace owes, and the bank transfers already made.

Reads only; money figures are for owners and managers, as on the account statement."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal

from sqlalchemy import func, select

from catalog.models import ProductTranslation
from groupings.models import Supplier
from shop.accounts.models import User
from shop.accounts.permissions import Permission, ensure
from shop.extensions import db
from shop.ledger.models import LedgerEntry, PayoutBatch, PayoutLine
from shop.ledger.services import balance_of
from shop.orders import states
from shop.orders.models import OrderLine, OrderPart

ZERO = Decimal("0.00")
# Parts whose goods are sold or promised: not cancelled, refunded, or still unpaid by card
# or transfer (those may never be paid).
SOLD = (
    states.PAID,
    states.AWAITING_CASH,
    states.PREPARING,
    states.SHIPPED,
    states.READY_FOR_PICKUP,
    states.DELIVERED,
)


@dataclass(frozen=True)
class MonthRevenue:
    month: date  # the first day of the month
    amount: Decimal  # what the customers paid for delivered parts, less refunds


@dataclass(frozen=True)
class ProductSales:
    product_id: int
    name: str
    quantity: int
    amount: Decimal


@dataclass(frozen=True)
class Payout:
    reference: str
    status: str
    amount: Decimal
    created_at: datetime
    paid_at: datetime | None
    bank_reference: str


@dataclass(frozen=True)
class SalesFigures:
    months: list[MonthRevenue]
    top_products: list[ProductSales]
    parts_by_status: dict[str, int]
    balance: Decimal
    payouts: list[Payout]

    @property
    def revenue_total(self) -> Decimal:
        return sum((month.amount for month in self.months), ZERO)


def _month_starts(today: date, count: int) -> list[date]:
    year, month = today.year, today.month
    starts = []
    for _ in range(count):
        starts.append(date(year, month, 1))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return list(reversed(starts))


def revenue_by_month(supplier: Supplier, *, today: date, months: int = 12) -> list[MonthRevenue]:
    """Grouped in Python (months in UTC): the same on SQLite and PostgreSQL, and a
    supplier's sales over a year are a few hundred rows at most."""
    starts = _month_starts(today, months)
    rows = db.session.execute(
        select(LedgerEntry.created_at, LedgerEntry.gross).where(
            LedgerEntry.supplier_id == supplier.id,
            LedgerEntry.kind.in_(("sale", "refund")),
            LedgerEntry.created_at >= datetime(starts[0].year, starts[0].month, 1, tzinfo=UTC),
        )
    ).all()
    totals: dict[date, Decimal] = dict.fromkeys(starts, ZERO)
    for created_at, gross in rows:
        key = date(created_at.year, created_at.month, 1)
        if key in totals:
            totals[key] += Decimal(gross)
    return [MonthRevenue(start, totals[start]) for start in starts]


def top_products(supplier: Supplier, *, limit: int = 5, language: str) -> list[ProductSales]:
    quantity = func.sum(OrderLine.quantity)
    rows = db.session.execute(
        select(
            OrderLine.product_id, func.max(OrderLine.name), quantity, func.sum(OrderLine.line_total)
        )
        .join(OrderPart, OrderLine.part_id == OrderPart.id)
        .where(
            OrderPart.supplier_id == supplier.id,
            OrderPart.status.in_(SOLD),
            OrderLine.cancelled_at.is_(None),
        )
        .group_by(OrderLine.product_id)
        .order_by(quantity.desc(), OrderLine.product_id)
        .limit(limit)
    ).all()
    names = _product_names([row[0] for row in rows], language)
    return [
        ProductSales(product_id, names.get(product_id, sold_name), int(qty), Decimal(amount))
        for product_id, sold_name, qty, amount in rows
    ]


def _product_names(product_ids: list[int], language: str) -> dict[int, str]:
    rows = db.session.execute(
        select(ProductTranslation.product_id, ProductTranslation.name).where(
            ProductTranslation.product_id.in_(product_ids),
            ProductTranslation.language == language,
        )
    ).all()
    return {product_id: name for product_id, name in rows if name}


def parts_by_status(supplier: Supplier) -> dict[str, int]:
    rows = db.session.execute(
        select(OrderPart.status, func.count(OrderPart.id))
        .where(OrderPart.supplier_id == supplier.id)
        .group_by(OrderPart.status)
    ).all()
    counts = Counter(dict(rows))
    return {status: counts[status] for status in states.STATUS_NAMES if counts[status]}


def payout_history(supplier: Supplier) -> list[Payout]:
    rows = db.session.execute(
        select(PayoutLine, PayoutBatch)
        .join(PayoutBatch, PayoutLine.batch_id == PayoutBatch.id)
        .where(PayoutLine.supplier_id == supplier.id, PayoutBatch.status != "cancelled")
        .order_by(PayoutBatch.id.desc())
    ).all()
    return [
        Payout(
            batch.reference,
            batch.status,
            line.amount,
            batch.created_at,
            batch.paid_at,
            batch.bank_reference,
        )
        for line, batch in rows
    ]


def sales_figures(
    actor: User, supplier: Supplier, *, today: date, language: str, months: int = 12
) -> SalesFigures:
    ensure(actor, Permission.SUPPLIER_MANAGE, supplier)
    return SalesFigures(
        months=revenue_by_month(supplier, today=today, months=months),
        top_products=top_products(supplier, language=language),
        parts_by_status=parts_by_status(supplier),
        balance=balance_of(supplier.id),
        payouts=payout_history(supplier),
    )
