"""Matched words of a product name wrapped in <mark>, everything else escaped."""

from __future__ import annotations

from markupsafe import Markup, escape

from catalog.search.schema import ANALYZERS

_OPEN, _CLOSE = Markup("<mark>"), Markup("</mark>")


def highlight(name: str, lang: str, matched: set[str]) -> Markup:
    """`name` (written in `lang`) as safe HTML. A word is marked when the language's
    analyzer turns it into one of the `matched` index terms, so "Huiles" is marked for a
    search on "huile", and "الزيت" for "زيت"."""
    if not matched or lang not in ANALYZERS:
        return escape(name)
    pieces: list[Markup] = []
    end = 0
    for token in ANALYZERS[lang](name, chars=True):
        if token.text in matched and token.startchar >= end:
            pieces.append(escape(name[end : token.startchar]))
            pieces.append(_OPEN + escape(name[token.startchar : token.endchar]) + _CLOSE)
            end = token.endchar
    pieces.append(escape(name[end:]))
    return Markup("").join(pieces)
