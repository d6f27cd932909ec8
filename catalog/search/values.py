"""What search takes and gives back: plain values, no whoosh objects."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from decimal import Decimal

from markupsafe import Markup

from shop.pagination import PageNumbers

SORTS = ("relevance", "price_asc", "price_desc", "newest")
FILTERS = ("category", "region", "label", "grouping", "supplier_kind")
FACETS = ("category", "region", "label", "grouping", "supplier_kind", "price")
SEARCH_LANGUAGES = ("ar", "fr", "zgh")
DEFAULT_PER_PAGE = 24
MAX_PER_PAGE = 100
CURRENCY = "MAD"


@dataclass
class SearchQuery:
    """A search as the shopper asked for it. Filters are slugs/codes; unknown ones simply
    match nothing. `category` includes its descendant categories; `label` counts only
    verified claims valid today (on the product or on its supplier)."""

    text: str = ""
    lang: str = "fr"
    category: str | None = None
    region: str | None = None
    label: str | None = None
    grouping: str | None = None
    supplier_kind: str | None = None
    min_price: Decimal | None = None
    max_price: Decimal | None = None
    sort: str = "relevance"
    page: int = 1
    per_page: int = DEFAULT_PER_PAGE

    def normalized(self) -> SearchQuery:
        """The same search with out-of-range values brought back into range."""
        return dataclasses.replace(
            self,
            text=self.text if isinstance(self.text, str) else "",
            lang=self.lang if self.lang in SEARCH_LANGUAGES else "fr",
            sort=self.sort if self.sort in SORTS else "relevance",
            page=max(1, _as_int(self.page, 1)),
            per_page=min(MAX_PER_PAGE, max(1, _as_int(self.per_page, DEFAULT_PER_PAGE))),
            min_price=_finite(self.min_price),
            max_price=_finite(self.max_price),
            **{name: _slug(getattr(self, name)) for name in FILTERS},
        )


def _as_int(value: object, default: int) -> int:
    try:
        return int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError, OverflowError):
        return default


def _slug(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _finite(value: Decimal | None) -> Decimal | None:
    # NaN and infinities would make every comparison raise or match nothing sensible.
    if value is None:
        return None
    try:
        value = Decimal(value)
    except (ArithmeticError, TypeError, ValueError):
        return None
    return value if value.is_finite() else None


@dataclass(frozen=True)
class FacetCount:
    value: str
    label: str
    count: int


@dataclass(frozen=True)
class SearchHit:
    product_id: int
    sku: str
    name: str
    highlighted_name: Markup
    price: Decimal
    currency: str
    supplier_slug: str
    supplier_name: str
    category_slug: str
    region: str
    labels: list[str]
    image_key: str | None
    score: float


@dataclass(frozen=True)
class SearchResults(PageNumbers):
    query: SearchQuery
    total: int
    page: int
    per_page: int
    hits: list[SearchHit] = field(default_factory=list)
    facets: dict[str, list[FacetCount]] = field(default_factory=dict)
    suggestion: str | None = None

    @classmethod
    def empty(cls, query: SearchQuery) -> SearchResults:
        return cls(
            query=query,
            total=0,
            page=query.page,
            per_page=query.per_page,
            facets={name: [] for name in FACETS},
        )


def shown_name(names: dict[str, str], lang: str) -> tuple[str, str]:
    """(name, its language) in `lang`, else French, else any — pick_translation's chain,
    over the names stored with a document."""
    for candidate in (lang, "fr"):
        if names.get(candidate):
            return names[candidate], candidate
    for candidate, name in names.items():
        if name:
            return name, candidate
    return "", lang
