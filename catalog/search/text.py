"""User-typed text made safe to analyse: bounded, without invisible characters, in words.

Nothing here knows about whoosh: the words it returns are turned into query objects by
`catalog.search.querying`, so no user text ever reaches a query-language parser."""

from __future__ import annotations

import re
import unicodedata
from enum import Enum

MAX_QUERY_CHARS = 200
MAX_QUERY_WORDS = 10
MAX_WORD_CHARS = 40
# Longer input is cut before any normalisation so a 10,000-character query costs no more
# than a 200-character one (NFKC can grow a string, hence the margin).
_RAW_INPUT_LIMIT = MAX_QUERY_CHARS * 4

# Marks that belong inside a word: Latin combining accents (decomposed input), Arabic
# tashkeel, Quranic marks and tatweel, the Tifinagh consonant joiner, ZWNJ/ZWJ (used inside
# Arabic-script words). Everything else outside \w separates words.
WORD_MARKS = "\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u2d7f\u200c\u200d"
WORD_PATTERN = rf"(?:[^\W_]|[{WORD_MARKS}])+"
_WORD = re.compile(WORD_PATTERN)

# Control characters separate words (a pasted tab or newline); bidi embeddings, overrides and
# isolates, zero-width characters, the soft hyphen and the BOM are invisible in a search box
# and only disguise a word (hu<ZWSP>ile is huile), so they disappear.
_CONTROLS = re.compile("[\u0000-\u001f\u007f-\u009f]")
_INVISIBLE = re.compile(
    "[\u00ad\u061c\u115f\u1160\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]"
)
_SPACES = re.compile(r"\s+")


class Script(Enum):
    LATIN = "latin"  # and anything that is neither Arabic nor Tifinagh (digits included)
    ARABIC = "arabic"
    TIFINAGH = "tifinagh"


def clean_query(text: str | None) -> str:
    """The text as typed, bounded, without invisible characters, in NFKC form (which also
    turns Arabic presentation forms and full-width letters into ordinary letters)."""
    if not text:
        return ""
    text = _INVISIBLE.sub("", _CONTROLS.sub(" ", str(text)[:_RAW_INPUT_LIMIT]))
    text = unicodedata.normalize("NFKC", text)
    return _SPACES.sub(" ", text).strip()[:MAX_QUERY_CHARS]


def query_words(text: str | None) -> list[str]:
    """The words of a query (at most MAX_QUERY_WORDS, each cut at MAX_WORD_CHARS); operators,
    quotes and brackets are separators, never syntax."""
    words = []
    for match in _WORD.finditer(clean_query(text)):
        words.append(match.group(0)[:MAX_WORD_CHARS])
        if len(words) == MAX_QUERY_WORDS:
            break
    return words


def script_of(word: str) -> Script:
    for char in word:
        code = ord(char)
        if 0x2D30 <= code <= 0x2D7F:
            return Script.TIFINAGH
        if 0x0600 <= code <= 0x06FF or 0x0750 <= code <= 0x077F or 0x08A0 <= code <= 0x08FF:
            return Script.ARABIC
    return Script.LATIN
