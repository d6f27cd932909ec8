"""Card payments with the real Stripe SDK against localstripe: PaymentIntents in MAD
centimes, one idempotency key per attempt, paid only on Stripe's word."""

from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from shop.cart.models import Cart
from shop.extensions import db
from shop.orders import services as orders
from shop.payments import expiry, gateway, services
from shop.payments.models import Payment
from tests.conftest import login
from tests.factories import PASSWORD, create_user
from tests.mail_support import written_mails
from tests.orders.shopping import NOW, create_shop_product, create_shop_supplier, place, stock_of

# Also on PostgreSQL: row locks, RETURNING and savepoints behave differently there.
pytestmark = pytest.mark.databases


@pytest.fixture
def shop(db_session):
    supplier, owner, grouping = create_shop_supplier()
    return {
        "oil": create_shop_product(supplier, grouping, price=Decimal("149.90"), stock=10),
        "customer": create_user(email="amina@example.ma"),
        "owner": owner,
    }


def _card_order(shop, quantity=2, now=NOW):
    return place(shop["customer"], {shop["oil"]: quantity}, payment_method="card", now=now)


def test_amounts_cross_to_stripe_in_centimes_only():
    assert gateway.to_minor_units(Decimal("149.90")) == 14990
    assert gateway.from_minor_units(14990) == Decimal("149.90")
    with pytest.raises(ValueError, match="decimal places"):
        gateway.to_minor_units(Decimal("0.001"))


def test_a_payment_intent_carries_the_amount_the_currency_and_the_order(
    stripe_config, localstripe, shop
):
    order = _card_order(shop)
    intent = services.start_card_payment(order, config=stripe_config, now=NOW)

    remote = localstripe.get(f"/v1/payment_intents/{intent.id}")
    assert remote["amount"] == gateway.to_minor_units(order.total)
    assert remote["currency"] == "mad"
    assert remote["metadata"]["order_id"] == str(order.id)
    payment = db.session.scalar(select(Payment).where(Payment.intent_id == intent.id))
    assert payment.idempotency_key == f"souk-order-{order.id}-attempt-1"
    assert intent.client_secret.startswith(intent.id)
    # Reloading the pay page reuses the open intent instead of starting another.
    assert services.start_card_payment(order, config=stripe_config, now=NOW).id == intent.id
    assert db.session.scalar(select(func.count()).select_from(Payment)) == 1


def test_without_stripe_keys_card_payment_is_unavailable(app, shop):
    order = _card_order(shop)
    assert not gateway.is_configured(app.config)
    with pytest.raises(gateway.CardPaymentsUnavailable):
        services.start_card_payment(order, config=app.config, now=NOW)


def test_the_time_to_pay_runs_out(stripe_config, shop):
    order = _card_order(shop)
    with pytest.raises(services.PaymentTimeOver):
        services.start_card_payment(order, config=stripe_config, now=NOW + timedelta(hours=1))


def test_the_order_is_paid_from_a_server_side_retrieval(stripe_config, localstripe, shop):
    order = _card_order(shop)
    intent = services.start_card_payment(order, config=stripe_config, now=NOW)
    localstripe.pay(intent.id)

    services.refresh_card_payments(order, config=stripe_config, now=NOW)

    assert order.status == "paid" and order.paid_at == NOW
    services.refresh_card_payments(order, config=stripe_config, now=NOW)  # nothing more
    assert len(written_mails("amina@example.ma")) == 2  # placed, then paid once


def test_a_declined_card_cancels_the_order_and_gives_stock_and_cart_back(
    stripe_config, localstripe, shop
):
    order = _card_order(shop, quantity=3)
    assert stock_of(shop["oil"]) == 7
    intent = services.start_card_payment(order, config=stripe_config, now=NOW)
    assert localstripe.pay(intent.id, "4000000000000341")["status"] == 402

    services.refresh_card_payments(order, config=stripe_config, now=NOW)

    payment = db.session.scalar(select(Payment))
    assert payment.status == "failed" and "declined" in payment.failure_message
    assert order.status == "cancelled" and stock_of(shop["oil"]) == 10
    # The intent is closed at Stripe, so it cannot be paid afterwards.
    assert localstripe.get(f"/v1/payment_intents/{intent.id}")["status"] == "canceled"
    cart = db.session.scalar(select(Cart).where(Cart.user_id == shop["customer"].id))
    assert [(line.product_id, line.quantity) for line in cart.lines] == [(shop["oil"].id, 3)]


def test_expiry_cancels_the_open_intent_then_the_order(stripe_config, localstripe, shop):
    order = _card_order(shop)
    intent = services.start_card_payment(order, config=stripe_config, now=NOW)
    outcomes = expiry.expire_unpaid_orders(config=stripe_config, now=NOW + timedelta(hours=1))
    assert [o.outcome for o in outcomes] == ["expired"]
    assert localstripe.get(f"/v1/payment_intents/{intent.id}")["status"] == "canceled"
    assert order.status == "cancelled" and stock_of(shop["oil"]) == 10


def test_expiry_finds_a_payment_made_at_the_last_second(stripe_config, localstripe, shop):
    order = _card_order(shop)
    intent = services.start_card_payment(order, config=stripe_config, now=NOW)
    localstripe.pay(intent.id)
    outcomes = expiry.expire_unpaid_orders(config=stripe_config, now=NOW + timedelta(hours=1))
    assert [o.outcome for o in outcomes] == ["paid"]
    assert order.status == "paid" and stock_of(shop["oil"]) == 8


def test_a_late_payment_revives_the_order_when_the_stock_is_still_there(
    stripe_config, localstripe, shop
):
    order = _card_order(shop)
    intent = services.start_card_payment(order, config=stripe_config, now=NOW)
    # Cancelled while its intent stayed open (say, by hand), and the customer paid anyway.
    orders.cancel_order(order, actor=None, reason="admin", now=NOW)
    localstripe.pay(intent.id)

    services.apply_intent(
        gateway.retrieve_payment_intent(stripe_config, intent.id), config=stripe_config, now=NOW
    )

    assert order.status == "paid" and stock_of(shop["oil"]) == 8


def test_a_late_payment_is_refunded_when_the_stock_was_sold_meanwhile(
    stripe_config, localstripe, shop
):
    order = _card_order(shop, quantity=6)
    intent = services.start_card_payment(order, config=stripe_config, now=NOW)
    orders.cancel_order(order, actor=None, reason="admin", now=NOW)
    place(create_user(), {shop["oil"]: 8})  # the freed units are sold to someone else
    localstripe.pay(intent.id)

    outcome = services.apply_intent(
        gateway.retrieve_payment_intent(stripe_config, intent.id), config=stripe_config, now=NOW
    )

    assert outcome == "refunded"
    assert order.status == "cancelled" and order.refunded_total == order.total
    refunds = localstripe.get(f"/v1/refunds?payment_intent={intent.id}")["data"]
    assert [r["amount"] for r in refunds] == [gateway.to_minor_units(order.total)]


def test_the_browser_return_alone_never_marks_an_order_paid(
    client, stripe_config, localstripe, shop
):
    order = _card_order(shop)
    login(client, shop["customer"].email, PASSWORD)
    page = client.get(f"/fr/orders/{order.id}/pay")
    html = page.get_data(as_text=True)
    assert page.status_code == 200 and page.headers["Cache-Control"] == "no-store"
    # The stand-in Stripe server may serve Stripe.js on this page, and only there.
    assert localstripe.api_base in page.headers["Content-Security-Policy"]
    home = client.get("/fr/")
    assert localstripe.api_base not in home.headers.get("Content-Security-Policy", "")
    assert f"{localstripe.api_base}/js.stripe.com/v3/" in html
    assert localstripe.publishable_key in html and localstripe.secret_key not in html
    # The card form has no field of its own that could carry card data to our server.
    form = html.split('id="card-payment"')[1].split("</form>")[0]
    assert "name=" not in form and "action=" not in form

    forged = client.get(
        f"/fr/orders/{order.id}/payment-return?payment_intent=pi_forged&redirect_status=succeeded"
    )
    assert forged.status_code == 302
    db.session.refresh(order)
    assert order.status == "placed"

    localstripe.pay(db.session.scalar(select(Payment.intent_id)))
    client.get(f"/fr/orders/{order.id}/payment-return")
    db.session.refresh(order)
    assert order.status == "paid"


def test_nobody_else_can_open_the_pay_page(client, stripe_config, shop):
    order = _card_order(shop)
    login(client, shop["owner"].email, PASSWORD)
    assert client.get(f"/fr/orders/{order.id}/pay").status_code == 404
    assert client.get(f"/fr/orders/{order.id}/payment-return").status_code == 404


def test_expiry_waits_when_stripe_cannot_be_asked(stripe_config, shop):
    order = _card_order(shop)
    services.start_card_payment(order, config=stripe_config, now=NOW)
    outcome = expiry.expire_order(order.id, config={}, now=NOW + timedelta(hours=1))
    assert outcome.outcome == "stripe_unreachable"
    assert order.status == "placed" and stock_of(shop["oil"]) == 8


def test_a_customer_cancelling_an_unpaid_card_order_closes_its_intent(
    client, stripe_config, localstripe, shop
):
    order = _card_order(shop)
    intent = services.start_card_payment(order, config=stripe_config, now=NOW)
    services.cancel_unpaid_order_as_customer(shop["customer"], order, config=stripe_config, now=NOW)
    assert order.status == "cancelled" and stock_of(shop["oil"]) == 10
    assert localstripe.get(f"/v1/payment_intents/{intent.id}")["status"] == "canceled"


def test_a_customer_cancelling_just_after_paying_is_refunded(stripe_config, localstripe, shop):
    order = _card_order(shop)
    intent = services.start_card_payment(order, config=stripe_config, now=NOW)
    localstripe.pay(intent.id)
    services.cancel_unpaid_order_as_customer(shop["customer"], order, config=stripe_config, now=NOW)
    assert order.status == "refunded" and order.refunded_total == order.total
    assert stock_of(shop["oil"]) == 10
