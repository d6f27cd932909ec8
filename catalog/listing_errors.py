"""What the supplier's listing and stock services refuse, in words a supplier understands."""

from __future__ import annotations

from collections.abc import Sequence

from flask_babel import LazyString
from flask_babel import lazy_gettext as _l

from shop.errors import NotFound, ShopError


class ListingError(ShopError):
    pass


class ListingNotFound(NotFound):
    """Also what a member of another supplier gets: it must not learn the product exists."""

    message = _l("This product does not exist in your shop.")


class PhotoNotFound(NotFound):
    message = _l("This photo does not belong to this product.")


class InvalidSku(ListingError):
    message = _l(
        "A reference (SKU) has at most %(limit)s characters: letters A-Z, digits, dots, "
        "hyphens and underscores."
    )


class SkuTaken(ListingError):
    message = _l("The reference %(sku)s is already used. Leave it empty to get a new one.")


class InvalidPrice(ListingError):
    message = _l("The price must be more than 0 dirhams, with at most two decimals.")


class NameRequired(ListingError):
    message = _l("Write the product's name in at least one language.")


class DescriptionNeedsName(ListingError):
    message = _l("A description needs a name in the same language.")


class TextTooLong(ListingError):
    message = _l("This text is longer than %(limit)s characters.")


class UnknownCategory(ListingError):
    message = _l("Choose a category from the list.")


class GroupingNotAvailable(ListingError):
    message = _l("Your shop is not a member of this grouping.")


class NoPhotoChosen(ListingError):
    message = _l("Take or choose a photo first.")


class TooManyPhotos(ListingError):
    message = _l("A product has at most %(limit)s photos. Remove one before adding another.")


class PhotoRefused(ListingError):
    """One file of an upload was refused: which one, and why (the images module's reason)."""

    message = _l("%(filename)s: %(reason)s")


class StatusUnchanged(ListingError):
    message = _l("This product is already %(status)s.")


class ChecksFailed(ListingError):
    """Every check the product failed, each reason translated when shown."""

    status_code = 422

    def __init__(self, reasons: Sequence[LazyString | str]) -> None:
        super().__init__()
        self.reasons = list(reasons)

    def __str__(self) -> str:
        return " ".join([str(self.message), *(str(reason) for reason in self.reasons)])


class PublishRefused(ChecksFailed):
    message = _l("This product cannot be published yet:")


class ChangeRefused(ChecksFailed):
    message = _l("This change would take the product below what a published product needs:")


class InvalidStockReason(ListingError):
    message = _l("Choose why the stock changes.")


class InvalidQuantity(ListingError):
    message = _l("Enter a whole number of items, 0 or more.")


class NothingToChange(ListingError):
    message = _l("The quantity must not be 0: nothing would change.")


class StockWouldGoNegative(ListingError):
    message = _l(
        "Not enough stock: %(stock)s in stock, and you asked to remove %(quantity)s. Count "
        "again, or choose “I counted my stock”."
    )
    status_code = 409


class ListingDraftNotFound(NotFound):
    """Also what another supplier's member gets for a draft that is not theirs."""

    message = _l("This unfinished product is not in your shop any more.")
