"""Per-document facet, filter and sort values, held in plain Python sequences.

whoosh is pure Python; asking it for a column value per document per facet would cost
more than the search itself. Instead each segment's columns are read in bulk once (cached
by segment id, since a segment never changes), and joined into sequences indexed by the
searcher's global document numbers. Counting is then `Counter(map(seq.__getitem__, docs))`,
which runs at C speed. Numbers live in `array`s (8 bytes a document, not ~36 for a list of
ints); text values are shared objects, so their lists cost one pointer a document."""

from __future__ import annotations

import threading
from array import array
from bisect import bisect_left, bisect_right
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from whoosh.reading import IndexReader

from catalog.search.documents import decode_claims
from catalog.search.schema import LANGUAGES

# BM25 length normalisation of the name scores (names are short; descriptions aren't
# normalised at all).
BM25_K1 = 1.2
BM25_B = 0.5
PRICE_BUCKETS = (0, 50, 100, 200, 500, 1000)  # MAD, lower bounds
SORTS = ("price_asc", "price_desc", "newest")
_MAX_CACHED_SEGMENTS = 64
_MAX_CACHED_TABLES = 4

Claims = tuple[tuple[str, int, int], ...]


@dataclass
class Columns:
    """The per-document values of one segment, or of a whole index (segments joined)."""

    pid: array
    price: array  # centimes
    created: array  # microseconds since the epoch
    paths: list[tuple[str, ...]]  # category slugs, root first
    region: list[str]
    grouping: list[str]
    kind: list[str]
    claims: list[Claims]
    name_len: dict[str, array]

    NUMBERS = ("pid", "price", "created")
    SHARED = ("paths", "region", "grouping", "kind", "claims")

    @classmethod
    def read(cls, reader: IndexReader) -> Columns:
        def numbers(name: str, typecode: str = "q") -> array:
            return array(typecode, reader.column_reader(name, translate=False))

        def shared(name: str, convert: Callable[[bytes], Any] = bytes.decode) -> list:
            values = list(reader.column_reader(name, translate=False))
            # Few distinct values: convert each once and share the objects.
            table = {value: convert(value) for value in set(values)}
            return list(map(table.__getitem__, values))

        return cls(
            pid=numbers("pid"),
            price=numbers("price"),
            created=numbers("created"),
            paths=shared("category_path", lambda b: tuple(b.decode().split("/")) if b else ()),
            region=shared("region"),
            grouping=shared("grouping"),
            kind=shared("supplier_kind"),
            claims=shared("claims", decode_claims),
            name_len={lang: numbers(f"name_len_{lang}", "B") for lang in LANGUAGES},
        )

    @classmethod
    def empty(cls) -> Columns:
        return cls(
            **{name: array("q") for name in cls.NUMBERS},
            **{name: [] for name in cls.SHARED},
            name_len={lang: array("B") for lang in LANGUAGES},
        )

    @classmethod
    def join(cls, parts: list[Columns]) -> Columns:
        if len(parts) == 1:
            return parts[0]  # the usual case after a rebuild: no copy
        joined = cls.empty()
        for part in parts:
            for name in (*cls.NUMBERS, *cls.SHARED):
                getattr(joined, name).extend(getattr(part, name))
            for lang in LANGUAGES:
                joined.name_len[lang].extend(part.name_len[lang])
        return joined


_segments: OrderedDict[tuple[str, str], Columns] = OrderedDict()
_tables: OrderedDict[tuple[str, int, tuple[str, ...]], DocTable] = OrderedDict()
_lock = threading.Lock()


def _segment_columns(directory: str, reader: IndexReader) -> Columns:
    key = (directory, reader.segment().segment_id())
    columns = _segments.get(key)
    if columns is None:
        columns = Columns.read(reader)
        _segments[key] = columns
    _segments.move_to_end(key)
    while len(_segments) > _MAX_CACHED_SEGMENTS:
        _segments.popitem(last=False)
    return columns


def _leaves(reader: IndexReader) -> list:
    # An index with no documents has no segment (and its EmptyReader no leaves to speak of).
    return reader.leaf_readers() if reader.doc_count_all() else []


def doc_table(directory: Path, reader: IndexReader) -> DocTable:
    """The table of this reader's index generation (shared by the process's threads)."""
    # The segment ids make the key unique even if a deleted index is rebuilt in the same
    # directory and reaches the same generation number again.
    segments = tuple(leaf.segment().segment_id() for leaf, _ in _leaves(reader))
    key = (str(directory), reader.generation(), segments)
    with _lock:
        table = _tables.get(key)
        if table is None:
            table = DocTable.build(str(directory), reader)
            _tables[key] = table
        _tables.move_to_end(key)
        while len(_tables) > _MAX_CACHED_TABLES:
            _tables.popitem(last=False)
        return table


@dataclass
class DocTable:
    columns: Columns
    live: set[int]
    # Built on first use, then kept with the table.
    _lazy: dict[object, Any] = field(default_factory=dict, repr=False)
    _lazy_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @classmethod
    def build(cls, directory: str, reader: IndexReader) -> DocTable:
        parts, live = [], set()
        for leaf, offset in _leaves(reader):
            parts.append(_segment_columns(directory, leaf))
            if leaf.has_deletions():
                live.update(offset + n for n in leaf.all_doc_ids())
            else:
                live.update(range(offset, offset + leaf.doc_count_all()))
        return cls(columns=Columns.join(parts) if parts else Columns.empty(), live=live)

    def _memo(self, key: object, build: Callable[[], Any]) -> Any:
        value = self._lazy.get(key)
        if value is None:
            with self._lazy_lock:
                value = self._lazy.get(key)
                if value is None:
                    value = build()
                    self._lazy[key] = value
        return value

    # --- filters ---

    def docs_with(self, facet: str, value: str) -> set[int]:
        """Live documents whose `facet` is `value` (category: anywhere on its path)."""
        return self._memo(("inverted", facet), lambda: self._inverted(facet)).get(value, set())

    def _inverted(self, facet: str) -> dict[str, set[int]]:
        inverted: dict[str, set[int]] = {}
        if facet == "category":
            for doc in self.live:
                for slug in self.columns.paths[doc]:
                    inverted.setdefault(slug, set()).add(doc)
            return inverted
        column = {
            "region": self.columns.region,
            "grouping": self.columns.grouping,
            "supplier_kind": self.columns.kind,
        }[facet]
        for doc in self.live:
            inverted.setdefault(column[doc], set()).add(doc)
        return inverted

    def docs_priced(self, low: int | None, high: int | None) -> set[int]:
        """Live documents priced within [low, high] centimes (either bound optional)."""
        prices, docs = self._memo("by_price", self._by_price)
        start = 0 if low is None else bisect_left(prices, low)
        end = len(prices) if high is None else bisect_right(prices, high)
        return set(docs[start:end])

    def _by_price(self) -> tuple[array, array]:
        price = self.columns.price
        docs = sorted(self.live, key=price.__getitem__)
        return array("q", map(price.__getitem__, docs)), array("q", docs)

    def labels_on(self, day: date) -> list[tuple[str, ...]]:
        """Per document, the codes of the labels shown on that day (only the latest day asked
        for is kept: a table can outlive midnight, but not by many days)."""
        ordinal = day.toordinal()
        cached = self._lazy.get("labels")
        if cached is None or cached[0] != ordinal:
            cached = (ordinal, self._labels_on(ordinal))
            self._lazy["labels"] = cached  # one assignment: readers see old or new, never half
        return cached[1]

    def _labels_on(self, ordinal: int) -> list[tuple[str, ...]]:
        shown: dict[Claims, tuple[str, ...]] = {}
        for claims in set(self.columns.claims):
            shown[claims] = tuple(
                sorted({code for code, start, end in claims if start <= ordinal <= end})
            )
        return list(map(shown.__getitem__, self.columns.claims))

    def docs_labelled(self, code: str, day: date) -> set[int]:
        labels = self.labels_on(day)
        return {doc for doc in self.live if code in labels[doc]}

    def price_buckets(self) -> array:
        def build() -> array:
            bounds = [bound * 100 for bound in PRICE_BUCKETS]
            return array("b", (bisect_right(bounds, price) - 1 for price in self.columns.price))

        return self._memo("buckets", build)

    # --- sorting and scoring ---

    def sort_keys(self, sort: str) -> array:
        """Each document's rank in the order asked for (SORTS); product id breaks ties."""

        def build() -> array:
            columns = self.columns
            price, created, pid = columns.price, columns.created, columns.pid
            docs = range(len(pid))
            if sort == "price_asc":
                order = sorted(docs, key=lambda d: (price[d], pid[d]))
            elif sort == "price_desc":
                order = sorted(docs, key=lambda d: (-price[d], pid[d]))
            else:
                order = sorted(docs, key=lambda d: (created[d], pid[d]), reverse=True)
            ranks = array("q", bytes(8 * len(order)))
            for rank, doc in enumerate(order):
                ranks[doc] = rank
            return ranks

        return self._memo(("sort", sort), build)

    def name_norms(self, lang: str) -> Sequence[float]:
        """BM25's length factor for a single occurrence in the name, per document."""

        def build() -> array:
            lengths = self.columns.name_len[lang]
            present = [n for n in lengths if n]
            average = (sum(present) / len(present)) if present else 1.0
            factors = {}
            for n in set(lengths):
                ratio = (n or average) / average
                factors[n] = (BM25_K1 + 1) / (1 + BM25_K1 * (1 - BM25_B + BM25_B * ratio))
            return array("d", map(factors.__getitem__, lengths))

        return self._memo(("norms", lang), build)
