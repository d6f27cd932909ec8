"""Placing an order: split per supplier, priced and split exactly, stock taken all or nothing."""

from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from catalog.models import StockMovement
from shop.checkout import placing
from shop.checkout.services import (
    CartNeedsChanges,
    EmptyCart,
    InvalidPhone,
    PaymentMethodNotAllowed,
    PricesChanged,
    make_address,
)
from shop.extensions import db
from shop.orders import services as orders
from shop.orders.errors import SoldOut
from shop.orders.models import Order
from tests.factories import create_organisation, create_user
from tests.mail_support import written_mails
from tests.orders.shopping import (
    NOW,
    choices,
    create_shop_product,
    create_shop_supplier,
    fill_cart,
    place,
    settings,
    stock_of,
)

# Also on PostgreSQL: row locks, RETURNING and savepoints behave differently there.
pytestmark = pytest.mark.databases


@pytest.fixture
def shop(db_session):
    souss, souss_owner, souss_grouping = create_shop_supplier(region="souss-massa")
    fes, fes_owner, _none = create_shop_supplier(region="fes-meknes", commission=None)
    oil = create_shop_product(souss, souss_grouping, price=Decimal("149.90"), stock=10)
    honey = create_shop_product(souss, souss_grouping, price=Decimal("95.00"), stock=10)
    olives = create_shop_product(fes, price=Decimal("33.33"), stock=10, weight_grams=1500)
    customer = create_user(email="amina@example.ma", language="ar")
    return {
        "suppliers": (souss, fes),
        "owners": (souss_owner, fes_owner),
        "oil": oil,
        "honey": honey,
        "olives": olives,
        "customer": customer,
    }


def test_one_order_is_split_into_one_part_per_supplier_with_exact_money(shop):
    order = place(
        shop["customer"],
        {shop["oil"]: 2, shop["honey"]: 1, shop["olives"]: 3},
        deliveries={shop["suppliers"][1].id: "pickup"},
    )
    souss_part, fes_part = sorted(order.parts, key=lambda part: part.supplier_id)
    assert souss_part.items_total == Decimal("394.80")
    # 10% grouping commission and 5% platform fee, rounded to the centime, per line.
    assert souss_part.commission == Decimal("29.98") + Decimal("9.50")
    assert souss_part.platform_fee == Decimal("14.99") + Decimal("4.75")
    assert souss_part.delivery_method == "home"
    # Souss-Massa to Casablanca-Settat, 2.4 kg: 35 MAD for the first kilogram, 7 for each other.
    assert souss_part.delivery_fee == Decimal("49.00")
    assert fes_part.delivery_fee == Decimal("0.00") and fes_part.delivery_method == "pickup"
    assert fes_part.commission == Decimal("0.00")
    for part in order.parts:
        assert part.total == part.items_total + part.delivery_fee
        assert part.supplier_amount + part.commission + part.platform_fee == part.total
    assert order.total == sum(part.total for part in order.parts)
    assert order.ship_phone == "+212612345678"


def test_placing_takes_stock_and_records_a_sale_movement_per_product(shop):
    order = place(shop["customer"], {shop["oil"]: 2, shop["olives"]: 1})
    assert stock_of(shop["oil"]) == 8 and stock_of(shop["olives"]) == 9
    movements = db.session.scalars(select(StockMovement).order_by(StockMovement.product_id)).all()
    assert [(m.reason, m.before, m.after, m.note) for m in movements] == [
        ("sale", 10, 8, order.reference),
        ("sale", 10, 9, order.reference),
    ]
    assert all(m.actor_id == shop["customer"].id for m in movements)


def test_a_sold_out_line_leaves_nothing_behind(shop, monkeypatch):
    customer = shop["customer"]
    cart = fill_cart(customer, {shop["oil"]: 2, shop["olives"]: 5})
    picked = choices()
    quote = placing.quote_cart(cart, picked, settings())
    total = quote.total
    # Someone buys an olive jar between the cart check and the stock update.
    monkeypatch.setattr(placing, "quote_cart", lambda *_args: quote)
    shop["olives"].stock = 4
    db.session.flush()

    with pytest.raises(SoldOut) as error:
        placing.place_order(customer, cart, picked, settings(), expected_total=total, now=NOW)

    assert "Produit test" in str(error.value)
    assert stock_of(shop["oil"]) == 10  # taken first, given back by the rollback
    assert db.session.scalar(select(func.count()).select_from(Order)) == 0
    assert db.session.scalar(select(func.count()).select_from(StockMovement)) == 0
    assert len(cart.lines) == 2  # the cart is kept


def test_cart_lines_with_too_little_stock_stop_the_checkout_before_anything(shop):
    cart = fill_cart(shop["customer"], {shop["oil"]: 5})
    shop["oil"].stock = 3
    db.session.flush()
    with pytest.raises(CartNeedsChanges):
        placing.quote_cart(cart, choices(), settings())


def test_a_changed_price_is_caught_before_charging(shop):
    customer = shop["customer"]
    cart = fill_cart(customer, {shop["oil"]: 1})
    picked = choices()
    seen = placing.quote_cart(cart, picked, settings()).total
    shop["oil"].price = Decimal("159.90")
    db.session.flush()
    with pytest.raises(PricesChanged) as error:
        placing.place_order(customer, cart, picked, settings(), expected_total=seen, now=NOW)
    assert "194" in str(error.value)  # the new total, 159.90 + 35.00 delivery
    assert stock_of(shop["oil"]) == 10


def test_an_empty_cart_cannot_be_ordered(shop):
    cart = fill_cart(shop["customer"], {})
    with pytest.raises(EmptyCart):
        placing.quote_cart(cart, choices(), settings())


def test_receipt_numbers_run_per_supplier_once_paid(shop):
    first = place(shop["customer"], {shop["oil"]: 1, shop["olives"]: 1}, payment_method="card")
    second = place(shop["customer"], {shop["honey"]: 1}, payment_method="card")
    third = place(shop["customer"], {shop["olives"]: 1}, payment_method="card")
    unpaid = place(shop["customer"], {shop["olives"]: 1}, payment_method="card")
    assert all(part.receipt_number is None for part in first.parts)
    for order in (first, second, third):
        orders.mark_order_paid(order, actor=None, now=NOW)
    souss, fes = shop["suppliers"]
    numbers = {
        supplier.id: [
            p.receipt_number
            for o in (first, second, third)
            for p in o.parts
            if p.supplier_id == supplier.id
        ]
        for supplier in (souss, fes)
    }
    assert numbers == {souss.id: [1, 2], fes.id: [1, 2]}
    assert unpaid.parts[0].receipt_number is None  # an expiring order leaves no gap
    assert first.parts[0].receipt_reference.endswith("-000001")


def test_payment_methods_card_only_with_stripe_and_transfer_only_for_organisations(shop):
    customer = shop["customer"]
    with pytest.raises(PaymentMethodNotAllowed):
        place(customer, {shop["oil"]: 1}, payment_method="transfer")
    cart = fill_cart(customer, {})
    with pytest.raises(PaymentMethodNotAllowed):
        placing.place_order(
            customer,
            cart,
            choices("card"),
            settings(card=False),
            expected_total=Decimal("1"),
            now=NOW,
        )
    buyer = create_user(email="achats@ministere.ma")
    organisation = create_organisation(members=[buyer])
    order = place(buyer, {shop["oil"]: 1}, payment_method="transfer")
    assert order.status == "awaiting_transfer"
    assert order.organisation_id == organisation.id


def test_statuses_after_placing_depend_on_the_payment_method(shop):
    cash = place(shop["customer"], {shop["oil"]: 1})
    card = place(shop["customer"], {shop["honey"]: 1}, payment_method="card")
    assert cash.status == "awaiting_cash"
    assert {part.status for part in cash.parts} == {"awaiting_cash"}
    assert cash.payment_due_at is None
    assert card.status == "placed"
    assert card.payment_due_at == NOW + timedelta(minutes=30)
    events = [(e.part_id is None, e.to_status) for e in cash.events]
    assert events[0] == (True, "placed") and (False, "awaiting_cash") in events


def test_placing_mails_the_customer_in_their_language_and_sellers_of_cash_orders(shop):
    order = place(shop["customer"], {shop["oil"]: 1, shop["olives"]: 1})
    mails = written_mails()
    to_customer = [m for m in mails if m.recipient == "amina@example.ma"]
    assert len(to_customer) == 1 and to_customer[0].language == "ar"
    assert order.reference in to_customer[0].subject
    owners = {owner.email for owner in shop["owners"]}
    assert owners <= {m.recipient for m in mails}


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("06 12 34 56 78", "+212612345678"),
        ("+212 7-12-34-56-78", "+212712345678"),
        ("00212522123456", "+212522123456"),
        ("0522.12.34.56", "+212522123456"),
    ],
)
def test_moroccan_phone_numbers_are_normalised(raw, expected):
    assert (
        make_address(
            full_name="A", phone=raw, region="oriental", city="Oujda", street="1 rue"
        ).phone
        == expected
    )


@pytest.mark.parametrize("raw", ["0612", "+33612345678", "0412345678", "06123456789", "abc"])
def test_other_numbers_are_refused(raw):
    with pytest.raises(InvalidPhone):
        make_address(full_name="A", phone=raw, region="oriental", city="Oujda", street="1 rue")
