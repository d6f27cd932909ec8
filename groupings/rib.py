"""Moroccan bank account numbers (RIB) and phone numbers, checked before anything is stored.

A RIB is 24 digits: bank code (3), locality code (3), account number (16), check key (2).
The key is 97 - ((the first 22 digits as one number) x 100 mod 97), so that the whole
24-digit number is a multiple of 97: one mistyped digit, or two swapped, changes the rest."""

from __future__ import annotations

import re

from groupings.errors import InvalidIce, InvalidPhone, InvalidRib, WrongRibKey
from shop.phones import normalise_moroccan_phone, western_digits

RIB_LENGTH = 24
BODY_LENGTH = 22
# People copy RIBs from bank papers with spaces, dots or dashes between the groups.
_SEPARATORS = re.compile(r"[\s.\-]")
_DIGITS = re.compile(r"[0-9]+")
_ICE = re.compile(r"[0-9]{15}")


def rib_check_key(body: str) -> int:
    """The two-digit key for the first 22 digits (bank, locality, account)."""
    if len(body) != BODY_LENGTH or not _DIGITS.fullmatch(body):
        raise InvalidRib()
    return 97 - (int(body) * 100) % 97


def normalise_rib(raw: str) -> str:
    """The 24 digits without separators; raises InvalidRib or WrongRibKey."""
    rib = _SEPARATORS.sub("", western_digits(raw))
    if len(rib) != RIB_LENGTH or not _DIGITS.fullmatch(rib):
        raise InvalidRib()
    if int(rib[BODY_LENGTH:]) != rib_check_key(rib[:BODY_LENGTH]):
        raise WrongRibKey()
    return rib


def format_rib(rib: str) -> str:
    """Grouped as on bank papers: 011 780 0000001234567890 47."""
    if len(rib) != RIB_LENGTH:
        return rib
    return f"{rib[:3]} {rib[3:6]} {rib[6:22]} {rib[22:]}"


def normalise_phone(raw: str) -> str:
    """A Moroccan number, stored as +212XXXXXXXXX however it was typed."""
    phone = normalise_moroccan_phone(raw)
    if phone is None:
        raise InvalidPhone()
    return phone


def normalise_ice(raw: str) -> str:
    ice = re.sub(r"\s", "", western_digits(raw))
    if not _ICE.fullmatch(ice):
        raise InvalidIce()
    return ice
