"""Writing the index: full rebuilds and incremental updates, always from the database.

Locking contract: one writer at a time across threads and processes (whoosh's write lock).
A writer re-reads the rows it indexes *after* taking the lock, so whichever writer comes
last writes the latest committed state — no update is lost to a slower, older writer.
A writer that cannot get the lock in time journals its changes instead of failing; every
writer applies the journal while it holds the lock and checks it again after releasing."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from datetime import date

from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import Session
from whoosh.writing import CLEAR, SegmentWriter

from catalog.models import Product
from catalog.search.changes import ChangeSet
from catalog.search.documents import (
    CatalogMaps,
    affected_product_ids,
    chunks,
    load_documents,
    visible_product_ids,
)
from catalog.search.errors import SearchIndexBusy
from catalog.search.schema import build_schema
from catalog.search.storage import IndexSettings, Journal, LockError, open_writer
from shop.extensions import db

log = logging.getLogger(__name__)

Progress = Callable[[int], None]
Bind = Engine | Connection
_DRAIN_ROUNDS = 3


def default_bind() -> Bind:
    """Where the public functions read from: the engine (committed rows, short read
    transactions of their own), unless the application's session is inside a transaction —
    then that transaction's connection, so that they see what it sees and, on SQLite (which
    takes the write lock at BEGIN), don't wait for a lock their own caller holds."""
    session = db.session()  # the scoped session's current Session
    if session.in_transaction():
        return session.connection(bind_arguments={"mapper": Product})
    return session.get_bind(mapper=Product)


def _reading_session(bind: Bind) -> Session:
    # Its own session: the index may be written from the application session's
    # after_commit hook, where that session cannot run SQL. On a connection (tests) it
    # reads inside a savepoint of the transaction already open there.
    return Session(bind=bind, join_transaction_mode="create_savepoint", autoflush=False)


def _today() -> date:
    return date.today()  # noqa: DTZ011 - label validity is a calendar day, as in catalog.views


def _apply(writer: SegmentWriter, changes: ChangeSet, bind: Bind) -> int:
    """Brings the documents of every affected product in line with the database."""
    written = 0
    with _reading_session(bind) as session:
        maps = CatalogMaps.load(session)
        ids = affected_product_ids(session, changes, maps)
        for batch in chunks(sorted(ids)):
            documents = load_documents(session, batch, maps, _today())
            for product_id in batch:
                document = documents.get(product_id)
                if document is None:  # archived, unpublished, supplier inactive, deleted
                    writer.delete_by_term("id", str(product_id))
                else:
                    writer.update_document(**document)
                    written += 1
    return written


def _write_locked(writer: SegmentWriter, changes: ChangeSet, journal: Journal, bind: Bind) -> None:
    entries = journal.entries()
    pending = ChangeSet()
    pending.update(changes)
    pending.update(journal.read(entries))
    try:
        _apply(writer, pending, bind)
        writer.commit()
    except BaseException:
        writer.cancel()
        raise
    journal.discard(entries)


def _drain(settings: IndexSettings, bind: Bind) -> None:
    """Applies changes journaled while this process held the lock. If another writer holds
    it now, that writer will: it checks the journal after releasing, too."""
    journal = Journal(settings.directory)
    for _round in range(_DRAIN_ROUNDS):
        if not journal.entries():
            return
        try:
            writer = open_writer(settings, wait=False)
        except LockError:
            return
        _write_locked(writer, ChangeSet(), journal, bind)


def apply_changes(changes: ChangeSet, *, settings: IndexSettings, bind: Bind) -> None:
    """Re-reads what the changes touched and updates the index; journals them if the lock
    stays taken (logged, applied by the next writer, or repaired by `souk search reindex`)."""
    if not changes:
        return
    journal = Journal(settings.directory)
    try:
        writer = open_writer(settings)
    except LockError:
        journal.add(changes)
        log.warning(
            "Search index busy for %.0fs; changes journaled for the next writer",
            settings.lock_timeout,
        )
        return
    _write_locked(writer, changes, journal, bind)
    _drain(settings, bind)


def index_products(product_ids: Iterable[int]) -> None:
    """Re-reads these products and adds, updates or removes them. Reads what the
    application's session sees: call it after the commit (the session hooks already do)."""
    apply_changes(
        ChangeSet(products=set(product_ids)), settings=IndexSettings.of(), bind=default_bind()
    )


def remove_products(product_ids: Iterable[int]) -> None:
    """Takes these products out of the index at once, without reading the database."""
    ids = sorted(set(product_ids))
    if not ids:
        return
    settings = IndexSettings.of()
    try:
        writer = open_writer(settings)
    except LockError:
        # The journal re-reads them later: still gone then, they are removed; back on sale
        # in the meantime, they stay — the database decides.
        Journal(settings.directory).add(ChangeSet(products=set(ids)))
        return
    try:
        for product_id in ids:
            writer.delete_by_term("id", str(product_id))
        writer.commit()
    except BaseException:
        writer.cancel()
        raise
    _drain(settings, default_bind())


def count_indexable() -> int:
    """How many products a rebuild will index (for a progress bar's length)."""
    with _reading_session(default_bind()) as session:
        return len(visible_product_ids(session))


def reindex_all(progress: Progress | None = None) -> int:
    """Rebuilds the index from the visible products and returns how many it holds.

    Atomic: the new documents replace the old ones in a single commit (CLEAR), so searches
    see the old index until then. Changes committed while it runs are journaled by their
    writers and applied right after. Raises SearchIndexBusy if another rebuild holds the
    lock past the timeout."""
    settings = IndexSettings.of()
    bind = default_bind()
    journal = Journal(settings.directory)
    try:
        writer = open_writer(settings)
    except LockError:
        raise SearchIndexBusy() from None
    # whoosh writes with the schema stored in the index when it was created; a rebuild
    # installs the current one, so new analyzers take effect with `souk search reindex`.
    writer.schema = build_schema()
    # Journaled before the rebuild reads anything: the rebuild covers them.
    covered = journal.entries()
    count = 0
    try:
        with _reading_session(bind) as session:
            maps = CatalogMaps.load(session)
            ids = visible_product_ids(session)
        today = _today()
        for batch in chunks(ids):
            # One short read transaction per batch: on SQLite a long one would block the
            # shop's writers for the whole rebuild.
            with _reading_session(bind) as session:
                documents = load_documents(session, batch, maps, today)
            for product_id in batch:
                if product_id in documents:
                    writer.add_document(**documents[product_id])
                    count += 1
            if progress is not None:
                progress(len(batch))
        writer.commit(mergetype=CLEAR)
    except BaseException:
        writer.cancel()
        raise
    journal.discard(covered)
    _drain(settings, bind)
    return count
