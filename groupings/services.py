"""Supplier and grouping rules: who is visible, eligible, and how groupings hold together."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from groupings.models import Grouping, Supplier
from shop.extensions import db


def get_supplier_by_slug(slug: str) -> Supplier | None:
    return db.session.scalar(select(Supplier).where(Supplier.slug == slug))


def list_groupings() -> list[Grouping]:
    return list(db.session.scalars(select(Grouping).order_by(Grouping.slug)))


def is_eligible(supplier: Supplier, today: date) -> bool:
    """Holds a verified, unexpired microcredit or honour-loan attestation."""
    return any(evidence.is_valid_on(today) for evidence in supplier.evidence)
