"""Engine behaviour that differs between SQLite (embedded default) and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime

from flask import Flask
from sqlalchemy import DateTime, Numeric, event
from sqlalchemy.engine import Engine
from sqlalchemy.types import TypeDecorator

from shop.extensions import db


def _configure_sqlite(engine: Engine) -> None:
    # pysqlite opens transactions lazily and behind SQLAlchemy's back, which breaks
    # SAVEPOINT (used by the tests' rolled-back sessions) and lets two writers both read
    # a row before either writes it. Taking control of BEGIN fixes both.
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA busy_timeout = 10000")
        if engine.url.database not in (None, "", ":memory:"):
            cursor.execute("PRAGMA journal_mode = WAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection):
        # IMMEDIATE takes the write lock at BEGIN so concurrent writers queue on
        # busy_timeout instead of failing later with "database is locked".
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def init_app(app: Flask) -> None:
    db.init_app(app)
    app.after_request(_commit_or_roll_back)
    with app.app_context():
        if db.engine.dialect.name == "sqlite":
            _configure_sqlite(db.engine)


class UTCDateTime(TypeDecorator):
    """Timezone-aware UTC datetimes on every backend (SQLite has no time zones)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTCDateTime column")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect):
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def utcnow() -> datetime:
    return datetime.now(UTC)


# Money: exact decimals in dirham, two places; converted to minor units only for Stripe.
Money = Numeric(12, 2, asdecimal=True)


def _commit_or_roll_back(response):
    """The one place a request's work is committed: successful responses commit,
    error responses roll back whatever services flushed before the error."""
    if response.status_code < 400:
        db.session.commit()
    else:
        db.session.rollback()
    return response
