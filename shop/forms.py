"""The base of every form: Flask-WTF's CSRF protection, and WTForms' own messages
("This field is required.") answered from our catalogs in the page's language.

WTForms ships no Tamazight catalog, and its Arabic one would be a second source of wording."""

from __future__ import annotations

from flask_babel import get_translations
from flask_wtf import FlaskForm


class _CatalogTranslations:
    """What WTForms asks its fields for. Unformatted: WTForms fills in %(min)d itself."""

    def gettext(self, string: str) -> str:
        return get_translations().gettext(string)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return get_translations().ngettext(singular, plural, n)


_TRANSLATIONS = _CatalogTranslations()


class Form(FlaskForm):
    class Meta(FlaskForm.Meta):
        def get_translations(self, form):
            return _TRANSLATIONS


def N_(message: str) -> str:
    return message


def ngettext_marker(singular: str, plural: str, n: int) -> str:
    return singular


# WTForms' built-in messages that our forms can produce, listed so that
# `souk translate extract` puts them in the catalogs. Never shown from here.
WTFORMS_MESSAGES = (
    N_("This field is required."),
    N_("Invalid email address."),
    N_("Not a valid choice."),
    N_("Invalid Choice: could not coerce."),
    N_("Not a valid date value."),
    N_("Not a valid integer value."),
    N_("Not a valid decimal value."),
    N_("Number must be at least %(min)s."),
    N_("Number must be at most %(max)s."),
    N_("Number must be between %(min)s and %(max)s."),
    N_("Field must be equal to %(other_name)s."),
    N_("Field must be between %(min)d and %(max)d characters long."),
    ngettext_marker(
        "Field must be at least %(min)d character long.",
        "Field must be at least %(min)d characters long.",
        1,
    ),
    ngettext_marker(
        "Field cannot be longer than %(max)d character.",
        "Field cannot be longer than %(max)d characters.",
        1,
    ),
    ngettext_marker(
        "Field must be exactly %(max)d character long.",
        "Field must be exactly %(max)d characters long.",
        1,
    ),
)
