"""Reading a supplier's order parts for its back-office screens.

The rules stay in shop.orders.services; this module only narrows what a screen shows."""

from __future__ import annotations

from dataclasses import dataclass

from flask_babel import lazy_gettext as _l
from sqlalchemy import func, select

from groupings.models import Supplier
from shop.accounts.models import User
from shop.accounts.permissions import Permission, ensure
from shop.extensions import db
from shop.orders import services, states
from shop.orders.errors import OrderNotFound
from shop.orders.models import OrderEvent, OrderPart
from shop.orders.notifications import CANCEL_REASONS

# The tabs of the orders list: what the seller has to do, then what is done.
STATUS_GROUPS: dict[str, tuple[str, ...]] = {
    "to_prepare": (states.PAID, states.AWAITING_CASH, states.PREPARING),
    "on_the_way": (states.SHIPPED, states.READY_FOR_PICKUP),
    "delivered": (states.DELIVERED,),
    "cancelled": (states.CANCELLED, states.REFUNDED),
    "waiting_payment": (states.PLACED, states.AWAITING_TRANSFER),
}
STATUS_GROUP_NAMES = {
    "to_prepare": _l("To prepare"),
    "on_the_way": _l("Sent or ready"),
    "delivered": _l("Delivered"),
    "cancelled": _l("Cancelled"),
    "waiting_payment": _l("Not paid yet"),
}
DEFAULT_GROUP = "to_prepare"

# The moves a seller may offer on one part, in the order the buttons appear.
PREPARE, SHIP, READY, DELIVER, CANCEL = "prepare", "ship", "ready", "deliver", "cancel"


def supplier_order_parts(actor: User, supplier: Supplier, group: str | None) -> list[OrderPart]:
    """The supplier's parts in one tab (every part when `group` is unknown or empty)."""
    return services.supplier_parts(actor, supplier, STATUS_GROUPS.get(group or ""))


def count_parts_by_group(actor: User, supplier: Supplier) -> dict[str, int]:
    ensure(actor, Permission.SUPPLIER_VIEW, supplier)
    rows = db.session.execute(
        select(OrderPart.status, func.count(OrderPart.id))
        .where(OrderPart.supplier_id == supplier.id)
        .group_by(OrderPart.status)
    ).all()
    by_status = dict(rows)
    return {
        group: sum(by_status.get(status, 0) for status in statuses)
        for group, statuses in STATUS_GROUPS.items()
    }


def supplier_order_part(actor: User, supplier: Supplier, part_id: int) -> OrderPart:
    """One part of this supplier: a part of another supplier is "not found" even to
    someone who works for both, so a URL never mixes two shops."""
    part = services.supplier_part(actor, part_id)
    if part.supplier_id != supplier.id:
        raise OrderNotFound()
    return part


def available_actions(part: OrderPart) -> list[str]:
    """Which buttons to show; the services check the same moves again when clicked."""
    actions = []
    if states.can_move(part.status, states.PREPARING):
        actions.append(PREPARE)
    if part.delivery_method == "home" and states.can_move(part.status, states.SHIPPED):
        actions.append(SHIP)
    if part.delivery_method == "pickup" and states.can_move(part.status, states.READY_FOR_PICKUP):
        actions.append(READY)
    if states.can_move(part.status, states.DELIVERED):
        actions.append(DELIVER)
    if part.status in services.SELLER_CANCELLABLE:
        actions.append(CANCEL)
    return actions


def cancellable_lines(part: OrderPart) -> list[int]:
    """Lines the seller may cancel one by one: while the part may be cancelled and
    another line would remain (cancelling the only line cancels the part)."""
    if part.status not in services.SELLER_CANCELLABLE or len(part.open_lines) < 2:
        return []
    return [line.id for line in part.open_lines]


@dataclass(frozen=True)
class PartEvent:
    event: OrderEvent
    seller_note: str  # the carrier and tracking number, or the seller's cancellation reason


def part_events(part: OrderPart) -> list[PartEvent]:
    """The part's history. Notes that are codes (why the platform cancelled) are left out:
    the status name already says it."""
    history = []
    for event in part.order.events:
        if event.part_id != part.id:
            continue
        note = ""
        if event.to_status in (states.SHIPPED, states.LINE_CANCELLED) or (
            event.to_status in (states.CANCELLED, states.REFUNDED)
            and event.note not in CANCEL_REASONS
        ):
            note = event.note
        history.append(PartEvent(event, note))
    return history


@dataclass(frozen=True)
class SlipLine:
    name: str
    sku: str
    quantity: int


def packing_slip_lines(part: OrderPart, language: str) -> list[SlipLine]:
    """Names in the page's language when the product has them, else as sold."""
    lines: list[SlipLine] = []
    for line in part.open_lines:
        names = {row.language: row.name for row in line.product.translations if row.name}
        lines.append(SlipLine(names.get(language, line.name), line.sku, line.quantity))
    return lines


def units_in(part: OrderPart) -> int:
    return sum(line.quantity for line in part.open_lines)
