"""Notices: news written in the transaction of the change, mailed by the worker afterwards.

A domain says what each topic means with `@handles("order_paid")`; `notify` writes the
notice with one INSERT and nothing else (no recipients looked up, no template rendered), so
it costs the request almost nothing and disappears with the change if that rolls back.
`handle_notices` (run by `souk worker` and `souk mail send`) calls the handlers of pending
notices, oldest first: with one worker, mails leave in the order things happened (workers
side by side each take their own batch, so two news of one order may then swap places).
Each handler runs in a savepoint: one that fails keeps its error and is tried again on the
next run, up to `MAX_ATTEMPTS`, and the others go on."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from sqlalchemy import func, insert, select

from shop.database import utcnow
from shop.extensions import db
from shop.mail.models import Notice

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 5
_INSERT = insert(Notice.__table__)

Handler = Callable[[dict[str, Any]], None]
_handlers: dict[str, Handler] = {}


def handles(topic: str) -> Callable[[Handler], Handler]:
    def register(handler: Handler) -> Handler:
        if _handlers.setdefault(topic, handler) is not handler:
            raise ValueError(f"Two handlers for the notice topic {topic!r}")
        return handler

    return register


def notify(topic: str, **data: Any) -> None:
    """Writes a notice now, in the caller's transaction. `data` must be JSON: ids, and the
    facts of the moment that the handler could not read back later."""
    if topic not in _handlers:
        raise LookupError(f"No handler for the notice topic {topic!r}")
    db.session.execute(_INSERT, {"topic": topic, "data": data})


def handle_notices(limit: int = 200) -> int:
    """Runs pending notices' handlers; returns how many succeeded. The caller commits.

    On PostgreSQL the notices taken are locked and others' are skipped, so several workers
    never handle the same notice twice; SQLite writers are serialised anyway."""
    pending = db.session.scalars(
        select(Notice)
        .where(Notice.handled_at.is_(None), Notice.attempts < MAX_ATTEMPTS)
        .order_by(Notice.id)
        .limit(limit)
        .with_for_update(skip_locked=True)
    ).all()
    handled = 0
    for notice in pending:
        notice.attempts += 1
        handler = _handlers.get(notice.topic)
        try:
            if handler is None:
                raise LookupError(f"No handler for the notice topic {notice.topic!r}")
            with db.session.begin_nested():
                handler(notice.data)
        except Exception as error:  # kept on the notice and retried: one must not stop the rest
            log.exception("Notice %s (%s) failed", notice.id, notice.topic)
            notice.last_error = repr(error)[:2000]
            continue
        notice.handled_at = utcnow()
        handled += 1
    db.session.flush()
    return handled


def given_up() -> int:
    """Notices whose handler failed `MAX_ATTEMPTS` times: their error is kept for a person."""
    return db.session.scalar(
        select(func.count())
        .select_from(Notice)
        .where(Notice.handled_at.is_(None), Notice.attempts >= MAX_ATTEMPTS)
    )
