"""The application factory: read top to bottom, it is the table of contents of the shop."""

from __future__ import annotations

import logging
from pathlib import Path

from flask import Flask

from shop import config as config_module
from shop.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def create_app(config: Config | str | None = None, **overrides: object) -> Flask:
    if not isinstance(config, Config):
        config = config_module.load_config(config)
    app = Flask(
        __name__,
        static_folder=str(config.STATIC_FOLDER),
        static_url_path="/static",
        instance_path=str(config.DATA_DIR),
    )
    app.config.from_object(config)
    app.config.update(overrides)
    configure_logging(app)
    register_extensions(app)
    register_blueprints(app)
    register_commands(app)
    register_error_handlers(app)
    return app


def configure_logging(app: Flask) -> None:
    if app.testing:
        return
    if not app.debug:
        logging.basicConfig(
            level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
        )
    # The shop's own news (mail queued, worker rounds) whatever the root level: without
    # SMTP, the log is where development and the demo show their mails.
    logging.getLogger("shop").setLevel(logging.INFO)


def register_extensions(app: Flask) -> None:
    import shop.models  # noqa: F401 - every table known before migrations or queries run
    from catalog import search
    from shop import database, i18n, security
    from shop.accounts import login
    from shop.extensions import babel, csrf, db, limiter, migrate

    database.init_app(app)
    migrate.init_app(app, db, directory=str(MIGRATIONS_DIR))
    babel.init_app(app, locale_selector=i18n.locale_selector)
    i18n.init_app(app)
    csrf.init_app(app)
    login.init_app(app)
    limiter.init_app(app)
    security.init_app(app)
    search.init_app(app)


def register_blueprints(app: Flask) -> None:
    from catalog.api import bp as api_bp
    from catalog.views import bp as catalog_bp
    from shop.accounts.views import bp as accounts_bp
    from shop.backoffice import bp as backoffice_bp
    from shop.cart.views import bp as cart_bp
    from shop.checkout.views import bp as checkout_bp
    from shop.dashboards.views import bp as dashboards_bp
    from shop.ledger.views import bp as ledger_bp
    from shop.main.views import bp as main_bp
    from shop.orders.views import bp as orders_bp
    from shop.payments.views import bp as payments_bp

    app.register_blueprint(main_bp)
    app.register_blueprint(accounts_bp)
    app.register_blueprint(dashboards_bp)
    app.register_blueprint(catalog_bp)
    app.register_blueprint(api_bp)
    app.register_blueprint(backoffice_bp)
    app.register_blueprint(cart_bp)
    app.register_blueprint(checkout_bp)
    app.register_blueprint(orders_bp)
    app.register_blueprint(payments_bp)
    app.register_blueprint(ledger_bp)


def register_commands(app: Flask) -> None:
    from shop import commands

    commands.init_app(app)


def register_error_handlers(app: Flask) -> None:
    from shop import errors

    errors.register_error_handlers(app)
