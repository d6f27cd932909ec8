"""Helpers shared by the import tests: CSV files built with the csv module (not with the
code under test), table counts to prove nothing was written, issues as plain tuples."""

from __future__ import annotations

import csv
import io

from sqlalchemy import func, select

from catalog.imports.tabular import ImportFailed
from catalog.models import Category, CategoryTranslation, LabelClaim, Product, ProductTranslation
from groupings.models import Supplier, SupplierTranslation
from shop.extensions import db

# Spelled out here rather than imported, so a change to the format breaks the tests.
SUPPLIER_HEADER = [
    "slug",
    "kind",
    "name_ar",
    "name_fr",
    "name_zgh",
    "region",
    "city",
    "registration_number",
    "ice",
    "members",
    "women_members",
    "founded",
    "phone",
    "email",
]
PRODUCT_HEADER = [
    "sku",
    "supplier",
    "category",
    "price_mad",
    "stock",
    "unit",
    "region",
    "name_ar",
    "name_fr",
    "name_zgh",
    "description_ar",
    "description_fr",
    "description_zgh",
    "labels",
    "grouping",
]
COUNTED = (
    Supplier,
    SupplierTranslation,
    Product,
    ProductTranslation,
    LabelClaim,
    Category,
    CategoryTranslation,
)


def csv_bytes(header: list[str], rows: list[dict[str, str]]) -> bytes:
    unknown = {key for row in rows for key in row} - set(header)
    assert not unknown, f"columns not in the format: {unknown}"
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows([[row.get(column, "") for column in header] for row in rows])
    return out.getvalue().encode("utf-8")


def supplier_csv(*rows: dict[str, str]) -> bytes:
    return csv_bytes(SUPPLIER_HEADER, list(rows))


def product_csv(*rows: dict[str, str]) -> bytes:
    return csv_bytes(PRODUCT_HEADER, list(rows))


def supplier_line(**cells: str) -> dict[str, str]:
    """A valid new supplier, with the given cells changed."""
    line = {
        "slug": "tafilalt-dates",
        "kind": "cooperative",
        "name_fr": "Coopérative des dattes du Tafilalt",
        "region": "draa-tafilalet",
    }
    return {**line, **cells}


def product_line(supplier: str, category: str, **cells: str) -> dict[str, str]:
    """A valid new product of `supplier` in `category`, with the given cells changed."""
    line = {
        "sku": "DATES-MJH-1KG",
        "supplier": supplier,
        "category": category,
        "price_mad": "180.00",
        "stock": "20",
        "unit": "box 1 kg",
        "name_fr": "Dattes Mejhoul",
    }
    return {**line, **cells}


def table_counts() -> dict[str, int]:
    db.session.flush()
    return {
        model.__tablename__: db.session.scalar(select(func.count()).select_from(model))
        for model in COUNTED
    }


def issues(failure: ImportFailed) -> list[tuple[int | None, str | None, str]]:
    return [(issue.row, issue.column, str(issue.reason)) for issue in failure.issues]
