"""Changing orders: every move is checked against shop.orders.states, recorded as an event
(who, when, from, to), mailed to the customer, and flushed (the request commits).

Supplier-side moves (`start_preparing`, `mark_shipped`, `mark_ready_for_pickup`,
`mark_delivered`) take the actor and check that they belong to the part's supplier."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import select

from groupings.models import Supplier
from shop.accounts.models import User
from shop.accounts.permissions import Permission, can, ensure
from shop.extensions import db
from shop.ledger import services as ledger
from shop.orders import notifications, states
from shop.orders.errors import (
    CancellationRefused,
    OrderNotFound,
    StatusChangeRefused,
    WrongDeliveryMethod,
)
from shop.orders.models import Order, OrderEvent, OrderLine, OrderPart
from shop.orders.receipts import number_receipts
from shop.orders.stock import StockRequest, release_stock, take_stock
from shop.payments.models import Payment


def _actor_id(actor: User | None) -> int | None:
    return actor.id if actor is not None else None


def record_event(
    order: Order,
    to_status: str,
    *,
    actor: User | None,
    part: OrderPart | None = None,
    from_status: str = "",
    note: str = "",
    now: datetime,
) -> OrderEvent:
    event = OrderEvent(
        order=order,
        part=part,
        actor_id=_actor_id(actor),
        from_status=from_status,
        to_status=to_status,
        note=note[:500],
        created_at=now,
    )
    db.session.add(event)
    return event


def _move(part: OrderPart, new: str, *, actor: User | None, now: datetime, note: str = "") -> None:
    if not states.can_move(part.status, new):
        raise StatusChangeRefused(
            current=states.STATUS_NAMES[part.status], new=states.STATUS_NAMES[new]
        )
    record_event(
        part.order, new, actor=actor, part=part, from_status=part.status, note=note, now=now
    )
    part.status = new


def _refresh_status(order: Order, *, actor: User | None, now: datetime) -> None:
    summary = states.summarise(part.status for part in order.parts)
    if summary != order.status:
        record_event(order, summary, actor=actor, from_status=order.status, now=now)
        order.status = summary
    db.session.flush()


def lock_order(order_id: int) -> Order:
    """Reads the order again under a row lock (PostgreSQL; SQLite writers are already
    serialised), so two payments or two clicks on the same order act one after the other."""
    order = db.session.scalar(
        select(Order)
        .where(Order.id == order_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    if order is None:
        raise OrderNotFound()
    for part in order.parts:  # what another transaction changed before our lock
        db.session.refresh(part)
    return order


def stock_requests(parts: list[OrderPart]) -> list[StockRequest]:
    """What the parts hold in stock: lines cancelled earlier gave theirs back already."""
    return [
        StockRequest(line.product_id, line.quantity, line.name)
        for part in parts
        for line in part.open_lines
    ]


# Payment states: every open part moves together.


def mark_order_paid(order: Order, *, actor: User | None, now: datetime, note: str = "") -> None:
    """Card paid (from Stripe, never from the browser) or bank transfer received."""
    for part in order.parts:
        _move(part, states.PAID, actor=actor, now=now, note=note)
    order.paid_at = now
    number_receipts(order.parts)
    _refresh_status(order, actor=actor, now=now)
    notifications.order_paid(order)


def revive_paid_order(order: Order, *, actor: User | None, now: datetime, note: str) -> None:
    """A card payment arrived after the order had been cancelled (expired, or the payment
    was first reported failed): the stock is taken again, or `SoldOut` is raised and the
    caller refunds the payment. Caller rolls back on `SoldOut`."""
    take_stock(stock_requests(order.parts), actor_id=_actor_id(actor), note=order.reference)
    mark_order_paid(order, actor=actor, now=now, note=note)


def opening_status(payment_method: str) -> str:
    """Where a new order and each of its parts stand once placed: card orders wait for
    Stripe; cash and transfer orders wait for their money (cash with no deadline)."""
    return {
        "card": states.PLACED,
        "cash": states.AWAITING_CASH,
        "transfer": states.AWAITING_TRANSFER,
    }[payment_method]


def opening_events(
    order_id: int, part_ids: list[int], status: str, *, actor_id: int, now: datetime
) -> list[dict]:
    """A new order's first events, as rows: placed by the customer, then, unless it waits
    for a card payment, each part and the order moving on to `status` at once."""

    def event(to_status: str, *, part_id: int | None = None, actor: int | None = None) -> dict:
        return {
            "order_id": order_id,
            "part_id": part_id,
            "actor_id": actor,
            "from_status": "" if to_status == states.PLACED else states.PLACED,
            "to_status": to_status,
            "note": "",
            "created_at": now,
        }

    events = [event(states.PLACED, actor=actor_id)]
    if status != states.PLACED:
        events += [event(status, part_id=part_id) for part_id in part_ids]
        events.append(event(status))
    return events


def cancel_order(order: Order, *, actor: User | None, reason: str, now: datetime) -> None:
    """Cancels an unpaid order and gives its stock back. Paid orders are refunded instead
    (shop.payments.refunds)."""
    open_parts = [part for part in order.parts if part.status not in states.CLOSED]
    if order.paid_at is not None or any(
        part.status not in (*states.NOT_STARTED, states.PREPARING) for part in open_parts
    ):
        raise CancellationRefused()
    for part in open_parts:
        _move(part, states.CANCELLED, actor=actor, now=now, note=reason)
    release_stock(
        stock_requests(open_parts),
        actor_id=_actor_id(actor),
        reason="cancellation",
        note=order.reference,
    )
    _refresh_status(order, actor=actor, now=now)
    notifications.order_cancelled(order, reason)


def cancel_order_as_customer(customer: User, order: Order, *, now: datetime) -> None:
    """Customers may cancel an unpaid order until a seller starts preparing it."""
    if order.customer_id != customer.id:
        raise OrderNotFound()
    if any(part.status not in states.NOT_STARTED for part in order.parts):
        raise CancellationRefused()
    cancel_order(order, actor=customer, reason="customer", now=now)


def mark_part_refunded(part: OrderPart, *, actor: User | None, now: datetime, note: str) -> None:
    """After the money went back (shop.payments.refunds): units not yet sent return to
    stock, and a part already credited to the supplier is debited."""
    goods_gone = part.status in states.GOODS_GONE
    _move(part, states.REFUNDED, actor=actor, now=now, note=note)
    part.refunded_amount += part.total  # after any cancelled line's own refund
    if not goods_gone:
        release_stock(
            stock_requests([part]),
            actor_id=_actor_id(actor),
            reason="cancellation",
            note=part.order.reference,
        )
    ledger.debit_refunded_part(part)
    _refresh_status(part.order, actor=actor, now=now)


# Supplier moves, part by part.


def supplier_part(actor: User, part_id: int) -> OrderPart:
    """A part for a member of its supplier (or an admin); any other actor gets "not found",
    which also hides whether the part exists."""
    part = db.session.get(OrderPart, part_id)
    if part is None or not can(actor, Permission.SUPPLIER_VIEW, part.supplier):
        raise OrderNotFound()
    return part


def supplier_parts(
    actor: User, supplier: Supplier, statuses: tuple[str, ...] | None = None
) -> list[OrderPart]:
    ensure(actor, Permission.SUPPLIER_VIEW, supplier)
    query = select(OrderPart).where(OrderPart.supplier_id == supplier.id)
    if statuses:
        query = query.where(OrderPart.status.in_(statuses))
    return list(db.session.scalars(query.order_by(OrderPart.id.desc())))


def _locked_part(actor: User, part: OrderPart) -> OrderPart:
    ensure(actor, Permission.SUPPLIER_VIEW, part.supplier)
    lock_order(part.order_id)
    return part


def start_preparing(actor: User, part: OrderPart, *, now: datetime) -> None:
    part = _locked_part(actor, part)
    _move(part, states.PREPARING, actor=actor, now=now)
    _refresh_status(part.order, actor=actor, now=now)
    notifications.part_status_changed(part)


def mark_shipped(actor: User, part: OrderPart, *, now: datetime, tracking_note: str = "") -> None:
    part = _locked_part(actor, part)
    if part.delivery_method != "home":
        raise WrongDeliveryMethod()
    _move(part, states.SHIPPED, actor=actor, now=now, note=tracking_note)
    part.tracking_note = tracking_note.strip()[:200]
    part.shipped_at = now
    _refresh_status(part.order, actor=actor, now=now)
    notifications.part_status_changed(part)


def mark_ready_for_pickup(actor: User, part: OrderPart, *, now: datetime) -> None:
    part = _locked_part(actor, part)
    if part.delivery_method != "pickup":
        raise WrongDeliveryMethod()
    _move(part, states.READY_FOR_PICKUP, actor=actor, now=now)
    _refresh_status(part.order, actor=actor, now=now)
    notifications.part_status_changed(part)


def mark_delivered(actor: User, part: OrderPart, *, now: datetime) -> None:
    """The customer has the goods. Cash on delivery is collected now, by the seller; the
    part, paid, is credited to the seller's ledger."""
    part = _locked_part(actor, part)
    _move(part, states.DELIVERED, actor=actor, now=now)
    part.delivered_at = now
    cash = part.order.payment_method == "cash"
    if cash:
        number_receipts([part])
        db.session.add(
            Payment(
                order=part.order,
                part=part,
                method="cash",
                status="succeeded",
                amount=part.total,
                currency=part.order.currency,
                recorded_by_id=actor.id,
                succeeded_at=now,
            )
        )
    ledger.credit_delivered_part(part, cash_held_by_supplier=cash)
    _refresh_status(part.order, actor=actor, now=now)
    notifications.part_status_changed(part)


# What a seller may still cancel: the goods have not left and, for cash, nothing was paid.
SELLER_CANCELLABLE = frozenset({states.PAID, states.AWAITING_CASH, states.PREPARING})


def cancel_part_as_supplier(actor: User, part: OrderPart, *, reason: str, now: datetime) -> None:
    """A cash-on-delivery part the seller cannot prepare (no money was taken): stock back,
    the customer told with the seller's own words. Paid parts are refunded instead
    (shop.orders.seller_cancellations)."""
    part = _locked_part(actor, part)
    if part.order.payment_method != "cash" or part.status not in SELLER_CANCELLABLE:
        raise CancellationRefused()
    reason = reason.strip()[:500]
    _move(part, states.CANCELLED, actor=actor, now=now, note=reason)
    release_stock(
        stock_requests([part]), actor_id=actor.id, reason="cancellation", note=part.order.reference
    )
    _refresh_status(part.order, actor=actor, now=now)
    notifications.order_cancelled(part.order, "supplier", seller_reason=reason)


def cancel_line(
    actor: User, part: OrderPart, line: OrderLine, *, reason: str, now: datetime
) -> Decimal:
    """Takes one line the seller cannot supply out of a part that goes on: its stock back,
    its amounts out of the part's and the order's (the delivery fee stays: the rest still
    travels). Returns what the customer no longer owes; the caller refunds it when it was
    paid and tells the customer. The last open line cancels the whole part instead."""
    part = _locked_part(actor, part)
    if line.part_id != part.id or line.is_cancelled:
        raise OrderNotFound()
    if part.status not in SELLER_CANCELLABLE or len(part.open_lines) < 2:
        raise CancellationRefused()
    line.cancelled_at = now
    line.cancel_reason = reason.strip()[:500]
    part.items_total -= line.line_total
    part.commission -= line.commission
    part.platform_fee -= line.platform_fee
    part.supplier_amount -= line.supplier_share
    part.total -= line.line_total
    part.weight_grams -= line.unit_weight_grams * line.quantity
    order = part.order
    order.items_total -= line.line_total
    order.total -= line.line_total
    record_event(
        order,
        states.LINE_CANCELLED,
        actor=actor,
        part=part,
        from_status=part.status,
        note=f"{line.quantity} × {line.name}: {line.cancel_reason}",
        now=now,
    )
    release_stock(
        [StockRequest(line.product_id, line.quantity, line.name)],
        actor_id=actor.id,
        reason="cancellation",
        note=order.reference,
    )
    return line.line_total


# Reading, for customers and admins.


def customer_orders(customer: User) -> list[Order]:
    return list(
        db.session.scalars(
            select(Order).where(Order.customer_id == customer.id).order_by(Order.id.desc())
        )
    )


def get_customer_order(actor: User, order_id: int) -> Order:
    """The customer's own order; admins see any. Others get "not found"."""
    order = db.session.get(Order, order_id)
    if order is None or (order.customer_id != actor.id and not can(actor, Permission.ADMIN)):
        raise OrderNotFound()
    return order


def list_orders(actor: User, status: str | None = None, limit: int = 200) -> list[Order]:
    ensure(actor, Permission.ADMIN)
    query = select(Order).order_by(Order.id.desc()).limit(limit)
    if status:
        query = query.where(Order.status == status)
    return list(db.session.scalars(query))


def get_order(actor: User, order_id: int) -> Order:
    ensure(actor, Permission.ADMIN)
    order = db.session.get(Order, order_id)
    if order is None:
        raise OrderNotFound()
    return order
