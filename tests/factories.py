"""Factories: each builds a valid row with sensible defaults, adds it and flushes."""

from __future__ import annotations

import itertools
from datetime import date, timedelta
from decimal import Decimal

from catalog.models import (
    Category,
    CategoryTranslation,
    LabelClaim,
    Product,
    ProductTranslation,
    QualityLabel,
    QualityLabelTranslation,
)
from groupings.models import (
    EligibilityEvidence,
    Grouping,
    GroupingManager,
    GroupingMembership,
    GroupingTranslation,
    Supplier,
    SupplierMember,
    SupplierTranslation,
)
from shop.accounts.models import Organisation, OrganisationMember, User
from shop.accounts.services import register_user
from shop.extensions import db

PASSWORD = "correct horse battery"
_numbers = itertools.count(1)


def _n() -> int:
    return next(_numbers)


def create_user(*, email: str | None = None, password: str = PASSWORD, **kw) -> User:
    user = register_user(
        email=email or f"user{_n()}@example.ma",
        full_name=kw.pop("full_name", "Test User"),
        password=password,
        language=kw.pop("language", "fr"),
        is_admin=kw.pop("is_admin", False),
    )
    for key, value in kw.items():
        setattr(user, key, value)
    db.session.flush()
    return user


def create_supplier(*, slug: str | None = None, name: str = "Coopérative test", **kw) -> Supplier:
    supplier = Supplier(
        slug=slug or f"supplier-{_n()}",
        kind=kw.pop("kind", "cooperative"),
        status=kw.pop("status", "active"),
        region=kw.pop("region", "souss-massa"),
        members=kw.pop("members", 10),
        women_members=kw.pop("women_members", 8),
        **kw,
    )
    supplier.translations = [SupplierTranslation(language="fr", name=name, description="")]
    db.session.add(supplier)
    db.session.flush()
    return supplier


def add_supplier_member(supplier: Supplier, user: User, role: str = "owner") -> SupplierMember:
    member = SupplierMember(supplier=supplier, user=user, role=role)
    db.session.add(member)
    db.session.flush()
    db.session.refresh(user)
    return member


def create_evidence(supplier: Supplier, **kw) -> EligibilityEvidence:
    evidence = EligibilityEvidence(
        supplier=supplier,
        kind=kw.pop("kind", "microcredit"),
        lender=kw.pop("lender", "Al Amana Microfinance"),
        reference=kw.pop("reference", f"AMN-{_n():05d}"),
        granted_on=kw.pop("granted_on", date(2024, 1, 1)),
        **kw,
    )
    db.session.add(evidence)
    db.session.flush()
    return evidence


def create_category(*, slug: str | None = None, names: dict | None = None, **kw) -> Category:
    slug = slug or f"category-{_n()}"
    category = Category(slug=slug, **kw)
    names = names or {"fr": slug}
    category.translations = [CategoryTranslation(language=k, name=v) for k, v in names.items()]
    db.session.add(category)
    db.session.flush()
    return category


def create_product(
    *,
    supplier: Supplier | None = None,
    category: Category | None = None,
    names: dict | None = None,
    **kw,
) -> Product:
    supplier = supplier or create_supplier()
    product = Product(
        sku=kw.pop("sku", f"SKU-{_n()}"),
        supplier=supplier,
        category=category or create_category(),
        price=kw.pop("price", Decimal("100.00")),
        stock=kw.pop("stock", 10),
        region=kw.pop("region", supplier.region),
        status=kw.pop("status", "published"),
        **kw,
    )
    names = names or {"fr": "Produit test"}
    product.translations = [
        ProductTranslation(language=lang, name=name, description="") for lang, name in names.items()
    ]
    db.session.add(product)
    db.session.flush()
    return product


def create_label(
    *, code: str | None = None, kind: str = "organic", name: str = "Bio"
) -> QualityLabel:
    label = QualityLabel(code=code or f"label-{_n()}", kind=kind, issuing_body="Ecocert Maroc")
    label.translations = [QualityLabelTranslation(language="fr", name=name, description="")]
    db.session.add(label)
    db.session.flush()
    return label


def create_label_claim(label: QualityLabel, product: Product, **kw) -> LabelClaim:
    today = date.today()  # noqa: DTZ011
    claim = LabelClaim(
        label=label,
        supplier=product.supplier,
        product=product,
        certificate_number=kw.pop("certificate_number", f"CERT-{_n()}"),
        issuing_body=label.issuing_body,
        valid_from=kw.pop("valid_from", today - timedelta(days=10)),
        valid_until=kw.pop("valid_until", today + timedelta(days=300)),
        status=kw.pop("status", "verified"),
        **kw,
    )
    db.session.add(claim)
    db.session.flush()
    return claim


def create_grouping(*, slug: str | None = None, name: str = "Groupement test", **kw) -> Grouping:
    grouping = Grouping(
        slug=slug or f"grouping-{_n()}",
        region=kw.pop("region", "souss-massa"),
        commission_rate=kw.pop("commission_rate", Decimal("0.1000")),
        **kw,
    )
    grouping.translations = [GroupingTranslation(language="fr", name=name, charter="")]
    db.session.add(grouping)
    db.session.flush()
    return grouping


def add_grouping_member(grouping: Grouping, supplier: Supplier) -> GroupingMembership:
    membership = GroupingMembership(
        grouping=grouping, supplier=supplier, admitted_on=date(2024, 1, 1)
    )
    db.session.add(membership)
    db.session.flush()
    return membership


def add_grouping_manager(grouping: Grouping, user: User) -> GroupingManager:
    manager = GroupingManager(grouping=grouping, user=user)
    db.session.add(manager)
    db.session.flush()
    db.session.refresh(user)
    return manager


def create_organisation(*, slug: str | None = None, members: list[User] = ()) -> Organisation:
    organisation = Organisation(
        slug=slug or f"organisation-{_n()}", name="Ministère test", kind="ministry"
    )
    organisation.members = [OrganisationMember(user=user) for user in members]
    db.session.add(organisation)
    db.session.flush()
    for user in members:
        db.session.refresh(user)
    return organisation
