"""Languages: `/<lang>/` URLs, locale selection, text direction, and locale-aware formatting."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from babel.dates import format_date as babel_format_date
from babel.dates import format_datetime as babel_format_datetime
from babel.numbers import format_currency
from flask import Flask, current_app, g, has_request_context, request
from flask_babel import get_locale, lazy_gettext
from flask_login import current_user
from markupsafe import Markup

from shop.regions import region_name

LANGUAGE_COOKIE = "souk_lang"
CURRENCY = "MAD"

# Native names, shown in the switcher whatever the page's language.
LANGUAGE_NAMES = {"ar": "العربية", "fr": "Français", "zgh": "ⵜⴰⵎⴰⵣⵉⵖⵜ"}
RTL_LANGUAGES = frozenset({"ar"})
# Numbers and dates follow Moroccan conventions (Latin digits, local month names).
FORMAT_LOCALES = {"ar": "ar_MA", "fr": "fr_MA", "zgh": "zgh_MA"}
LANGUAGE_LABELS = {
    "ar": lazy_gettext("Arabic"),
    "fr": lazy_gettext("French"),
    "zgh": lazy_gettext("Amazigh (Tifinagh)"),
}


def supported_languages() -> tuple[str, ...]:
    return tuple(current_app.config["LANGUAGES"])


def current_language() -> str:
    if g and g.get("lang_code"):
        return g.lang_code
    if not has_request_context():  # commands and background jobs
        return current_app.config["BABEL_DEFAULT_LOCALE"]
    return _language_in_path() or select_language()


def _language_in_path() -> str | None:
    """For pages no route matched (404s): the language the visitor was browsing in."""
    prefix = request.path.split("/", 2)[1]
    return prefix if prefix in supported_languages() else None


def text_direction(lang: str | None = None) -> str:
    return "rtl" if (lang or current_language()) in RTL_LANGUAGES else "ltr"


def select_language() -> str:
    """The cascade for pages without a language in their URL: user preference,
    then the cookie, then the browser's Accept-Language, then French."""
    languages = supported_languages()
    preferred = getattr(current_user, "preferred_language", None)
    if preferred in languages:
        return preferred
    cookie = request.cookies.get(LANGUAGE_COOKIE)
    if cookie in languages:
        return cookie
    return (
        request.accept_languages.best_match(languages) or current_app.config["BABEL_DEFAULT_LOCALE"]
    )


def locale_selector() -> str:
    return current_language()


def format_price(amount: Decimal | int | float, currency: str = CURRENCY) -> str:
    return format_currency(amount, currency, locale=FORMAT_LOCALES[current_language()])


def format_date(value: date | datetime, format: str = "medium", language: str | None = None) -> str:
    """In the page's conventions, or in `language`'s (a mail in its reader's language)."""
    return babel_format_date(value, format, locale=FORMAT_LOCALES[language or current_language()])


def format_datetime(value: datetime, format: str = "medium") -> str:
    tz = current_app.config["BABEL_DEFAULT_TIMEZONE"]
    return babel_format_datetime(
        value, format, tzinfo=tz, locale=FORMAT_LOCALES[current_language()]
    )


def isolate(value: object) -> Markup:
    """Wraps text of unknown direction (a certificate number, a French name in an Arabic
    sentence) so it cannot reorder the words around it."""
    return Markup("<bdi>{}</bdi>").format(value)


def _pull_lang_code(endpoint: str | None, values: dict | None) -> None:
    if values is None or "lang_code" not in values:
        return
    lang_code = values.pop("lang_code")
    if lang_code not in supported_languages():
        from flask import abort

        abort(404)
    g.lang_code = lang_code


def _add_lang_code(endpoint: str, values: dict) -> None:
    if "lang_code" in values:
        return
    if current_app.url_map.is_endpoint_expecting(endpoint, "lang_code"):
        values["lang_code"] = current_language()


def _remember_language(response):
    lang_code = g.get("lang_code")
    if lang_code and request.cookies.get(LANGUAGE_COOKIE) != lang_code:
        response.set_cookie(
            LANGUAGE_COOKIE, lang_code, max_age=365 * 24 * 3600, samesite="Lax", httponly=True
        )
    if lang_code:
        response.headers.setdefault("Content-Language", lang_code)
    return response


def _template_context() -> dict:
    lang = current_language()
    return {
        "current_language": lang,
        "text_direction": text_direction(lang),
        "language_names": LANGUAGE_NAMES,
        "languages": supported_languages(),
        "babel_locale": get_locale(),
    }


def init_app(app: Flask) -> None:
    app.url_value_preprocessor(_pull_lang_code)
    app.url_defaults(_add_lang_code)
    app.after_request(_remember_language)
    app.context_processor(_template_context)
    app.add_template_filter(format_price, "price")
    app.add_template_filter(format_date, "date")
    app.add_template_filter(format_datetime, "datetime")
    app.add_template_global(switch_language_url)
    app.add_template_filter(isolate, "bdi")
    app.add_template_global(region_name)


def switch_language_url(lang_code: str) -> str:
    """The current page in another language; the home page when the page has no language."""
    from flask import url_for

    endpoint = request.endpoint
    if endpoint and request.url_rule and "lang_code" in request.url_rule.arguments:
        args = {**request.args.to_dict(), **(request.view_args or {}), "lang_code": lang_code}
        return url_for(endpoint, **args)
    return url_for("main.home", lang_code=lang_code)


def pick_translation(rows, lang: str | None = None):
    """The row for `lang`, else French, else any: the fallback chain for content rows
    (products, categories, suppliers…), each of which has a `language` attribute."""
    by_language = {row.language: row for row in rows}
    lang = lang or current_language()
    for candidate in (lang, "fr"):
        if candidate in by_language:
            return by_language[candidate]
    return next(iter(by_language.values()), None)
