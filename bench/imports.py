"""How long `souk catalog import` takes on a large file (target: 10,000 rows in under a minute).

    .venv/bin/python bench/imports.py [--rows 10000] [--postgres [ADMIN_URL]]

Builds a fresh SQLite database (or, with --postgres, a throwaway PostgreSQL database
created through ADMIN_URL and dropped afterwards), adds suppliers,
categories, labels and a grouping, generates a products file, then times the import
(creating every product, published, so the search index takes them in too), a second
import of the same file (updating every product) and an export. Timings are printed,
never asserted: they depend on the machine.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import psycopg
from flask import Flask
from flask_migrate import upgrade
from sqlalchemy.engine import make_url

from catalog.imports.products import PRODUCT_COLUMNS
from catalog.imports.tabular import format_csv
from catalog.models import Category, CategoryTranslation, QualityLabel
from groupings.models import (
    Grouping,
    GroupingMembership,
    Supplier,
    SupplierTranslation,
)
from shop.app import create_app
from shop.config import TestingConfig
from shop.extensions import db

SUPPLIERS = 50
CATEGORIES = ("argan-oil", "cosmetics", "spreads", "honey", "carpets", "pottery")
LABELS = ("igp-argane", "odco-quality", "bio-maroc")
DEFAULT_POSTGRES_ADMIN_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
REGIONS = ("souss-massa", "draa-tafilalet", "fes-meknes", "oriental")


def make_app(database_url: str, data_dir: Path) -> Flask:
    # Everything under the temporary folder: the search index (which the import updates)
    # must not land in the checkout's instance/ folder.
    return create_app(
        TestingConfig(),
        SQLALCHEMY_DATABASE_URI=database_url,
        DATA_DIR=data_dir,
        UPLOAD_DIR=data_dir / "uploads",
        SEARCH_INDEX_DIR=data_dir / "search-index",
    )


def seed_references() -> None:
    grouping = Grouping(slug="souss-solidaire", region="souss-massa")
    db.session.add(grouping)
    for number in range(SUPPLIERS):
        supplier = Supplier(
            slug=f"cooperative-{number:03d}",
            kind="cooperative",
            status="active",
            region=REGIONS[number % len(REGIONS)],
            translations=[SupplierTranslation(language="fr", name=f"Coopérative {number}")],
        )
        db.session.add(supplier)
        if number % 2 == 0:
            db.session.add(
                GroupingMembership(
                    grouping=grouping, supplier=supplier, admitted_on=date(2024, 1, 1)
                )
            )
    for slug in CATEGORIES:
        db.session.add(
            Category(slug=slug, translations=[CategoryTranslation(language="fr", name=slug)])
        )
    for code in LABELS:
        db.session.add(QualityLabel(code=code, kind="national_quality", issuing_body="ODCO"))
    db.session.commit()


def product_rows(count: int) -> list[list[str]]:
    chooser = random.Random(2026)  # the same file on every run
    rows = []
    for number in range(count):
        supplier = number % SUPPLIERS
        labels = chooser.sample(LABELS, chooser.randint(0, 2))
        rows.append(
            [
                f"BENCH-{number:06d}",
                f"cooperative-{supplier:03d}",
                chooser.choice(CATEGORIES),
                f"{chooser.randint(10, 5000)}.{chooser.randint(0, 99):02d}",
                str(chooser.randint(0, 200)),
                "jar 250 g",
                "",
                f"منتج رقم {number}",
                f"Produit numéro {number}",
                f"ⴰⴼⴰⵔⵉⵙ {number}",
                "وصف المنتج بالعربية",
                "Description du produit, avec une virgule",
                "",
                ";".join(labels),
                "souss-solidaire" if supplier % 2 == 0 else "",
            ]
        )
    return rows


def timed(label: str, app: Flask, args: list[str]) -> float:
    start = time.perf_counter()
    result = app.test_cli_runner().invoke(args=args)
    elapsed = time.perf_counter() - start
    if result.exit_code != 0:
        raise SystemExit(f"{label} failed:\n{result.output}")
    print(f"{label:<28} {elapsed:6.2f} s")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument(
        "--postgres",
        nargs="?",
        const=DEFAULT_POSTGRES_ADMIN_URL,
        metavar="ADMIN_URL",
        help="run on a throwaway PostgreSQL database instead of SQLite",
    )
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder)
        if options.postgres:
            with throwaway_postgres_database(options.postgres) as url:
                run(options.rows, url, data_dir)
        else:
            run(options.rows, f"sqlite:///{data_dir / 'bench.sqlite3'}", data_dir)


@contextmanager
def throwaway_postgres_database(admin_url: str) -> Iterator[str]:
    name = f"souk_bench_{uuid.uuid4().hex[:12]}"
    dsn = make_url(admin_url).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(dsn, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    try:
        yield make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with psycopg.connect(dsn, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def run(rows: int, url: str, data_dir: Path) -> None:
    app = make_app(url, data_dir)
    with app.app_context():
        upgrade()
        seed_references()
        db.session.remove()
    products = data_dir / "products.csv"
    products.write_text(format_csv(PRODUCT_COLUMNS, product_rows(rows)), "utf-8")
    print(
        f"{rows} rows, {products.stat().st_size / 1e6:.1f} MB, {make_url(url).get_backend_name()}"
    )
    # --publish: the worst case, as every product then goes into the search index too.
    created = timed("import (creates)", app, ["catalog", "import", "--publish", str(products)])
    timed("import again (updates)", app, ["catalog", "import", str(products)])
    timed("export", app, ["catalog", "export", str(data_dir / "export.csv")])
    with app.app_context():
        db.engine.dispose()
    print(f"{rows / created:,.0f} rows per second on creation")


if __name__ == "__main__":
    main()
