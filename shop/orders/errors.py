from flask_babel import lazy_gettext as _l

from shop.errors import NotFound, ShopError


class OrderError(ShopError):
    pass


class OrderNotFound(NotFound):
    message = _l("We could not find this order.")


class SoldOut(OrderError):
    """Raised when a conditional stock update finds fewer units than the order needs."""

    message = _l(
        "Sorry, %(name)s is sold out: someone bought the last units just before you. "
        "Your order was not placed and nothing was charged."
    )
    status_code = 409


class StatusChangeRefused(OrderError):
    message = _l("This order cannot go from “%(current)s” to “%(new)s”.")
    status_code = 409


class WrongDeliveryMethod(OrderError):
    message = _l("This part of the order is not delivered that way.")
    status_code = 409


class CancellationRefused(OrderError):
    message = _l(
        "This order can no longer be cancelled: a seller has already started preparing it."
    )
    status_code = 409
