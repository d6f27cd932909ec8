"""What each role sees on its home page; every function checks access before reading."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from catalog.models import LabelClaim, Product
from groupings.models import Grouping, GroupingMembership, Supplier
from groupings.services import is_eligible
from shop.accounts.models import Organisation, User
from shop.accounts.permissions import Permission, ensure
from shop.errors import NotFound
from shop.extensions import db


@dataclass(frozen=True)
class PlatformFigures:
    users: int
    active_suppliers: int
    pending_suppliers: int
    published_products: int
    pending_label_claims: int
    regions_covered: int


def _count(query) -> int:
    return db.session.scalar(select(func.count()).select_from(query.subquery())) or 0


def supplier_for(user: User, slug: str) -> Supplier:
    supplier = db.session.scalar(select(Supplier).where(Supplier.slug == slug))
    if supplier is None:
        raise NotFound()
    ensure(user, Permission.SUPPLIER_VIEW, supplier)
    return supplier


def supplier_products(user: User, supplier: Supplier) -> list[Product]:
    ensure(user, Permission.SUPPLIER_VIEW, supplier)
    query = select(Product).where(Product.supplier_id == supplier.id).order_by(Product.sku)
    return list(db.session.scalars(query))


def grouping_for(user: User, slug: str) -> Grouping:
    grouping = db.session.scalar(select(Grouping).where(Grouping.slug == slug))
    if grouping is None:
        raise NotFound()
    ensure(user, Permission.GROUPING_MANAGE, grouping)
    return grouping


@dataclass(frozen=True)
class MemberStatus:
    supplier: Supplier
    eligible: bool


def grouping_members(user: User, grouping: Grouping, today: date) -> list[MemberStatus]:
    ensure(user, Permission.GROUPING_MANAGE, grouping)
    query = (
        select(GroupingMembership)
        .join(GroupingMembership.supplier)
        .where(GroupingMembership.grouping_id == grouping.id)
        .order_by(Supplier.slug)
    )
    return [
        MemberStatus(m.supplier, is_eligible(m.supplier, today)) for m in db.session.scalars(query)
    ]


def organisation_for(user: User, slug: str) -> Organisation:
    organisation = db.session.scalar(select(Organisation).where(Organisation.slug == slug))
    if organisation is None:
        raise NotFound()
    ensure(user, Permission.ORGANISATION_BUY, organisation)
    return organisation


def platform_figures(user: User) -> PlatformFigures:
    ensure(user, Permission.ADMIN)
    return PlatformFigures(
        users=_count(select(User.id)),
        active_suppliers=_count(select(Supplier.id).where(Supplier.status == "active")),
        pending_suppliers=_count(select(Supplier.id).where(Supplier.status == "pending")),
        published_products=_count(select(Product.id).where(Product.status == "published")),
        pending_label_claims=_count(select(LabelClaim.id).where(LabelClaim.status == "pending")),
        regions_covered=_count(
            select(Supplier.region).where(Supplier.status == "active").distinct()
        ),
    )
