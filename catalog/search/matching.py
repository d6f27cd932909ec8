"""From the shopper's words to matching documents and their scores.

Every word is analysed for the languages its script can be in and looked up in the name
and description fields of all three languages, so a query in one language finds products
by their name in any. A document must match every word (in any field). Scores are BM25's
idf times a field weight, with BM25 length normalisation on names; computing them here
over whoosh's posting lists, rather than with whoosh's collectors, keeps the per-document
work in C-implemented set operations."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.matching.wrappers import FilterMatcher
from whoosh.query import FuzzyTerm
from whoosh.reading import IndexReader

from catalog.search.analysis import normalize_text, terms
from catalog.search.schema import ANALYZERS, description_field, name_field
from catalog.search.text import Script, script_of
from catalog.search.transliteration import latin_to_tifinagh

NAME_WEIGHT = 3.0
DESCRIPTION_WEIGHT = 1.0
SHOPPER_LANGUAGE_BONUS = 1.25  # among equal matches, names in the page's language first
TRANSLITERATION_FACTOR = 0.9
TYPO_FACTOR = 0.35
TYPO_MIN_CHARS = 4
TYPO_MAX_CHARS = 24  # the automaton grows with the word; longer words are rarely typos
MAX_TYPO_VARIANTS = 12  # per term: bounds the posting lists one typo can pull in


@dataclass(frozen=True)
class Clause:
    lang: str
    text: str
    weight: float
    typos: bool  # also match terms one edit away (names only)


@dataclass
class WordMatch:
    word: str
    # (field, term) → weight, for terms present in the index
    terms: dict[tuple[str, str], float] = field(default_factory=dict)
    exact: bool = False  # found as typed (after analysis), not only through a typo


def _clauses(word: str) -> list[Clause]:
    """The analysed forms of a word, per language; empty for a stop word."""
    script = script_of(word)
    if script is Script.ARABIC:
        return [Clause("ar", text, 1.0, True) for text in terms(ANALYZERS["ar"], word)]
    if script is Script.TIFINAGH:
        return [Clause("zgh", text, 1.0, True) for text in terms(ANALYZERS["zgh"], word)]
    french = terms(ANALYZERS["fr"], word)
    if not french:
        return []
    clauses = [Clause("fr", text, 1.0, True) for text in french]
    for reading in latin_to_tifinagh(normalize_text(word)):
        clauses += [
            Clause("zgh", text, TRANSLITERATION_FACTOR, True)
            for text in terms(ANALYZERS["zgh"], reading)
        ]
    # Latin words inside Amazigh or Arabic names (brands, "bio"), matched as written.
    clauses += [Clause("zgh", text, 1.0, False) for text in terms(ANALYZERS["zgh"], word)]
    clauses += [Clause("ar", text, 1.0, False) for text in terms(ANALYZERS["ar"], word)]
    return clauses


def typo_variants(reader: IndexReader, fieldname: str, text: str) -> set[str]:
    """Indexed terms one edit from `text` (same first letter): whoosh's Levenshtein
    automaton, plus swapped neighbours (hiule → huile), which it counts as two edits."""
    found: set[str] = set()
    fuzzy = FuzzyTerm(fieldname, text, maxdist=1, prefixlength=1)
    for leaf, _offset in reader.leaf_readers():
        found.update(term for _field, term in fuzzy.expanded_terms(leaf))
    for i in range(1, len(text) - 1):
        swapped = text[:i] + text[i + 1] + text[i] + text[i + 2 :]
        if swapped != text and (fieldname, swapped) in reader:
            found.add(swapped)
    found.discard(text)
    if len(found) > MAX_TYPO_VARIANTS:
        ranked = sorted(found, key=lambda term: -reader.doc_frequency(fieldname, term))
        found = set(ranked[:MAX_TYPO_VARIANTS])
    return found


def match_words(reader: IndexReader, words: Iterable[str], lang: str) -> list[WordMatch]:
    """The index terms each word matches. Stop words are left out; a word the index
    doesn't know at all comes back with no terms (and so matches nothing)."""
    matches = []
    for word in words:
        clauses = _clauses(word)
        if not clauses:
            continue
        match = WordMatch(word)
        for clause in clauses:
            bonus = SHOPPER_LANGUAGE_BONUS if clause.lang == lang else 1.0
            weighted = (
                (name_field(clause.lang), NAME_WEIGHT * bonus * clause.weight),
                (description_field(clause.lang), DESCRIPTION_WEIGHT * clause.weight),
            )
            for fieldname, weight in weighted:
                key = (fieldname, clause.text)
                if key in reader:
                    match.terms[key] = max(weight, match.terms.get(key, 0.0))
                    match.exact = True
            if clause.typos and TYPO_MIN_CHARS <= len(clause.text) <= TYPO_MAX_CHARS:
                fieldname = name_field(clause.lang)
                weight = NAME_WEIGHT * bonus * clause.weight * TYPO_FACTOR
                for variant in typo_variants(reader, fieldname, clause.text):
                    key = (fieldname, variant)
                    match.terms[key] = max(weight, match.terms.get(key, 0.0))
        matches.append(match)
    return matches


def _term_ids(leaf: IndexReader, fieldname: str, text: str) -> list[int]:
    """Document numbers of a term in one segment, deleted documents included (callers
    intersect with the live set).

    whoosh's Matcher.all_ids() makes several Python calls per posting, which dominates the
    time of a query with a common word. A W3 leaf matcher decodes each block's ids into a
    tuple, taken here whole: three times faster. Should whoosh's internals differ, the
    public all_ids() is used instead."""
    matcher = leaf.postings(fieldname, text)
    if isinstance(matcher, FilterMatcher):  # the wrapper hiding deleted documents
        matcher = matcher.child
    if isinstance(matcher, W3LeafMatcher):
        ids: list[int] = []
        try:
            while matcher.is_active():
                if matcher._ids is None:
                    matcher._read_ids()
                ids.extend(matcher._ids[matcher._i :])
                matcher._next_block()
        except AttributeError:
            pass
        else:
            return ids
    return list(leaf.postings(fieldname, text).all_ids())


def postings(reader: IndexReader, fieldname: str, text: str) -> list[int]:
    """Global numbers of the documents containing the term (deleted ones included)."""
    ids: list[int] = []
    for leaf, offset in reader.leaf_readers():
        if (fieldname, text) in leaf:
            found = _term_ids(leaf, fieldname, text)
            ids.extend(found if offset == 0 else (offset + doc for doc in found))
    return ids


@dataclass
class TextMatch:
    docs: set[int]
    # (posting list, weight × idf, field) for scoring
    scored_terms: list[tuple[list[int], float, str]]
    # (field, term) pairs that matched something: what highlighting marks
    matched_terms: set[tuple[str, str]]

    def terms_in(self, fieldname: str) -> set[str]:
        return {text for (name, text) in self.matched_terms if name == fieldname}


def find_documents(reader: IndexReader, matches: list[WordMatch]) -> TextMatch:
    total = max(1, reader.doc_count())
    per_word: list[set[int]] = []
    scored: list[tuple[list[int], float, str]] = []
    seen: set[tuple[str, str]] = set()
    for match in matches:
        union: set[int] = set()
        for (fieldname, text), weight in match.terms.items():
            ids = postings(reader, fieldname, text)
            if not ids:
                continue
            union.update(ids)
            frequency = reader.doc_frequency(fieldname, text)
            idf = math.log(1 + (total - frequency + 0.5) / (frequency + 0.5))
            scored.append((ids, weight * idf, fieldname))
            seen.add((fieldname, text))
        per_word.append(union)
    per_word.sort(key=len)
    docs = per_word[0].intersection(*per_word[1:]) if per_word else set()
    return TextMatch(docs=docs, scored_terms=scored, matched_terms=seen)


def score(
    match: TextMatch, docs: set[int], norms_for: Callable[[str], Sequence[float] | None]
) -> dict[int, float]:
    """Relevance of each of `docs`; `norms_for(field)` gives the length factors of a name
    field (None for descriptions)."""
    scores = dict.fromkeys(docs, 0.0)
    for ids, weight, fieldname in match.scored_terms:
        norms = norms_for(fieldname)
        hits = docs.intersection(ids)
        if norms is None:
            for doc in hits:
                scores[doc] += weight
        else:
            for doc in hits:
                scores[doc] += weight * norms[doc]
    return scores
