"""Reading the catalog as shoppers see it: only published products of active suppliers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, func, select

from catalog.errors import CategoryNotFound, ProductNotFound, SupplierNotFound
from catalog.models import Category, LabelClaim, Product
from groupings.models import Supplier
from shop.extensions import db
from shop.pagination import PageNumbers

SORTS = {
    "newest": (Product.created_at.desc(), Product.id.desc()),
    "price_asc": (Product.price.asc(), Product.id),
    "price_desc": (Product.price.desc(), Product.id),
}


@dataclass(frozen=True)
class Page(PageNumbers):
    items: list
    page: int
    per_page: int
    total: int


def visible_products() -> Select:
    return (
        select(Product)
        .join(Product.supplier)
        .where(Product.status == "published", Supplier.status == "active")
    )


def top_categories() -> list[Category]:
    return list(
        db.session.scalars(
            select(Category)
            .where(Category.parent_id.is_(None))
            .order_by(Category.position, Category.slug)
        )
    )


def featured_products(limit: int = 8) -> list[Product]:
    query = visible_products().order_by(
        Product.featured.desc(), Product.created_at.desc(), Product.id
    )
    return list(db.session.scalars(query.limit(limit)))


def spotlight_suppliers(limit: int = 3) -> list[Supplier]:
    """Active cooperatives with the most published products, women's cooperatives first."""
    published = (
        visible_products()
        .with_only_columns(Product.supplier_id, func.count(Product.id).label("n"))
        .group_by(Product.supplier_id)
        .subquery()
    )
    query = (
        select(Supplier)
        .join(published, published.c.supplier_id == Supplier.id)
        .where(Supplier.kind == "cooperative")
        .order_by(
            (Supplier.women_members * 2 >= Supplier.members).desc(),
            published.c.n.desc(),
            Supplier.slug,
        )
        .limit(limit)
    )
    return list(db.session.scalars(query))


def get_visible_product(sku: str) -> Product:
    product = db.session.scalar(visible_products().where(Product.sku == sku))
    if product is None:
        raise ProductNotFound()
    return product


def get_category(slug: str) -> Category:
    category = db.session.scalar(select(Category).where(Category.slug == slug))
    if category is None:
        raise CategoryNotFound()
    return category


def category_and_descendant_ids(category: Category) -> list[int]:
    ids, frontier = [category.id], [category]
    while frontier:
        children = [child for node in frontier for child in node.children]
        ids.extend(child.id for child in children)
        frontier = children
    return ids


def paginate(query: Select, page: int, per_page: int) -> Page:
    total = db.session.scalar(select(func.count()).select_from(query.order_by(None).subquery()))
    page = max(1, page)
    items = list(db.session.scalars(query.limit(per_page).offset((page - 1) * per_page)))
    return Page(items=items, page=page, per_page=per_page, total=total or 0)


def list_category_products(category: Category, *, sort: str, page: int, per_page: int = 24) -> Page:
    query = visible_products().where(Product.category_id.in_(category_and_descendant_ids(category)))
    return paginate(query.order_by(*SORTS.get(sort, SORTS["newest"])), page, per_page)


def shown_labels(product: Product, today: date) -> list[LabelClaim]:
    """Verified, unexpired label claims for the product or its supplier: the only ones shown."""
    claims = db.session.scalars(
        select(LabelClaim).where(
            LabelClaim.supplier_id == product.supplier_id,
            (LabelClaim.product_id == product.id) | LabelClaim.product_id.is_(None),
            LabelClaim.status == "verified",
            LabelClaim.valid_from <= today,
            LabelClaim.valid_until >= today,
        )
    )
    return list(claims)


def get_active_supplier(slug: str) -> Supplier:
    supplier = db.session.scalar(
        select(Supplier).where(Supplier.slug == slug, Supplier.status == "active")
    )
    if supplier is None:
        raise SupplierNotFound()
    return supplier


def list_supplier_products(supplier: Supplier, *, page: int, per_page: int = 24) -> Page:
    query = visible_products().where(Product.supplier_id == supplier.id)
    return paginate(query.order_by(*SORTS["newest"]), page, per_page)


def suppliers_by_region() -> dict[str, list[Supplier]]:
    grouped: dict[str, list[Supplier]] = {}
    for supplier in db.session.scalars(
        select(Supplier).where(Supplier.status == "active").order_by(Supplier.region, Supplier.slug)
    ):
        grouped.setdefault(supplier.region, []).append(supplier)
    return grouped
