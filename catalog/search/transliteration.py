"""Amazigh typed in Latin letters, mapped to Tifinagh so `argan` also finds `ⴰⵔⴳⴰⵏ`.

The mapping is IRCAM's official Latin transcription. Many people type Amazigh the way
they type French or "Arabizi" (`ou` for u, `sh` for c, `3` for ɛ, `7` for ḥ), so a second,
looser reading is offered too. Emphatics (ḍ, ṭ, ṣ, ṛ, ẓ, ḥ) need no special care here:
the Tamazight analyzer folds them onto their plain letters on both sides of the index.
Queries reach this module in NFKC form, where ʷ is already a w: gʷ and gw read ⴳⵡ, which is
what NFKC makes of ⴳⵯ in the index too.

Transliteration happens at query time only (the index holds Tifinagh as written): one
reading per Latin word, looked up like any Tifinagh word, typo tolerance included."""

from __future__ import annotations

IRCAM: dict[str, str] = {
    "gʷ": "ⴳⵯ",
    "kʷ": "ⴽⵯ",
    "kh": "ⵅ",
    "gh": "ⵖ",
    "ch": "ⵛ",
    "a": "ⴰ",
    "b": "ⴱ",
    "c": "ⵛ",
    "d": "ⴷ",
    "ḍ": "ⴹ",
    "e": "ⴻ",
    "ɛ": "ⵄ",
    "ε": "ⵄ",
    "f": "ⴼ",
    "g": "ⴳ",
    "ɣ": "ⵖ",
    "h": "ⵀ",
    "ḥ": "ⵃ",
    "i": "ⵉ",
    "j": "ⵊ",
    "k": "ⴽ",
    "l": "ⵍ",
    "m": "ⵎ",
    "n": "ⵏ",
    "q": "ⵇ",
    "r": "ⵔ",
    "ṛ": "ⵕ",
    "s": "ⵙ",
    "ṣ": "ⵚ",
    "t": "ⵜ",
    "ṭ": "ⵟ",
    "u": "ⵓ",
    "w": "ⵡ",
    "x": "ⵅ",
    "y": "ⵢ",
    "z": "ⵣ",
    "ẓ": "ⵥ",
}
# The informal habits, tried only when they change the reading.
INFORMAL: dict[str, str] = {
    **IRCAM,
    "ou": "ⵓ",
    "o": "ⵓ",
    "sh": "ⵛ",
    "é": "ⴻ",
    "è": "ⴻ",
    "3": "ⵄ",
    "7": "ⵃ",
    "9": "ⵇ",
}
_LONGEST_KEY = max(len(key) for key in INFORMAL)


def _transliterate(word: str, table: dict[str, str]) -> str | None:
    """Greedy longest match; None when a character has no Tifinagh counterpart."""
    out, i = [], 0
    while i < len(word):
        for size in range(min(_LONGEST_KEY, len(word) - i), 0, -1):
            letters = table.get(word[i : i + size])
            if letters is not None:
                out.append(letters)
                i += size
                break
        else:
            return None
    return "".join(out)


def latin_to_tifinagh(word: str) -> list[str]:
    """The Tifinagh readings of a lowercase Latin word: IRCAM's, then the informal one
    if it differs. Empty when the word isn't Latin-typed Amazigh (digits only, letters
    such as p or v that Tamazight doesn't use…)."""
    if not any(char.isalpha() for char in word):
        return []
    readings = []
    for table in (IRCAM, INFORMAL):
        reading = _transliterate(word, table)
        if reading and reading not in readings:
            readings.append(reading)
    return readings
