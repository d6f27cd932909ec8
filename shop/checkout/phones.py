"""Moroccan phone numbers, as people type them: 06 12 34 56 78, +212 6-12-34-56-78,
00212612345678, 0522 12 34 56… stored in one international form, +212612345678."""

from __future__ import annotations

import re

# After the country code or the leading 0: 5 (fixed lines), 6 and 7 (mobiles), 8 (VoIP and
# special numbers), then eight digits.
_NUMBER = re.compile(r"^(?:\+212|00212|212|0)([5-8]\d{8})$")
_SEPARATORS = re.compile(r"[\s.\-/()]")


def normalise_moroccan_phone(raw: str) -> str | None:
    """The number as +212XXXXXXXXX, or None when it is not a Moroccan number."""
    match = _NUMBER.match(_SEPARATORS.sub("", raw or ""))
    return "+212" + match.group(1) if match else None
