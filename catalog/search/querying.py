"""search(): the results page — hits, facet counts and suggestion — never raising."""

from __future__ import annotations

import heapq
import logging
from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from whoosh.searching import Searcher

from catalog.search import facets
from catalog.search.doctable import DocTable, doc_table
from catalog.search.highlight import highlight
from catalog.search.matching import TextMatch, find_documents, match_words, score
from catalog.search.schema import name_field
from catalog.search.searchers import app_searcher, index_dir
from catalog.search.spelling import suggest
from catalog.search.text import query_words
from catalog.search.values import CURRENCY, SearchHit, SearchQuery, SearchResults, shown_name

log = logging.getLogger(__name__)

SUGGEST_BELOW = 3  # results; fewer and a "did you mean" is offered


def _today() -> date:
    return date.today()  # noqa: DTZ011 - label validity is a calendar day, as in catalog.views


def search(query: SearchQuery) -> SearchResults:
    """Products matching the query, one page of them, facet counts and a suggestion.

    An index that does not exist yet (or cannot be read) gives an empty result."""
    query = query.normalized()
    searcher = app_searcher()
    if searcher is None:
        return SearchResults.empty(query)
    try:
        return _search(searcher, query)
    except Exception:  # logged with its traceback; the shopper sees "no results"
        log.exception("Search failed for %r", query)
        return SearchResults.empty(query)


def _search(searcher: Searcher, query: SearchQuery) -> SearchResults:
    reader = searcher.reader()
    table = doc_table(index_dir(), reader)
    today = _today()
    words = query_words(query.text)
    matches = match_words(reader, words, query.lang) if words else []
    # No searchable word (empty, only stop words or punctuation): browse everything.
    text = find_documents(reader, matches) if matches else None
    base = table.live if text is None else text.docs & table.live
    filters = facets.active_filters(query, table, today)
    results, counters = facets.count_facets(table, base, filters, today)
    page_docs, scores = _page(table, results, text, query)
    hits = [
        _hit(searcher, table, doc, scores.get(doc, 0.0), text, query, today) for doc in page_docs
    ]
    suggestion = None
    if text is not None and len(results) < SUGGEST_BELOW:
        suggestion = suggest(reader, [(match.word, match.exact) for match in matches])
    return SearchResults(
        query=query,
        total=len(results),
        page=query.page,
        per_page=query.per_page,
        hits=hits,
        facets=facets.describe(counters, query.lang),
        suggestion=suggestion,
    )


def _page(
    table: DocTable, results: set[int], text: TextMatch | None, query: SearchQuery
) -> tuple[list[int], dict[int, float]]:
    start = (query.page - 1) * query.per_page
    if start >= len(results):
        return [], {}
    end = start + query.per_page
    if query.sort == "relevance" and text is not None:
        scores = score(text, results, lambda field: _norms(table, field))
        # The order is (score, then latest product first), the same from page to page: the
        # first `end` by score, plus every document tied with the last of them, sorted fully.
        top = heapq.nlargest(end, results, key=scores.__getitem__)
        lowest = scores[top[-1]]
        candidates = {doc for doc in top if scores[doc] > lowest}
        candidates.update(doc for doc, value in scores.items() if value == lowest)
        pid = table.columns.pid
        ordered = sorted(candidates, key=lambda doc: (-scores[doc], -pid[doc]))
        return ordered[start:end], scores
    keys = table.sort_keys("newest" if query.sort == "relevance" else query.sort)
    return heapq.nsmallest(end, results, key=keys.__getitem__)[start:end], {}


def _norms(table: DocTable, fieldname: str) -> Sequence[float] | None:
    kind, _, lang = fieldname.partition("_")
    return table.name_norms(lang) if kind == "name" else None


def _hit(
    searcher: Searcher,
    table: DocTable,
    doc: int,
    relevance: float,
    text: TextMatch | None,
    query: SearchQuery,
    today: date,
) -> SearchHit:
    stored = searcher.stored_fields(doc)
    name, name_lang = shown_name(stored.get("names") or {}, query.lang)
    supplier_slug, supplier_names = stored.get("supplier") or ("", {})
    supplier_name, _lang = shown_name(supplier_names, query.lang)
    matched = text.terms_in(name_field(name_lang)) if text is not None else set()
    columns = table.columns
    path = columns.paths[doc]
    return SearchHit(
        product_id=columns.pid[doc],
        sku=stored.get("sku", ""),
        name=name or stored.get("sku", ""),
        highlighted_name=highlight(name or stored.get("sku", ""), name_lang, matched),
        price=Decimal(columns.price[doc]).scaleb(-2),
        currency=CURRENCY,
        supplier_slug=supplier_slug,
        supplier_name=supplier_name or supplier_slug,
        category_slug=path[-1] if path else "",
        region=columns.region[doc],
        labels=list(table.labels_on(today)[doc]),
        image_key=stored.get("image"),
        score=round(relevance, 6),
    )
