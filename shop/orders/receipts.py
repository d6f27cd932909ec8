"""Receipt numbers: sequential per supplier, without gaps, given when a part is paid.

Locking contract: the counter row of a supplier is updated in place (`last_number + 1`),
which locks it until the transaction ends; `number_receipts` asks for numbers in ascending
supplier id order, so two transactions numbering parts of the same suppliers cannot wait
on each other in a cycle. Checkout itself takes no counter lock."""

from __future__ import annotations

from sqlalchemy import insert, update
from sqlalchemy.exc import IntegrityError

from shop.extensions import db
from shop.orders.models import OrderPart, ReceiptCounter

_counters = ReceiptCounter.__table__


def next_receipt_number(supplier_id: int) -> int:
    for _attempt in range(3):
        number = db.session.execute(
            update(_counters)
            .where(_counters.c.supplier_id == supplier_id)
            .values(last_number=_counters.c.last_number + 1)
            .returning(_counters.c.last_number)
        ).scalar_one_or_none()
        if number is not None:
            return number
        try:
            # The supplier's first receipt. Two first checkouts at once: one insert wins,
            # the other fails on the primary key and goes back to the update.
            with db.session.begin_nested():
                db.session.execute(insert(_counters).values(supplier_id=supplier_id, last_number=1))
            return 1
        except IntegrityError:
            continue
    raise RuntimeError(f"could not number a receipt for supplier {supplier_id}")


def number_receipts(parts: list[OrderPart]) -> None:
    """Numbers the parts that have no receipt number yet. Flushes."""
    for part in sorted(parts, key=lambda part: part.supplier_id):
        if part.receipt_number is None:
            part.receipt_number = next_receipt_number(part.supplier_id)
    db.session.flush()
