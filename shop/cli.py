"""The `souk` console script: Flask's CLI with the application preset."""

from flask.cli import FlaskGroup


def _create_app():
    from shop.app import create_app

    return create_app()


cli = FlaskGroup(create_app=_create_app, help="Souk Tadamon's command line.")


def main() -> None:
    cli.main(prog_name="souk")
