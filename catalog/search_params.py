"""Reading search parameters from a request: one parser for the HTML page and the API."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from flask_babel import lazy_gettext as _l
from werkzeug.datastructures import MultiDict

from catalog.search import SearchQuery
from shop.errors import ShopError

SORTS = ("relevance", "price_asc", "price_desc", "newest")
MAX_PER_PAGE = 100
MAX_QUERY_LENGTH = 200


class InvalidSearchParameter(ShopError):
    message = _l("The search parameter %(name)s is not valid.")


def _decimal(args: MultiDict, name: str) -> Decimal | None:
    raw = args.get(name, "").strip()
    if not raw:
        return None
    try:
        value = Decimal(raw)
    except InvalidOperation:
        raise InvalidSearchParameter(name=name) from None
    if not value.is_finite() or value < 0:
        raise InvalidSearchParameter(name=name)
    return value


def _positive_int(args: MultiDict, name: str, default: int, maximum: int) -> int:
    raw = args.get(name, "").strip()
    if not raw:
        return default
    if not raw.isdigit() or int(raw) < 1:
        raise InvalidSearchParameter(name=name)
    return min(int(raw), maximum)


def _slug(args: MultiDict, name: str) -> str | None:
    return args.get(name, "").strip()[:80] or None


def parse_search_args(args: MultiDict, lang: str) -> SearchQuery:
    sort = args.get("sort", "relevance")
    if sort not in SORTS:
        raise InvalidSearchParameter(name="sort")
    return SearchQuery(
        text=args.get("q", "")[:MAX_QUERY_LENGTH],
        lang=lang,
        category=_slug(args, "category"),
        region=_slug(args, "region"),
        label=_slug(args, "label"),
        grouping=_slug(args, "grouping"),
        supplier_kind=_slug(args, "supplier_kind"),
        min_price=_decimal(args, "min_price"),
        max_price=_decimal(args, "max_price"),
        sort=sort,
        page=_positive_int(args, "page", 1, 10_000),
        per_page=_positive_int(args, "per_page", 24, MAX_PER_PAGE),
    )
