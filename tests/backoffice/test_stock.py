"""Stock adjustments: a reason, a history (who, when, before, after), never below zero."""

import pytest
from flask_babel import force_locale
from sqlalchemy import func, select

from catalog import stock
from catalog.listing_errors import (
    InvalidQuantity,
    InvalidStockReason,
    NothingToChange,
    StockWouldGoNegative,
)
from catalog.models import Product, StockMovement
from shop.errors import AccessDenied
from tests.backoffice.listing_support import create_listed_product, create_shop, log_in, token

pytestmark = pytest.mark.databases  # SQLite and PostgreSQL


@pytest.fixture(autouse=True)
def _english(db_session):
    with force_locale("en"):
        yield


@pytest.fixture
def shop(db_session):
    return create_shop("tifaout")


def _movements(db_session, product):
    query = select(StockMovement).where(StockMovement.product_id == product.id)
    return list(db_session.scalars(query.order_by(StockMovement.id)))


def test_each_reason_moves_the_stock_its_way_and_is_recorded(shop, db_session):
    product = create_listed_product(shop.supplier, stock=10)
    stock.adjust_stock(shop.staff, product, reason="restock", quantity=5, note="Récolte")
    stock.adjust_stock(shop.owner, product, reason="loss", quantity=3)
    stock.adjust_stock(shop.manager, product, reason="return", quantity=1)
    stock.adjust_stock(shop.staff, product, reason="correction", quantity=9)
    assert product.stock == 9
    rows = [
        (m.reason, m.before, m.after, m.actor_id, m.note) for m in _movements(db_session, product)
    ]
    assert rows == [
        ("restock", 10, 15, shop.staff.id, "Récolte"),
        ("loss", 15, 12, shop.owner.id, ""),
        ("return", 12, 13, shop.manager.id, ""),
        ("correction", 13, 9, shop.staff.id, ""),
    ]
    assert all(m.created_at is not None for m in _movements(db_session, product))


def test_stock_never_goes_below_zero(shop, db_session):
    product = create_listed_product(shop.supplier, stock=2)
    with pytest.raises(StockWouldGoNegative) as refusal:
        stock.adjust_stock(shop.owner, product, reason="loss", quantity=3)
    assert str(refusal.value).startswith("Not enough stock: 2 in stock")
    assert product.stock == 2 and _movements(db_session, product) == []
    stock.adjust_stock(shop.owner, product, reason="loss", quantity=2)
    assert product.stock == 0


@pytest.mark.parametrize(
    ("reason", "quantity", "error"),
    [
        ("sale", 1, InvalidStockReason),  # recorded by orders, not by hand
        ("gift", 1, InvalidStockReason),
        ("restock", -4, InvalidQuantity),
        ("restock", 0, NothingToChange),
    ],
)
def test_bad_adjustments_are_refused(shop, db_session, reason, quantity, error):
    product = create_listed_product(shop.supplier, stock=5)
    with pytest.raises(error):
        stock.adjust_stock(shop.owner, product, reason=reason, quantity=quantity)
    assert product.stock == 5 and _movements(db_session, product) == []


def test_orders_change_the_stock_through_the_same_door(shop, db_session):
    product = create_listed_product(shop.supplier, stock=1)
    movement = stock.change_stock(product, -1, reason="sale")
    assert (movement.before, movement.after, movement.actor_id) == (1, 0, None)
    with pytest.raises(StockWouldGoNegative):
        stock.change_stock(product, -1, reason="sale")


def test_other_suppliers_cannot_touch_the_stock(shop, db_session):
    product = create_listed_product(shop.supplier, stock=5)
    outsider = create_shop("atlas").owner
    with pytest.raises(AccessDenied):
        stock.adjust_stock(outsider, product, reason="loss", quantity=5)
    with pytest.raises(AccessDenied):
        stock.set_low_stock_threshold(outsider, product, 1)
    with pytest.raises(AccessDenied):
        stock.stock_history(outsider, product)
    assert product.stock == 5


def test_low_stock_is_at_or_below_the_products_threshold(shop):
    product = create_listed_product(shop.supplier, stock=3)
    assert stock.is_low_on_stock(product)  # default threshold 3
    stock.set_low_stock_threshold(shop.staff, product, 2)
    assert not stock.is_low_on_stock(product)
    product.status = "archived"
    product.stock = 0
    assert not stock.is_low_on_stock(product)  # nobody can buy it anyway
    with pytest.raises(InvalidQuantity):
        stock.set_low_stock_threshold(shop.staff, product, -1)


def test_staff_adjust_the_stock_and_read_its_history_from_the_pages(client, shop, db_session):
    product = create_listed_product(shop.supplier, stock=4)
    log_in(client, shop.staff)
    url = f"/fr/supplier/tifaout/products/{product.id}/stock"
    assert 'name="reason"' in client.get(url).get_data(as_text=True)
    csrf = token(client)
    response = client.post(
        url, data={"csrf_token": csrf, "reason": "loss", "quantity": "1", "note": "Pot cassé"}
    )
    assert response.status_code == 302
    response = client.post(url, data={"csrf_token": csrf, "reason": "loss", "quantity": "10"})
    assert response.status_code == 409
    assert 'class="error-text"' in response.get_data(as_text=True)
    response = client.post(f"{url}/threshold", data={"csrf_token": csrf, "threshold": "5"})
    assert response.status_code == 302
    db_session.expire_all()
    product = db_session.get(Product, product.id)
    assert (product.stock, product.low_stock_threshold) == (3, 5)
    assert db_session.scalar(select(func.count(StockMovement.id))) == 1
    history = client.get(f"{url}/history").get_data(as_text=True)
    assert "Pot cassé" in history and shop.staff.full_name in history
    assert "(-1)" in history
    listing = client.get("/fr/supplier/tifaout/products").get_data(as_text=True)
    assert "low-stock-warning" in listing


def test_a_forged_reason_from_the_page_changes_nothing(client, shop, db_session):
    product = create_listed_product(shop.supplier, stock=4)
    log_in(client, shop.owner)
    url = f"/fr/supplier/tifaout/products/{product.id}/stock"
    response = client.post(
        url, data={"csrf_token": token(client), "reason": "sale", "quantity": "4"}
    )
    assert response.status_code == 200  # the form says what is wrong
    db_session.expire_all()
    assert db_session.get(Product, product.id).stock == 4
