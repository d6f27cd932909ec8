"""The states of an order part, the moves allowed between them, and their names.

Payment moves (placed → paid / awaiting cash / awaiting transfer) apply to every part of an
order at once; fulfilment moves (preparing → shipped or ready for pickup → delivered) are
each supplier's, part by part. The order's own status summarises its parts."""

from __future__ import annotations

from collections.abc import Iterable

from flask_babel import lazy_gettext as _l

PLACED = "placed"
PAID = "paid"
AWAITING_CASH = "awaiting_cash"
AWAITING_TRANSFER = "awaiting_transfer"
PREPARING = "preparing"
SHIPPED = "shipped"
READY_FOR_PICKUP = "ready_for_pickup"
DELIVERED = "delivered"
CANCELLED = "cancelled"
REFUNDED = "refunded"
# Not a state: an event on a part whose seller cancelled one line (the part goes on).
LINE_CANCELLED = "line_cancelled"

TRANSITIONS: dict[str, frozenset[str]] = {
    PLACED: frozenset({PAID, AWAITING_CASH, AWAITING_TRANSFER, CANCELLED}),
    AWAITING_TRANSFER: frozenset({PAID, CANCELLED}),
    AWAITING_CASH: frozenset({PREPARING, CANCELLED}),
    PAID: frozenset({PREPARING, REFUNDED}),
    PREPARING: frozenset({SHIPPED, READY_FOR_PICKUP, CANCELLED, REFUNDED}),
    SHIPPED: frozenset({DELIVERED, REFUNDED}),
    READY_FOR_PICKUP: frozenset({DELIVERED, REFUNDED}),
    DELIVERED: frozenset({REFUNDED}),
    # A card payment that arrives after its order expired revives it, if the stock is there.
    CANCELLED: frozenset({PAID}),
    REFUNDED: frozenset(),
}

CLOSED = frozenset({CANCELLED, REFUNDED})
# Before any supplier has started work: the customer may still cancel.
NOT_STARTED = frozenset({PLACED, PAID, AWAITING_CASH, AWAITING_TRANSFER})
# The goods have left the supplier: cancelling or refunding does not put them back in stock.
GOODS_GONE = frozenset({SHIPPED, READY_FOR_PICKUP, DELIVERED})

# How far along a part is; an order is as far along as its least advanced open part.
_PROGRESS = {
    PLACED: 0,
    AWAITING_TRANSFER: 1,
    AWAITING_CASH: 2,
    PAID: 2,
    PREPARING: 3,
    SHIPPED: 4,
    READY_FOR_PICKUP: 4,
    DELIVERED: 5,
}

STATUS_NAMES = {
    PLACED: _l("Waiting for payment"),
    PAID: _l("Paid"),
    AWAITING_CASH: _l("To pay on delivery"),
    AWAITING_TRANSFER: _l("Waiting for the bank transfer"),
    PREPARING: _l("Being prepared"),
    SHIPPED: _l("On its way"),
    READY_FOR_PICKUP: _l("Ready for pickup"),
    DELIVERED: _l("Delivered"),
    CANCELLED: _l("Cancelled"),
    REFUNDED: _l("Refunded"),
}

# What an order's history calls each event.
EVENT_NAMES = {**STATUS_NAMES, LINE_CANCELLED: _l("A product was cancelled")}

PAYMENT_METHOD_NAMES = {
    "card": _l("Bank card"),
    "cash": _l("Cash on delivery"),
    "transfer": _l("Bank transfer"),
}

DELIVERY_METHOD_NAMES = {
    "home": _l("Home delivery"),
    "pickup": _l("Pickup at the seller's"),
}


def can_move(current: str, new: str) -> bool:
    return new in TRANSITIONS.get(current, frozenset())


def summarise(part_statuses: Iterable[str]) -> str:
    statuses = list(part_statuses)
    open_ones = [status for status in statuses if status not in CLOSED]
    if not open_ones:
        return REFUNDED if REFUNDED in statuses else CANCELLED
    return min(open_ones, key=lambda status: _PROGRESS[status])
