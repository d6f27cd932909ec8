"""Fixtures: one application per database configuration, a rolled-back database per test,
a client, a CLI runner, and factories (see tests/factories.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from flask.testing import FlaskClient
from flask_migrate import upgrade
from sqlalchemy.orm import scoped_session, sessionmaker

from shop.app import create_app
from shop.config import TestingConfig
from shop.extensions import db, limiter
from tests import databases

DATABASE_NAMES = ("sqlite", "postgresql")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Tests marked `databases` run on SQLite and PostgreSQL; the others on SQLite only."""
    if "database" in metafunc.fixturenames:
        names = (
            DATABASE_NAMES if metafunc.definition.get_closest_marker("databases") else ("sqlite",)
        )
        metafunc.parametrize("database", names, indirect=True, scope="session")


@pytest.fixture(scope="session")
def database(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    """The URL of an empty database of the requested kind, dropped after the run."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path_factory.mktemp('sqlite') / 'souk.sqlite3'}"
        return
    url = databases.create_postgres_database()
    yield url
    databases.drop_postgres_database(url)


class IsolatedClient(FlaskClient):
    """Each request gets its own application context, as in production.

    Without this, requests made while a test holds an app context share its `g`
    (the logged-in user, the language) and its database session."""

    def open(self, *args, **kwargs):
        with self.application.app_context():
            return super().open(*args, **kwargs)


def make_test_app(database_url: str, data_dir: Path, **overrides):
    config = TestingConfig()
    app = create_app(
        config,
        SQLALCHEMY_DATABASE_URI=database_url,
        DATA_DIR=data_dir,
        UPLOAD_DIR=data_dir / "uploads",
        SEARCH_INDEX_DIR=data_dir / "search-index",
        **overrides,
    )
    app.test_client_class = IsolatedClient
    return app


@pytest.fixture(scope="session")
def app(database: str, tmp_path_factory: pytest.TempPathFactory):
    """The application for one database, with the schema built by the real migrations."""
    application = make_test_app(database, tmp_path_factory.mktemp("data"))
    with application.app_context():
        upgrade()
        db.session.remove()
    yield application
    with application.app_context():
        db.engine.dispose()


@pytest.fixture
def db_session(app):
    """Everything a test writes, requests included, is rolled back when it ends.

    Commits inside the test become savepoint releases on one outer transaction."""
    with app.app_context():
        connection = db.engine.connect()
        outer = connection.begin()
        original = db.session
        db.session = scoped_session(
            sessionmaker(bind=connection, join_transaction_mode="create_savepoint"),
            scopefunc=original.registry.scopefunc,
        )
        limiter.reset()
        try:
            yield db.session
        finally:
            db.session.remove()
            db.session = original
            outer.rollback()
            connection.close()


@pytest.fixture
def client(app, db_session):
    return app.test_client()


@pytest.fixture
def runner(app, db_session):
    return app.test_cli_runner()


CSRF_PATTERN = re.compile(
    r'name="csrf_token" type="hidden" value="([^"]+)"|name="csrf_token" value="([^"]+)"'
)


def csrf_token_from(html: str) -> str:
    match = CSRF_PATTERN.search(html)
    assert match, "the page has no CSRF token"
    return match.group(1) or match.group(2)


def login(client, email: str, password: str, lang: str = "fr"):
    page = client.get(f"/{lang}/account/login")
    token = csrf_token_from(page.get_data(as_text=True))
    return client.post(
        f"/{lang}/account/login",
        data={"email": email, "password": password, "csrf_token": token},
    )
