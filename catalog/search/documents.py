"""Index documents, built from the database (the truth) for the visible products only."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from catalog.models import Category, LabelClaim, Product, ProductTranslation, QualityLabel
from catalog.search.changes import ChangeSet
from catalog.search.schema import (
    LANGUAGES,
    SPELLING_FIELD,
    description_field,
    name_field,
    prefix_field,
)
from catalog.services import visible_products
from groupings.models import Grouping, SupplierTranslation
from shop.i18n import pick_translation

BATCH_SIZE = 500
_MAX_CATEGORY_DEPTH = 32  # a cycle in the tree must not hang indexing


def chunks(ids: Iterable[int], size: int = BATCH_SIZE) -> Iterator[list[int]]:
    batch: list[int] = []
    for item in ids:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


@dataclass(frozen=True)
class CatalogMaps:
    """The small tables every document needs, loaded once per write."""

    categories: dict[int, tuple[str, int | None]]  # id → (slug, parent id)
    groupings: dict[int, str]  # id → slug

    @classmethod
    def load(cls, session: Session) -> CatalogMaps:
        categories = {
            row.id: (row.slug, row.parent_id)
            for row in session.execute(select(Category.id, Category.slug, Category.parent_id))
        }
        groupings = {
            row.id: row.slug for row in session.execute(select(Grouping.id, Grouping.slug))
        }
        return cls(categories=categories, groupings=groupings)

    def category_path(self, category_id: int) -> str:
        slugs: list[str] = []
        current: int | None = category_id
        while (
            current is not None and current in self.categories and len(slugs) < _MAX_CATEGORY_DEPTH
        ):
            slug, current = self.categories[current]
            slugs.append(slug)
        return "/".join(reversed(slugs))

    def with_descendants(self, category_ids: Iterable[int]) -> set[int]:
        children: dict[int, list[int]] = {}
        for category_id, (_slug, parent_id) in self.categories.items():
            if parent_id is not None:
                children.setdefault(parent_id, []).append(category_id)
        found, frontier = set(category_ids), list(category_ids)
        while frontier:
            next_ids = [
                c for parent in frontier for c in children.get(parent, ()) if c not in found
            ]
            found.update(next_ids)
            frontier = next_ids
        return found


def encode_claims(claims: Iterable[tuple[str, date, date]]) -> bytes:
    """Label code and validity per claim. Validity is kept (not only "valid now") so that a
    claim expires, or starts, at query time by date alone, without reindexing."""
    rows = sorted({(code, start.toordinal(), end.toordinal()) for code, start, end in claims})
    return "\n".join(f"{code}\t{start}\t{end}" for code, start, end in rows).encode()


def decode_claims(raw: bytes) -> tuple[tuple[str, int, int], ...]:
    if not raw:
        return ()
    claims = []
    for line in raw.decode().split("\n"):
        code, start, end = line.split("\t")
        claims.append((code, int(start), int(end)))
    return tuple(claims)


def _claims_for(
    session: Session, products: Sequence[Product], today: date
) -> dict[int, list[tuple[str, date, date]]]:
    """Verified claims not yet expired (future ones included), on each product or on its
    supplier (product_id NULL) — the rule of catalog.services.shown_labels, minus "today"."""
    product_ids = [p.id for p in products]
    supplier_ids = list({p.supplier_id for p in products})
    rows = session.execute(
        select(
            LabelClaim.product_id,
            LabelClaim.supplier_id,
            QualityLabel.code,
            LabelClaim.valid_from,
            LabelClaim.valid_until,
        )
        .join(QualityLabel, LabelClaim.label_id == QualityLabel.id)
        .where(
            LabelClaim.status == "verified",
            LabelClaim.valid_from.is_not(None),
            LabelClaim.valid_until >= today,
            or_(
                LabelClaim.product_id.in_(product_ids),
                and_(LabelClaim.product_id.is_(None), LabelClaim.supplier_id.in_(supplier_ids)),
            ),
        )
    )
    by_product: dict[int | None, list] = {}
    by_supplier: dict[int, list] = {}
    for product_id, supplier_id, code, start, end in rows:
        if product_id is None:
            by_supplier.setdefault(supplier_id, []).append((code, start, end))
        else:
            by_product.setdefault(product_id, []).append((supplier_id, code, start, end))
    claims: dict[int, list[tuple[str, date, date]]] = {}
    for product in products:
        own = [
            (code, start, end)
            for supplier_id, code, start, end in by_product.get(product.id, ())
            if supplier_id == product.supplier_id
        ]
        claims[product.id] = own + by_supplier.get(product.supplier_id, [])
    return claims


def _names_by_language(rows: Iterable[ProductTranslation | SupplierTranslation]) -> dict[str, str]:
    return {row.language: row.name for row in rows if row.name}


def product_document(
    product: Product, claims: list[tuple[str, date, date]], maps: CatalogMaps
) -> dict[str, object]:
    translations = {row.language: row for row in product.translations}
    names = _names_by_language(product.translations)
    supplier = product.supplier
    doc: dict[str, object] = {
        "id": str(product.id),
        "pid": product.id,
        "sku": product.sku,
        "names": names,
        "supplier": (supplier.slug, _names_by_language(supplier.translations)),
        "image": product.images[0].key if product.images else None,
        "price": int((Decimal(product.price) * 100).to_integral_value()),
        "created": int(product.created_at.timestamp() * 1_000_000),
        "category_path": maps.category_path(product.category_id).encode(),
        "region": (product.region or "").encode(),
        "grouping": maps.groupings.get(product.grouping_id, "").encode(),
        "supplier_kind": (supplier.kind or "").encode(),
        "claims": encode_claims(claims),
        SPELLING_FIELD: "\n".join(names.values()),
    }
    for lang in LANGUAGES:
        row = translations.get(lang)
        if row is not None:
            doc[name_field(lang)] = row.name or ""
            doc[description_field(lang)] = row.description or ""
        # Autocompletion offers the name shown in that language, fallbacks included, and
        # ranks shorter names first.
        shown = pick_translation(product.translations, lang)
        shown_name = shown.name if shown is not None else ""
        if shown_name:
            doc[prefix_field(lang)] = shown_name
        doc[f"name_len_{lang}"] = min(255, len(shown_name.split()))
    return doc


def load_documents(
    session: Session, product_ids: Sequence[int], maps: CatalogMaps, today: date
) -> dict[int, dict[str, object]]:
    """Documents of those ids whose product is visible; the others must leave the index."""
    products = list(session.scalars(visible_products().where(Product.id.in_(product_ids))))
    claims = _claims_for(session, products, today) if products else {}
    return {p.id: product_document(p, claims[p.id], maps) for p in products}


def visible_product_ids(session: Session) -> list[int]:
    query = visible_products().with_only_columns(Product.id).order_by(Product.id)
    return list(session.scalars(query))


def affected_product_ids(session: Session, changes: ChangeSet, maps: CatalogMaps) -> set[int]:
    """Every product whose document may differ because of the changes."""
    ids = set(changes.products)
    for column, keys in (
        (Product.supplier_id, changes.suppliers),
        (Product.category_id, maps.with_descendants(changes.categories)),
        (Product.grouping_id, changes.groupings),
    ):
        for batch in chunks(sorted(keys)):
            ids.update(session.scalars(select(Product.id).where(column.in_(batch))))
    for batch in chunks(sorted(changes.labels)):
        claims = session.execute(
            select(LabelClaim.product_id, LabelClaim.supplier_id).where(
                LabelClaim.label_id.in_(batch)
            )
        ).all()
        ids.update(product_id for product_id, _ in claims if product_id is not None)
        suppliers = sorted(
            {supplier_id for product_id, supplier_id in claims if product_id is None}
        )
        for supplier_batch in chunks(suppliers):
            ids.update(
                session.scalars(select(Product.id).where(Product.supplier_id.in_(supplier_batch)))
            )
    return ids
