"""Parsers for one cell: each takes the cell as written and returns a value or raises
InvalidCell with the reason. Codes and numbers are trimmed; free text is kept exactly."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from datetime import date
from decimal import Decimal

from email_validator import EmailNotValidError, validate_email
from flask_babel import lazy_gettext as _l

from catalog.imports.tabular import InvalidCell
from shop.phones import normalise_moroccan_phone
from shop.regions import REGIONS

SLUG = re.compile(r"[a-z0-9-]+")
SKU = re.compile(r"[A-Za-z0-9._-]+")
DECIMAL = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")
WHOLE_NUMBER = re.compile(r"-?[0-9]+")
ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
ICE = re.compile(r"[0-9]{15}")
# +212 or a leading 0, then nine digits starting with 5 (landline), 6 or 7 (mobile).

MAX_SLUG = 80
MAX_SKU = 64
MAX_INTEGER = 2**31 - 1  # INTEGER columns on PostgreSQL
MAX_PRICE = Decimal("9999999999.99")  # Numeric(12, 2)
SHOWN_CHARS = 40


def _shown(raw: str) -> str:
    """The offending value, shortened so one bad cell cannot flood the report."""
    value = raw.strip()
    return value if len(value) <= SHOWN_CHARS else value[: SHOWN_CHARS - 1] + "…"


def parse_code(raw: str) -> str:
    """A reference to something that exists (supplier, grouping…): looked up, not checked."""
    return raw.strip()


def parse_slug(raw: str) -> str:
    value = raw.strip()
    if len(value) > MAX_SLUG:
        raise InvalidCell(_l("A slug has at most %(limit)s characters.", limit=MAX_SLUG))
    if not SLUG.fullmatch(value):
        raise InvalidCell(
            _l(
                "%(value)s is not a valid slug: use lowercase letters a-z, digits and hyphens.",
                value=_shown(raw),
            )
        )
    return value


def parse_sku(raw: str) -> str:
    value = raw.strip()
    if len(value) > MAX_SKU:
        raise InvalidCell(_l("A SKU has at most %(limit)s characters.", limit=MAX_SKU))
    if not SKU.fullmatch(value):
        raise InvalidCell(
            _l(
                "%(value)s is not a valid SKU: use letters A-Z, digits, dots, hyphens "
                "and underscores.",
                value=_shown(raw),
            )
        )
    return value


def parse_choice(raw: str, choices: Collection[str]) -> str:
    value = raw.strip()
    if value not in choices:
        raise InvalidCell(
            _l(
                "%(value)s is not one of: %(choices)s.",
                value=_shown(raw),
                choices=", ".join(choices),
            )
        )
    return value


def parse_region(raw: str) -> str:
    return parse_choice(raw, REGIONS)


def parse_price(raw: str) -> Decimal:
    value = raw.strip()
    if not DECIMAL.fullmatch(value):
        if "," in value:
            raise InvalidCell(
                _l("Use a dot, not a comma, before the decimals (for example 12.50).")
            )
        raise InvalidCell(
            _l("%(value)s is not a price in dirhams (for example 120.00).", value=_shown(raw))
        )
    price = Decimal(value)
    if price <= 0:
        raise InvalidCell(_l("The price must be greater than zero."))
    if len(value.partition(".")[2]) > 2:  # "1.230" too: what was typed counts
        raise InvalidCell(_l("A price has at most two decimals."))
    if price > MAX_PRICE:
        raise InvalidCell(_l("This price is too large."))
    return price


def parse_count(raw: str) -> int:
    """A non-negative whole number (stock, members)."""
    value = raw.strip()
    if not WHOLE_NUMBER.fullmatch(value):
        raise InvalidCell(_l("%(value)s is not a whole number.", value=_shown(raw)))
    number = int(value)
    if number < 0:
        raise InvalidCell(_l("The number must not be negative."))
    if number > MAX_INTEGER:
        raise InvalidCell(_l("This number is too large."))
    return number


def parse_iso_date(raw: str) -> date:
    value = raw.strip()
    try:
        if not ISO_DATE.fullmatch(value):
            raise ValueError(value)
        return date.fromisoformat(value)
    except ValueError:
        raise InvalidCell(
            _l("%(value)s is not a date written YYYY-MM-DD.", value=_shown(raw))
        ) from None


def parse_ice(raw: str) -> str:
    value = raw.strip()
    if not ICE.fullmatch(value):
        raise InvalidCell(_l("An ICE (common company identifier) is exactly 15 digits."))
    return value


def parse_phone(raw: str) -> str:
    """A Moroccan number, stored as +212XXXXXXXXX whatever spaces or dashes it was typed with."""
    phone = normalise_moroccan_phone(raw)
    if phone is None:
        raise InvalidCell(
            _l(
                "%(value)s is not a Moroccan phone number (+212 or 0, then 9 digits "
                "starting with 5, 6 or 7).",
                value=_shown(raw),
            )
        )
    return phone


def parse_email(raw: str) -> str:
    try:
        return validate_email(raw.strip(), check_deliverability=False).normalized
    except EmailNotValidError:
        raise InvalidCell(
            _l("%(value)s is not a valid e-mail address.", value=_shown(raw))
        ) from None


def text_parser(max_length: int | None = None, *, trim: bool = False) -> Callable[[str], str]:
    """Free text kept exactly as written (Arabic and Tifinagh included), so an export
    imported again gives back the same bytes; `trim` for identifiers typed by hand."""

    def parse(raw: str) -> str:
        value = raw.strip() if trim else raw
        if max_length is not None and len(value) > max_length:
            raise InvalidCell(
                _l("This text is longer than %(limit)s characters.", limit=max_length)
            )
        return value

    return parse


def parse_codes(raw: str) -> list[str]:
    """Semicolon-separated codes; blanks and repeats dropped, order kept."""
    codes = (code.strip() for code in raw.split(";"))
    return list(dict.fromkeys(code for code in codes if code))
