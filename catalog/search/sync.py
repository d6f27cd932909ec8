"""Keeping the index in step with the database, after each commit.

`after_flush` notes which rows changed (ids are known by then, history still readable);
`after_commit` of the whole transaction (not of a savepoint) hands them to the indexer,
which re-reads them from the database under the index's write lock; a rollback of the
whole transaction forgets them. The listeners are on SQLAlchemy's Session class, so they
also follow the tests' sessions, whose transaction is itself a savepoint of an outer one
(their commit releases it, and indexing reads inside the same outer transaction)."""

from __future__ import annotations

import logging
from itertools import chain

from flask import current_app, has_app_context
from sqlalchemy import event, inspect
from sqlalchemy.orm import Session, SessionTransaction

from catalog.models import (
    Category,
    LabelClaim,
    Product,
    ProductImage,
    ProductTranslation,
    QualityLabel,
)
from catalog.search.changes import ChangeSet
from catalog.search.indexing import apply_changes
from catalog.search.storage import IndexSettings
from groupings.models import Grouping, Supplier, SupplierTranslation

log = logging.getLogger(__name__)

EXTENSION = "souk.search"
_PENDING = "souk.search.changes"
_installed = False


def install() -> None:
    global _installed
    if _installed:
        return
    event.listen(Session, "after_flush", _note_changes)
    event.listen(Session, "after_commit", _index_changes)
    event.listen(Session, "after_soft_rollback", _forget_changes)
    _installed = True


def _changed(obj: object, *attributes: str) -> bool:
    state = inspect(obj)
    return any(state.attrs[name].history.has_changes() for name in attributes)


def _values(obj: object, attribute: str) -> set[int]:
    """The current value and, if it changed, the previous one (a row moved elsewhere)."""
    history = inspect(obj).attrs[attribute].history
    values = {getattr(obj, attribute), *history.deleted}
    return {value for value in values if value is not None}


def _note(changes: ChangeSet, obj: object, is_new: bool) -> None:
    if isinstance(obj, Product):
        changes.products.add(obj.id)
    elif isinstance(obj, ProductTranslation | ProductImage):
        changes.products.update(_values(obj, "product_id"))
    elif isinstance(obj, LabelClaim):
        if obj.product_id is None:
            changes.suppliers.update(_values(obj, "supplier_id"))
        changes.products.update(_values(obj, "product_id"))
    elif isinstance(obj, SupplierTranslation):
        changes.suppliers.update(_values(obj, "supplier_id"))
    elif is_new:
        return  # a new supplier, category, grouping or label has no products yet
    elif isinstance(obj, Supplier) and _changed(obj, "status", "kind", "slug"):
        changes.suppliers.add(obj.id)
    elif isinstance(obj, Category) and _changed(obj, "parent_id", "slug"):
        changes.categories.add(obj.id)
    elif isinstance(obj, Grouping) and _changed(obj, "slug"):
        changes.groupings.add(obj.id)
    elif isinstance(obj, QualityLabel) and _changed(obj, "code"):
        changes.labels.add(obj.id)


def _note_changes(session: Session, _flush_context: object) -> None:
    changes = session.info.get(_PENDING) or ChangeSet()
    new = session.new
    for obj in chain(new, session.dirty, session.deleted):
        _note(changes, obj, obj in new)
    if changes:
        session.info[_PENDING] = changes


def _index_changes(session: Session) -> None:
    # Releasing a savepoint (`begin_nested`) also "commits": the notes wait for the
    # transaction's own commit, when the rows are final and the write lock is ours to
    # release; indexing earlier could wait on a SQLite lock this very transaction holds.
    if session.in_nested_transaction():
        return
    changes = session.info.pop(_PENDING, None)
    if not changes or not has_app_context() or EXTENSION not in current_app.extensions:
        return
    try:
        apply_changes(changes, settings=IndexSettings.of(), bind=session.get_bind(mapper=Product))
    except Exception:  # the commit stands; a failed index update must not undo or hide it
        log.exception("Search index not updated after a commit; `souk search reindex` repairs it")


def _forget_changes(session: Session, previous_transaction: SessionTransaction) -> None:
    # A savepoint rolled back inside a larger transaction keeps the notes: re-reading a row
    # that did not change costs little, missing one that did would leave the index stale.
    if previous_transaction.parent is None:
        session.info.pop(_PENDING, None)
