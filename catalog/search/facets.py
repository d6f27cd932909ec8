"""Filters and facet counts.

Semantics (multi-select faceting, as in most shops): the counts of a facet are computed
over the documents matching the text and every *other* active filter, ignoring the
facet's own filter. So with region=souss-massa selected, the region facet still lists the
other regions with the number of results each would give, and every count equals the
total that choosing that value would show. A category counts its descendants' products.
Labels count only claims shown today; price buckets are fixed."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from itertools import chain

from flask_babel import force_locale, gettext
from sqlalchemy import literal, select, union_all

from catalog.models import Category, CategoryTranslation, QualityLabel, QualityLabelTranslation
from catalog.search.doctable import PRICE_BUCKETS, DocTable
from catalog.search.values import FACETS, FacetCount, SearchQuery
from groupings.models import Grouping, GroupingTranslation
from groupings.vocabulary import SUPPLIER_KIND_NAMES
from shop.extensions import db
from shop.regions import region_name


def _centimes(amount: Decimal) -> int:
    return int((amount * 100).to_integral_value())


def active_filters(query: SearchQuery, table: DocTable, today: date) -> dict[str, set[int]]:
    """For each filter the query sets, keyed by the facet it narrows: the documents passing it."""
    filters: dict[str, set[int]] = {}
    if query.category:
        filters["category"] = table.docs_with("category", query.category)
    for facet in ("region", "grouping", "supplier_kind"):
        value = getattr(query, facet)
        if value:
            filters[facet] = table.docs_with(facet, value)
    if query.label:
        filters["label"] = table.docs_labelled(query.label, today)
    if query.min_price is not None or query.max_price is not None:
        low = None if query.min_price is None else _centimes(query.min_price)
        high = None if query.max_price is None else _centimes(query.max_price)
        filters["price"] = table.docs_priced(low, high)
    return filters


def intersect(base: set[int], others: list[set[int]]) -> set[int]:
    """Never mutates its arguments (some are cached); starts from the smallest set."""
    if not others:
        return base
    ordered = sorted([base, *others], key=len)
    return ordered[0].intersection(*ordered[1:])


def count_facets(
    table: DocTable, base: set[int], filters: dict[str, set[int]], today: date
) -> tuple[set[int], dict[str, Counter]]:
    """The results (base ∩ every filter) and each facet's counts (see module docstring)."""
    results = intersect(base, list(filters.values()))
    counters: dict[str, Counter] = {}
    for facet in FACETS:
        if facet in filters:
            docs = intersect(base, [docs for name, docs in filters.items() if name != facet])
        else:
            docs = results
        counters[facet] = _count(table, facet, docs, today)
    return results, counters


def _count(table: DocTable, facet: str, docs: set[int], today: date) -> Counter:
    if facet == "category":
        return Counter(chain.from_iterable(map(table.columns.paths.__getitem__, docs)))
    if facet == "label":
        return Counter(chain.from_iterable(map(table.labels_on(today).__getitem__, docs)))
    if facet == "price":
        buckets = Counter(map(table.price_buckets().__getitem__, docs))
        return Counter({price_bucket_value(index): n for index, n in buckets.items()})
    columns = table.columns
    column = {"region": columns.region, "grouping": columns.grouping, "supplier_kind": columns.kind}
    counts = Counter(map(column[facet].__getitem__, docs))
    counts.pop("", None)  # no grouping
    return counts


def price_bucket_value(index: int) -> str:
    low = PRICE_BUCKETS[index]
    high = PRICE_BUCKETS[index + 1] if index + 1 < len(PRICE_BUCKETS) else None
    return f"{low}-{high}" if high is not None else f"{low}-"


def price_bucket_label(value: str) -> str:
    low, _, high = value.partition("-")
    if low == "0":
        return gettext("Under %(amount)s MAD", amount=high)
    if not high:
        return gettext("%(amount)s MAD and over", amount=low)
    return gettext("%(low)s–%(high)s MAD", low=low, high=high)


def price_bucket_bounds(value: str) -> tuple[Decimal | None, Decimal | None]:
    """The min_price/max_price that select a bucket (upper bound just below the next)."""
    low, _, high = value.partition("-")
    return (
        Decimal(low) if low != "0" else None,
        (Decimal(high) - Decimal("0.01")) if high else None,
    )


# Facet → (the value's column, its translation model, that model's foreign key).
_TRANSLATED = {
    "category": (Category.slug, CategoryTranslation, CategoryTranslation.category_id),
    "label": (QualityLabel.code, QualityLabelTranslation, QualityLabelTranslation.label_id),
    "grouping": (Grouping.slug, GroupingTranslation, GroupingTranslation.grouping_id),
}


def _names(wanted: dict[str, list[str]], lang: str) -> dict[str, dict[str, str]]:
    """Display names of the wanted values, by facet, in `lang`, else French, else any
    (pick_translation's chain). One query without ORM objects: it runs on every search."""
    selects = [
        select(literal(facet), key, translation.language, translation.name)
        .join(translation, foreign_key == key.class_.id)
        .where(key.in_(wanted[facet]))
        for facet, (key, translation, foreign_key) in _TRANSLATED.items()
        if wanted.get(facet)
    ]
    found: dict[str, dict[str, dict[str, str]]] = {facet: {} for facet in _TRANSLATED}
    if selects:
        for facet, value, language, name in db.session.execute(union_all(*selects)):
            found[facet].setdefault(value, {})[language] = name
    return {
        facet: {
            value: next((n for n in (names.get(lang), names.get("fr"), *names.values()) if n), "")
            for value, names in by_value.items()
        }
        for facet, by_value in found.items()
    }


def _sorted(counter: Counter, label: Callable[[str], str]) -> list[FacetCount]:
    entries = [FacetCount(value=v, label=label(v), count=n) for v, n in counter.items() if n]
    return sorted(entries, key=lambda entry: (-entry.count, entry.label.casefold(), entry.value))


def describe(counters: dict[str, Counter], lang: str) -> dict[str, list[FacetCount]]:
    """Facet entries with their display names in `lang`: categories, labels and groupings
    from their translation rows (fallback French, then any), the rest from the catalogs."""
    names = _names({facet: list(counters[facet]) for facet in _TRANSLATED}, lang)
    categories, labels, groupings = names["category"], names["label"], names["grouping"]
    with force_locale(lang):
        facets = {
            "category": _sorted(counters["category"], lambda v: categories.get(v) or v),
            "region": _sorted(counters["region"], region_name),
            "label": _sorted(counters["label"], lambda v: labels.get(v) or v),
            "grouping": _sorted(counters["grouping"], lambda v: groupings.get(v) or v),
            "supplier_kind": _sorted(
                counters["supplier_kind"], lambda v: str(SUPPLIER_KIND_NAMES.get(v, v))
            ),
            "price": [
                FacetCount(value=value, label=price_bucket_label(value), count=count)
                for index in range(len(PRICE_BUCKETS))
                if (count := counters["price"].get(value := price_bucket_value(index)))
            ],
        }
    return facets
