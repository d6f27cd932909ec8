"""`souk suppliers import|export` and `souk catalog import|export`.

The commands only read the file, show progress, print reports and commit once at the end;
the rules are in the services. Every printed sentence is translated (the CLI speaks the
default language, French, once the translations exist).
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import BinaryIO

import click
from flask.cli import AppGroup
from flask_babel import gettext, ngettext

from catalog.imports.product_export import product_export_rows
from catalog.imports.product_writes import apply_product_rows
from catalog.imports.products import (
    PRODUCT_COLUMNS,
    ProductImportSummary,
    ProductRow,
    summarise_product_rows,
    validate_product_rows,
)
from catalog.imports.tabular import ImportFailed, Progress, format_csv, read_records
from catalog.search import index_products
from groupings.imports import (
    SUPPLIER_COLUMNS,
    ImportSummary,
    SupplierRow,
    apply_supplier_rows,
    export_suppliers,
    summarise_supplier_rows,
    validate_supplier_rows,
)
from shop.extensions import db

log = logging.getLogger(__name__)

# Small files import in a blink; a bar would only clutter the report.
PROGRESS_THRESHOLD = 500

suppliers_group = AppGroup("suppliers", help="Suppliers in bulk: CSV import and export.")
catalog_group = AppGroup("catalog", help="Products in bulk: CSV import and export.")


@suppliers_group.command("import")
@click.argument("file", type=click.File("rb"))
@click.option("--dry-run", is_flag=True, help="Check the file and report; write nothing.")
@click.option("--pending", is_flag=True, help="Create new suppliers pending approval.")
def import_suppliers_command(file: BinaryIO, dry_run: bool, pending: bool) -> None:
    """Create or update suppliers from FILE (format: examples/suppliers.csv).

    New suppliers are active unless --pending; known slugs are updated (blank cells keep
    the current value, and the supplier keeps its status). Nothing is written if any row
    is invalid.
    """
    with _reporting_failures():
        records = read_records(file.read(), SUPPLIER_COLUMNS)
        with _progress(len(records), gettext("Checking the suppliers")) as progress:
            rows = validate_supplier_rows(records, progress=progress)
        if dry_run:
            _report_supplier_plan(rows, summarise_supplier_rows(rows))
            return
        summary = apply_supplier_rows(rows, pending=pending)
        db.session.commit()
    _report_suppliers_done(summary)


@suppliers_group.command("export")
@click.argument("file", type=click.File("wb"), default="-")
def export_suppliers_command(file: BinaryIO) -> None:
    """Write every supplier to FILE (default: standard output) in the import format."""
    file.write(export_suppliers().encode("utf-8"))


@catalog_group.command("import")
@click.argument("file", type=click.File("rb"))
@click.option("--dry-run", is_flag=True, help="Check the file and report; write nothing.")
@click.option(
    "--create-categories",
    is_flag=True,
    help="Create unknown category slugs, named after the slug in French until renamed.",
)
@click.option("--publish", is_flag=True, help="Publish the new products instead of drafts.")
def import_catalog_command(
    file: BinaryIO, dry_run: bool, create_categories: bool, publish: bool
) -> None:
    """Create or update products from FILE (format: examples/products.csv).

    New products are drafts unless --publish; known SKUs are updated (blank cells keep the
    current value, and the product keeps its status). Labels become claims pending
    verification. Nothing is written if any row is invalid.
    """
    with _reporting_failures():
        records = read_records(file.read(), PRODUCT_COLUMNS)
        with _progress(len(records), gettext("Checking the products")) as progress:
            rows = validate_product_rows(
                records, create_categories=create_categories, progress=progress
            )
        if dry_run:
            _report_product_plan(rows, summarise_product_rows(rows))
            return
        with _progress(len(rows), gettext("Writing the products")) as progress:
            summary = apply_product_rows(rows, publish=publish, progress=progress)
        db.session.commit()
    _report_products_done(summary)
    _update_search_index(summary.product_ids)


@catalog_group.command("export")
@click.argument("file", type=click.File("wb"), default="-")
def export_catalog_command(file: BinaryIO) -> None:
    """Write every product, ordered by SKU, to FILE (default: standard output) in the
    import format."""
    rows = list(product_export_rows())
    file.write(format_csv(PRODUCT_COLUMNS, rows).encode("utf-8"))
    click.echo(
        ngettext("%(num)s product exported.", "%(num)s products exported.", len(rows)), err=True
    )


def _update_search_index(product_ids: Sequence[int]) -> None:
    try:
        index_products(product_ids)
    except Exception:  # the import is committed; a stale index must not hide that
        log.exception("Search index not updated after an import")
        click.echo(
            gettext(
                "The search index could not be updated; run “souk search reindex” to repair it."
            ),
            err=True,
        )


@contextmanager
def _reporting_failures() -> Iterator[None]:
    try:
        yield
    except ImportFailed as failure:
        # Validation wrote nothing, so there is nothing to roll back.
        click.echo(
            ngettext(
                "%(num)s problem found; nothing was imported.",
                "%(num)s problems found; nothing was imported.",
                len(failure.issues),
            ),
            err=True,
        )
        for issue in failure.issues:
            click.echo(str(issue), err=True)
        raise click.exceptions.Exit(1) from None
    except Exception:
        db.session.rollback()
        raise


@contextmanager
def _progress(length: int, label: str) -> Iterator[Progress | None]:
    if length < PROGRESS_THRESHOLD:
        yield None
        return
    # On stderr, so that the report on stdout stays clean for scripts.
    with click.progressbar(length=length, label=label, file=sys.stderr) as bar:
        yield bar.update


def _report_supplier_plan(rows: list[SupplierRow], summary: ImportSummary) -> None:
    for row in rows:
        if row.is_new:
            line = gettext(
                "Row %(row)s: supplier %(slug)s would be created.", row=row.number, slug=row.slug
            )
        else:
            line = gettext(
                "Row %(row)s: supplier %(slug)s would be updated.", row=row.number, slug=row.slug
            )
        click.echo(line)
    click.echo(
        ngettext(
            "Dry run: %(num)s supplier would be created.",
            "Dry run: %(num)s suppliers would be created.",
            summary.created,
        )
    )
    click.echo(
        ngettext(
            "Dry run: %(num)s supplier would be updated.",
            "Dry run: %(num)s suppliers would be updated.",
            summary.updated,
        )
    )
    click.echo(gettext("Nothing was written."))


def _report_suppliers_done(summary: ImportSummary) -> None:
    click.echo(ngettext("%(num)s supplier created.", "%(num)s suppliers created.", summary.created))
    click.echo(ngettext("%(num)s supplier updated.", "%(num)s suppliers updated.", summary.updated))


def _report_product_plan(rows: list[ProductRow], summary: ProductImportSummary) -> None:
    for row in rows:
        if row.is_new:
            line = gettext(
                "Row %(row)s: product %(sku)s would be created.", row=row.number, sku=row.sku
            )
        else:
            line = gettext(
                "Row %(row)s: product %(sku)s would be updated.", row=row.number, sku=row.sku
            )
        click.echo(line)
    for slug in summary.new_categories:
        click.echo(gettext("Dry run: category %(category)s would be created.", category=slug))
    click.echo(
        ngettext(
            "Dry run: %(num)s product would be created.",
            "Dry run: %(num)s products would be created.",
            summary.created,
        )
    )
    click.echo(
        ngettext(
            "Dry run: %(num)s product would be updated.",
            "Dry run: %(num)s products would be updated.",
            summary.updated,
        )
    )
    click.echo(
        ngettext(
            "Dry run: %(num)s label claim would be added, pending verification.",
            "Dry run: %(num)s label claims would be added, pending verification.",
            summary.new_claims,
        )
    )
    click.echo(gettext("Nothing was written."))


def _report_products_done(summary: ProductImportSummary) -> None:
    for slug in summary.new_categories:
        click.echo(
            gettext(
                "Category %(category)s created, named after its slug until it is renamed.",
                category=slug,
            )
        )
    click.echo(ngettext("%(num)s product created.", "%(num)s products created.", summary.created))
    click.echo(ngettext("%(num)s product updated.", "%(num)s products updated.", summary.updated))
    click.echo(
        ngettext(
            "%(num)s label claim added, pending verification.",
            "%(num)s label claims added, pending verification.",
            summary.new_claims,
        )
    )
