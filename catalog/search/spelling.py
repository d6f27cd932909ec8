"""'Did you mean': each word unknown to the product names replaced by its nearest known
word (whoosh's spelling automaton over the names' words, ranked by distance then use)."""

from __future__ import annotations

from whoosh.reading import IndexReader

from catalog.search.analysis import terms
from catalog.search.schema import SPELLING_ANALYZER, SPELLING_FIELD

MAX_DISTANCE = 2


def edit_distance(a: str, b: str) -> int:
    """Damerau-Levenshtein (optimal string alignment) distance: a swap counts as one edit."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, char_b in enumerate(b, 1):
            cost = 0 if char_a == char_b else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and char_a == b[j - 2] and a[i - 2] == char_b:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[-1]


def _nearest(reader: IndexReader, word: str) -> str | None:
    candidates: set[str] = set()
    for leaf, _offset in reader.leaf_readers():
        corrector = leaf.corrector(SPELLING_FIELD)
        candidates.update(corrector.suggest(word, limit=10, maxdist=MAX_DISTANCE, prefix=1))
    if not candidates:
        return None
    return min(
        candidates,
        key=lambda c: (edit_distance(word, c), -reader.doc_frequency(SPELLING_FIELD, c), c),
    )


def suggest(reader: IndexReader, words: list[tuple[str, bool]]) -> str | None:
    """The query with its unknown words corrected, or None when there is nothing to correct.

    `words` are (word, known) pairs; known words (found as typed, in any language) stay."""
    corrected, changed = [], False
    for word, known in words:
        forms = terms(SPELLING_ANALYZER, word)
        if known or not forms:
            corrected.append(word)
            continue
        nearest = _nearest(reader, forms[0])
        if nearest is None:
            corrected.append(word)
        else:
            corrected.append(nearest)
            changed = True
    return " ".join(corrected) if changed else None
