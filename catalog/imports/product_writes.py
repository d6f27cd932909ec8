"""Writing validated product rows in bulk: a few statements per chunk of rows, not per row.

The caller commits; these functions only flush, so a failure leaves nothing behind once
the caller rolls back.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select, update

from catalog.imports.products import (
    LANGUAGES,
    ProductImportSummary,
    ProductRow,
    summarise_product_rows,
)
from catalog.imports.tabular import Progress, in_chunks
from catalog.models import Category, CategoryTranslation, LabelClaim, Product, ProductTranslation
from shop.database import utcnow
from shop.extensions import db

WRITE_CHUNK = 500
# A category created by an import is named after its slug (in French, the fallback
# language) until someone gives it real names in the three languages.
PLACEHOLDER_NAME_LANGUAGE = "fr"


def apply_product_rows(
    rows: Sequence[ProductRow], *, publish: bool = False, progress: Progress | None = None
) -> ProductImportSummary:
    """Create the new products (draft, or published with `publish`) and update the known
    ones. Labels become pending claims with no certificate: an import never verifies a
    label, never duplicates a claim, and never touches an existing claim.

    Bulk statements bypass the unit of work, so the search index's session hooks do not
    see these products: after committing, the caller hands `summary.product_ids` to
    `catalog.search.index_products`."""
    db.session.flush()
    summary = summarise_product_rows(rows)
    category_ids = _create_categories(summary.new_categories)
    status = "published" if publish else "draft"
    now = utcnow()
    written: list[int] = []
    for chunk in in_chunks(rows, WRITE_CHUNK):
        product_ids = {row.sku: row.product_id for row in chunk if row.product_id is not None}
        product_ids.update(_insert_products(chunk, category_ids, status, now))
        _update_products(chunk, category_ids, now)
        _write_translations(chunk, product_ids)
        _insert_claims(chunk, product_ids)
        written.extend(product_ids.values())
        if progress:
            progress(len(chunk))
    # Bulk statements bypass the identity map too: objects loaded before would be stale.
    db.session.expire_all()
    return replace(summary, product_ids=tuple(written))


def _create_categories(slugs: Sequence[str]) -> dict[str, int]:
    categories = [
        Category(
            slug=slug,
            translations=[CategoryTranslation(language=PLACEHOLDER_NAME_LANGUAGE, name=slug)],
        )
        for slug in slugs
    ]
    db.session.add_all(categories)
    db.session.flush()
    return {category.slug: category.id for category in categories}


def _category_id(row: ProductRow, created: dict[str, int]) -> int | None:
    return created[row.new_category] if row.new_category else row.category_id


def _insert_products(
    rows: Sequence[ProductRow], category_ids: dict[str, int], status: str, now: datetime
) -> dict[str, int]:
    values = [
        {
            "sku": row.sku,
            "supplier_id": row.supplier_id,
            "category_id": _category_id(row, category_ids),
            "grouping_id": row.grouping_id,
            "price": row.price,
            "stock": row.stock,
            "unit": row.unit,
            "region": row.region,
            "status": status,
            "created_at": now,
            "updated_at": now,
        }
        for row in rows
        if row.is_new
    ]
    if not values:  # an empty parameter list would insert one row of defaults
        return {}
    result = db.session.execute(insert(Product).returning(Product.sku, Product.id), values)
    return dict(result.all())


def _update_products(
    rows: Sequence[ProductRow], category_ids: dict[str, int], now: datetime
) -> None:
    values = []
    for row in rows:
        if row.is_new:
            continue
        given: dict[str, Any] = {
            "category_id": _category_id(row, category_ids),
            "grouping_id": row.grouping_id,
            "price": row.price,
            "stock": row.stock,
            "unit": row.unit,
            "region": row.region,
        }
        changes = {key: value for key, value in given.items() if value is not None}
        values.append({"id": row.product_id, "updated_at": now, **changes})
    if values:
        db.session.execute(update(Product), values)


def _write_translations(rows: Sequence[ProductRow], product_ids: dict[str, int]) -> None:
    known_ids = [row.product_id for row in rows if row.product_id is not None]
    existing: dict[tuple[int, str], int] = {}
    if known_ids:
        query = select(
            ProductTranslation.id, ProductTranslation.product_id, ProductTranslation.language
        ).where(ProductTranslation.product_id.in_(known_ids))
        existing = {
            (product_id, lang): translation_id
            for translation_id, product_id, lang in db.session.execute(query)
        }
    inserts: list[dict[str, Any]] = []
    updates: list[dict[str, Any]] = []
    for row in rows:
        product_id = product_ids[row.sku]
        for lang in LANGUAGES:
            name, description = row.names.get(lang), row.descriptions.get(lang)
            if name is None and description is None:
                continue
            translation_id = existing.get((product_id, lang))
            if translation_id is None:  # validation made sure a new translation has a name
                inserts.append(
                    {
                        "product_id": product_id,
                        "language": lang,
                        "name": name,
                        "description": description or "",
                    }
                )
                continue
            given = {"name": name, "description": description}
            changes = {key: value for key, value in given.items() if value is not None}
            updates.append({"id": translation_id, **changes})
    if inserts:
        db.session.execute(insert(ProductTranslation), inserts)
    if updates:
        db.session.execute(update(ProductTranslation), updates)


def _insert_claims(rows: Sequence[ProductRow], product_ids: dict[str, int]) -> None:
    claims = [
        {
            "label_id": label_id,
            "supplier_id": row.supplier_id,
            "product_id": product_ids[row.sku],
            "status": "pending",
        }
        for row in rows
        for label_id in row.new_label_ids
    ]
    if claims:
        db.session.execute(insert(LabelClaim), claims)
