"""Search failures a user may be told about (index problems are otherwise logged, not raised)."""

from flask_babel import lazy_gettext as _l

from shop.errors import ShopError


class SearchError(ShopError):
    message = _l("Search is not available right now.")
    status_code = 503


class SearchIndexBusy(SearchError):
    message = _l("The search index is being rebuilt by another process; try again later.")
