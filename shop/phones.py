"""Moroccan phone numbers as people type them (06 12 34 56 78, +212 6-12-34-56-78,
00212612345678, ٠٦١٢٣٤٥٦٧٨ on an Arabic keyboard…), stored in one form: +212612345678.

The one rule for every form and import that asks for a phone."""

from __future__ import annotations

import re

# After the country code or the leading 0: 5 (landlines), 6 and 7 (mobiles), then eight
# digits. 08 numbers are free or premium services nobody can be reached on.
_NUMBER = re.compile(r"(?:\+212|00212|212|0)([5-7][0-9]{8})")
_SEPARATORS = re.compile(r"[\s.\-/()]")
# Arabic-Indic and Eastern Arabic-Indic digits, which Arabic phone keyboards type.
_WESTERN_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def western_digits(raw: str) -> str:
    return raw.translate(_WESTERN_DIGITS)


def normalise_moroccan_phone(raw: str) -> str | None:
    """The number as +212XXXXXXXXX, or None when it is not a Moroccan number."""
    match = _NUMBER.fullmatch(_SEPARATORS.sub("", western_digits(raw or "")))
    return "+212" + match.group(1) if match else None
