"""Stripe's webhook, with events signed by the suite: only a valid, recent signature acts,
and each event acts once, whatever order events arrive in."""

import json
import time
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from shop.extensions import db
from shop.orders.models import OrderEvent
from shop.payments import services
from shop.payments.models import Payment, ProcessedEvent
from tests.factories import create_user
from tests.mail_support import written_mails
from tests.orders.shopping import NOW, create_shop_product, create_shop_supplier, place, stock_of
from tests.payments.conftest import WEBHOOK_SECRET, event_body, sign

# Also on PostgreSQL: row locks, RETURNING and savepoints behave differently there.
pytestmark = pytest.mark.databases


URL = "/stripe/webhook"


@pytest.fixture
def paid_at_stripe(stripe_config, localstripe, db_session):
    """A card order whose PaymentIntent localstripe has just charged."""
    supplier, _owner, grouping = create_shop_supplier()
    product = create_shop_product(supplier, grouping, price=Decimal("99.50"), stock=5)
    order = place(create_user(email="amina@example.ma"), {product: 2}, payment_method="card")
    intent = services.start_card_payment(order, config=stripe_config, now=NOW)
    localstripe.pay(intent.id)
    db.session.commit()  # a savepoint release: requests in this test see the order
    return order, product, localstripe.get(f"/v1/payment_intents/{intent.id}")


def _post(client, body: str, signature: str | None):
    headers = {"Content-Type": "application/json"}
    if signature is not None:
        headers["Stripe-Signature"] = signature
    return client.post(URL, data=body, headers=headers)


def _paid_events(order) -> int:
    return db.session.scalar(
        select(func.count())
        .select_from(OrderEvent)
        .where(
            OrderEvent.order_id == order.id,
            OrderEvent.part_id.is_(None),
            OrderEvent.to_status == "paid",
        )
    )


def test_a_signed_succeeded_event_pays_the_order(client, paid_at_stripe):
    order, _product, intent = paid_at_stripe
    body = event_body("evt_paid_1", "payment_intent.succeeded", intent)

    response = _post(client, body, sign(body))

    assert response.status_code == 200 and response.json["outcome"] == "paid"
    db.session.refresh(order)
    assert order.status == "paid"
    assert db.session.scalar(select(ProcessedEvent.outcome)) == "paid"


def test_a_redelivered_event_acts_once(client, paid_at_stripe):
    order, _product, intent = paid_at_stripe
    body = event_body("evt_paid_2", "payment_intent.succeeded", intent)
    first = _post(client, body, sign(body))
    second = _post(client, body, sign(body))
    assert (first.json["outcome"], second.json["outcome"]) == ("paid", "duplicate")
    assert _paid_events(order) == 1
    assert len(written_mails("amina@example.ma")) == 2  # placed, paid


def test_a_second_event_for_the_same_payment_changes_nothing(client, paid_at_stripe):
    order, _product, intent = paid_at_stripe
    for event_id in ("evt_a", "evt_b"):
        body = event_body(event_id, "payment_intent.succeeded", intent)
        _post(client, body, sign(body))
    assert _paid_events(order) == 1
    assert db.session.scalar(select(func.count()).select_from(ProcessedEvent)) == 2


def test_a_failure_arriving_after_the_success_is_ignored(client, paid_at_stripe):
    order, product, intent = paid_at_stripe
    succeeded = event_body("evt_ok", "payment_intent.succeeded", intent)
    failed_intent = {
        **intent,
        "status": "requires_payment_method",
        "last_payment_error": {"message": "Your card was declined."},
    }
    failed = event_body("evt_older_failure", "payment_intent.payment_failed", failed_intent)
    _post(client, succeeded, sign(succeeded))
    response = _post(client, failed, sign(failed))
    assert response.status_code == 200
    db.session.refresh(order)
    assert order.status == "paid" and stock_of(product) == 3


@pytest.mark.parametrize(
    "signature",
    [
        None,
        "t=1,v1=deadbeef",
        sign("something else"),
        "garbage",
    ],
    ids=["missing", "wrong", "other-body", "unreadable"],
)
def test_bad_signatures_are_refused_and_change_nothing(client, paid_at_stripe, signature):
    order, _product, intent = paid_at_stripe
    body = event_body("evt_forged", "payment_intent.succeeded", intent)
    response = _post(client, body, signature)
    assert response.status_code == 400
    db.session.refresh(order)
    assert order.status == "placed"
    assert db.session.scalar(select(func.count()).select_from(ProcessedEvent)) == 0


def test_an_event_signed_with_another_secret_is_refused(client, paid_at_stripe):
    order, _product, intent = paid_at_stripe
    body = event_body("evt_other_secret", "payment_intent.succeeded", intent)
    assert _post(client, body, sign(body, secret="whsec_someone_else")).status_code == 400
    db.session.refresh(order)
    assert order.status == "placed"


def test_a_stale_event_is_refused_even_with_a_good_signature(client, paid_at_stripe):
    order, _product, intent = paid_at_stripe
    body = event_body("evt_replayed", "payment_intent.succeeded", intent)
    response = _post(client, body, sign(body, timestamp=int(time.time()) - 600))
    assert response.status_code == 400
    db.session.refresh(order)
    assert order.status == "placed"
    assert db.session.scalar(select(func.count()).select_from(ProcessedEvent)) == 0


def test_without_a_webhook_secret_every_event_is_refused(client, paid_at_stripe, monkeypatch):
    _order, _product, intent = paid_at_stripe
    monkeypatch.setitem(client.application.config, "STRIPE_WEBHOOK_SECRET", "")
    body = event_body("evt_no_secret", "payment_intent.succeeded", intent)
    assert _post(client, body, sign(body)).status_code == 400


def test_an_amount_that_does_not_match_is_not_paid(client, paid_at_stripe):
    order, _product, intent = paid_at_stripe
    body = event_body("evt_cheap", "payment_intent.succeeded", {**intent, "amount": 100})
    response = _post(client, body, sign(body))
    assert response.json["outcome"] == "amount_mismatch"
    db.session.refresh(order)
    assert order.status == "placed"


def test_events_about_unknown_intents_or_other_things_are_acknowledged(client, paid_at_stripe):
    _order, _product, intent = paid_at_stripe
    unknown = event_body("evt_x", "payment_intent.succeeded", {**intent, "id": "pi_not_ours"})
    other = event_body("evt_y", "customer.created", {"object": "customer", "id": "cus_1"})
    assert _post(client, unknown, sign(unknown)).json["outcome"] == "unknown_intent"
    assert _post(client, other, sign(other)).json["outcome"] == "ignored"


def test_a_cancelled_intent_cancels_the_unpaid_order(
    client, localstripe, db_session, stripe_config
):
    supplier, _owner, grouping = create_shop_supplier()
    product = create_shop_product(supplier, grouping, stock=5)
    order = place(create_user(), {product: 2}, payment_method="card")
    intent = services.start_card_payment(order, config=stripe_config, now=NOW)
    db.session.commit()
    remote = localstripe.get(f"/v1/payment_intents/{intent.id}")
    body = event_body("evt_cancel", "payment_intent.canceled", {**remote, "status": "canceled"})
    assert _post(client, body, sign(body)).json["outcome"] == "cancelled"
    db.session.refresh(order)
    assert order.status == "cancelled" and stock_of(product) == 5
    assert db.session.scalar(select(Payment.status)) == "canceled"


def test_the_webhook_needs_no_csrf_token_but_only_accepts_json_events(client, paid_at_stripe):
    body = "not json"
    assert _post(client, body, sign(body)).status_code == 400
    assert json.loads(_post(client, "{}", sign("{}")).get_data(as_text=True))["error"]
    assert WEBHOOK_SECRET.startswith("whsec_")
