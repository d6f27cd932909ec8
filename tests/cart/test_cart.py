"""The cart: several suppliers, stock checked, kept for anonymous visitors, merged at login."""

from decimal import Decimal

import pytest
from sqlalchemy import func, select

from shop.cart import services
from shop.cart.models import Cart, CartLine
from shop.extensions import db
from tests.conftest import csrf_token_from, login
from tests.factories import PASSWORD, create_product, create_supplier, create_user
from tests.orders.shopping import create_shop_product, create_shop_supplier


@pytest.fixture
def customer(db_session):
    return create_user(email="amina@example.ma")


def test_cart_holds_products_of_several_suppliers_grouped_by_supplier(customer):
    first, _owner, grouping = create_shop_supplier()
    second, _owner2, _g = create_shop_supplier(region="fes-meknes", commission=None)
    oil = create_shop_product(first, grouping, price=Decimal("120.00"), stock=5)
    honey = create_shop_product(second, price=Decimal("80.50"), stock=5)
    cart = services.open_cart(user=customer)
    services.add_to_cart(cart, oil, 2)
    services.add_to_cart(cart, honey, 1)
    services.add_to_cart(cart, oil, 1)

    review = services.review_cart(cart)

    assert {group.supplier.id for group in review.groups} == {first.id, second.id}
    assert review.item_count == 4
    assert review.total == Decimal("440.50")
    assert not review.problems


def test_adding_more_than_the_stock_is_refused_with_the_quantity_left(customer):
    product = create_product(stock=3, names={"fr": "Huile d'argan"})
    cart = services.open_cart(user=customer)
    services.add_to_cart(cart, product, 2)
    with pytest.raises(services.NotEnoughStock) as error:
        services.add_to_cart(cart, product, 2)
    assert "3" in str(error.value) and "Huile d'argan" in str(error.value)
    assert cart.lines[0].quantity == 2


def test_sold_out_and_withdrawn_products_cannot_be_added(customer):
    cart = services.open_cart(user=customer)
    with pytest.raises(services.ProductSoldOut):
        services.add_to_cart(cart, create_product(stock=0), 1)
    with pytest.raises(services.ProductUnavailable):
        services.add_to_cart(cart, create_product(status="draft"), 1)
    with pytest.raises(services.ProductUnavailable):
        services.add_to_cart(cart, create_product(supplier=create_supplier(status="suspended")), 1)
    assert cart.lines == []


@pytest.mark.parametrize("quantity", [0, -1, 100])
def test_quantities_outside_one_to_ninety_nine_are_refused(customer, quantity):
    cart = services.open_cart(user=customer)
    with pytest.raises(services.InvalidQuantity):
        services.add_to_cart(cart, create_product(stock=500), quantity)


def test_setting_a_quantity_to_zero_removes_the_line(customer):
    product = create_product(stock=5)
    cart = services.open_cart(user=customer)
    services.add_to_cart(cart, product, 2)
    services.set_quantity(cart, product.id, 4)
    assert cart.lines[0].quantity == 4
    with pytest.raises(services.NotEnoughStock):
        services.set_quantity(cart, product.id, 6)
    services.set_quantity(cart, product.id, 0)
    assert cart.lines == []


def test_review_reports_lines_that_can_no_longer_be_bought(customer):
    product = create_product(stock=5, names={"fr": "Miel de thym"})
    cart = services.open_cart(user=customer)
    services.add_to_cart(cart, product, 4)
    product.stock = 2
    db.session.flush()
    review = services.review_cart(cart)
    assert len(review.problems) == 1
    assert "Miel de thym" in review.problems[0]


def test_prices_in_the_review_are_the_catalog_prices_of_now(customer):
    product = create_product(stock=5, price=Decimal("100.00"))
    cart = services.open_cart(user=customer)
    services.add_to_cart(cart, product, 2)
    product.price = Decimal("110.00")
    db.session.flush()
    assert services.review_cart(cart).total == Decimal("220.00")


def test_merging_adds_quantities_within_the_stock_and_drops_the_anonymous_cart(customer):
    scarce = create_product(stock=3)
    plenty = create_product(stock=50)
    saved = services.open_cart(user=customer)
    services.add_to_cart(saved, scarce, 2)
    anonymous = services.open_cart(token=services.new_cart_token())
    services.add_to_cart(anonymous, scarce, 2)
    services.add_to_cart(anonymous, plenty, 5)

    services.merge_carts(anonymous, saved)

    quantities = {line.product_id: line.quantity for line in saved.lines}
    assert quantities == {scarce.id: 3, plenty.id: 5}
    assert db.session.scalar(select(func.count()).select_from(Cart)) == 1


def _anonymous_token(client) -> str:
    return csrf_token_from(client.get("/fr/account/login").get_data(as_text=True))


def test_an_anonymous_visitors_cart_is_kept_and_merged_at_login(client, customer):
    product = create_product(stock=5, names={"fr": "Couscous d'orge"})
    response = client.post(
        "/fr/cart/add",
        data={"sku": product.sku, "quantity": "2", "csrf_token": _anonymous_token(client)},
    )
    assert response.status_code == 302
    page = client.get("/fr/cart/").get_data(as_text=True)
    assert "Couscous d&#39;orge" in page or "Couscous d'orge" in page

    login(client, customer.email, PASSWORD)

    line = db.session.scalar(select(CartLine).join(Cart).where(Cart.user_id == customer.id))
    assert line is not None and line.quantity == 2
    assert db.session.scalar(select(func.count()).select_from(Cart)) == 1
    assert "Couscous" in client.get("/fr/cart/").get_data(as_text=True)


def test_cart_page_shows_each_supplier_and_a_clear_error_when_adding_too_much(client, customer):
    product = create_product(stock=1, names={"fr": "Tapis Boucherouite"})
    login(client, customer.email, PASSWORD)
    token = _anonymous_token(client)
    client.post("/fr/cart/add", data={"sku": product.sku, "quantity": "1", "csrf_token": token})
    response = client.post(
        "/fr/cart/add",
        data={"sku": product.sku, "quantity": "1", "csrf_token": token},
        follow_redirects=True,
    )
    assert "Tapis Boucherouite" in response.get_data(as_text=True)
    assert "1" in response.get_data(as_text=True)
    page = client.get("/ar/cart/")
    assert page.status_code == 200
    assert 'dir="rtl"' in page.get_data(as_text=True)


def test_adding_without_a_csrf_token_is_refused(client, customer):
    product = create_product(stock=5)
    response = client.post("/fr/cart/add", data={"sku": product.sku, "quantity": "1"})
    assert response.status_code == 400
    assert db.session.scalar(select(func.count()).select_from(CartLine)) == 0


def test_unknown_product_gives_404(client):
    response = client.post(
        "/fr/cart/add",
        data={"sku": "NOPE", "quantity": "1", "csrf_token": _anonymous_token(client)},
    )
    assert response.status_code == 404


def test_old_anonymous_carts_are_purged_but_customers_carts_stay(runner, customer):
    from datetime import timedelta

    from shop.database import utcnow

    product = create_product(stock=5)
    services.add_to_cart(services.open_cart(user=customer), product, 1)
    old = services.open_cart(token=services.new_cart_token())
    services.add_to_cart(old, product, 1)
    old.updated_at = utcnow() - timedelta(days=40)
    fresh = services.open_cart(token=services.new_cart_token())
    services.add_to_cart(fresh, product, 1)
    db.session.flush()

    result = runner.invoke(args=["cart", "purge", "--days", "30"])

    assert result.exit_code == 0 and "1 anonymous cart" in result.output
    assert db.session.scalar(select(func.count()).select_from(Cart)) == 2


def test_the_add_to_cart_form_for_product_pages(app, db_session):
    from flask import render_template

    product = create_product(stock=3)
    with app.test_request_context("/fr/"):
        app.preprocess_request()
        html = render_template("cart/_add_to_cart.html", product=product)
        sold_out = render_template("cart/_add_to_cart.html", product=create_product(stock=0))
    assert 'action="/fr/cart/add"' in html and f'value="{product.sku}"' in html
    assert 'max="3"' in html and 'name="csrf_token"' in html
    assert "<form" not in sold_out
