"""Payout batches: the operator pays what suppliers are owed by bank transfer to their RIB.

A batch takes each positive balance at once (a "payout" entry brings it to zero), so a
second batch made meanwhile cannot pay the same money twice; cancelling an unpaid batch
removes its entries and the money is owed again."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from flask_babel import lazy_gettext as _l
from sqlalchemy import func, select

from groupings.models import Supplier
from shop.accounts.models import User
from shop.accounts.permissions import Permission, ensure
from shop.errors import NotFound, ShopError
from shop.extensions import db
from shop.ledger.models import LedgerEntry, PayoutBatch, PayoutLine

RIB_PATTERN = re.compile(r"^\d{24}$")


class PayoutError(ShopError):
    pass


class NothingToPay(PayoutError):
    message = _l("No supplier with bank details is owed money: there is nothing to pay.")


class BatchAlreadyPaid(PayoutError):
    message = _l("This payout batch is already paid; it can no longer change.")
    status_code = 409


class BatchCancelled(PayoutError):
    message = _l("This payout batch was cancelled.")
    status_code = 409


class BankReferenceRequired(PayoutError):
    message = _l("Please enter the bank's reference for these transfers.")


@dataclass(frozen=True)
class NewBatch:
    batch: PayoutBatch
    skipped: list[Supplier]  # owed money, but without usable bank details


def create_payout_batch(actor: User) -> NewBatch:
    ensure(actor, Permission.ADMIN)
    owed_ids = db.session.scalars(
        select(LedgerEntry.supplier_id)
        .group_by(LedgerEntry.supplier_id)
        .having(func.sum(LedgerEntry.amount) > 0)
        .order_by(LedgerEntry.supplier_id)
    ).all()
    # Lock those suppliers, then read their balances again: a batch being made at the same
    # moment finishes first, and its payouts are then seen here.
    suppliers = db.session.scalars(
        select(Supplier)
        .where(Supplier.id.in_(owed_ids))
        .order_by(Supplier.id)
        .with_for_update(key_share=True)
    ).all()
    batch = PayoutBatch(status="draft", total=Decimal("0.00"), created_by=actor)
    skipped = []
    for supplier in suppliers:
        balance = _balance(supplier.id)
        if balance <= 0:
            continue
        if not RIB_PATTERN.match(supplier.rib or ""):
            skipped.append(supplier)
            continue
        line = PayoutLine(
            supplier=supplier,
            amount=balance,
            rib=supplier.rib,
            account_holder=supplier.account_holder or supplier.name,
            bank_name=supplier.bank_name,
        )
        line.entries.append(LedgerEntry(supplier=supplier, kind="payout", amount=-balance))
        batch.lines.append(line)
        batch.total += balance
    if not batch.lines:
        raise NothingToPay()
    db.session.add(batch)
    db.session.flush()
    return NewBatch(batch, skipped)


def _balance(supplier_id: int) -> Decimal:
    total = db.session.scalar(
        select(func.coalesce(func.sum(LedgerEntry.amount), 0)).where(
            LedgerEntry.supplier_id == supplier_id
        )
    )
    return Decimal(total).quantize(Decimal("0.01"))


def list_batches(actor: User) -> list[PayoutBatch]:
    ensure(actor, Permission.ADMIN)
    return list(db.session.scalars(select(PayoutBatch).order_by(PayoutBatch.id.desc())))


def get_batch(actor: User, batch_id: int) -> PayoutBatch:
    ensure(actor, Permission.ADMIN)
    batch = db.session.get(PayoutBatch, batch_id)
    if batch is None:
        raise NotFound()
    return batch


CSV_COLUMNS = (
    "batch",
    "supplier",
    "account_holder",
    "bank",
    "rib",
    "amount",
    "currency",
    "transfer_label",
)


def export_batch_csv(actor: User, batch: PayoutBatch, now: datetime) -> str:
    """The transfers for the bank, one line per supplier. Marks a draft batch exported."""
    ensure(actor, Permission.ADMIN)
    if batch.status == "cancelled":
        raise BatchCancelled()
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for line in batch.lines:
        writer.writerow(
            (
                batch.reference,
                line.supplier.slug,
                _safe_cell(line.account_holder),
                _safe_cell(line.bank_name),
                line.rib,
                f"{line.amount:.2f}",
                "MAD",
                f"SOUK TADAMON {batch.reference}",
            )
        )
    if batch.status == "draft":
        batch.status = "exported"
        batch.exported_at = now
        db.session.flush()
    return buffer.getvalue()


def _safe_cell(text: str) -> str:
    """Spreadsheets run cells starting with = + - @ as formulas; a quote keeps them text."""
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def mark_batch_paid(actor: User, batch: PayoutBatch, bank_reference: str, now: datetime) -> None:
    ensure(actor, Permission.ADMIN)
    if batch.status == "paid":
        raise BatchAlreadyPaid()
    if batch.status == "cancelled":
        raise BatchCancelled()
    if not bank_reference.strip():
        raise BankReferenceRequired()
    batch.status = "paid"
    batch.bank_reference = bank_reference.strip()
    batch.paid_at = now
    db.session.flush()


def cancel_batch(actor: User, batch: PayoutBatch) -> None:
    """The transfers were not made: the money is owed to the suppliers again."""
    ensure(actor, Permission.ADMIN)
    if batch.status == "paid":
        raise BatchAlreadyPaid()
    for line in batch.lines:
        line.entries.clear()
    batch.status = "cancelled"
    db.session.flush()
