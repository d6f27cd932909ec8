"""Stock: every change is a StockMovement (who, when, why, before, after), and the stock
never goes below zero whatever runs at the same time.

Locking contract of `change_stock`: one conditional UPDATE,
`stock = stock + :delta WHERE id = :id AND stock + :delta >= 0`, whose RETURNING gives the
new value; the database applies concurrent changes one after the other, so none is lost
and none takes the stock below zero — the loser of a race for the last items is refused
(StockWouldGoNegative), it does not oversell. A count ("I counted 12") reads the current
stock under a row lock (FOR UPDATE; SQLite's BEGIN IMMEDIATE already holds the database's
write lock) and turns it into a delta in the same transaction."""

from __future__ import annotations

from sqlalchemy import select, update

from catalog.listing_errors import (
    InvalidQuantity,
    InvalidStockReason,
    ListingNotFound,
    NothingToChange,
    StockWouldGoNegative,
)
from catalog.listings import checked_stock
from catalog.models import STOCK_REASONS, Product, StockMovement
from catalog.services import Page, paginate
from shop.accounts.models import User
from shop.accounts.permissions import Permission, ensure
from shop.database import utcnow
from shop.extensions import db

# What a supplier's team records by hand; "sale" and "cancellation" come from orders.
ADDING, REMOVING, COUNTING = ("restock", "return"), ("loss",), ("correction",)
ADJUSTMENT_REASONS = (*ADDING, *REMOVING, *COUNTING)
MAX_THRESHOLD = 100_000
_products = Product.__table__


def is_low_on_stock(product: Product) -> bool:
    return product.status != "archived" and product.stock <= product.low_stock_threshold


def change_stock(
    product: Product,
    delta: int,
    *,
    reason: str,
    actor: User | None = None,
    note: str = "",
) -> StockMovement:
    """Applies `delta` atomically and records it (see the module's locking contract).
    No access check: `adjust_stock` is the door for people, orders call this directly."""
    if reason not in STOCK_REASONS:
        raise InvalidStockReason()
    db.session.flush()
    after = db.session.execute(
        update(_products)
        .where(_products.c.id == product.id, _products.c.stock + delta >= 0)
        .values(stock=_products.c.stock + delta, updated_at=utcnow())
        .returning(_products.c.stock)
    ).scalar_one_or_none()
    if after is None:
        current = db.session.scalar(select(_products.c.stock).where(_products.c.id == product.id))
        if current is None:
            raise ListingNotFound()
        raise StockWouldGoNegative(stock=current, quantity=-delta)
    movement = StockMovement(
        product_id=product.id,
        actor_id=actor.id if actor is not None else None,
        reason=reason,
        before=after - delta,
        after=after,
        note=note,
    )
    db.session.add(movement)
    db.session.flush()
    # The UPDATE went around the unit of work: the loaded object would show the old value.
    db.session.expire(product, ["stock", "updated_at"])
    return movement


def _locked_stock(product: Product) -> int:
    query = select(_products.c.stock).where(_products.c.id == product.id).with_for_update()
    current = db.session.scalar(query)
    if current is None:
        raise ListingNotFound()
    return current


def adjust_stock(
    actor: User, product: Product, *, reason: str, quantity: int, note: str = ""
) -> StockMovement:
    """A team member's adjustment: items added (restock, return), removed (loss), or the
    counted quantity (correction). Staff may do it, as well as owners and managers."""
    ensure(actor, Permission.SUPPLIER_VIEW, product.supplier)
    if reason not in ADJUSTMENT_REASONS:
        raise InvalidStockReason()
    quantity = checked_stock(quantity)
    note = note.strip()[:500]
    if reason in COUNTING:
        return change_stock(
            product, quantity - _locked_stock(product), reason=reason, actor=actor, note=note
        )
    if quantity == 0:
        raise NothingToChange()
    delta = quantity if reason in ADDING else -quantity
    return change_stock(product, delta, reason=reason, actor=actor, note=note)


def set_low_stock_threshold(actor: User, product: Product, threshold: int) -> Product:
    """Below or at this number the products list warns that stock is running low."""
    ensure(actor, Permission.SUPPLIER_VIEW, product.supplier)
    if not 0 <= threshold <= MAX_THRESHOLD:
        raise InvalidQuantity()
    product.low_stock_threshold = threshold
    db.session.flush()
    return product


def stock_history(actor: User, product: Product, *, page: int = 1, per_page: int = 50) -> Page:
    """The product's movements, newest first."""
    ensure(actor, Permission.SUPPLIER_VIEW, product.supplier)
    query = (
        select(StockMovement)
        .where(StockMovement.product_id == product.id)
        .order_by(StockMovement.created_at.desc(), StockMovement.id.desc())
    )
    return paginate(query, page, per_page)


def movement_authors(movements: list[StockMovement]) -> dict[int, str]:
    """Who made each movement, by user id, for the history page."""
    ids = {movement.actor_id for movement in movements if movement.actor_id is not None}
    if not ids:
        return {}
    rows = db.session.execute(select(User.id, User.full_name).where(User.id.in_(ids)))
    return dict(rows.all())
