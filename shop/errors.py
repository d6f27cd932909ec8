"""The domain's base exception and the application's error pages."""

from __future__ import annotations

from flask import Flask, jsonify, render_template, request
from flask_babel import LazyString, gettext
from flask_babel import lazy_gettext as _l
from werkzeug.exceptions import HTTPException


class ShopError(Exception):
    """A rule said no. Carries a translatable message with named placeholders."""

    message: LazyString | str = _l("This action could not be completed.")
    status_code = 400

    def __init__(self, message: LazyString | str | None = None, **params: object) -> None:
        if message is not None:
            self.message = message
        self.params = params
        super().__init__(str(self.message))

    def __str__(self) -> str:
        text = str(self.message)
        return text % self.params if self.params else text


class NotFound(ShopError):
    message = _l("Not found.")
    status_code = 404


class AccessDenied(ShopError):
    message = _l("You are not allowed to do this.")
    status_code = 403


ERROR_TITLES = {
    400: _l("Bad request"),
    403: _l("Access denied"),
    404: _l("Page not found"),
    405: _l("Method not allowed"),
    413: _l("File too large"),
    429: _l("Too many attempts"),
    500: _l("Something went wrong"),
}
ERROR_MESSAGES = {
    400: _l("The request could not be understood. Please check what you entered and try again."),
    403: _l("You do not have access to this page."),
    404: _l("We could not find this page. It may have moved or been removed."),
    405: _l("This page cannot be used this way."),
    413: _l("The file you sent is too large."),
    429: _l("Too many attempts. Please wait a moment before trying again."),
    500: _l("An unexpected error occurred. Our team has been notified."),
}


def _wants_json() -> bool:
    return request.path.startswith("/api/") or request.accept_mimetypes.best == "application/json"


def render_error(status: int, message: str | None = None):
    message = message or str(ERROR_MESSAGES.get(status, ERROR_MESSAGES[500]))
    if _wants_json():
        return jsonify(error=message, status=status), status
    title = str(ERROR_TITLES.get(status, ERROR_TITLES[500]))
    return render_template("error.html", status=status, title=title, message=message), status


def register_error_handlers(app: Flask) -> None:
    @app.errorhandler(HTTPException)
    def _http_error(error: HTTPException):
        if error.code == 400 and getattr(error, "description", "").startswith("The CSRF"):
            return render_error(
                400, gettext("Your session expired. Please reload the page and try again.")
            )
        return render_error(error.code or 500)

    @app.errorhandler(ShopError)
    def _shop_error(error: ShopError):
        return render_error(error.status_code, str(error))

    @app.errorhandler(Exception)
    def _unexpected(error: Exception):
        app.logger.exception("Unhandled error on %s %s", request.method, request.path)
        return render_error(500)
