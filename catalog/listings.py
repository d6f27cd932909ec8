"""A supplier's own listings: the guided creation, editing and duplicating of products.

Every function checks access with `ensure` on the supplier it touches and only flushes;
the request commits. Photos are in `catalog.listing_photos`, publishing and archiving in
`catalog.listing_status`, stock in `catalog.stock`."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from catalog.imports.cells import MAX_SKU, SKU
from catalog.listing_errors import (
    DescriptionNeedsName,
    GroupingNotAvailable,
    InvalidPrice,
    InvalidQuantity,
    InvalidSku,
    ListingNotFound,
    NameRequired,
    SkuTaken,
    TextTooLong,
    UnknownCategory,
)
from catalog.listing_status import keeping_publishable
from catalog.models import (
    PRODUCT_STATUSES,
    Category,
    LabelClaim,
    Product,
    ProductImage,
    ProductTranslation,
    StockMovement,
)
from groupings.models import Grouping, Supplier
from shop.accounts.models import User
from shop.accounts.permissions import Permission, ensure
from shop.extensions import db

LANGUAGES = ("ar", "fr", "zgh")
MAX_NAME = 200  # ProductTranslation.name
MAX_DESCRIPTION = 5000
MAX_UNIT = 60  # Product.unit
MAX_PRICE = Decimal("9999999999.99")  # Numeric(12, 2)
MAX_STOCK = 2**31 - 1
SKU_PREFIX_LENGTH = 24
_SKU_ATTEMPTS = 5


@dataclass(frozen=True)
class DraftPhoto:
    """A photo already stored (catalog.images) but not yet attached to a product."""

    key: str
    width: int
    height: int


@dataclass(frozen=True)
class ListingTexts:
    names: Mapping[str, str] = field(default_factory=dict)
    descriptions: Mapping[str, str] = field(default_factory=dict)

    def cleaned(self) -> ListingTexts:
        """Trimmed, blank languages left out, and checked: at least one name, and no
        description without a name in the same language (the shop shows them together)."""
        names = {lang: (self.names.get(lang) or "").strip() for lang in LANGUAGES}
        descriptions = {lang: (self.descriptions.get(lang) or "").strip() for lang in LANGUAGES}
        for lang in LANGUAGES:
            if len(names[lang]) > MAX_NAME:
                raise TextTooLong(limit=MAX_NAME)
            if len(descriptions[lang]) > MAX_DESCRIPTION:
                raise TextTooLong(limit=MAX_DESCRIPTION)
            if descriptions[lang] and not names[lang]:
                raise DescriptionNeedsName()
        if not any(names.values()):
            raise NameRequired()
        return ListingTexts(
            names={lang: name for lang, name in names.items() if name},
            descriptions={lang: text for lang, text in descriptions.items() if names[lang]},
        )


@dataclass(frozen=True)
class ListingDetails:
    price: Decimal
    unit: str
    category_id: int
    grouping_id: int | None = None


@dataclass(frozen=True)
class NewListing:
    photos: Sequence[DraftPhoto]
    texts: ListingTexts
    details: ListingDetails
    stock: int = 0
    sku: str | None = None  # generated from the supplier when not given


# --- reading ---------------------------------------------------------------------------------


def get_supplier_product(
    actor: User,
    supplier: Supplier,
    product_id: int,
    *,
    permission: Permission = Permission.SUPPLIER_VIEW,
) -> Product:
    """One of `supplier`'s products; another supplier's product is "not found" here."""
    ensure(actor, permission, supplier)
    product = db.session.scalar(
        select(Product).where(Product.id == product_id, Product.supplier_id == supplier.id)
    )
    if product is None:
        raise ListingNotFound()
    return product


def supplier_listings(actor: User, supplier: Supplier, status: str | None = None) -> list[Product]:
    ensure(actor, Permission.SUPPLIER_VIEW, supplier)
    query = select(Product).where(Product.supplier_id == supplier.id)
    if status in PRODUCT_STATUSES:
        query = query.where(Product.status == status)
    return list(db.session.scalars(query.order_by(Product.updated_at.desc(), Product.id.desc())))


def product_label_claims(actor: User, product: Product) -> list[LabelClaim]:
    """The labels claimed for this product (the supplier's own claims are on its labels page)."""
    ensure(actor, Permission.SUPPLIER_VIEW, product.supplier)
    query = select(LabelClaim).where(LabelClaim.product_id == product.id).order_by(LabelClaim.id)
    return list(db.session.scalars(query))


def category_choices() -> list[tuple[int, str, int]]:
    """(id, name in the current language, depth) in tree order, for a select."""
    categories = list(
        db.session.scalars(select(Category).order_by(Category.position, Category.slug))
    )
    children: dict[int | None, list[Category]] = {}
    for category in categories:
        children.setdefault(category.parent_id, []).append(category)
    choices: list[tuple[int, str, int]] = []

    def walk(parent_id: int | None, depth: int) -> None:
        for category in children.get(parent_id, []):
            choices.append((category.id, category.name, depth))
            walk(category.id, depth + 1)

    walk(None, 0)
    return choices


def supplier_groupings(supplier: Supplier) -> list[Grouping]:
    return sorted(
        (membership.grouping for membership in supplier.grouping_memberships),
        key=lambda grouping: grouping.slug,
    )


# --- checking input --------------------------------------------------------------------------


def checked_price(price: Decimal) -> Decimal:
    if not price.is_finite() or price <= 0 or price > MAX_PRICE or -price.as_tuple().exponent > 2:
        raise InvalidPrice()
    return price.quantize(Decimal("0.01"))


def checked_stock(quantity: int) -> int:
    if quantity < 0 or quantity > MAX_STOCK:
        raise InvalidQuantity()
    return quantity


def _checked_details(supplier: Supplier, details: ListingDetails) -> ListingDetails:
    unit = details.unit.strip()
    if len(unit) > MAX_UNIT:
        raise TextTooLong(limit=MAX_UNIT)
    if db.session.get(Category, details.category_id) is None:
        raise UnknownCategory()
    allowed = {grouping.id for grouping in supplier_groupings(supplier)}
    if details.grouping_id is not None and details.grouping_id not in allowed:
        raise GroupingNotAvailable()
    return ListingDetails(
        checked_price(details.price), unit, details.category_id, details.grouping_id
    )


def _sku_prefix(supplier: Supplier) -> str:
    prefix = re.sub(r"[^A-Z0-9]+", "-", supplier.slug.upper()).strip("-")
    return prefix[:SKU_PREFIX_LENGTH].rstrip("-") or "SKU"


def generate_sku(supplier: Supplier) -> str:
    """The supplier's prefix and the next free number: COOPERATIVE-TIFAOUT-0007."""
    prefix = _sku_prefix(supplier)
    taken = db.session.scalars(select(Product.sku).where(Product.sku.like(f"{prefix}-%")))
    numbers = [int(tail) for sku in taken if (tail := sku[len(prefix) + 1 :]).isdigit()]
    return f"{prefix}-{max(numbers, default=0) + 1:04d}"


def _checked_sku(sku: str) -> str:
    sku = sku.strip()
    if len(sku) > MAX_SKU or not SKU.fullmatch(sku):
        raise InvalidSku(limit=MAX_SKU)
    if db.session.scalar(select(Product.id).where(Product.sku == sku)) is not None:
        raise SkuTaken(sku=sku)  # whose it is stays unsaid
    return sku


def _add_with_sku(product: Product, supplier: Supplier, given: str | None) -> None:
    """Adds the product under the given SKU, or a generated one. Two requests generating
    the same number at once: the loser's savepoint rolls back and it takes the next one."""
    db.session.flush()
    for _attempt in range(_SKU_ATTEMPTS):
        product.sku = _checked_sku(given) if given else generate_sku(supplier)
        try:
            with db.session.begin_nested():
                db.session.add(product)
                db.session.flush()
            return
        except IntegrityError:
            if given:
                raise SkuTaken(sku=product.sku) from None
    raise SkuTaken(sku=product.sku)


# --- writing ---------------------------------------------------------------------------------


def _set_translations(product: Product, texts: ListingTexts) -> None:
    rows = {row.language: row for row in product.translations}
    for lang in LANGUAGES:
        name, row = texts.names.get(lang), rows.get(lang)
        if not name:
            if row is not None:
                product.translations.remove(row)
            continue
        if row is None:
            row = ProductTranslation(language=lang, name=name)
            product.translations.append(row)
        row.name, row.description = name, texts.descriptions.get(lang, "")


def _photo(photo: DraftPhoto, position: int, names: Mapping[str, str]) -> ProductImage:
    # The alt text starts as the product's name in each language; the supplier may refine it.
    return ProductImage(
        key=photo.key,
        position=position,
        width=photo.width,
        height=photo.height,
        **{f"alt_{lang}": names.get(lang, "") for lang in LANGUAGES},
    )


def create_listing(actor: User, supplier: Supplier, listing: NewListing) -> Product:
    """Saves a new draft with its photos, texts and details; its initial stock is the first
    entry of its stock history."""
    ensure(actor, Permission.SUPPLIER_MANAGE, supplier)
    texts = listing.texts.cleaned()
    details = _checked_details(supplier, listing.details)
    stock = checked_stock(listing.stock)
    product = Product(
        supplier=supplier,
        category_id=details.category_id,
        grouping_id=details.grouping_id,
        price=details.price,
        currency="MAD",
        unit=details.unit,
        stock=stock,
        region=supplier.region,
        status="draft",
    )
    _set_translations(product, texts)
    product.images = [
        _photo(photo, position, texts.names) for position, photo in enumerate(listing.photos)
    ]
    _add_with_sku(product, supplier, listing.sku)
    if stock:
        db.session.add(
            StockMovement(
                product=product, actor_id=actor.id, reason="restock", before=0, after=stock
            )
        )
        db.session.flush()
    return product


def update_texts(
    actor: User, product: Product, texts: ListingTexts, *, platform_fee_rate: Decimal
) -> Product:
    ensure(actor, Permission.SUPPLIER_MANAGE, product.supplier)
    texts = texts.cleaned()
    old_names = {row.language: row.name for row in product.translations}
    with keeping_publishable(product, platform_fee_rate):
        _set_translations(product, texts)
        # Alt texts that still follow the name follow it on; the ones written by hand stay.
        for image in product.images:
            for lang in LANGUAGES:
                alt = f"alt_{lang}"
                if getattr(image, alt) in ("", old_names.get(lang)):
                    setattr(image, alt, texts.names.get(lang, ""))
    return product


def update_details(
    actor: User, product: Product, details: ListingDetails, *, platform_fee_rate: Decimal
) -> Product:
    """Price, unit, category and grouping. Stock changes go through catalog.stock."""
    ensure(actor, Permission.SUPPLIER_MANAGE, product.supplier)
    details = _checked_details(product.supplier, details)
    with keeping_publishable(product, platform_fee_rate):
        product.price = details.price
        product.unit = details.unit
        product.category_id = details.category_id
        product.grouping_id = details.grouping_id
    return product


def duplicate_listing(actor: User, product: Product) -> Product:
    """A draft copy under a new SKU: same texts, details and photos (the files are shared
    by key), no stock and no label claims (a certificate names one product)."""
    ensure(actor, Permission.SUPPLIER_MANAGE, product.supplier)
    copy = Product(
        supplier=product.supplier,
        category_id=product.category_id,
        grouping_id=product.grouping_id,
        price=product.price,
        currency=product.currency,
        unit=product.unit,
        stock=0,
        low_stock_threshold=product.low_stock_threshold,
        weight_grams=product.weight_grams,
        region=product.region,
        status="draft",
    )
    copy.translations = [
        ProductTranslation(language=row.language, name=row.name, description=row.description)
        for row in product.translations
    ]
    copy.images = [
        ProductImage(
            key=image.key,
            position=image.position,
            width=image.width,
            height=image.height,
            alt_ar=image.alt_ar,
            alt_fr=image.alt_fr,
            alt_zgh=image.alt_zgh,
        )
        for image in product.images
    ]
    _add_with_sku(copy, product.supplier, None)
    return copy
