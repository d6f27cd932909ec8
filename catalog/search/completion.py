"""autocomplete(): product names completing what the shopper is typing."""

from __future__ import annotations

import heapq
import logging
from dataclasses import dataclass

from whoosh.reading import IndexReader
from whoosh.searching import Searcher

from catalog.search.analysis import terms
from catalog.search.doctable import doc_table
from catalog.search.matching import postings
from catalog.search.schema import PREFIX_ANALYZERS, prefix_field
from catalog.search.searchers import app_searcher, index_dir
from catalog.search.text import Script, query_words, script_of
from catalog.search.transliteration import latin_to_tifinagh
from catalog.search.values import SEARCH_LANGUAGES, shown_name

log = logging.getLogger(__name__)

MIN_CHARS = 2
CANDIDATES = 200  # documents whose names are read to pick the completions
MAX_PREFIX_EXPANSIONS = 40  # most frequent completions of the last word that are searched
MAX_LIMIT = 50


@dataclass(frozen=True)
class _Prefix:
    forms: list[str]
    complete: bool  # a whole word (followed by more words), else a prefix of one


def _prefix_forms(word: str, lang: str) -> list[str]:
    analyzer = PREFIX_ANALYZERS[lang]
    forms = terms(analyzer, word)
    if lang == "zgh" and script_of(word) is Script.LATIN:
        for reading in latin_to_tifinagh(word.lower()):
            forms += terms(analyzer, reading)
    return list(dict.fromkeys(form for form in forms if form))


def autocomplete(prefix: str, lang: str, limit: int = 8) -> list[str]:
    """Names of products, as shown in `lang`, that start with `prefix` or contain words
    starting with it (the last word typed is taken as a prefix, earlier ones as words).
    Names starting with the prefix come first, then shorter names."""
    lang = lang if lang in SEARCH_LANGUAGES else "fr"
    limit = max(1, min(limit if isinstance(limit, int) else 8, MAX_LIMIT))
    words = query_words(prefix)
    if not words or sum(len(word) for word in words) < MIN_CHARS:
        return []
    searcher = app_searcher()
    if searcher is None:
        return []
    try:
        return _autocomplete(searcher, words, lang, limit)
    except Exception:  # logged with its traceback; the shopper sees no suggestions
        log.exception("Autocomplete failed for %r", prefix)
        return []


def _autocomplete(searcher: Searcher, words: list[str], lang: str, limit: int) -> list[str]:
    reader = searcher.reader()
    table = doc_table(index_dir(), reader)
    fieldname = prefix_field(lang)
    parts = [_Prefix(_prefix_forms(w, lang), i < len(words) - 1) for i, w in enumerate(words)]
    docs: set[int] | None = None
    for part in parts:
        if not part.forms:
            continue
        found: set[int] = set()
        for form in part.forms:
            for term in [form] if part.complete else _completions(reader, fieldname, form):
                found.update(postings(reader, fieldname, term))
        docs = found if docs is None else docs & found
        if not docs:
            return []
    if not docs:
        return []
    docs &= table.live
    lengths = table.columns.name_len[lang]
    candidates = heapq.nsmallest(CANDIDATES, docs, key=lengths.__getitem__)
    typed = " ".join(words).casefold()
    names: dict[str, tuple[int, int]] = {}
    for doc in candidates:
        name, _lang = shown_name(searcher.stored_fields(doc).get("names") or {}, lang)
        if name and name not in names:
            names[name] = (0 if name.casefold().startswith(typed) else 1, len(name))
    return sorted(names, key=lambda name: (*names[name], name))[:limit]


def _completions(reader: IndexReader, fieldname: str, prefix: str) -> list[str]:
    found: dict[str, int] = {}
    for leaf, _offset in reader.leaf_readers():
        for term, info in leaf.iter_prefix(fieldname, prefix):
            found[term] = found.get(term, 0) + info.doc_frequency()
    return heapq.nlargest(MAX_PREFIX_EXPANSIONS, found, key=found.__getitem__)
