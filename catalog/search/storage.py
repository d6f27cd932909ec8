"""Where the index lives: opening, creating under the write lock, and the journal of
changes that could not be written because another process held the lock too long."""

from __future__ import annotations

import logging
import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from flask import Flask, current_app
from whoosh import index
from whoosh.filedb.filestore import FileStorage
from whoosh.index import FileIndex, LockError
from whoosh.util.filelock import try_for
from whoosh.writing import SegmentWriter

from catalog.search.changes import ChangeSet
from catalog.search.schema import INDEX_NAME, build_schema

log = logging.getLogger(__name__)

LOCK_POLL_SECONDS = 0.05


@dataclass(frozen=True)
class IndexSettings:
    directory: Path
    # Writers wait this long for another writer (a full rebuild can hold the lock for
    # minutes); then their changes go to the journal, for the next writer to apply.
    lock_timeout: float
    # Memory for the writer's sort buffer, per writer (procs=1): bounds the peak of a rebuild.
    limitmb: int

    @classmethod
    def of(cls, app: Flask | None = None) -> IndexSettings:
        config = (app or current_app).config
        return cls(
            directory=Path(config["SEARCH_INDEX_DIR"]),
            lock_timeout=float(config["SEARCH_LOCK_TIMEOUT"]),
            limitmb=int(config["SEARCH_WRITER_LIMITMB"]),
        )


def open_index(directory: Path) -> FileIndex | None:
    """The index, or None when it has not been built yet."""
    if not index.exists_in(str(directory), indexname=INDEX_NAME):
        return None
    return index.open_dir(str(directory), indexname=INDEX_NAME)


def _open_or_create(settings: IndexSettings) -> FileIndex:
    existing = open_index(settings.directory)
    if existing is not None:
        return existing
    settings.directory.mkdir(parents=True, exist_ok=True)
    storage = FileStorage(str(settings.directory))
    # The same lock file a whoosh writer takes, so two processes never create it both.
    lock = storage.lock(f"{INDEX_NAME}_WRITELOCK")
    if not try_for(lock.acquire, timeout=settings.lock_timeout, delay=LOCK_POLL_SECONDS):
        raise LockError("the search index is being created by another writer")
    try:
        if not index.exists_in(str(settings.directory), indexname=INDEX_NAME):
            storage.create_index(build_schema(), indexname=INDEX_NAME)
    finally:
        lock.release()
    return index.open_dir(str(settings.directory), indexname=INDEX_NAME)


def open_writer(settings: IndexSettings, *, wait: bool = True) -> SegmentWriter:
    """A writer holding the index's write lock (created first if need be).

    Raises whoosh's LockError when the lock stays taken for `lock_timeout` seconds (or at
    once with wait=False); callers turn that into a journal entry, never into an error."""
    ix = _open_or_create(settings)
    return ix.writer(
        procs=1,
        limitmb=settings.limitmb,
        timeout=settings.lock_timeout if wait else 0.0,
        delay=LOCK_POLL_SECONDS,
        # Separate files per segment: whoosh reads a compound segment file by copying each
        # part into memory (≈ +100 MB of RSS for 100k products); plain files are read on demand.
        compound=False,
    )


class Journal:
    """Changes waiting for the write lock, one small file each, in the index directory."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory / "pending"

    def add(self, changes: ChangeSet) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        name = f"{uuid.uuid4().hex}.json"
        partial = self.directory / f".{name}.tmp"
        partial.write_text(changes.to_json())
        os.replace(partial, self.directory / name)  # readers never see half a file

    def entries(self) -> list[Path]:
        try:
            return sorted(self.directory.glob("*.json"))
        except OSError:
            return []

    def read(self, entries: list[Path]) -> ChangeSet:
        merged = ChangeSet()
        for entry in entries:
            try:
                merged.update(ChangeSet.from_json(entry.read_text()))
            except (OSError, ValueError, TypeError) as error:
                log.warning("Search journal entry %s unreadable: %s", entry, error)
        return merged

    def discard(self, entries: list[Path]) -> None:
        for entry in entries:
            entry.unlink(missing_ok=True)


__all__ = ["IndexSettings", "Journal", "LockError", "open_index", "open_writer"]
