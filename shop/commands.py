"""Commands added to `souk` (Flask's CLI): demo, seeding, translations, mail."""

from __future__ import annotations

from pathlib import Path

import click
from flask import Flask, current_app
from flask.cli import with_appcontext
from flask_migrate import upgrade
from werkzeug.serving import run_simple

from shop.config import asset_dir
from shop.extensions import db


@click.command("seed-demo")
@with_appcontext
def seed_demo_command() -> None:
    """Fill an empty database with the demo shop (suppliers, products, accounts)."""
    from shop.demo import seed

    if seed.already_seeded():
        click.echo("The database already holds demo data; nothing to do.")
        return
    with click.progressbar(length=seed.total_steps(), label="Seeding the demo shop") as bar:
        seed.seed_demo(current_app.config["UPLOAD_DIR"], progress=bar.update)
    db.session.commit()
    _print_accounts()


@click.command("demo")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=5000, show_default=True, type=int)
@click.option("--no-serve", is_flag=True, help="Prepare everything but don't start the server.")
@with_appcontext
def demo_command(host: str, port: int, no_serve: bool) -> None:
    """Create the database, seed the demo data, build indexes and serve the shop."""
    from shop.demo import seed

    app = current_app._get_current_object()
    app.config["DATA_DIR"].mkdir(parents=True, exist_ok=True)
    click.echo("Applying database migrations…")
    upgrade()
    if seed.already_seeded():
        click.echo("Demo data already present.")
    else:
        with click.progressbar(length=seed.total_steps(), label="Seeding the demo shop") as bar:
            seed.seed_demo(app.config["UPLOAD_DIR"], progress=bar.update)
        db.session.commit()
    from catalog.search.commands import rebuild_with_progress

    rebuild_with_progress()
    _print_accounts()
    db.session.remove()
    if no_serve:
        return
    from shop.worker import start_in_thread

    if not app.config.get("SERVER_NAME") and host not in ("0.0.0.0", "::"):  # noqa: S104
        app.config["SERVER_NAME"] = f"{host}:{port}"  # links in the mails the worker writes
    start_in_thread(app, interval=2.0)  # order mails: in this log unless SMTP is configured
    click.echo(f"\nSouk Tadamon is open on http://{host}:{port}/  (Ctrl+C to stop)")
    # Flask refuses app.run() inside its own CLI; Werkzeug's server is what it would start.
    run_simple(host, port, app, threaded=True, use_reloader=False, use_debugger=False)


def _print_accounts() -> None:
    from shop.demo.seed import DEMO_ACCOUNTS, DEMO_PASSWORD

    click.echo(f"\nDemo accounts (password for all: {DEMO_PASSWORD}):")
    for role, email in DEMO_ACCOUNTS:
        click.echo(f"  {role:<28} {email}")


@click.group("translate")
def translate_group() -> None:
    """Translation catalogs: extract, update, compile, init."""


def _pybabel(*args: str) -> None:
    from babel.messages.frontend import CommandLineInterface

    status = CommandLineInterface().run(["pybabel", *args])
    if status:
        raise click.ClickException(f"pybabel {args[0]} failed")


def _paths():
    translations = asset_dir("translations")
    return translations, translations / "babel.cfg", translations / "messages.pot"


@translate_group.command("extract")
def translate_extract() -> None:
    """Collect translatable strings from the code and templates into messages.pot."""
    _translations, _cfg, pot = _paths()
    _pybabel(*extract_arguments(pot))


def extract_arguments(output: Path) -> list[str]:
    """`pybabel extract` over the three packages, with our markers (see shop/forms.py)."""
    from shop.config import PROJECT_ROOT

    _translations, cfg, _pot = _paths()
    keywords = [arg for keyword in ("_l", "N_", "ngettext_marker:1,2") for arg in ("-k", keyword)]
    packages = [str(PROJECT_ROOT / name) for name in ("shop", "catalog", "groupings")]
    return [
        "extract",
        "-F",
        str(cfg),
        *keywords,
        "--no-location",
        "--sort-output",
        "--project",
        "Souk Tadamon",
        "-o",
        str(output),
        *packages,
    ]


@translate_group.command("update")
def translate_update() -> None:
    """Merge messages.pot into the ar, fr and zgh catalogs."""
    translations, _cfg, pot = _paths()
    _pybabel(
        "update",
        "-i",
        str(pot),
        "-d",
        str(translations),
        "--no-fuzzy-matching",
        "--ignore-obsolete",
    )


@translate_group.command("compile")
def translate_compile() -> None:
    """Compile the catalogs to .mo files (fuzzy entries are left out)."""
    translations, _cfg, _pot = _paths()
    _pybabel("compile", "-d", str(translations), "--statistics")


@translate_group.command("init")
@click.argument("language")
def translate_init(language: str) -> None:
    """Start the catalog of a new language."""
    translations, _cfg, pot = _paths()
    _pybabel("init", "-i", str(pot), "-d", str(translations), "-l", language)


def init_app(app: Flask) -> None:
    from catalog.imports.commands import catalog_group, suppliers_group
    from shop.worker import worker_command

    app.cli.add_command(seed_demo_command)
    app.cli.add_command(demo_command)
    app.cli.add_command(translate_group)
    app.cli.add_command(mail_group)
    app.cli.add_command(suppliers_group)
    app.cli.add_command(catalog_group)
    app.cli.add_command(worker_command)


@click.group("mail")
def mail_group() -> None:
    """The outbox: mail waiting to be sent."""


@mail_group.command("send")
@click.option("--limit", default=100, show_default=True, help="At most this many messages.")
@with_appcontext
def mail_send(limit: int) -> None:
    """Send queued mail through the configured SMTP server (SOUK_MAIL_SERVER)."""
    from shop.mail.services import deliver_pending
    from shop.worker import write_pending_mails

    if not current_app.config.get("MAIL_SERVER"):
        raise click.ClickException("SOUK_MAIL_SERVER is not set: mail stays in the outbox.")
    write_pending_mails()  # the news not yet written as mails goes in this batch too
    sent = deliver_pending(current_app.config, limit=limit)
    db.session.commit()
    click.echo(f"{sent} message(s) sent.")
