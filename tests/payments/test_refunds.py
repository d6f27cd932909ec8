"""Refunds, whole order or one supplier's part: through Stripe for cards, recorded for
transfers; stock comes back for parts not yet sent; credited parts are debited."""

import pytest
from sqlalchemy import select

from shop.errors import AccessDenied
from shop.extensions import db
from shop.ledger.models import LedgerEntry
from shop.orders import services as orders
from shop.payments import gateway, refunds, services
from shop.payments.models import Refund
from tests.conftest import csrf_token_from, login
from tests.factories import PASSWORD, create_organisation, create_user
from tests.orders.shopping import NOW, place, stock_of, two_sellers

# Also on PostgreSQL: row locks, RETURNING and savepoints behave differently there.
pytestmark = pytest.mark.databases


@pytest.fixture
def world(db_session):
    return two_sellers() | {
        "customer": create_user(email="amina@example.ma"),
        "admin": create_user(email="admin@example.ma", is_admin=True),
    }


@pytest.fixture
def paid_card_order(world, stripe_config, localstripe):
    order = place(world["customer"], {world["oil"]: 2, world["olives"]: 3}, payment_method="card")
    intent = services.start_card_payment(order, config=stripe_config, now=NOW)
    localstripe.pay(intent.id)
    services.refresh_card_payments(order, config=stripe_config, now=NOW)
    assert order.status == "paid"
    return order, intent.id


def _part(order, supplier):
    return next(part for part in order.parts if part.supplier_id == supplier.id)


def test_one_suppliers_part_is_refunded_through_stripe(
    world, paid_card_order, stripe_config, localstripe
):
    order, intent_id = paid_card_order
    part = _part(order, world["fes"])

    done = refunds.refund_parts(
        world["admin"], order, [part], reason="Olives abîmées", config=stripe_config, now=NOW
    )

    assert [r.amount for r in done] == [part.total]
    assert done[0].method == "stripe" and done[0].provider_refund_id.startswith("re_")
    remote = localstripe.get(f"/v1/refunds?payment_intent={intent_id}")["data"]
    assert [r["amount"] for r in remote] == [gateway.to_minor_units(part.total)]
    assert part.status == "refunded" and part.refunded_amount == part.total
    assert order.status == "paid" and order.refunded_total == part.total
    assert stock_of(world["olives"]) == 10 and stock_of(world["oil"]) == 8


def test_refunding_the_rest_refunds_the_order(world, paid_card_order, stripe_config):
    order, _intent = paid_card_order
    refunds.refund_parts(
        world["admin"],
        order,
        [_part(order, world["fes"])],
        reason="a",
        config=stripe_config,
        now=NOW,
    )
    done = refunds.refund_parts(
        world["admin"], order, None, reason="b", config=stripe_config, now=NOW
    )
    assert len(done) == 1
    assert order.status == "refunded" and order.refunded_total == order.total
    with pytest.raises(refunds.NothingToRefund):
        refunds.refund_parts(world["admin"], order, None, reason="c", config=stripe_config, now=NOW)


def test_a_refund_after_delivery_debits_the_sellers_account(world, paid_card_order, stripe_config):
    order, _intent = paid_card_order
    part = _part(order, world["souss"])
    owner = world["souss_owner"]
    orders.start_preparing(owner, part, now=NOW)
    orders.mark_shipped(owner, part, now=NOW)
    orders.mark_delivered(owner, part, now=NOW)

    refunds.refund_parts(
        world["admin"], order, [part], reason="retour", config=stripe_config, now=NOW
    )

    entries = db.session.scalars(
        select(LedgerEntry).where(LedgerEntry.part_id == part.id).order_by(LedgerEntry.id)
    ).all()
    assert [(e.kind, e.amount) for e in entries] == [
        ("sale", part.supplier_amount),
        ("refund", -part.supplier_amount),
    ]
    assert stock_of(world["oil"]) == 8  # the goods had left: no automatic restock


def test_only_admins_refund_and_customers_only_cancel_before_preparation(
    world, paid_card_order, stripe_config
):
    order, _intent = paid_card_order
    for outsider in (world["customer"], world["souss_owner"]):
        with pytest.raises(AccessDenied):
            refunds.refund_parts(outsider, order, None, reason="x", config=stripe_config, now=NOW)
    orders.start_preparing(world["souss_owner"], _part(order, world["souss"]), now=NOW)
    with pytest.raises(orders.CancellationRefused):
        refunds.cancel_paid_order_as_customer(
            world["customer"], order, config=stripe_config, now=NOW
        )
    assert db.session.scalar(select(Refund)) is None


def test_a_customer_cancels_a_paid_order_and_is_refunded_in_full(
    world, paid_card_order, stripe_config
):
    order, _intent = paid_card_order
    refunds.cancel_paid_order_as_customer(world["customer"], order, config=stripe_config, now=NOW)
    assert order.status == "refunded"
    assert stock_of(world["oil"]) == 10 and stock_of(world["olives"]) == 10


def test_cash_and_unpaid_orders_are_not_refunded(world, stripe_config):
    cash = place(world["customer"], {world["oil"]: 1})
    with pytest.raises(refunds.CashIsNotRefunded):
        refunds.refund_parts(world["admin"], cash, None, reason="x", config=stripe_config, now=NOW)
    unpaid = place(world["customer"], {world["oil"]: 1}, payment_method="card")
    with pytest.raises(refunds.NothingToRefund):
        refunds.refund_parts(
            world["admin"], unpaid, None, reason="x", config=stripe_config, now=NOW
        )


def test_a_part_of_another_order_cannot_be_slipped_in(world, paid_card_order, stripe_config):
    order, _intent = paid_card_order
    other = place(world["customer"], {world["oil"]: 1})
    with pytest.raises(refunds.PartOfAnotherOrder):
        refunds.refund_parts(
            world["admin"], order, other.parts, reason="x", config=stripe_config, now=NOW
        )


def test_transfer_orders_are_refunded_by_hand_and_recorded(world, app):
    buyer = create_user()
    create_organisation(members=[buyer])
    order = place(buyer, {world["olives"]: 2}, payment_method="transfer")
    services.record_transfer_received(world["admin"], order, reference="VIR-9", now=NOW)
    done = refunds.refund_parts(world["admin"], order, None, reason="x", config=app.config, now=NOW)
    assert [(r.method, r.provider_refund_id) for r in done] == [("manual", None)]
    assert order.status == "refunded"


def test_the_admin_refunds_a_part_from_the_order_page(
    client, world, paid_card_order, stripe_config
):
    order, _intent = paid_card_order
    part = _part(order, world["fes"])
    db.session.commit()
    login(client, world["admin"].email, PASSWORD)
    page = client.get(f"/fr/admin/orders/{order.id}").get_data(as_text=True)
    response = client.post(
        f"/fr/admin/orders/{order.id}/refund",
        data={"part": str(part.id), "reason": "Colis perdu", "csrf_token": csrf_token_from(page)},
    )
    assert response.status_code == 302
    db.session.refresh(part)
    assert part.status == "refunded"
