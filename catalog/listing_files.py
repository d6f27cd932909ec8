"""A supplier's own products in and out of the catalog CSV format (examples/products.csv).

Built on catalog.imports with `only_supplier`: a row for another supplier, or a SKU that
belongs to one, is an issue, and every issue is reported before anything is written. On
top of the catalog import, a supplier's file may not take a product on sale below its
grouping's rules, and its stock changes are recorded in the stock history."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from sqlalchemy import insert, select

from catalog.imports.product_export import export_products
from catalog.imports.product_writes import apply_product_rows
from catalog.imports.products import PRODUCT_COLUMNS, ProductImportSummary, ProductRow
from catalog.imports.products import validate_product_rows as validate_rows
from catalog.imports.tabular import ImportFailed, ImportIssue, in_chunks, read_records
from catalog.listing_status import grouping_rule_reasons
from catalog.models import Product, StockMovement
from groupings.models import Grouping, Supplier
from shop.accounts.models import User
from shop.accounts.permissions import Permission, ensure
from shop.database import utcnow
from shop.extensions import db


def export_own_products(actor: User, supplier: Supplier) -> str:
    ensure(actor, Permission.SUPPLIER_VIEW, supplier)
    return export_products(only_supplier=supplier)


def import_own_products(
    actor: User, supplier: Supplier, data: bytes, *, platform_fee_rate: Decimal
) -> ProductImportSummary:
    """Creates drafts and updates the supplier's known products; raises ImportFailed with
    every issue (row, column, reason) and then writes nothing. Only flushes: the caller
    commits, then hands `summary.product_ids` to catalog.search.index_products."""
    ensure(actor, Permission.SUPPLIER_MANAGE, supplier)
    records = read_records(data, PRODUCT_COLUMNS)
    rows = validate_rows(records, only_supplier=supplier)
    issues = _published_rule_issues(rows, platform_fee_rate)
    if issues:
        raise ImportFailed(issues)
    stock_before = _stocks_by_sku([row.sku for row in rows], lock=True)
    # New products are drafts: putting one on sale goes through the publishing checks.
    summary = apply_product_rows(rows, publish=False)
    _record_stock_changes(actor, rows, stock_before)
    return summary


def _published_rule_issues(
    rows: Sequence[ProductRow], platform_fee_rate: Decimal
) -> list[ImportIssue]:
    """A product on sale in a grouping keeps obeying the grouping's rules after the file's
    new price or grouping (a blank cell keeps the current value)."""
    known = {row.product_id: row for row in rows if row.product_id is not None}
    issues: list[ImportIssue] = []
    for chunk in in_chunks(sorted(known)):
        query = select(Product.id, Product.price, Product.grouping_id).where(
            Product.id.in_(chunk), Product.status == "published"
        )
        for product_id, price, grouping_id in db.session.execute(query):
            row = known[product_id]
            grouping_id = row.grouping_id if row.grouping_id is not None else grouping_id
            if grouping_id is None:
                continue
            grouping = db.session.get(Grouping, grouping_id)
            new_price = row.price if row.price is not None else price
            for reason in grouping_rule_reasons(grouping, new_price, platform_fee_rate):
                column = "price_mad" if row.price is not None else "grouping"
                issues.append(ImportIssue(reason, row=row.number, column=column))
    return sorted(issues, key=lambda issue: issue.row or 0)


def _stocks_by_sku(skus: Sequence[str], *, lock: bool = False) -> dict[str, tuple[int, int]]:
    """(product id, stock) by SKU; locked for update before the import's writes."""
    found: dict[str, tuple[int, int]] = {}
    for chunk in in_chunks(skus):
        query = select(Product.sku, Product.id, Product.stock).where(Product.sku.in_(chunk))
        if lock:
            query = query.with_for_update()
        found.update({sku: (pid, stock) for sku, pid, stock in db.session.execute(query)})
    return found


def _record_stock_changes(
    actor: User, rows: Sequence[ProductRow], before: dict[str, tuple[int, int]]
) -> None:
    given = [row.sku for row in rows if row.stock is not None]
    after = _stocks_by_sku(given)
    now = utcnow()
    movements = []
    for sku in given:
        product_id, new_stock = after[sku]
        old_stock = before[sku][1] if sku in before else 0
        if new_stock == old_stock:
            continue
        movements.append(
            {
                "product_id": product_id,
                "actor_id": actor.id,
                "reason": "correction" if sku in before else "restock",
                "before": old_stock,
                "after": new_stock,
                "note": "",
                "created_at": now,
            }
        )
    if movements:
        db.session.execute(insert(StockMovement), movements)
