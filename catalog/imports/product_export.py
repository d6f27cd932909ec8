"""Products out, in the import format: importing an export into a database with the same
suppliers, categories, labels and groupings, then exporting again, gives the same bytes."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from sqlalchemy import select
from sqlalchemy.orm import aliased

from catalog.imports.products import LANGUAGES, PRODUCT_COLUMNS
from catalog.imports.tabular import format_csv
from catalog.models import Category, LabelClaim, Product, ProductTranslation, QualityLabel
from groupings.models import Grouping, Supplier
from shop.extensions import db


def export_products(only_supplier: Supplier | None = None) -> str:
    """Every product (or one supplier's), ordered by SKU, as CSV text."""
    return format_csv(PRODUCT_COLUMNS, product_export_rows(only_supplier))


def product_export_rows(only_supplier: Supplier | None = None) -> Iterator[list[str]]:
    # Three queries for the whole catalog instead of loading ORM objects one by one.
    category, grouping = aliased(Category), aliased(Grouping)
    query = (
        select(
            Product.id,
            Product.sku,
            Supplier.slug,
            category.slug,
            Product.price,
            Product.stock,
            Product.unit,
            Product.region,
            grouping.slug,
        )
        .join(Supplier, Product.supplier_id == Supplier.id)
        .join(category, Product.category_id == category.id)
        .outerjoin(grouping, Product.grouping_id == grouping.id)
    )
    if only_supplier is not None:
        query = query.where(Product.supplier_id == only_supplier.id)
    products = db.session.execute(query).all()
    texts = _translations(only_supplier)
    labels = _claimed_label_codes(only_supplier)
    # Sorted here, not in SQL: PostgreSQL collations ignore punctuation and case, and the
    # export must be byte-identical on every database.
    for (
        product_id,
        sku,
        supplier,
        category_slug,
        price,
        stock,
        unit,
        region,
        grouping_slug,
    ) in sorted(products, key=lambda product: product.sku):
        names = [texts[product_id].get(lang, ("", ""))[0] for lang in LANGUAGES]
        descriptions = [texts[product_id].get(lang, ("", ""))[1] for lang in LANGUAGES]
        yield [
            sku,
            supplier,
            category_slug,
            f"{price:.2f}",
            str(stock),
            unit,
            region,
            *names,
            *descriptions,
            ";".join(sorted(labels[product_id])),
            grouping_slug or "",
        ]


def _translations(only_supplier: Supplier | None) -> dict[int, dict[str, tuple[str, str]]]:
    texts: dict[int, dict[str, tuple[str, str]]] = defaultdict(dict)
    query = select(
        ProductTranslation.product_id,
        ProductTranslation.language,
        ProductTranslation.name,
        ProductTranslation.description,
    )
    if only_supplier is not None:
        query = query.join(Product, ProductTranslation.product_id == Product.id).where(
            Product.supplier_id == only_supplier.id
        )
    for product_id, lang, name, description in db.session.execute(query):
        texts[product_id][lang] = (name, description)
    return texts


def _claimed_label_codes(only_supplier: Supplier | None) -> dict[int, set[str]]:
    """Codes of every claim on each product, whatever its status: the export says what was
    claimed, and re-importing it adds no claim and changes no status."""
    codes: dict[int, set[str]] = defaultdict(set)
    query = (
        select(LabelClaim.product_id, QualityLabel.code)
        .join(QualityLabel, LabelClaim.label_id == QualityLabel.id)
        .where(LabelClaim.product_id.is_not(None))
    )
    if only_supplier is not None:
        query = query.where(LabelClaim.supplier_id == only_supplier.id)
    for product_id, code in db.session.execute(query):
        if product_id is not None:  # always, given the WHERE; says so to the type checker
            codes[product_id].add(code)
    return codes
