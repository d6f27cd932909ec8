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

from sqlalchemy import bindparam, insert, update

from catalog.models import Product, StockMovement
from shop.database import utcnow
from shop.extensions import db
from shop.orders.errors import SoldOut

_products = Product.__table__
# Built once: checkout runs them for every line of every order.
_TAKE = (
    update(_products)
    .where(_products.c.id == bindparam("product_id"), _products.c.stock >= bindparam("quantity"))
    .values(stock=_products.c.stock - bindparam("quantity"))
    .returning(_products.c.stock)
)
_GIVE_BACK = (
    update(_products)
    .where(_products.c.id == bindparam("product_id"))
    .values(stock=_products.c.stock + bindparam("quantity"))
    .returning(_products.c.stock)
)
_RECORD = insert(StockMovement.__table__)


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

    Records a "sale" stock movement per product, all in one INSERT after the updates."""
    movements = []
    for request in _combined(requests):
        after = db.session.execute(
            _TAKE, {"product_id": request.product_id, "quantity": request.quantity}
        ).scalar_one_or_none()
        if after is None:
            raise SoldOut(name=request.name)
        movements.append(
            _movement(request, "sale", after + request.quantity, after, actor_id, note)
        )
    _record(movements)


def release_stock(
    requests: Iterable[StockRequest], *, actor_id: int | None, reason: str, note: str
) -> None:
    """Gives units back (a cancellation, an expired or refunded order). Same id order."""
    movements = []
    for request in _combined(requests):
        after = db.session.execute(
            _GIVE_BACK, {"product_id": request.product_id, "quantity": request.quantity}
        ).scalar_one()
        movements.append(
            _movement(request, reason, after - request.quantity, after, actor_id, note)
        )
    _record(movements)


def _movement(
    request: StockRequest, reason: str, before: int, after: int, actor_id: int | None, note: str
) -> dict:
    return {
        "product_id": request.product_id,
        "actor_id": actor_id,
        "reason": reason,
        "before": before,
        "after": after,
        "note": note,
        "created_at": utcnow(),
    }


def _record(movements: list[dict]) -> None:
    if movements:
        db.session.execute(_RECORD, movements)
        _forget_cached_stock([movement["product_id"] for movement in movements])


def _forget_cached_stock(product_ids: list[int]) -> None:
    """The UPDATEs bypass the ORM: products already loaded must re-read their stock."""
    wanted = set(product_ids)
    for obj in list(db.session.identity_map.values()):
        if isinstance(obj, Product) and obj.id in wanted:
            db.session.expire(obj, ["stock", "updated_at"])
