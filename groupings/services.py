"""Supplier and grouping rules: who is visible, eligible, and how groupings hold together."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import select

from groupings.models import Grouping, Supplier
from shop.extensions import db

CENTIME = Decimal("0.01")


def get_supplier_by_slug(slug: str) -> Supplier | None:
    return db.session.scalar(select(Supplier).where(Supplier.slug == slug))


def list_groupings() -> list[Grouping]:
    return list(db.session.scalars(select(Grouping).order_by(Grouping.slug)))


def is_eligible(supplier: Supplier, today: date) -> bool:
    """Holds a verified, unexpired microcredit or honour-loan attestation."""
    return any(evidence.is_valid_on(today) for evidence in supplier.evidence)


@dataclass(frozen=True)
class PriceSplit:
    """Who receives what of a retail price: the producer, the grouping, the platform."""

    producer: Decimal
    grouping: Decimal
    platform: Decimal

    @property
    def producer_rate(self) -> Decimal:
        total = self.producer + self.grouping + self.platform
        return (self.producer / total).quantize(Decimal("0.01")) if total else Decimal(0)


def split_price(
    price: Decimal, grouping: Grouping | None, platform_fee_rate: Decimal
) -> PriceSplit:
    """Commission and fee are rounded to the centime; the producer gets the rest, so the
    three parts always add up to the price exactly."""
    commission_rate = grouping.commission_rate if grouping is not None else Decimal(0)
    grouping_part = (price * commission_rate).quantize(CENTIME, rounding=ROUND_HALF_UP)
    platform_part = (price * platform_fee_rate).quantize(CENTIME, rounding=ROUND_HALF_UP)
    return PriceSplit(price - grouping_part - platform_part, grouping_part, platform_part)
