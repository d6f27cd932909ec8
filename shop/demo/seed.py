"""Loads the demo shop into an empty database through the same models the shop uses."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

from sqlalchemy import func, select

from catalog.images import store_image
from catalog.images.artwork import render_logo, render_product_artwork
from catalog.models import (
    Category,
    CategoryTranslation,
    LabelClaim,
    Product,
    ProductImage,
    ProductTranslation,
    QualityLabel,
    QualityLabelTranslation,
)
from groupings.models import (
    EligibilityEvidence,
    Grouping,
    GroupingManager,
    GroupingMembership,
    GroupingRule,
    GroupingTranslation,
    Supplier,
    SupplierMember,
    SupplierTranslation,
)
from shop.accounts.models import Organisation, OrganisationMember
from shop.accounts.services import register_user
from shop.database import utcnow
from shop.demo import data
from shop.extensions import db

LANGUAGES = ("ar", "fr", "zgh")
DEMO_PASSWORD = "tadamon-demo-2026"  # noqa: S105 - published in the README on purpose
DEMO_ACCOUNTS = (
    ("platform admin", "admin@souk-tadamon.example"),
    ("consumer", "amina@souk-tadamon.example"),
    ("supplier owner (Tifaout)", "fatima@souk-tadamon.example"),
    ("supplier staff (Tifaout)", "hassan@souk-tadamon.example"),
    ("grouping manager (Souss)", "youssef@souk-tadamon.example"),
    ("public buyer (ministry)", "karim@souk-tadamon.example"),
)
_ACCOUNT_NAMES = {
    "admin@souk-tadamon.example": "Salma Berrada",
    "amina@souk-tadamon.example": "Amina Benali",
    "fatima@souk-tadamon.example": "Fatima Oubella",
    "hassan@souk-tadamon.example": "Hassan Aït Taleb",
    "youssef@souk-tadamon.example": "Youssef Amrani",
    "karim@souk-tadamon.example": "Karim El Idrissi",
}

Progress = Callable[[int], None]
# Demo pictures are drawn, not photographed: 960×720 is plenty for a card and a product page.
ARTWORK_SIZE = (960, 720)


@lru_cache(maxsize=256)
def _artwork(category: str, seed: int) -> bytes:
    # Drawing is the slow part of seeding; a process that seeds twice (the tests) draws once.
    return render_product_artwork(category, seed, size=ARTWORK_SIZE)


@lru_cache(maxsize=64)
def _logo(seed: int) -> bytes:
    return render_logo(seed)


def already_seeded() -> bool:
    return bool(db.session.scalar(select(func.count()).select_from(Supplier)))


def total_steps() -> int:
    return len(data.PRODUCTS) + len(data.SUPPLIERS) + 1


def _translations(model, row: dict, **fields: str) -> list:
    """One row per language; `fields` maps the model's column to the data's key."""
    return [
        model(language=lang, **{column: row[key][lang] for column, key in fields.items()})
        for lang in LANGUAGES
    ]


def _categories() -> dict[str, Category]:
    categories = {}
    for row in data.CATEGORIES:
        category = Category(slug=row["slug"], position=row["position"])
        category.translations = _translations(CategoryTranslation, row, name="names")
        db.session.add(category)
        categories[row["slug"]] = category
    return categories


def _labels() -> dict[str, QualityLabel]:
    labels = {}
    for row in data.LABELS:
        label = QualityLabel(code=row["code"], kind=row["kind"], issuing_body=row["issuing_body"])
        label.translations = _translations(
            QualityLabelTranslation, row, name="names", description="descriptions"
        )
        db.session.add(label)
        labels[row["code"]] = label
    return labels


def _suppliers(upload_dir: Path, progress: Progress) -> dict[str, Supplier]:
    suppliers = {}
    for seed, row in enumerate(data.SUPPLIERS):
        supplier = Supplier(
            slug=row["slug"],
            kind=row["kind"],
            status="active",
            region=row["region"],
            city=row["city"],
            registration_number=row["registration_number"],
            ice=row["ice"],
            members=row["members"],
            women_members=row["women_members"],
            founded=row["founded"],
            phone=row["phone"],
            email=row["email"],
            logo_key=store_image(_logo(seed), upload_dir).key,
        )
        supplier.translations = _translations(
            SupplierTranslation, row, name="names", description="descriptions"
        )
        evidence = row["evidence"]
        supplier.evidence = [
            EligibilityEvidence(
                kind=evidence["kind"],
                lender=evidence["lender"],
                reference=evidence["reference"],
                granted_on=evidence["granted_on"],
                amount=evidence["amount"],
                status="verified",
                verified_at=utcnow(),
                valid_until=evidence["granted_on"] + timedelta(days=5 * 365),
            )
        ]
        db.session.add(supplier)
        suppliers[row["slug"]] = supplier
        progress(1)
    return suppliers


def _groupings(suppliers: dict[str, Supplier]) -> dict[str, Grouping]:
    groupings = {}
    for row in data.GROUPINGS:
        grouping = Grouping(
            slug=row["slug"],
            region=row["region"],
            commission_rate=row["commission_rate"],
            funders=row["funders"],
        )
        grouping.translations = _translations(
            GroupingTranslation, row, name="names", charter="charters"
        )
        grouping.memberships = [
            GroupingMembership(supplier=suppliers[slug], admitted_on=date(2024, 1, 15))
            for slug in row["members"]
        ]
        grouping.rules = [GroupingRule(kind=kind, value=value) for kind, value in row["rules"]]
        db.session.add(grouping)
        groupings[row["slug"]] = grouping
    return groupings


def _label_claim(label: QualityLabel, supplier: Supplier, number: str, today: date) -> LabelClaim:
    return LabelClaim(
        label=label,
        supplier=supplier,
        certificate_number=number,
        issuing_body=label.issuing_body,
        valid_from=today - timedelta(days=200),
        valid_until=today + timedelta(days=530),
        status="verified",
        verified_at=utcnow(),
    )


def _products(
    upload_dir: Path,
    categories: dict[str, Category],
    suppliers: dict[str, Supplier],
    groupings: dict[str, Grouping],
    labels: dict[str, QualityLabel],
    progress: Progress,
) -> None:
    today = date.today()  # noqa: DTZ011 - validity dates are calendar days
    for seed, row in enumerate(data.PRODUCTS):
        supplier = suppliers[row["supplier"]]
        product = Product(
            sku=row["sku"],
            supplier=supplier,
            category=categories[row["category"]],
            grouping=groupings[row["grouping"]] if row["grouping"] else None,
            price=row["price"],
            unit=row["unit"],
            stock=row["stock"],
            weight_grams=row["weight_grams"],
            region=supplier.region,
            status="published",
            featured=row["featured"],
        )
        product.translations = _translations(
            ProductTranslation, row, name="names", description="descriptions"
        )
        picture = store_image(_artwork(row["category"], seed), upload_dir)
        product.images = [
            ProductImage(
                key=picture.key,
                width=picture.width,
                height=picture.height,
                alt_ar=row["names"]["ar"],
                alt_fr=row["names"]["fr"],
                alt_zgh=row["names"]["zgh"],
            )
        ]
        product.label_claims = [
            _label_claim(
                labels[code], supplier, f"{code.upper()}-{today.year}-{seed:03d}{n}", today
            )
            for n, code in enumerate(row["labels"], start=1)
        ]
        db.session.add(product)
        progress(1)


def _accounts(suppliers: dict[str, Supplier], groupings: dict[str, Grouping]) -> None:
    users = {
        email: register_user(
            email=email,
            full_name=name,
            password=DEMO_PASSWORD,
            language="fr",
            is_admin=email.startswith("admin@"),
        )
        for email, name in _ACCOUNT_NAMES.items()
    }
    tifaout = suppliers["tifaout-argan"]
    db.session.add_all(
        [
            SupplierMember(
                supplier=tifaout, user=users["fatima@souk-tadamon.example"], role="owner"
            ),
            SupplierMember(
                supplier=tifaout, user=users["hassan@souk-tadamon.example"], role="staff"
            ),
            GroupingManager(
                grouping=groupings["souss-solidaire"], user=users["youssef@souk-tadamon.example"]
            ),
        ]
    )
    ministry = Organisation(
        slug="ministere-artisanat",
        name="Ministère du Tourisme, de l'Artisanat et de l'Économie sociale et solidaire",
        kind="ministry",
        city="Rabat",
    )
    ministry.members = [OrganisationMember(user=users["karim@souk-tadamon.example"], role="buyer")]
    db.session.add(ministry)


def seed_demo(upload_dir: Path, progress: Progress = lambda _n: None) -> None:
    """Adds the whole demo shop to the session and flushes; the caller commits."""
    categories = _categories()
    labels = _labels()
    suppliers = _suppliers(upload_dir, progress)
    groupings = _groupings(suppliers)
    _products(upload_dir, categories, suppliers, groupings, labels, progress)
    _accounts(suppliers, groupings)
    db.session.flush()
    progress(1)
