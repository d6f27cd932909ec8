"""The buying flow through the browser's eyes: cart, three checkout screens, order pages."""

import re
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from shop.extensions import db
from shop.orders import services as orders
from shop.orders.models import Order
from tests.conftest import csrf_token_from, login
from tests.factories import PASSWORD, create_organisation, create_user
from tests.orders.shopping import ADDRESS, NOW, create_shop_product, create_shop_supplier, place


@pytest.fixture
def shop(db_session):
    souss, owner, grouping = create_shop_supplier(region="souss-massa", name="Coopérative Tifaout")
    fes, _owner2, _none = create_shop_supplier(
        region="fes-meknes", commission=None, name="Zitoun Fès"
    )
    return {
        "oil": create_shop_product(
            souss, grouping, price=Decimal("120.00"), stock=5, names={"fr": "Huile d'argan"}
        ),
        "olives": create_shop_product(
            fes, price=Decimal("45.00"), stock=5, names={"fr": "Olives beldi"}
        ),
        "souss": souss,
        "fes": fes,
        "souss_owner": owner,
    }


def _token(client) -> str:
    return csrf_token_from(client.get("/fr/cart/").get_data(as_text=True))


def _add(client, product, quantity=1):
    return client.post(
        "/fr/cart/add",
        data={"sku": product.sku, "quantity": str(quantity), "csrf_token": _token(client)},
    )


def _checkout_until_review(client, shop, payment_method="cash", **address):
    token = _token(client)
    response = client.post("/fr/checkout/", data={**ADDRESS, **address, "csrf_token": token})
    assert response.status_code == 302, response.get_data(as_text=True)
    data = {
        f"delivery_{shop['souss'].id}": "home",
        f"delivery_{shop['fes'].id}": "pickup",
        "payment_method": payment_method,
        "csrf_token": token,
    }
    response = client.post("/fr/checkout/delivery", data=data)
    assert response.status_code == 302, response.get_data(as_text=True)
    return client.get("/fr/checkout/review")


def _expected_total(html: str) -> str:
    return re.search(r'name="expected_total" type="hidden" value="([^"]+)"', html).group(1)


@pytest.fixture
def customer(client):
    user = create_user(email="amina@example.ma", full_name="Amina")
    login(client, user.email, PASSWORD)
    return user


def test_a_customer_buys_from_two_sellers_paying_cash(client, shop, customer):
    _add(client, shop["oil"], 2)
    _add(client, shop["olives"], 1)
    review = _checkout_until_review(client, shop)
    html = review.get_data(as_text=True)
    assert review.status_code == 200
    assert "Coopérative Tifaout" in html and "Zitoun Fès" in html
    assert "receives" in html or "reçoit" in html  # what each supplier receives

    response = client.post(
        "/fr/checkout/place",
        data={"expected_total": _expected_total(html), "csrf_token": _token(client)},
    )

    order = db.session.scalar(select(Order))
    assert response.status_code == 302
    assert response.headers["Location"].endswith(f"/fr/orders/{order.id}")
    # Home delivery of 1.6 kg from Souss-Massa: 35 MAD, and 7 for the second kilogram.
    assert order.total == Decimal("240.00") + Decimal("45.00") + Decimal("42.00")
    page = client.get(f"/fr/orders/{order.id}").get_data(as_text=True)
    assert order.reference in page
    assert order.reference in client.get("/fr/orders/").get_data(as_text=True)
    part = next(p for p in order.parts if p.supplier_id == shop["souss"].id)
    receipt_url = f"/fr/orders/{order.id}/receipts/{part.id}"
    assert client.get(receipt_url).status_code == 404  # cash: the receipt comes with payment
    for move in (orders.start_preparing, orders.mark_shipped, orders.mark_delivered):
        move(shop["souss_owner"], part, now=NOW)
    db.session.commit()
    receipt = client.get(receipt_url)
    assert receipt.status_code == 200
    assert part.receipt_reference in receipt.get_data(as_text=True)
    assert "empty" in client.get("/fr/cart/").get_data(as_text=True)


def test_the_card_option_is_hidden_without_stripe_keys_and_transfer_without_organisation(
    client, shop, customer
):
    _add(client, shop["oil"])
    client.post("/fr/checkout/", data={**ADDRESS, "csrf_token": _token(client)})
    html = client.get("/fr/checkout/delivery").get_data(as_text=True)
    assert 'value="cash"' in html
    assert 'value="card"' not in html and 'value="transfer"' not in html
    assert "js.stripe.com" not in html


def test_organisation_buyers_may_pay_by_transfer(client, shop, db_session):
    buyer = create_user(email="achats@ministere.ma")
    create_organisation(members=[buyer])
    login(client, buyer.email, PASSWORD)
    _add(client, shop["oil"])
    client.post("/fr/checkout/", data={**ADDRESS, "csrf_token": _token(client)})
    assert 'value="transfer"' in client.get("/fr/checkout/delivery").get_data(as_text=True)


def test_a_wrong_phone_number_is_explained_on_the_address_screen(client, shop, customer):
    _add(client, shop["oil"])
    response = client.post(
        "/fr/checkout/", data={**ADDRESS, "phone": "12345", "csrf_token": _token(client)}
    )
    assert response.status_code == 200
    assert "06 12 34 56 78" in response.get_data(as_text=True)


def test_forged_delivery_or_payment_values_are_refused(client, shop, customer):
    _add(client, shop["oil"])
    token = _token(client)
    client.post("/fr/checkout/", data={**ADDRESS, "csrf_token": token})
    response = client.post(
        "/fr/checkout/delivery",
        data={
            f"delivery_{shop['souss'].id}": "drone",
            "payment_method": "transfer",
            "csrf_token": token,
        },
    )
    assert response.status_code == 200
    assert "error-text" in response.get_data(as_text=True)


def test_a_price_change_after_the_review_stops_the_order(client, shop, customer):
    _add(client, shop["oil"])
    html = _checkout_until_review(client, shop).get_data(as_text=True)
    shop["oil"].price = Decimal("130.00")
    db.session.flush()
    response = client.post(
        "/fr/checkout/place",
        data={"expected_total": _expected_total(html), "csrf_token": _token(client)},
        follow_redirects=True,
    )
    assert db.session.scalar(select(func.count()).select_from(Order)) == 0
    assert "165" in response.get_data(as_text=True)  # the new total, shown again for review


def test_anonymous_visitors_are_asked_to_log_in_at_checkout(client, shop):
    response = client.get("/fr/checkout/")
    assert response.status_code == 302 and "/account/login" in response.headers["Location"]


def test_other_peoples_orders_are_not_found(client, shop, customer):
    stranger = create_user(email="other@example.ma")
    order = place(stranger, {shop["oil"]: 1}, payment_method="card", card=True)
    assert client.get(f"/fr/orders/{order.id}").status_code == 404
    orders.mark_order_paid(order, actor=None, now=NOW)  # numbered: the receipt exists
    assert client.get(f"/fr/orders/{order.id}/receipts/{order.parts[0].id}").status_code == 404
    token = _token(client)
    response = client.post(f"/fr/orders/{order.id}/cancel", data={"csrf_token": token})
    assert response.status_code == 404
    assert order.status == "paid"


def test_customers_cancel_from_the_order_page(client, shop, customer):
    order = place(customer, {shop["oil"]: 2})
    response = client.post(
        f"/fr/orders/{order.id}/cancel", data={"csrf_token": _token(client)}, follow_redirects=True
    )
    assert response.status_code == 200
    db.session.refresh(order)
    assert order.status == "cancelled"


def test_admin_order_pages_are_for_admins_only(client, shop, customer):
    order = place(customer, {shop["oil"]: 1})
    assert client.get("/fr/admin/orders/").status_code == 403
    assert client.get(f"/fr/admin/orders/{order.id}").status_code == 403
    admin = create_user(email="admin@example.ma", is_admin=True)
    client.post("/fr/account/logout", data={"csrf_token": _token(client)})
    login(client, admin.email, PASSWORD)
    assert order.reference in client.get("/fr/admin/orders/").get_data(as_text=True)
    detail = client.get(f"/fr/admin/orders/{order.id}").get_data(as_text=True)
    assert order.reference in detail


@pytest.mark.parametrize("lang", ["ar", "zgh"])
def test_checkout_pages_work_in_every_language(client, shop, customer, lang):
    _add(client, shop["oil"])
    page = client.get(f"/{lang}/checkout/")
    assert page.status_code == 200
    assert f'lang="{lang}"' in page.get_data(as_text=True)


def test_nonsense_in_the_forms_is_answered_without_an_error_page(client, shop, customer):
    _add(client, shop["oil"])
    _checkout_until_review(client, shop)
    token = _token(client)
    placed = client.post("/fr/checkout/place", data={"expected_total": "abc", "csrf_token": token})
    assert placed.status_code == 302 and placed.headers["Location"].endswith("/checkout/review")
    updated = client.post(
        f"/fr/cart/{shop['oil'].id}/quantity", data={"quantity": "lots", "csrf_token": token}
    )
    assert updated.status_code == 302
    assert db.session.scalar(select(func.count()).select_from(Order)) == 0


def test_the_operator_records_a_transfer_from_the_order_page(client, shop, db_session):
    buyer = create_user(email="achats@ministere.ma")
    create_organisation(members=[buyer])
    order = place(buyer, {shop["oil"]: 1}, payment_method="transfer")
    admin = create_user(email="admin@example.ma", is_admin=True)
    db.session.commit()
    login(client, admin.email, PASSWORD)
    page = client.get(f"/fr/admin/orders/{order.id}").get_data(as_text=True)
    assert 'name="reference"' in page
    client.post(
        f"/fr/admin/orders/{order.id}/transfer",
        data={"reference": "VIR-2026-0042", "csrf_token": csrf_token_from(page)},
    )
    db.session.refresh(order)
    assert order.status == "paid"
