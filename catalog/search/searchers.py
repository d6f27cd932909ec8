"""One open searcher per thread and index directory, refreshed when the index changes.

Opening a whoosh index reads its table of contents and opens every segment file, so it is
done once, not per query. whoosh readers share file handles and are not safe to use from
two threads at once, hence one per thread; what is expensive to compute from them (the
facet columns) is shared by all threads in catalog.search.doctable."""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from pathlib import Path

from flask import current_app
from whoosh.searching import Searcher

from catalog.search.storage import open_index

log = logging.getLogger(__name__)

_MAX_OPEN_PER_THREAD = 4  # index directories; tests open many, production one
_local = threading.local()


def _open_searchers() -> OrderedDict[str, Searcher]:
    searchers = getattr(_local, "searchers", None)
    if searchers is None:
        searchers = _local.searchers = OrderedDict()
    return searchers


def current_searcher(directory: Path) -> Searcher | None:
    """The latest view of the index, or None when there is no index yet."""
    searchers = _open_searchers()
    key = str(directory)
    searcher = searchers.pop(key, None)
    if searcher is not None:
        try:
            current = searcher.up_to_date()
        except Exception as error:  # index deleted or damaged under us: reopen below
            log.warning("Search index at %s could not be checked: %s", directory, error)
            current = False
        if not current:
            # Not Searcher.refresh(): its reader-reuse path keeps stale copies of segments
            # whose deletions changed (whoosh-reloaded 2.7.5). Reopening costs a few
            # milliseconds; the expensive per-segment data is cached by segment id anyway.
            _close(searcher)
            searcher = None
    if searcher is None:
        ix = open_index(directory)
        if ix is None:
            return None
        searcher = ix.searcher()
    searchers[key] = searcher
    while len(searchers) > _MAX_OPEN_PER_THREAD:
        _key, oldest = searchers.popitem(last=False)
        _close(oldest)
    return searcher


def close_searchers() -> None:
    """Closes this thread's searchers (tests, and worker shutdown)."""
    searchers = _open_searchers()
    while searchers:
        _key, searcher = searchers.popitem()
        _close(searcher)


def _close(searcher: Searcher) -> None:
    try:
        searcher.close()
    except Exception as error:  # already closed by refresh(), or its files are gone
        log.debug("Closing a search index searcher failed: %s", error)


def index_dir() -> Path:
    """The current application's index directory."""
    return Path(current_app.config["SEARCH_INDEX_DIR"])


def app_searcher() -> Searcher | None:
    """The current application's searcher; None if there is no index or it can't be read."""
    try:
        return current_searcher(index_dir())
    except Exception:  # a damaged index must not turn every search page into a 500
        log.exception("Search index could not be opened")
        return None
