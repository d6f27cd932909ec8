"""Validating product rows of the `examples/products.csv` format.

`validate_product_rows` reads the database once into lookups (no query per row), checks
every row and raises ImportFailed with all the issues, or returns ProductRow values whose
references are resolved to ids; `catalog.imports.product_writes.apply_product_rows` then
writes them in bulk.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from flask_babel import lazy_gettext as _l
from sqlalchemy import Select, select

from catalog.imports import cells
from catalog.imports.tabular import (
    Progress,
    Record,
    RowIssues,
    in_chunks,
    validate_records,
)
from catalog.models import Category, LabelClaim, Product, ProductTranslation, QualityLabel
from groupings.models import Grouping, GroupingMembership, Supplier
from shop.extensions import db

LANGUAGES = ("ar", "fr", "zgh")
PRODUCT_COLUMNS = (
    "sku",
    "supplier",
    "category",
    "price_mad",
    "stock",
    "unit",
    "region",
    *(f"name_{lang}" for lang in LANGUAGES),
    *(f"description_{lang}" for lang in LANGUAGES),
    "labels",
    "grouping",
)
NAME_COLUMNS = ", ".join(f"name_{lang}" for lang in LANGUAGES)
MAX_NAME = 200  # ProductTranslation.name
MAX_UNIT = 60  # Product.unit

_parse_name = cells.text_parser(MAX_NAME)
_parse_description = cells.text_parser()
_parse_unit = cells.text_parser(MAX_UNIT)


@dataclass(frozen=True, slots=True)
class ProductRow:
    """One valid row, references resolved. For a known SKU (`product_id` set) None means
    "not given": the product keeps its value. For a new one, validation filled defaults."""

    number: int
    sku: str
    supplier_id: int
    product_id: int | None
    category_id: int | None
    new_category: str | None  # a slug to create first (--create-categories)
    price: Decimal | None
    stock: int | None
    unit: str | None
    region: str | None
    names: dict[str, str]
    descriptions: dict[str, str]
    new_label_ids: tuple[int, ...]  # labels the product has no claim for yet
    grouping_id: int | None

    @property
    def is_new(self) -> bool:
        return self.product_id is None


@dataclass(frozen=True, slots=True)
class ProductImportSummary:
    created: int
    updated: int
    new_categories: tuple[str, ...]
    new_claims: int
    product_ids: tuple[int, ...] = ()  # every product written (known once applied)


def summarise_product_rows(rows: Sequence[ProductRow]) -> ProductImportSummary:
    """What applying the rows does (or would do, for a dry run)."""
    created = sum(row.is_new for row in rows)
    return ProductImportSummary(
        created=created,
        updated=len(rows) - created,
        new_categories=tuple(sorted({row.new_category for row in rows if row.new_category})),
        new_claims=sum(len(row.new_label_ids) for row in rows),
    )


@dataclass(frozen=True, slots=True)
class _SupplierRef:
    id: int
    slug: str
    region: str


@dataclass(frozen=True, slots=True)
class _KnownProduct:
    id: int
    supplier_id: int
    languages: frozenset[str]
    label_ids: frozenset[int]


@dataclass(frozen=True, slots=True)
class _Lookups:
    suppliers: dict[str, _SupplierRef]
    supplier_slugs: dict[int, str]
    categories: dict[str, int]
    labels: dict[str, int]
    groupings: dict[str, int]
    memberships: frozenset[tuple[int, int]]  # (grouping_id, supplier_id)
    products: dict[str, _KnownProduct]


def validate_product_rows(
    records: Sequence[Record],
    *,
    create_categories: bool = False,
    only_supplier: Supplier | None = None,
    progress: Progress | None = None,
) -> list[ProductRow]:
    """Check every record; raise ImportFailed listing all issues, else return the rows.

    `only_supplier` is for a supplier importing its own products: any row for another
    supplier is an issue, and a blank supplier cell means this one."""
    lookups = _load_lookups(records)
    first_rows: dict[str, int] = {}
    return validate_records(
        records,
        lambda check: _validate_record(
            check, lookups, first_rows, create_categories, only_supplier
        ),
        progress,
    )


def _validate_record(
    check: RowIssues,
    lookups: _Lookups,
    first_rows: dict[str, int],
    create_categories: bool,
    only_supplier: Supplier | None,
) -> ProductRow | None:
    sku = check.cell("sku", cells.parse_sku, required=True)
    if sku is not None:
        if sku in first_rows:
            check.add(
                "sku",
                _l("SKU %(sku)s already appears on row %(row)s.", sku=sku, row=first_rows[sku]),
            )
        else:
            first_rows[sku] = check.record.number
    known = lookups.products.get(sku) if sku else None
    is_new = known is None
    supplier = _check_supplier(check, lookups, known, only_supplier)
    category_id, new_category = _check_category(check, lookups, is_new, create_categories)
    price = check.cell("price_mad", cells.parse_price, required=is_new)
    stock = check.cell("stock", cells.parse_count)
    unit = check.cell("unit", _parse_unit)
    region = check.cell("region", cells.parse_region)
    names, descriptions = _check_texts(check, known)
    label_ids = _check_labels(check, lookups)
    grouping_id = _check_grouping(check, lookups, supplier)
    if sku is None or supplier is None or check.failed:
        return None
    if is_new:
        # Defaults are settled here so that ProductRow alone says what will be written.
        stock = 0 if stock is None else stock
        unit = "" if unit is None else unit
        region = region or supplier.region
    claimed = known.label_ids if known else frozenset()
    return ProductRow(
        number=check.record.number,
        sku=sku,
        supplier_id=supplier.id,
        product_id=known.id if known else None,
        category_id=category_id,
        new_category=new_category,
        price=price,
        stock=stock,
        unit=unit,
        region=region,
        names=names,
        descriptions=descriptions,
        new_label_ids=tuple(label_id for label_id in label_ids if label_id not in claimed),
        grouping_id=grouping_id,
    )


def _check_supplier(
    check: RowIssues,
    lookups: _Lookups,
    known: _KnownProduct | None,
    only_supplier: Supplier | None,
) -> _SupplierRef | None:
    slug = check.cell("supplier", cells.parse_code, required=only_supplier is None)
    if slug is None:
        if only_supplier is None:
            return None
        slug = only_supplier.slug
    supplier = lookups.suppliers.get(slug)
    if supplier is None:
        check.add("supplier", _l("Unknown supplier: %(supplier)s.", supplier=slug))
        return None
    if only_supplier is not None and supplier.id != only_supplier.id:
        check.add("supplier", _l("This row belongs to another supplier."))
        return None
    if known is not None and known.supplier_id != supplier.id:
        # Never move a product between suppliers: its orders, claims and payouts follow it.
        if only_supplier is not None:  # a supplier must not learn who owns the SKU
            check.add("sku", _l("This SKU is already used by another supplier."))
        else:
            check.add(
                "sku",
                _l(
                    "SKU %(sku)s belongs to supplier %(owner)s, not %(supplier)s; "
                    "a product is never moved from one supplier to another.",
                    sku=check.record.code("sku"),
                    owner=lookups.supplier_slugs[known.supplier_id],
                    supplier=slug,
                ),
            )
        return None
    return supplier


def _check_category(
    check: RowIssues, lookups: _Lookups, is_new: bool, create_categories: bool
) -> tuple[int | None, str | None]:
    slug = check.cell("category", cells.parse_code, required=is_new)
    if slug is None:
        return None, None
    if slug in lookups.categories:
        return lookups.categories[slug], None
    if not create_categories:
        check.add("category", _l("Unknown category: %(category)s.", category=slug))
        return None, None
    return None, check.cell("category", cells.parse_slug)


def _check_texts(
    check: RowIssues, known: _KnownProduct | None
) -> tuple[dict[str, str], dict[str, str]]:
    names: dict[str, str] = {}
    descriptions: dict[str, str] = {}
    for lang in LANGUAGES:
        name = check.cell(f"name_{lang}", _parse_name)
        description = check.cell(f"description_{lang}", _parse_description)
        if name is not None:
            names[lang] = name
        if description is not None:
            descriptions[lang] = description
            has_translation = known is not None and lang in known.languages
            if name is None and not has_translation and not check.record.code(f"name_{lang}"):
                check.add(
                    f"name_{lang}",
                    _l("A description needs a name in the same language."),
                )
    if known is None and not any(check.record.code(f"name_{lang}") for lang in LANGUAGES):
        check.add(
            None,
            _l(
                "Give the product a name in at least one language (%(columns)s).",
                columns=NAME_COLUMNS,
            ),
        )
    return names, descriptions


def _check_labels(check: RowIssues, lookups: _Lookups) -> list[int]:
    codes = check.cell("labels", cells.parse_codes) or []
    label_ids = []
    for code in codes:
        if code in lookups.labels:
            label_ids.append(lookups.labels[code])
        else:
            check.add("labels", _l("Unknown quality label: %(label)s.", label=code))
    return label_ids


def _check_grouping(
    check: RowIssues, lookups: _Lookups, supplier: _SupplierRef | None
) -> int | None:
    slug = check.cell("grouping", cells.parse_code)
    if slug is None:
        return None
    grouping_id = lookups.groupings.get(slug)
    if grouping_id is None:
        check.add("grouping", _l("Unknown grouping: %(grouping)s.", grouping=slug))
        return None
    if supplier is not None and (grouping_id, supplier.id) not in lookups.memberships:
        check.add(
            "grouping",
            _l(
                "Supplier %(supplier)s is not a member of the grouping %(grouping)s.",
                supplier=supplier.slug,
                grouping=slug,
            ),
        )
        return None
    return grouping_id


def _load_lookups(records: Sequence[Record]) -> _Lookups:
    suppliers = {
        slug: _SupplierRef(id=supplier_id, slug=slug, region=region)
        for supplier_id, slug, region in db.session.execute(
            select(Supplier.id, Supplier.slug, Supplier.region)
        )
    }
    memberships = select(GroupingMembership.grouping_id, GroupingMembership.supplier_id)
    return _Lookups(
        suppliers=suppliers,
        supplier_slugs={ref.id: slug for slug, ref in suppliers.items()},
        categories=_mapping(select(Category.slug, Category.id)),
        labels=_mapping(select(QualityLabel.code, QualityLabel.id)),
        groupings=_mapping(select(Grouping.slug, Grouping.id)),
        memberships=frozenset((gid, sid) for gid, sid in db.session.execute(memberships)),
        products=_known_products(sorted({record.code("sku") for record in records} - {""})),
    )


def _mapping(query: Select) -> dict[str, int]:
    # Not dict(result): a Result has keys(), so dict() would take it for a mapping.
    return {row[0]: row[1] for row in db.session.execute(query)}


def _known_products(skus: Sequence[str]) -> dict[str, _KnownProduct]:
    """The products of the file already in the database, fetched a chunk of SKUs at a time:
    the catalog may be much larger than the file."""
    found: dict[str, tuple[int, int]] = {}
    for chunk in in_chunks(skus):
        query = select(Product.sku, Product.id, Product.supplier_id).where(Product.sku.in_(chunk))
        found.update({sku: (pid, sid) for sku, pid, sid in db.session.execute(query)})
    ids = [product_id for product_id, _supplier_id in found.values()]
    languages: dict[int, set[str]] = defaultdict(set)
    label_ids: dict[int, set[int]] = defaultdict(set)
    for id_chunk in in_chunks(ids):
        translations = select(ProductTranslation.product_id, ProductTranslation.language)
        for translated_id, lang in db.session.execute(
            translations.where(ProductTranslation.product_id.in_(id_chunk))
        ):
            languages[translated_id].add(lang)
        claims = select(LabelClaim.product_id, LabelClaim.label_id)
        for claimed_id, label_id in db.session.execute(
            claims.where(LabelClaim.product_id.in_(id_chunk))
        ):
            if claimed_id is not None:  # always, given the IN; says so to the type checker
                label_ids[claimed_id].add(label_id)
    return {
        sku: _KnownProduct(
            id=product_id,
            supplier_id=supplier_id,
            languages=frozenset(languages[product_id]),
            label_ids=frozenset(label_ids[product_id]),
        )
        for sku, (product_id, supplier_id) in found.items()
    }
