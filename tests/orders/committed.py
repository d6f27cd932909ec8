"""An application on a fresh database whose data is really committed, for tests where
several threads (each with its own connection) or a real HTTP server must see it.

The usual `db_session` fixture rolls everything back inside one connection, which other
connections cannot see: these tests build their own application, as the browser and
migration tests do, and drop its database afterwards."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from flask import Flask
from flask_migrate import upgrade

from shop.extensions import db
from tests import databases
from tests.conftest import make_test_app

# Enough connections for every thread of the concurrency tests to hold one at once, well
# under PostgreSQL's default limit of 100.
ENGINE_OPTIONS = {"pool_size": 30, "max_overflow": 10, "pool_timeout": 60, "pool_pre_ping": True}


@contextmanager
def committed_app(kind: str, data_dir: Path, **overrides) -> Iterator[Flask]:
    url = (
        f"sqlite:///{data_dir / 'shop.sqlite3'}"
        if kind == "sqlite"
        else databases.create_postgres_database()
    )
    app = make_test_app(
        url,
        data_dir,
        # Many customers log in from 127.0.0.1 at once; the limiter itself stays on (it is
        # shared by every application of the run, and the others rely on it).
        LOGIN_RATE_LIMIT="10000 per minute",
        SQLALCHEMY_ENGINE_OPTIONS=ENGINE_OPTIONS,
        **overrides,
    )
    try:
        with app.app_context():
            upgrade()
            db.session.remove()
        yield app
    finally:
        with app.app_context():
            db.session.remove()
            db.engine.dispose()
        if kind != "sqlite":
            databases.drop_postgres_database(url)
