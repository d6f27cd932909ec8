"""Test databases: a SQLite file, and a throwaway PostgreSQL database when the server answers."""

from __future__ import annotations

import os
import uuid

import psycopg
import pytest
from sqlalchemy.engine import make_url

DEFAULT_POSTGRES_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


def postgres_admin_url() -> str:
    return os.environ.get("SOUK_TEST_DATABASE_URL", DEFAULT_POSTGRES_URL)


def _libpq_dsn(url: str) -> str:
    parsed = make_url(url)
    return parsed.set(drivername="postgresql").render_as_string(hide_password=False)


def postgres_unavailable_reason() -> str | None:
    try:
        with psycopg.connect(_libpq_dsn(postgres_admin_url()), connect_timeout=3):
            return None
    except psycopg.OperationalError as error:
        return f"PostgreSQL does not answer at {postgres_admin_url()} ({error.__class__.__name__})"


def skip_or_fail(reason: str) -> None:
    """Outside CI a missing service skips its tests; in CI it is a failure."""
    if os.environ.get("CI"):
        pytest.fail(f"{reason}; CI must run these tests", pytrace=False)
    pytest.skip(f"{reason}; start the service or set the URL to run these tests")


def create_postgres_database() -> str:
    """A fresh database named for this run, so runs never see each other's rows."""
    reason = postgres_unavailable_reason()
    if reason:
        skip_or_fail(reason)
    name = f"souk_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(_libpq_dsn(postgres_admin_url()), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return make_url(postgres_admin_url()).set(database=name).render_as_string(hide_password=False)


def drop_postgres_database(url: str) -> None:
    name = make_url(url).database
    with psycopg.connect(_libpq_dsn(postgres_admin_url()), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
