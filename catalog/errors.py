from flask_babel import lazy_gettext as _l

from shop.errors import NotFound


class ProductNotFound(NotFound):
    message = _l("This product does not exist or is no longer for sale.")


class CategoryNotFound(NotFound):
    message = _l("This category does not exist.")


class SupplierNotFound(NotFound):
    message = _l("This seller does not exist or is not active.")
