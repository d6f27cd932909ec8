"""Money is conserved, order by order, to the centime: what the customer paid, less what
was refunded, equals what sellers were credited plus groupings' commissions plus the
marketplace's fees; with card (through localstripe), cash and transfer, odd prices,
deliveries, cancellations and refunds before and after delivery."""

import random
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from shop.extensions import db
from shop.ledger.models import LedgerEntry
from shop.ledger.services import check_order_money
from shop.orders import services as orders
from shop.payments import refunds
from shop.payments import services as payments
from shop.payments.models import Payment, Refund
from tests.factories import create_organisation, create_user
from tests.orders.shopping import NOW, create_shop_product, create_shop_supplier, place

# Also on PostgreSQL: row locks, RETURNING and savepoints behave differently there.
pytestmark = pytest.mark.databases


ORDERS = 24


@pytest.fixture
def market(db_session):
    rng = random.Random(7)
    suppliers = []
    for region, commission in (
        ("souss-massa", "0.1000"),
        ("oriental", "0.0750"),
        ("dakhla-oued-ed-dahab", None),
    ):
        supplier, owner, grouping = create_shop_supplier(region=region, commission=commission)
        products = [
            create_shop_product(
                supplier,
                grouping,
                stock=500,
                price=Decimal(rng.randint(100, 99999)) / 100,
                weight_grams=rng.randint(100, 4000),
            )
            for _ in range(3)
        ]
        suppliers.append((supplier, owner, products))
    buyer = create_user()
    create_organisation(members=[buyer])
    return {"rng": rng, "suppliers": suppliers, "buyer": buyer, "admin": create_user(is_admin=True)}


def _deliver(part, owner):
    orders.start_preparing(owner, part, now=NOW)
    if part.delivery_method == "home":
        orders.mark_shipped(owner, part, now=NOW)
    else:
        orders.mark_ready_for_pickup(owner, part, now=NOW)
    orders.mark_delivered(owner, part, now=NOW)


def test_every_order_balances_to_the_centime(market, stripe_config, localstripe):
    rng, admin = market["rng"], market["admin"]
    owners = {supplier.id: owner for supplier, owner, _products in market["suppliers"]}
    placed = []
    for _ in range(ORDERS):
        method = rng.choice(["card", "cash", "transfer"])
        customer = market["buyer"] if method == "transfer" else create_user()
        chosen = rng.sample(market["suppliers"], rng.randint(1, 3))
        items = {rng.choice(products): rng.randint(1, 4) for _s, _o, products in chosen}
        deliveries = {s.id: rng.choice(["home", "pickup"]) for s, _o, _p in chosen}
        order = place(customer, items, payment_method=method, deliveries=deliveries)
        if method == "card":
            intent = payments.start_card_payment(order, config=stripe_config, now=NOW)
            localstripe.pay(intent.id)
            payments.refresh_card_payments(order, config=stripe_config, now=NOW)
        elif method == "transfer":
            payments.record_transfer_received(admin, order, reference="VIR", now=NOW)

        fate = rng.choice(["deliver", "deliver", "refund_one_first", "refund_after", "cancel"])
        if fate == "cancel":
            if order.paid_at is None:
                orders.cancel_order_as_customer(customer, order, now=NOW)
            else:
                refunds.cancel_paid_order_as_customer(
                    customer, order, config=stripe_config, now=NOW
                )
        else:
            parts = list(order.parts)
            if fate == "refund_one_first" and method != "cash":
                refunds.refund_parts(
                    admin, order, parts[:1], reason="x", config=stripe_config, now=NOW
                )
                parts = parts[1:]
            for part in parts:
                _deliver(part, owners[part.supplier_id])
            if fate == "refund_after" and method != "cash":
                refunds.refund_parts(
                    admin, order, None, reason="retour", config=stripe_config, now=NOW
                )
        placed.append(order)

    for order in placed:
        money = check_order_money(order)
        assert money.unsettled == 0, order.reference
        assert money.paid - money.refunded == (
            money.supplier_credits + money.commissions + money.platform_fees
        ), (order.reference, money)
        assert money.balanced

    # And over the whole market: every dirham received is somewhere.
    received = db.session.scalar(
        select(func.sum(Payment.amount)).where(Payment.status == "succeeded")
    )
    given_back = db.session.scalar(select(func.coalesce(func.sum(Refund.amount), 0)))
    sums = db.session.execute(
        select(
            func.sum(LedgerEntry.amount),
            func.sum(LedgerEntry.commission),
            func.sum(LedgerEntry.platform_fee),
        ).where(LedgerEntry.kind.in_(("sale", "refund")))
    ).one()
    assert received - given_back == sums[0] + sums[1] + sums[2]
    assert {o.status for o in placed} >= {"delivered", "refunded", "cancelled"}
