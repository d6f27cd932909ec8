"""Translated names of the catalog's codes."""

from flask_babel import lazy_gettext as _l

PRODUCT_STATUS_NAMES = {
    "draft": _l("draft"),
    "published": _l("published"),
    "archived": _l("archived"),
}
LABEL_KIND_NAMES = {
    "national_quality": _l("National cooperative quality label"),
    "igp": _l("Protected geographical indication (IGP)"),
    "aop": _l("Protected designation of origin (AOP)"),
    "organic": _l("Organic"),
    "fair_trade": _l("Fair trade"),
    "handmade": _l("Handmade"),
}
