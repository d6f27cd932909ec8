"""The whole card flow with webhooks really sent: localstripe signs and posts events to the
shop, served by a real HTTP server in a thread, on a committed SQLite or PostgreSQL database.

A consumer buys from three suppliers and pays by card; only the verified webhook marks the
order paid; sellers fulfil their parts; the ledger and a payout balance. And the webhook
racing the browser's return (and copies of the event) still gives exactly one paid order."""

from __future__ import annotations

import re
import threading
import time
from decimal import Decimal

import pytest
import requests
from sqlalchemy import func, select
from werkzeug.serving import make_server

from catalog.models import Product
from shop import worker
from shop.accounts.models import User
from shop.extensions import db
from shop.ledger import payouts
from shop.ledger.services import balance_of, check_order_money
from shop.mail.models import OutboxMessage
from shop.orders import services as orders
from shop.orders.models import Order, OrderEvent
from shop.payments import services as payments
from shop.payments.models import Payment, ProcessedEvent
from tests.conftest import csrf_token_from, login
from tests.factories import PASSWORD, create_user
from tests.orders.committed import committed_app
from tests.orders.shopping import (
    ADDRESS,
    NOW,
    create_shop_product,
    create_shop_supplier,
    place,
)
from tests.payments.conftest import WEBHOOK_SECRET, event_body, sign

WAIT_SECONDS = 20


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def live(request, tmp_path_factory, localstripe):
    config = localstripe.app_config(WEBHOOK_SECRET)
    with committed_app(request.param, tmp_path_factory.mktemp("live-stripe"), **config) as app:
        server = make_server("127.0.0.1", 0, app, threaded=True)
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        url = f"http://127.0.0.1:{server.server_port}"
        localstripe.register_webhook("souk-tests", f"{url}/stripe/webhook", WEBHOOK_SECRET)
        try:
            yield app, url
        finally:
            server.shutdown()
            thread.join(timeout=10)


def _wait_for(app, predicate, what: str):
    deadline = time.monotonic() + WAIT_SECONDS
    while time.monotonic() < deadline:
        with app.app_context():
            try:
                if predicate():
                    return
            finally:
                db.session.remove()
        time.sleep(0.2)
    pytest.fail(f"timed out waiting for {what}")


def _token(client) -> str:
    return csrf_token_from(client.get("/fr/cart/").get_data(as_text=True))


def test_three_suppliers_card_paid_by_verified_webhook_fulfilled_and_paid_out(live, localstripe):
    app, _url = live
    with app.app_context():
        sellers = []
        for region in ("souss-massa", "fes-meknes", "oriental"):
            supplier, owner, grouping = create_shop_supplier(region=region)
            product = create_shop_product(supplier, grouping, price=Decimal("87.45"), stock=4)
            sellers.append((supplier.id, owner.id, product.sku, product.id))
        customer = create_user(email="three@example.ma")
        admin = create_user(email="admin-live@example.ma", is_admin=True)
        db.session.commit()
        customer_email, admin_id = customer.email, admin.id
        db.session.remove()

    client = app.test_client()
    login(client, customer_email, PASSWORD)
    for _supplier, _owner, sku, _product in sellers:
        client.post(
            "/fr/cart/add", data={"sku": sku, "quantity": "2", "csrf_token": _token(client)}
        )
    token = _token(client)
    client.post("/fr/checkout/", data={**ADDRESS, "csrf_token": token})
    delivery = client.get("/fr/checkout/delivery").get_data(as_text=True)
    assert 'value="card"' in delivery  # Stripe keys are configured: the card is offered
    data = {f"delivery_{supplier}": "home" for supplier, _o, _s, _p in sellers}
    client.post(
        "/fr/checkout/delivery", data={**data, "payment_method": "card", "csrf_token": token}
    )
    review = client.get("/fr/checkout/review").get_data(as_text=True)
    total = re.search(r'name="expected_total" type="hidden" value="([^"]+)"', review).group(1)
    placed = client.post("/fr/checkout/place", data={"expected_total": total, "csrf_token": token})
    assert "/pay" in placed.headers["Location"]
    pay_page = client.get(placed.headers["Location"]).get_data(as_text=True)
    assert "js.stripe.com/v3/" in pay_page and 'data-client-secret="pi_' in pay_page

    with app.app_context():
        order = db.session.scalar(select(Order).order_by(Order.id.desc()))
        order_id, intent_id = order.id, db.session.scalar(select(Payment.intent_id))
        assert len(order.parts) == 3 and order.status == "placed"
        db.session.remove()

    assert localstripe.pay(intent_id)["status"] == "succeeded"  # the browser's part
    _wait_for(
        app,
        lambda: db.session.get(Order, order_id).status == "paid",
        "localstripe's payment_intent.succeeded webhook",
    )
    with app.app_context():
        events = db.session.scalars(select(ProcessedEvent.type)).all()
        assert "payment_intent.succeeded" in events
        db.session.remove()
    returned = client.get(f"/fr/orders/{order_id}/payment-return", follow_redirects=True)
    assert returned.status_code == 200

    with app.app_context():
        order = db.session.get(Order, order_id)
        for part in order.parts:
            owner = next(
                db.session.get(User, o) for s, o, _k, _p in sellers if s == part.supplier_id
            )
            orders.start_preparing(owner, part, now=NOW)
            orders.mark_shipped(owner, part, now=NOW, tracking_note="Amana CX123")
            orders.mark_delivered(owner, part, now=NOW)
        db.session.commit()
        assert order.status == "delivered"
        for part in order.parts:
            assert balance_of(part.supplier_id) == part.supplier_amount
        money = check_order_money(order)
        assert money.balanced and money.unsettled == 0
        assert money.paid == order.total

        admin = db.session.get(User, admin_id)
        batch = payouts.create_payout_batch(admin).batch
        assert batch.total == sum(part.supplier_amount for part in order.parts)
        assert len(payouts.export_batch_csv(admin, batch, NOW).splitlines()) == 4
        payouts.mark_batch_paid(admin, batch, "BANK-REF-1", NOW)
        db.session.commit()
        assert all(balance_of(part.supplier_id) == 0 for part in order.parts)
        db.session.remove()
    page = client.get(f"/fr/orders/{order_id}").get_data(as_text=True)
    assert "Amana CX123" in page


def test_the_webhook_racing_the_redirect_and_copies_of_events_make_one_paid_order(
    live, localstripe
):
    app, url = live
    with app.app_context():
        supplier, _owner, grouping = create_shop_supplier()
        product = create_shop_product(supplier, grouping, price=Decimal("120.00"), stock=3)
        customer = create_user(email="race@example.ma")
        # Catalog rows are committed first, as in the shop: the search index follows them
        # from its own connection, which would wait on SQLite's write lock otherwise.
        db.session.commit()
        order = place(customer, {product: 1}, payment_method="card")
        intent = payments.start_card_payment(order, config=app.config, now=NOW)
        db.session.commit()
        order_id, product_id, email = order.id, product.id, customer.email
        db.session.remove()
    clients = []
    for _ in range(3):
        browser = app.test_client()
        login(browser, email, PASSWORD)
        clients.append(browser)

    localstripe.pay(intent.id)
    charged = localstripe.get(f"/v1/payment_intents/{intent.id}")
    bodies = [
        event_body(f"evt_suite_{i % 2}", "payment_intent.succeeded", charged) for i in range(4)
    ]  # two distinct events, each delivered twice
    barrier = threading.Barrier(len(clients) + len(bodies))
    errors: list[BaseException] = []

    def browser_returns(browser) -> None:
        barrier.wait()
        browser.get(f"/fr/orders/{order_id}/payment-return")

    def stripe_posts(body: str) -> None:
        barrier.wait()
        response = requests.post(
            f"{url}/stripe/webhook",
            data=body,
            timeout=30,
            headers={"Stripe-Signature": sign(body), "Content-Type": "application/json"},
        )
        assert response.status_code == 200, response.text

    def guarded(target, argument):
        def run():
            try:
                target(argument)
            except BaseException as error:  # re-raised below in the test's thread
                errors.append(error)

        return threading.Thread(target=run)

    threads = [guarded(browser_returns, c) for c in clients] + [
        guarded(stripe_posts, b) for b in bodies
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors, errors
    _wait_for(  # and localstripe's own webhook, a second later
        app,
        lambda: (
            db.session.scalar(
                select(func.count())
                .select_from(ProcessedEvent)
                .where(ProcessedEvent.event_id.not_like("evt_suite_%"))
            )
            >= 1
        ),
        "localstripe's webhook",
    )

    with app.app_context():
        paid_events = db.session.scalar(
            select(func.count())
            .select_from(OrderEvent)
            .where(
                OrderEvent.order_id == order_id,
                OrderEvent.part_id.is_(None),
                OrderEvent.to_status == "paid",
            )
        )
        assert paid_events == 1
        assert (
            db.session.scalar(
                select(func.count())
                .select_from(Payment)
                .where(Payment.status == "succeeded", Payment.order_id == order_id)
            )
            == 1
        )
        assert db.session.get(Order, order_id).status == "paid"
    assert worker.run_round(app).notices >= 2  # the worker's own round, on committed data
    with app.app_context():
        assert (
            db.session.scalar(
                select(func.count())
                .select_from(OutboxMessage)
                .where(OutboxMessage.recipient == email)
            )
            == 2
        )  # "order placed" and "payment received", once
        assert (
            db.session.scalar(
                select(func.count())
                .select_from(ProcessedEvent)
                .where(ProcessedEvent.event_id.like("evt_suite_%"))
            )
            == 2
        )
        assert db.session.get(Product, product_id).stock == 2
        db.session.remove()


def test_a_declined_card_reported_by_webhook_gives_the_stock_back(live, localstripe):
    app, _url = live
    with app.app_context():
        supplier, _owner, grouping = create_shop_supplier()
        product = create_shop_product(supplier, grouping, stock=3)
        db.session.commit()
        order = place(create_user(), {product: 3}, payment_method="card")
        intent = payments.start_card_payment(order, config=app.config, now=NOW)
        db.session.commit()
        order_id, product_id = order.id, product.id
        db.session.remove()

    assert localstripe.pay(intent.id, "4000000000000341")["status"] == 402
    _wait_for(
        app,
        lambda: db.session.get(Order, order_id).status == "cancelled",
        "the payment_intent.payment_failed webhook",
    )
    with app.app_context():
        assert db.session.get(Product, product_id).stock == 3
        db.session.remove()
