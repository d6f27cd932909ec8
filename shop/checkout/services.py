"""What a checkout would cost: delivery per supplier, the split of every price between the
producer, the grouping and the platform, and the payment methods open to the customer."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from flask_babel import lazy_gettext as _l

from catalog.models import Product
from groupings.models import Supplier
from groupings.services import PriceSplit, split_price
from shop.accounts.models import User
from shop.accounts.permissions import Permission, can
from shop.cart.services import CartReview
from shop.checkout.delivery import PICKUP_FEE, home_delivery_fee
from shop.errors import ShopError
from shop.orders.models import DELIVERY_METHODS
from shop.phones import normalise_moroccan_phone
from shop.regions import REGIONS

ZERO = Decimal("0.00")


class CheckoutError(ShopError):
    pass


class EmptyCart(CheckoutError):
    message = _l("Your cart is empty.")


class CartNeedsChanges(CheckoutError):
    message = _l("Some products in your cart cannot be bought as they are: %(problem)s")
    status_code = 409


class PricesChanged(CheckoutError):
    message = _l(
        "Prices or delivery costs changed while you were ordering. The new total is "
        "%(total)s: please check it and confirm again."
    )
    status_code = 409


class PaymentMethodNotAllowed(CheckoutError):
    message = _l("This payment method is not available for your order.")


class InvalidPhone(CheckoutError):
    message = _l("Please enter a Moroccan phone number, for example 06 12 34 56 78.")


class UnknownRegion(CheckoutError):
    message = _l("Please choose your region.")


class UnknownDeliveryMethod(CheckoutError):
    message = _l("Please choose how each seller delivers your products.")


@dataclass(frozen=True)
class Address:
    full_name: str
    phone: str
    region: str
    city: str
    street: str
    postal_code: str = ""


def make_address(
    *, full_name: str, phone: str, region: str, city: str, street: str, postal_code: str = ""
) -> Address:
    """Checks and normalises a delivery address; the phone becomes +212XXXXXXXXX."""
    normalised = normalise_moroccan_phone(phone)
    if normalised is None:
        raise InvalidPhone()
    if region not in REGIONS:
        raise UnknownRegion()
    return Address(
        full_name=full_name.strip(),
        phone=normalised,
        region=region,
        city=city.strip(),
        street=street.strip(),
        postal_code=postal_code.strip(),
    )


def payment_methods_for(user: User, *, card_enabled: bool) -> list[str]:
    """Card only when Stripe is configured; bank transfer for organisations' buyers."""
    methods = ["card"] if card_enabled else []
    methods.append("cash")
    if can(user, Permission.ORGANISATION_BUY):
        methods.append("transfer")
    return methods


def payment_method_allowed(user: User, method: str, *, card_enabled: bool) -> bool:
    if method == "card":
        return card_enabled
    if method == "transfer":
        return can(user, Permission.ORGANISATION_BUY)
    return method == "cash"


@dataclass(frozen=True)
class QuoteLine:
    product: Product
    quantity: int
    split: PriceSplit  # of the line total

    @property
    def unit_price(self) -> Decimal:
        return self.product.price

    @property
    def line_total(self) -> Decimal:
        return self.split.producer + self.split.grouping + self.split.platform


@dataclass
class QuotePart:
    supplier: Supplier
    delivery_method: str
    lines: list[QuoteLine] = field(default_factory=list)
    delivery_fee: Decimal = ZERO

    @property
    def weight_grams(self) -> int:
        return sum(line.product.weight_grams * line.quantity for line in self.lines)

    @property
    def items_total(self) -> Decimal:
        return sum((line.line_total for line in self.lines), ZERO)

    @property
    def commission(self) -> Decimal:
        return sum((line.split.grouping for line in self.lines), ZERO)

    @property
    def platform_fee(self) -> Decimal:
        return sum((line.split.platform for line in self.lines), ZERO)

    @property
    def supplier_amount(self) -> Decimal:
        """What the seller receives: its share of the prices, and the delivery it pays for."""
        return self.items_total - self.commission - self.platform_fee + self.delivery_fee

    @property
    def total(self) -> Decimal:
        return self.items_total + self.delivery_fee


@dataclass
class Quote:
    parts: list[QuotePart]

    @property
    def items_total(self) -> Decimal:
        return sum((part.items_total for part in self.parts), ZERO)

    @property
    def delivery_total(self) -> Decimal:
        return sum((part.delivery_fee for part in self.parts), ZERO)

    @property
    def total(self) -> Decimal:
        return self.items_total + self.delivery_total


def build_quote(
    review: CartReview,
    *,
    ship_region: str,
    deliveries: dict[int, str],
    platform_fee_rate: Decimal,
) -> Quote:
    """One part per supplier, priced from the catalog as it is now."""
    if review.is_empty:
        raise EmptyCart()
    if review.problems:
        raise CartNeedsChanges(problem=review.problems[0])
    if ship_region not in REGIONS:
        raise UnknownRegion()
    parts = []
    for group in sorted(review.groups, key=lambda group: group.supplier.id):
        method = deliveries.get(group.supplier.id, "home")
        if method not in DELIVERY_METHODS:
            raise UnknownDeliveryMethod()
        part = QuotePart(group.supplier, method)
        for line in group.lines:
            split = split_price(line.line_total, line.product.grouping, platform_fee_rate)
            part.lines.append(QuoteLine(line.product, line.quantity, split))
        if method == "home":
            part.delivery_fee = home_delivery_fee(
                group.supplier.region, ship_region, part.weight_grams
            )
        else:
            part.delivery_fee = PICKUP_FEE
        parts.append(part)
    return Quote(parts)
