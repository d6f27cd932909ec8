"""The index's fields: what is searched, what facets and sorting read, what hits show."""

from __future__ import annotations

from whoosh import columns
from whoosh.fields import COLUMN, ID, STORED, TEXT, Schema

from catalog.search import analysis

# Part of every file name of the index: a new name is a new, empty index, so changing
# the schema or the analyzers' output only needs a new name and `souk search reindex`.
INDEX_NAME = "products_v1"
LANGUAGES = ("fr", "ar", "zgh")


def name_field(lang: str) -> str:
    return f"name_{lang}"


def description_field(lang: str) -> str:
    return f"desc_{lang}"


def prefix_field(lang: str) -> str:
    return f"ac_{lang}"


SPELLING_FIELD = "spell"

_ANALYZERS = {
    "fr": analysis.french_analyzer,
    "ar": analysis.arabic_analyzer,
    "zgh": analysis.tamazight_analyzer,
}
_PREFIX_ANALYZERS = {
    "fr": analysis.french_prefix_analyzer,
    "ar": analysis.arabic_prefix_analyzer,
    "zgh": analysis.tamazight_prefix_analyzer,
}
# One instance each, shared by indexing, querying and highlighting.
ANALYZERS = {lang: factory() for lang, factory in _ANALYZERS.items()}
PREFIX_ANALYZERS = {lang: factory() for lang, factory in _PREFIX_ANALYZERS.items()}
SPELLING_ANALYZER = analysis.spelling_analyzer()


def build_schema() -> Schema:
    fields = {
        "id": ID(unique=True, stored=True),
        # Stored: only what a hit shows (everything else is read from the columns below).
        "sku": STORED(),
        "names": STORED(),  # {lang: name}
        "supplier": STORED(),  # (slug, {lang: name})
        "image": STORED(),  # image key or None
        SPELLING_FIELD: TEXT(analyzer=SPELLING_ANALYZER, phrase=False),
        # Columns: one value per document, read in bulk for facets, filters and sorting.
        "pid": COLUMN(columns.NumericColumn("q")),
        "price": COLUMN(columns.NumericColumn("q")),  # centimes
        "created": COLUMN(columns.NumericColumn("q")),  # microseconds since the epoch
        "category_path": COLUMN(columns.RefBytesColumn()),  # root/…/leaf slugs
        "region": COLUMN(columns.RefBytesColumn()),
        "grouping": COLUMN(columns.RefBytesColumn()),
        "supplier_kind": COLUMN(columns.RefBytesColumn()),
        "claims": COLUMN(columns.VarBytesColumn()),  # label code + validity, see documents
    }
    for lang in LANGUAGES:
        # No positions: there is no phrase search, and the index stays smaller.
        fields[name_field(lang)] = TEXT(analyzer=ANALYZERS[lang], phrase=False)
        fields[description_field(lang)] = TEXT(analyzer=ANALYZERS[lang], phrase=False)
        fields[prefix_field(lang)] = TEXT(analyzer=PREFIX_ANALYZERS[lang], phrase=False)
        # Word counts of the names, for length normalisation of the name scores.
        fields[f"name_len_{lang}"] = COLUMN(columns.NumericColumn("B"))
    return Schema(**fields)
