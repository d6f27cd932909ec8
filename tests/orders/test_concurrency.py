"""Never oversell: real threads, each with its own connection, on SQLite and PostgreSQL.

50 buyers ask at the same instant for the last 5 units: exactly 5 orders and 45 clear
"sold out" answers. 200 random carts over several suppliers at once: no deadlock reaches
anyone, and every unit is accounted for (initial stock = final stock + units sold)."""

from __future__ import annotations

import html
import random
import threading
from collections import Counter
from decimal import Decimal

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError

from catalog.models import Product, StockMovement
from groupings.models import SupplierMember
from shop.accounts.models import User
from shop.cart import services as cart_services
from shop.checkout import placing
from shop.checkout.services import CheckoutError
from shop.extensions import db
from shop.ledger.services import balance_of
from shop.orders import services as orders
from shop.orders.errors import SoldOut
from shop.orders.models import Order, OrderLine, OrderPart
from tests.conftest import login
from tests.factories import PASSWORD, create_user
from tests.orders.committed import committed_app
from tests.orders.shopping import (
    ADDRESS,
    NOW,
    choices,
    create_shop_product,
    create_shop_supplier,
    settings,
)

BUYERS = 50
LAST_UNITS = 5
CARTS = 200


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def app(request, tmp_path_factory):
    with committed_app(request.param, tmp_path_factory.mktemp("concurrency")) as application:
        yield application


def _run_together(count: int, work) -> list:
    """Starts `count` threads that wait for each other, then call `work(index)` at once."""
    barrier = threading.Barrier(count)
    results: list = [None] * count

    def run(index: int) -> None:
        barrier.wait()
        try:
            results[index] = work(index)
        except Exception as error:  # collected and asserted on by the test
            results[index] = error

    threads = [threading.Thread(target=run, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return results


def test_fifty_buyers_for_the_last_five_units_get_five_orders(app):
    with app.app_context():
        supplier, _owner, grouping = create_shop_supplier()
        product = create_shop_product(
            supplier,
            grouping,
            stock=LAST_UNITS,
            price=Decimal("250.00"),
            names={"fr": "Tapis Azilal"},
        )
        buyers = [create_user(email=f"buyer{i}@example.ma") for i in range(BUYERS)]
        for buyer in buyers:
            cart_services.add_to_cart(cart_services.open_cart(user=buyer), product, 1)
        expected_total = placing.quote_cart(
            cart_services.find_cart(user=buyers[0]), choices(), settings()
        ).total
        db.session.commit()
        emails, product_id = [buyer.email for buyer in buyers], product.id
        db.session.remove()

    clients = []
    for email in emails:
        client = app.test_client()
        login(client, email, PASSWORD)
        with client.session_transaction() as session:
            session["checkout"] = {"address": ADDRESS, "payment_method": "cash", "deliveries": {}}
            session["_test_csrf"] = True
        clients.append(client)
    tokens = []
    for client in clients:
        page = client.get("/fr/checkout/review").get_data(as_text=True)
        tokens.append(page.split('name="csrf_token" type="hidden" value="')[1].split('"')[0])

    responses = _run_together(
        BUYERS,
        lambda i: clients[i].post(
            "/fr/checkout/place",
            data={"csrf_token": tokens[i], "expected_total": str(expected_total)},
        ),
    )

    assert not [r for r in responses if isinstance(r, Exception)], responses
    placed = [r for r in responses if "/orders/" in r.headers.get("Location", "")]
    refused = [
        i for i, r in enumerate(responses) if r.headers.get("Location", "").endswith("/cart/")
    ]
    assert len(placed) == LAST_UNITS
    assert len(refused) == BUYERS - LAST_UNITS
    with app.test_request_context("/fr/"):
        app.preprocess_request()
        sold_out = str(SoldOut(name="Tapis Azilal"))
    for index in refused:  # each refused buyer reads why, naming the product
        page = html.unescape(clients[index].get("/fr/cart/").get_data(as_text=True))
        assert sold_out in page
    with app.app_context():
        assert db.session.get(Product, product_id).stock == 0
        assert db.session.scalar(select(func.count()).select_from(Order)) == LAST_UNITS
        sales = db.session.scalars(select(StockMovement.after).order_by(StockMovement.id)).all()
        assert sorted(sales) == list(range(LAST_UNITS))
        db.session.remove()


def test_two_hundred_random_carts_at_once_never_deadlock_and_conserve_stock(app):
    rng = random.Random(20261125)
    with app.app_context():
        products = []
        for region in ("souss-massa", "fes-meknes", "oriental", "draa-tafilalet"):
            supplier, _owner, grouping = create_shop_supplier(region=region)
            products += [
                create_shop_product(supplier, grouping, stock=rng.randint(5, 25)) for _ in range(5)
            ]
        initial = {product.id: product.stock for product in products}
        customers = [create_user(email=f"carts{i}@example.ma") for i in range(CARTS)]
        for customer in customers:
            cart = cart_services.open_cart(user=customer)
            for product in rng.sample(products, rng.randint(2, 5)):
                cart_services.add_to_cart(cart, product, rng.randint(1, min(3, product.stock)))
        db.session.commit()
        customer_ids = [customer.id for customer in customers]
        db.session.remove()

    def buy(index: int) -> str:
        with app.app_context():
            try:
                customer = db.session.get(User, customer_ids[index])
                cart = cart_services.find_cart(user=customer)
                picked = choices(deliveries={})
                try:
                    total = placing.quote_cart(cart, picked, settings()).total
                    placing.place_order(
                        customer, cart, picked, settings(), expected_total=total, now=NOW
                    )
                except SoldOut:
                    db.session.rollback()
                    return "sold_out"
                except CheckoutError:  # the cart check saw the stock gone first
                    db.session.rollback()
                    return "cart_changed"
                db.session.commit()
                return "placed"
            finally:
                db.session.remove()

    results = _run_together(CARTS, buy)

    errors = [r for r in results if isinstance(r, Exception)]
    assert not errors, errors[:3]
    assert not [r for r in results if isinstance(r, DBAPIError)]
    outcomes = Counter(results)
    assert (
        outcomes["placed"] > 0
        and outcomes["placed"] + outcomes["sold_out"] + outcomes["cart_changed"] == CARTS
    )
    with app.app_context():
        final = dict(db.session.execute(select(Product.id, Product.stock)).all())
        sold = dict(
            db.session.execute(
                select(OrderLine.product_id, func.sum(OrderLine.quantity)).group_by(
                    OrderLine.product_id
                )
            ).all()
        )
        for product_id, stock in initial.items():
            assert stock == final[product_id] + sold.get(product_id, 0), product_id
            assert final[product_id] >= 0
        placed = select(func.count()).select_from(Order).where(Order.customer_id.in_(customer_ids))
        assert db.session.scalar(placed) == outcomes["placed"]
        order_ids = db.session.scalars(
            select(Order.id).where(Order.customer_id.in_(customer_ids))
        ).all()
        owners = {
            member.supplier_id: member.user_id
            for member in db.session.scalars(select(SupplierMember))
        }
        db.session.remove()

    # Then the sellers deliver every order at once: cash is collected, each part gets its
    # receipt number, and each seller's account is credited.
    def deliver(index: int) -> str:
        with app.app_context():
            try:
                order = db.session.get(Order, order_ids[index])
                for part in order.parts:
                    owner = db.session.get(User, owners[part.supplier_id])
                    orders.start_preparing(owner, part, now=NOW)
                    orders.mark_shipped(owner, part, now=NOW)
                    orders.mark_delivered(owner, part, now=NOW)
                db.session.commit()
                return "delivered"
            finally:
                db.session.remove()

    delivered = _run_together(len(order_ids), deliver)
    assert delivered == ["delivered"] * len(order_ids), delivered[:3]
    with app.app_context():
        parts = db.session.scalars(
            select(OrderPart).join(Order).where(Order.customer_id.in_(customer_ids))
        ).all()
        by_supplier: dict[int, list[int]] = {}
        for part in parts:
            by_supplier.setdefault(part.supplier_id, []).append(part.receipt_number)
        for taken in by_supplier.values():  # sequential, no gap, no duplicate
            assert sorted(taken) == list(range(1, len(taken) + 1))
        for supplier_id in by_supplier:
            expected = sum(
                -(p.commission + p.platform_fee) for p in parts if p.supplier_id == supplier_id
            )
            assert balance_of(supplier_id) == expected  # cash kept, commission and fee owed
        db.session.remove()
