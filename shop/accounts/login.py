"""Flask-Login wiring: cookies carry a login-session token checked against the database."""

from __future__ import annotations

from flask import Flask
from flask_babel import lazy_gettext as _l

from shop.accounts import services
from shop.accounts.permissions import Permission, can
from shop.extensions import login_manager


def init_app(app: Flask) -> None:
    login_manager.init_app(app)
    login_manager.login_view = "accounts.login"
    login_manager.login_message = _l("Please log in to see this page.")
    login_manager.login_message_category = "info"
    # "Remember me" cookies would outlive the server-side session; we don't issue them.
    app.config.setdefault("REMEMBER_COOKIE_DURATION", 0)
    login_manager.user_loader(services.load_user_by_session_token)
    # Pages hide what a user may not do; the services refuse it anyway.
    app.add_template_global(can)
    app.add_template_global(Permission)
