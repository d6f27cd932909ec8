"""Home delivery rates: by the regions the parcel travels between, and by its weight.

A small table kept in code (a carrier's price list changes rarely and is reviewed with the
code). Every started kilogram after the first costs the zone's per-kilogram rate."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from shop.regions import REGIONS

# The southern regions are served by fewer, longer routes.
FAR_SOUTH = frozenset({"guelmim-oued-noun", "laayoune-sakia-el-hamra", "dakhla-oued-ed-dahab"})


@dataclass(frozen=True)
class Rate:
    first_kilogram: Decimal
    each_extra_kilogram: Decimal


RATES = {
    "same_region": Rate(Decimal("25.00"), Decimal("5.00")),
    "national": Rate(Decimal("35.00"), Decimal("7.00")),
    "far_south": Rate(Decimal("60.00"), Decimal("12.00")),
}
PICKUP_FEE = Decimal("0.00")


def zone(from_region: str, to_region: str) -> str:
    if from_region not in REGIONS or to_region not in REGIONS:
        raise ValueError(f"unknown region {from_region!r} or {to_region!r}")
    if from_region == to_region:
        return "same_region"
    if from_region in FAR_SOUTH or to_region in FAR_SOUTH:
        return "far_south"
    return "national"


def home_delivery_fee(from_region: str, to_region: str, weight_grams: int) -> Decimal:
    rate = RATES[zone(from_region, to_region)]
    extra_kilograms = max(0, -(-weight_grams // 1000) - 1)
    return rate.first_kilogram + rate.each_extra_kilogram * extra_kilograms
