"""How complete a listing is: the checklist and percentage a supplier sees while writing it.

It reads plain facts, so the same meter serves a product being created (not saved yet) and
a saved one. Completeness is advice; publishing has its own, stricter checks."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from flask_babel import LazyString
from flask_babel import lazy_gettext as _l

from catalog.models import Product

LANGUAGES = ("ar", "fr", "zgh")

NAME_LABELS = {
    "ar": _l("Name in Arabic"),
    "fr": _l("Name in French"),
    "zgh": _l("Name in Tamazight"),
}
DESCRIPTION_LABELS = {
    "ar": _l("Description in Arabic"),
    "fr": _l("Description in French"),
    "zgh": _l("Description in Tamazight"),
}

# Which screen fixes each item: the checklist links to it.
PHOTOS, TEXTS, DETAILS, STOCK = "photos", "texts", "details", "stock"


@dataclass(frozen=True)
class ListingFacts:
    photos: int = 0
    names: Mapping[str, str] = field(default_factory=dict)
    descriptions: Mapping[str, str] = field(default_factory=dict)
    price: Decimal | None = None
    unit: str = ""
    stock: int | None = None
    category_id: int | None = None

    @classmethod
    def of_product(cls, product: Product) -> ListingFacts:
        return cls(
            photos=len(product.images),
            names={row.language: row.name for row in product.translations},
            descriptions={row.language: row.description for row in product.translations},
            price=product.price,
            unit=product.unit,
            stock=product.stock,
            category_id=product.category_id,
        )


@dataclass(frozen=True)
class ChecklistItem:
    code: str
    label: LazyString
    done: bool
    step: str


@dataclass(frozen=True)
class Completeness:
    items: tuple[ChecklistItem, ...]

    @property
    def done(self) -> int:
        return sum(item.done for item in self.items)

    @property
    def percent(self) -> int:
        return round(100 * self.done / len(self.items))

    @property
    def missing(self) -> tuple[ChecklistItem, ...]:
        return tuple(item for item in self.items if not item.done)

    @property
    def missing_languages(self) -> tuple[str, ...]:
        """Languages without a name yet: the shop falls back to another one for them."""
        return tuple(lang for lang in LANGUAGES if not self._done(f"name_{lang}"))

    def _done(self, code: str) -> bool:
        return any(item.done for item in self.items if item.code == code)


def _filled(text: str | None) -> bool:
    return bool(text and text.strip())


def completeness(facts: ListingFacts) -> Completeness:
    items = [ChecklistItem("photos", _l("Photos"), facts.photos > 0, PHOTOS)]
    for lang in LANGUAGES:
        items.append(
            ChecklistItem(f"name_{lang}", NAME_LABELS[lang], _filled(facts.names.get(lang)), TEXTS)
        )
        items.append(
            ChecklistItem(
                f"description_{lang}",
                DESCRIPTION_LABELS[lang],
                _filled(facts.descriptions.get(lang)),
                TEXTS,
            )
        )
    items.extend(
        [
            ChecklistItem("price", _l("Price"), bool(facts.price and facts.price > 0), DETAILS),
            ChecklistItem(
                "unit", _l("Unit (for example: jar of 250 g)"), _filled(facts.unit), DETAILS
            ),
            ChecklistItem("stock", _l("Items in stock"), bool(facts.stock), STOCK),
            ChecklistItem("category", _l("Category"), facts.category_id is not None, DETAILS),
        ]
    )
    return Completeness(tuple(items))


def product_completeness(product: Product) -> Completeness:
    return completeness(ListingFacts.of_product(product))
