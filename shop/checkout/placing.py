"""Placing an order: the one step that takes stock.

Everything the order writes (order, parts, lines, events, the notice its mails come from,
emptying the cart, stock) happens in one savepoint: if any product is sold out, or the
database reports a deadlock, none of it remains, and the caller's request may still commit
safely. Stock is taken last, in ascending product id order (see shop.orders.stock): the
product rows stay locked only from then until the commit, and concurrent checkouts cannot
deadlock on them; a deadlock or serialization failure reported anyway is retried, never
shown to the customer. Receipt numbers are given later, when parts are paid
(shop.orders.receipts)."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal

from sqlalchemy import insert
from sqlalchemy.exc import DBAPIError

from shop.accounts.models import User
from shop.cart import services as cart_services
from shop.cart.models import Cart
from shop.checkout.services import (
    Address,
    PaymentMethodNotAllowed,
    PricesChanged,
    Quote,
    QuoteLine,
    QuotePart,
    build_quote,
    payment_method_allowed,
)
from shop.extensions import db
from shop.i18n import format_price
from shop.orders import notifications
from shop.orders import services as orders
from shop.orders.errors import SoldOut
from shop.orders.models import Order, OrderEvent, OrderLine, OrderPart
from shop.orders.stock import StockRequest, take_stock

log = logging.getLogger(__name__)

# Built once: checkout runs them for every order.
INSERT_ORDER = insert(Order.__table__).returning(Order.__table__.c.id)
INSERT_PARTS = insert(OrderPart.__table__).returning(
    OrderPart.__table__.c.id, sort_by_parameter_order=True
)
INSERT_LINES = insert(OrderLine.__table__)
INSERT_EVENTS = insert(OrderEvent.__table__)

RETRYABLE_SQLSTATES = ("40P01", "40001")  # deadlock detected, serialization failure
ATTEMPTS = 3


@dataclass(frozen=True)
class CheckoutChoices:
    address: Address
    payment_method: str
    deliveries: dict[int, str] = field(default_factory=dict)  # supplier id → home / pickup


@dataclass(frozen=True)
class PlacedOrder:
    """What the checkout page needs to go on: the order's pages read the rest."""

    id: int
    payment_method: str
    total: Decimal

    @property
    def reference(self) -> str:
        return Order.reference_for(self.id)


@dataclass(frozen=True)
class CheckoutSettings:
    platform_fee_rate: Decimal
    card_enabled: bool
    card_payment_minutes: int = 30


def quote_cart(cart: Cart | None, choices: CheckoutChoices, settings: CheckoutSettings) -> Quote:
    return build_quote(
        cart_services.review_cart(cart),
        ship_region=choices.address.region,
        deliveries=choices.deliveries,
        platform_fee_rate=settings.platform_fee_rate,
    )


def place_order(
    customer: User,
    cart: Cart,
    choices: CheckoutChoices,
    settings: CheckoutSettings,
    *,
    expected_total: Decimal,
    now: datetime,
) -> PlacedOrder:
    """Raises `SoldOut` (naming the product) when stock ran out, `PricesChanged` when the
    total differs from the one the customer confirmed, and the cart's and checkout's own
    errors; in every such case nothing is written. The caller commits."""
    if not payment_method_allowed(
        customer, choices.payment_method, card_enabled=settings.card_enabled
    ):
        raise PaymentMethodNotAllowed()
    review = cart_services.review_cart(cart)
    _refuse_sold_out_lines(review)
    quote = build_quote(
        review,
        ship_region=choices.address.region,
        deliveries=choices.deliveries,
        platform_fee_rate=settings.platform_fee_rate,
    )
    if quote.total != expected_total:
        raise PricesChanged(total=format_price(quote.total))
    for attempt in range(1, ATTEMPTS + 1):
        try:
            with db.session.begin_nested():
                order_id = _write_order(customer, cart, choices, settings, quote, now)
            return PlacedOrder(order_id, choices.payment_method, quote.total)
        except DBAPIError as error:
            sqlstate = getattr(error.orig, "sqlstate", None)
            if sqlstate not in RETRYABLE_SQLSTATES or attempt == ATTEMPTS:
                raise
            log.warning("Checkout retried after %s (attempt %s)", sqlstate, attempt)
    raise AssertionError("unreachable")


def _refuse_sold_out_lines(review: cart_services.CartReview) -> None:
    """Stock that ran out since the customer's review is the same news as a failed stock
    update: "sold out", naming the product."""
    for line in review.lines:
        if line.problem and line.product.stock < line.quantity:
            raise SoldOut(name=line.product.name)


def _write_order(
    customer: User,
    cart: Cart,
    choices: CheckoutChoices,
    settings: CheckoutSettings,
    quote: Quote,
    now: datetime,
) -> int:
    """The order, its parts, lines and first events, each table in one INSERT: checkout is
    the busiest write of the shop, and these rows need none of the ORM's bookkeeping."""
    status = orders.opening_status(choices.payment_method)
    order_id = db.session.execute(
        INSERT_ORDER, _order_row(customer, choices, settings, quote, status, now)
    ).scalar_one()
    part_ids = db.session.scalars(
        INSERT_PARTS, [_part_row(order_id, quoted, status) for quoted in quote.parts]
    ).all()
    db.session.execute(
        INSERT_LINES,
        [
            _line_row(part_id, line)
            for part_id, quoted in zip(part_ids, quote.parts, strict=True)
            for line in quoted.lines
        ],
    )
    db.session.execute(
        INSERT_EVENTS,
        orders.opening_events(order_id, part_ids, status, actor_id=customer.id, now=now),
    )
    cart_services.empty_cart(cart)
    notifications.order_placed(order_id)
    take_stock(
        [
            StockRequest(line.product.id, line.quantity, line.product.name)
            for part in quote.parts
            for line in part.lines
        ],
        actor_id=customer.id,
        note=Order.reference_for(order_id),
    )
    return order_id


def _order_row(
    customer: User,
    choices: CheckoutChoices,
    settings: CheckoutSettings,
    quote: Quote,
    status: str,
    now: datetime,
) -> dict:
    address = choices.address
    organisation_id = None
    if choices.payment_method == "transfer" and customer.organisation_memberships:
        organisation_id = customer.organisation_memberships[0].organisation_id
    card = choices.payment_method == "card"
    return {
        "customer_id": customer.id,
        "organisation_id": organisation_id,
        "status": status,
        "payment_method": choices.payment_method,
        "currency": "MAD",
        "items_total": quote.items_total,
        "delivery_total": quote.delivery_total,
        "total": quote.total,
        "refunded_total": Decimal("0.00"),
        "ship_name": address.full_name,
        "ship_phone": address.phone,
        "ship_region": address.region,
        "ship_city": address.city,
        "ship_address": address.street,
        "ship_postal_code": address.postal_code,
        "language": customer.preferred_language,
        "placed_at": now,
        "payment_due_at": now + timedelta(minutes=settings.card_payment_minutes) if card else None,
        "updated_at": now,
    }


def _part_row(order_id: int, quoted: QuotePart, status: str) -> dict:
    return {
        "order_id": order_id,
        "supplier_id": quoted.supplier.id,
        "status": status,
        "delivery_method": quoted.delivery_method,
        "weight_grams": quoted.weight_grams,
        "items_total": quoted.items_total,
        "commission": quoted.commission,
        "platform_fee": quoted.platform_fee,
        "delivery_fee": quoted.delivery_fee,
        "supplier_amount": quoted.supplier_amount,
        "total": quoted.total,
        "refunded_amount": Decimal("0.00"),
        "tracking_note": "",
    }


def _line_row(part_id: int, line: QuoteLine) -> dict:
    product = line.product
    grouping = product.grouping
    return {
        "part_id": part_id,
        "product_id": product.id,
        "sku": product.sku,
        "name": product.name,
        "unit_price": line.unit_price,
        "quantity": line.quantity,
        "line_total": line.line_total,
        "commission": line.split.grouping,
        "platform_fee": line.split.platform,
        "grouping_id": product.grouping_id,
        "commission_rate": grouping.commission_rate if grouping is not None else Decimal("0"),
        "unit_weight_grams": product.weight_grams,
        "cancel_reason": "",
    }
