from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import JSON, CheckConstraint, Date, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from groupings.models import Grouping, Supplier
from shop.database import Money, UTCDateTime, utcnow
from shop.extensions import db
from shop.i18n import pick_translation

PRODUCT_STATUSES = ("draft", "published", "archived")
LABEL_KINDS = ("national_quality", "igp", "aop", "organic", "fair_trade", "handmade")
CLAIM_STATUSES = ("pending", "verified", "rejected")


class Category(db.Model):
    __tablename__ = "categories"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(80), unique=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("categories.id"), index=True)
    position: Mapped[int] = mapped_column(default=0)

    parent: Mapped[Category | None] = relationship(remote_side=[id], back_populates="children")
    children: Mapped[list[Category]] = relationship(
        back_populates="parent", order_by="Category.position"
    )
    translations: Mapped[list[CategoryTranslation]] = relationship(
        back_populates="category", cascade="all, delete-orphan", lazy="selectin"
    )

    def translation(self, lang: str | None = None) -> CategoryTranslation | None:
        return pick_translation(self.translations, lang)

    @property
    def name(self) -> str:
        row = self.translation()
        return row.name if row else self.slug


class CategoryTranslation(db.Model):
    __tablename__ = "category_translations"
    __table_args__ = (UniqueConstraint("category_id", "language"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    category_id: Mapped[int] = mapped_column(ForeignKey("categories.id", ondelete="CASCADE"))
    language: Mapped[str] = mapped_column(String(8))
    name: Mapped[str] = mapped_column(String(120))

    category: Mapped[Category] = relationship(back_populates="translations")


class Product(db.Model):
    __tablename__ = "products"
    __table_args__ = (
        CheckConstraint("stock >= 0", name="stock_not_negative"),
        CheckConstraint("price > 0", name="price_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    sku: Mapped[str] = mapped_column(String(64), unique=True)
    supplier_id: Mapped[int] = mapped_column(ForeignKey("suppliers.id"), index=True)
    category_id: Mapped[int] = mapped_column(ForeignKey("categories.id"), index=True)
    grouping_id: Mapped[int | None] = mapped_column(ForeignKey("groupings.id"), index=True)
    price: Mapped[Decimal] = mapped_column(Money)
    currency: Mapped[str] = mapped_column(String(3), default="MAD")
    unit: Mapped[str] = mapped_column(String(60), default="")
    stock: Mapped[int] = mapped_column(default=0)
    low_stock_threshold: Mapped[int] = mapped_column(default=3)
    weight_grams: Mapped[int] = mapped_column(default=500)
    region: Mapped[str] = mapped_column(String(40), index=True)
    status: Mapped[str] = mapped_column(String(16), default="draft", index=True)
    featured: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    supplier: Mapped[Supplier] = relationship(lazy="joined")
    category: Mapped[Category] = relationship()
    grouping: Mapped[Grouping | None] = relationship()
    translations: Mapped[list[ProductTranslation]] = relationship(
        back_populates="product", cascade="all, delete-orphan", lazy="selectin"
    )
    images: Mapped[list[ProductImage]] = relationship(
        back_populates="product",
        cascade="all, delete-orphan",
        order_by="ProductImage.position",
        lazy="selectin",
    )
    label_claims: Mapped[list[LabelClaim]] = relationship(
        back_populates="product", cascade="all, delete-orphan"
    )

    def translation(self, lang: str | None = None) -> ProductTranslation | None:
        return pick_translation(self.translations, lang)

    @property
    def name(self) -> str:
        row = self.translation()
        return row.name if row else self.sku

    @property
    def main_image(self) -> ProductImage | None:
        return self.images[0] if self.images else None


class ProductTranslation(db.Model):
    __tablename__ = "product_translations"
    __table_args__ = (UniqueConstraint("product_id", "language"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id", ondelete="CASCADE"))
    language: Mapped[str] = mapped_column(String(8))
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")

    product: Mapped[Product] = relationship(back_populates="translations")


class ProductImage(db.Model):
    """A picture stored as WebP in three sizes under its content hash (see catalog.images)."""

    __tablename__ = "product_images"

    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(
        ForeignKey("products.id", ondelete="CASCADE"), index=True
    )
    key: Mapped[str] = mapped_column(String(80))
    position: Mapped[int] = mapped_column(default=0)
    width: Mapped[int] = mapped_column()
    height: Mapped[int] = mapped_column()
    alt_ar: Mapped[str] = mapped_column(String(200), default="")
    alt_fr: Mapped[str] = mapped_column(String(200), default="")
    alt_zgh: Mapped[str] = mapped_column(String(200), default="")

    product: Mapped[Product] = relationship(back_populates="images")

    def alt(self, lang: str) -> str:
        return getattr(self, f"alt_{lang}", "") or self.alt_fr or self.product.name


class QualityLabel(db.Model):
    """A label in the registry (e.g. an IGP); products and suppliers claim it with a certificate."""

    __tablename__ = "quality_labels"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    kind: Mapped[str] = mapped_column(String(24))
    issuing_body: Mapped[str] = mapped_column(String(200))
    logo_key: Mapped[str | None] = mapped_column(String(80))

    translations: Mapped[list[QualityLabelTranslation]] = relationship(
        back_populates="label", cascade="all, delete-orphan", lazy="selectin"
    )

    def translation(self, lang: str | None = None) -> QualityLabelTranslation | None:
        return pick_translation(self.translations, lang)

    @property
    def name(self) -> str:
        row = self.translation()
        return row.name if row else self.code


class QualityLabelTranslation(db.Model):
    __tablename__ = "quality_label_translations"
    __table_args__ = (UniqueConstraint("label_id", "language"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    label_id: Mapped[int] = mapped_column(ForeignKey("quality_labels.id", ondelete="CASCADE"))
    language: Mapped[str] = mapped_column(String(8))
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")

    label: Mapped[QualityLabel] = relationship(back_populates="translations")


class LabelClaim(db.Model):
    """A supplier's claim to a label, for one product or for itself, with its certificate.

    Shown and counted only when verified and within its validity dates."""

    __tablename__ = "label_claims"
    __table_args__ = (CheckConstraint("valid_until >= valid_from", name="validity_ordered"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    label_id: Mapped[int] = mapped_column(ForeignKey("quality_labels.id"), index=True)
    supplier_id: Mapped[int] = mapped_column(
        ForeignKey("suppliers.id", ondelete="CASCADE"), index=True
    )
    product_id: Mapped[int | None] = mapped_column(
        ForeignKey("products.id", ondelete="CASCADE"), index=True
    )
    certificate_number: Mapped[str] = mapped_column(String(80), default="")
    issuing_body: Mapped[str] = mapped_column(String(200), default="")
    valid_from: Mapped[date | None] = mapped_column(Date)
    valid_until: Mapped[date | None] = mapped_column(Date)
    document_key: Mapped[str | None] = mapped_column(String(80))
    status: Mapped[str] = mapped_column(String(16), default="pending", index=True)
    rejection_reason: Mapped[str] = mapped_column(Text, default="")
    verified_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    verified_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    label: Mapped[QualityLabel] = relationship(lazy="joined")
    supplier: Mapped[Supplier] = relationship()
    product: Mapped[Product | None] = relationship(back_populates="label_claims")

    def shows_on(self, day: date) -> bool:
        return (
            self.status == "verified"
            and self.valid_from is not None
            and self.valid_until is not None
            and self.valid_from <= day <= self.valid_until
        )


STOCK_REASONS = ("restock", "correction", "loss", "sale", "cancellation", "return")


class StockMovement(db.Model):
    """Every change of a product's stock: who, when, why, before and after."""

    __tablename__ = "stock_movements"
    __table_args__ = (CheckConstraint("after >= 0", name="after_not_negative"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(
        ForeignKey("products.id", ondelete="CASCADE"), index=True
    )
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    reason: Mapped[str] = mapped_column(String(16))
    before: Mapped[int] = mapped_column()
    after: Mapped[int] = mapped_column()
    note: Mapped[str] = mapped_column(String(500), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)

    product: Mapped[Product] = relationship()

    @property
    def delta(self) -> int:
        return self.after - self.before


class ListingDraft(db.Model):
    """A product on its way through the guided listing flow, saved at every step: a seller
    whose tab closed or whose connection dropped finds it again under "My products"."""

    __tablename__ = "listing_drafts"

    id: Mapped[int] = mapped_column(primary_key=True)
    supplier_id: Mapped[int] = mapped_column(
        ForeignKey("suppliers.id", ondelete="CASCADE"), index=True
    )
    started_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    step: Mapped[str] = mapped_column(String(16))  # photos, texts or details: where to go on
    # Photos (stored keys), texts and details as typed; read by the back office's flow.
    state: Mapped[dict] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
