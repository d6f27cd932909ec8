import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from flask_migrate import downgrade, upgrade
from sqlalchemy import inspect, text

from shop.extensions import db
from tests import databases
from tests.conftest import make_test_app


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_database(request, tmp_path):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'empty.sqlite3'}"
        return
    url = databases.create_postgres_database()
    yield url
    databases.drop_postgres_database(url)


def test_empty_database_upgrades_to_head_matching_the_models(empty_database, tmp_path):
    app = make_test_app(empty_database, tmp_path)
    with app.app_context():
        upgrade()
        tables = set(inspect(db.engine).get_table_names())
        assert {
            "users",
            "suppliers",
            "products",
            "product_translations",
            "alembic_version",
        } <= tables
        with db.engine.connect() as connection:
            context = MigrationContext.configure(
                connection, opts={"compare_type": True, "render_as_batch": True}
            )
            assert compare_metadata(context, db.metadata) == []
        downgrade(revision="base")
        assert set(inspect(db.engine).get_table_names()) <= {"alembic_version"}
        upgrade()
        db.engine.dispose()


def test_upgrades_keep_existing_rows(empty_database, tmp_path):
    """Each migration runs on a database that already holds data, as in production."""
    app = make_test_app(empty_database, tmp_path)
    with app.app_context():
        upgrade(revision="0001")
        with db.engine.begin() as connection:
            connection.execute(
                text(
                    "INSERT INTO suppliers (slug, kind, status, status_reason, region, city,"
                    " registration_number, ice, members, women_members, phone, email, created_at)"
                    " VALUES ('tifaout-argan', 'cooperative', 'active', '', 'souss-massa',"
                    " 'Taroudant', '2011/45', '', 42, 42, '', '', CURRENT_TIMESTAMP)"
                )
            )
        upgrade()
        with db.engine.connect() as connection:
            row = connection.execute(text("SELECT slug, commune, rib FROM suppliers")).one()
        assert tuple(row) == ("tifaout-argan", "", "")
        db.engine.dispose()
