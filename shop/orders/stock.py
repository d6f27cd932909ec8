"""Taking stock for orders and giving it back, without ever overselling.

Locking contract (the same on SQLite and PostgreSQL):

- stock is taken by one conditional UPDATE per product,
  `UPDATE products SET stock = stock - :q WHERE id = :id AND stock >= :q`; the database
  checks and changes the row in one step, so two buyers can never both take the last unit;
- products are always updated in ascending id order, so transactions touching the same
  products wait for each other in the same order and cannot deadlock;
- a product with too little stock raises `SoldOut` *after* the earlier updates were made in
  the caller's transaction: the caller must roll back (checkout does it with a savepoint).

On SQLite every write transaction begins IMMEDIATE (shop/database.py), so writers queue;
on PostgreSQL the row lock of each UPDATE holds until commit."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import update

from catalog.models import Product, StockMovement
from shop.extensions import db
from shop.orders.errors import SoldOut

_products = Product.__table__


@dataclass(frozen=True)
class StockRequest:
    product_id: int
    quantity: int
    name: str


def _combined(requests: Iterable[StockRequest]) -> list[StockRequest]:
    by_product: dict[int, StockRequest] = {}
    for request in requests:
        known = by_product.get(request.product_id)
        quantity = request.quantity + (known.quantity if known else 0)
        by_product[request.product_id] = StockRequest(request.product_id, quantity, request.name)
    return [by_product[product_id] for product_id in sorted(by_product)]


def take_stock(requests: Iterable[StockRequest], *, actor_id: int | None, note: str) -> None:
    """All or nothing, provided the caller rolls back on `SoldOut` (see the module's contract).

    Records a "sale" stock movement per product. Flushes."""
    taken: list[int] = []
    movements = []
    for request in _combined(requests):
        after = db.session.execute(
            update(_products)
            .where(_products.c.id == request.product_id, _products.c.stock >= request.quantity)
            .values(stock=_products.c.stock - request.quantity)
            .returning(_products.c.stock)
        ).scalar_one_or_none()
        if after is None:
            raise SoldOut(name=request.name)
        taken.append(request.product_id)
        movements.append(
            StockMovement(
                product_id=request.product_id,
                actor_id=actor_id,
                reason="sale",
                before=after + request.quantity,
                after=after,
                note=note,
            )
        )
    db.session.add_all(movements)  # one INSERT for all, after the updates
    db.session.flush()
    _forget_cached_stock(taken)


def release_stock(
    requests: Iterable[StockRequest], *, actor_id: int | None, reason: str, note: str
) -> None:
    """Gives units back (a cancellation, an expired or refunded order). Same id order. Flushes."""
    released: list[int] = []
    for request in _combined(requests):
        after = db.session.execute(
            update(_products)
            .where(_products.c.id == request.product_id)
            .values(stock=_products.c.stock + request.quantity)
            .returning(_products.c.stock)
        ).scalar_one()
        released.append(request.product_id)
        db.session.add(
            StockMovement(
                product_id=request.product_id,
                actor_id=actor_id,
                reason=reason,
                before=after - request.quantity,
                after=after,
                note=note,
            )
        )
    db.session.flush()
    _forget_cached_stock(released)


def _forget_cached_stock(product_ids: list[int]) -> None:
    """The UPDATEs bypass the ORM: products already loaded must re-read their stock."""
    wanted = set(product_ids)
    for obj in list(db.session.identity_map.values()):
        if isinstance(obj, Product) and obj.id in wanted:
            db.session.expire(obj, ["stock", "updated_at"])
