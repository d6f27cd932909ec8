"""`souk search …` commands."""

from __future__ import annotations

import click
from flask.cli import with_appcontext
from flask_babel import gettext, ngettext

from catalog.search.errors import SearchIndexBusy
from catalog.search.indexing import count_indexable, reindex_all


def rebuild_with_progress() -> int:
    """Rebuilds the index with a progress bar; returns the number of products indexed."""
    label = gettext("Building the search index")
    try:
        with click.progressbar(length=count_indexable(), label=label) as bar:
            return reindex_all(progress=bar.update)
    except SearchIndexBusy as error:
        raise click.ClickException(str(error)) from None


@click.group("search")
def search_group() -> None:
    """The product search index."""


@search_group.command("reindex")
@with_appcontext
def reindex_command() -> None:
    """Rebuild the search index from the database (published products of active sellers)."""
    count = rebuild_with_progress()
    click.echo(ngettext("%(num)d product indexed.", "%(num)d products indexed.", count))
