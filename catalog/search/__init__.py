"""Trilingual product search (Arabic, French, Tamazight) over a whoosh index built from
the database, which stays the truth: the index only ever holds what the database says.

This package is the project's one door to whoosh. The rest of the project uses:

- `search(SearchQuery) -> SearchResults` and `autocomplete(prefix, lang, limit)` to read;
- `reindex_all()`, `index_products(ids)`, `remove_products(ids)` to write (the session
  hooks installed by `init_app` already keep the index in step after each commit);
- `souk search reindex` to rebuild it by hand.

Module map: text (user input) → analysis, transliteration (terms per language) → matching
(words to documents and scores) → facets, doctable (filters, counts, sorting) → querying,
completion (the two entry points). documents, indexing, storage write the index; searchers
cache its readers; sync holds the session hooks; commands the CLI."""

from __future__ import annotations

from pathlib import Path

from flask import Flask

from catalog.search.commands import search_group
from catalog.search.completion import autocomplete
from catalog.search.errors import SearchError, SearchIndexBusy
from catalog.search.indexing import index_products, reindex_all, remove_products
from catalog.search.querying import search
from catalog.search.searchers import current_searcher
from catalog.search.storage import IndexSettings
from catalog.search.sync import EXTENSION, install
from catalog.search.values import FacetCount, SearchHit, SearchQuery, SearchResults

__all__ = [
    "FacetCount",
    "SearchError",
    "SearchHit",
    "SearchIndexBusy",
    "SearchQuery",
    "SearchResults",
    "autocomplete",
    "index_products",
    "index_status",
    "init_app",
    "reindex_all",
    "remove_products",
    "search",
]


def init_app(app: Flask) -> None:
    app.config.setdefault("SEARCH_INDEX_DIR", Path(app.instance_path) / "search-index")
    app.config.setdefault("SEARCH_LOCK_TIMEOUT", 15.0)
    app.config.setdefault("SEARCH_WRITER_LIMITMB", 128)
    app.extensions[EXTENSION] = True
    app.cli.add_command(search_group)
    install()


def index_status() -> str:
    """For health checks: "ok" when the index opens, "missing" before the first build
    (searches then return nothing, which is not an error), "error" otherwise."""
    try:
        searcher = current_searcher(IndexSettings.of().directory)
    except Exception:  # whatever whoosh or the file system raise, the answer is "error"
        return "error"
    return "ok" if searcher is not None else "missing"
