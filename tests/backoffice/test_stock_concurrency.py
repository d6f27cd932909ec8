"""Concurrent stock changes on a real file database: none lost, never below zero."""

import itertools
import threading

import pytest
from flask_migrate import upgrade
from sqlalchemy import select

from catalog import stock
from catalog.listing_errors import StockWouldGoNegative
from catalog.models import Product, StockMovement
from shop.accounts.models import User
from shop.extensions import db
from tests import databases
from tests.backoffice.listing_support import create_listed_product, create_shop
from tests.conftest import make_test_app

WORKERS = 4


@pytest.fixture(params=["sqlite", "postgresql"])
def committed_app(request, tmp_path):
    """An application whose commits are real, shared by several threads: on a SQLite file
    (writers queue on its lock), and on PostgreSQL when it answers (writers interleave)."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'shop.sqlite3'}"
    else:
        url = databases.create_postgres_database()
    app = make_test_app(url, tmp_path)
    with app.app_context():
        upgrade()
        db.session.remove()
    yield app
    with app.app_context():
        db.engine.dispose()
    if request.param == "postgresql":
        databases.drop_postgres_database(url)


def _setup(app, initial: int) -> tuple[int, int]:
    with app.app_context():
        shop = create_shop("tifaout")
        product = create_listed_product(shop.supplier, stock=initial)
        ids = product.id, shop.staff.id
        db.session.commit()
        db.session.remove()
    return ids


def _run(app, product_id: int, user_id: int, reason: str, rounds: int) -> tuple[int, list]:
    """Each worker adjusts by one item `rounds` times, one transaction each; returns how
    many adjustments succeeded and the errors other than running out of stock."""
    done: list[int] = []
    errors: list[BaseException] = []

    def work() -> None:
        for _ in range(rounds):
            with app.app_context():
                try:
                    product = db.session.get(Product, product_id)
                    actor = db.session.get(User, user_id)
                    stock.adjust_stock(actor, product, reason=reason, quantity=1)
                    db.session.commit()
                    done.append(1)
                except StockWouldGoNegative:
                    db.session.rollback()
                except BaseException as error:  # a thread's exception is otherwise lost
                    errors.append(error)
                finally:
                    db.session.remove()

    threads = [threading.Thread(target=work) for _ in range(WORKERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return len(done), errors


def _state(app, product_id: int) -> tuple[int, list[tuple[int, int]]]:
    with app.app_context():
        current = db.session.get(Product, product_id).stock
        query = select(StockMovement.before, StockMovement.after).where(
            StockMovement.product_id == product_id
        )
        movements = [tuple(row) for row in db.session.execute(query.order_by(StockMovement.id))]
        db.session.remove()
    return current, movements


def _chained(movements: list[tuple[int, int]]) -> bool:
    """Each movement starts where the one before it ended: no change was lost or doubled."""
    return all(later[0] == earlier[1] for earlier, later in itertools.pairwise(movements))


def test_concurrent_restocks_lose_no_update(committed_app):
    product_id, user_id = _setup(committed_app, initial=5)
    done, errors = _run(committed_app, product_id, user_id, "restock", rounds=10)
    assert errors == [] and done == WORKERS * 10
    current, movements = _state(committed_app, product_id)
    assert current == 5 + WORKERS * 10
    assert len(movements) == WORKERS * 10
    assert movements[0][0] == 5 and movements[-1][1] == current
    assert _chained(movements)


def test_concurrent_losses_stop_at_zero(committed_app):
    product_id, user_id = _setup(committed_app, initial=7)
    done, errors = _run(committed_app, product_id, user_id, "loss", rounds=5)  # 20 tries
    assert errors == [] and done == 7
    current, movements = _state(committed_app, product_id)
    assert current == 0
    assert len(movements) == 7 and _chained(movements)
    assert movements[0][0] == 7 and movements[-1][1] == 0
