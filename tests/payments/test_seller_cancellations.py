"""A seller who cannot supply: one line, or a whole part. Stock goes back, the customer
reads the seller's reason in their language, a paid line or part is refunded through
Stripe (localstripe), and the money still balances to the centime."""

from decimal import Decimal

import pytest
from sqlalchemy import select

from shop.errors import AccessDenied
from shop.extensions import db
from shop.ledger.services import check_order_money
from shop.orders import seller_cancellations, services
from shop.orders.errors import CancellationRefused, OrderNotFound
from shop.payments import gateway
from shop.payments import services as payments
from shop.payments.models import Refund
from tests.factories import create_user
from tests.mail_support import last_mail
from tests.orders.shopping import (
    NOW,
    create_shop_product,
    place,
    stock_of,
    two_sellers,
)

# Also on PostgreSQL: row locks, RETURNING and savepoints behave differently there.
pytestmark = pytest.mark.databases


@pytest.fixture
def world(db_session):
    world = two_sellers()
    honey = create_shop_product(world["souss"], world["grouping"], price=Decimal("85.00"), stock=10)
    customer = create_user(email="amina@example.ma", preferred_language="ar")
    return world | {"honey": honey, "customer": customer}


def _order(world, payment_method="cash"):
    items = {world["oil"]: 2, world["honey"]: 3, world["olives"]: 1}
    return place(world["customer"], items, payment_method=payment_method)


def _souss_part(world, order):
    return next(part for part in order.parts if part.supplier_id == world["souss"].id)


def _line(part, product):
    return next(line for line in part.lines if line.product_id == product.id)


def test_a_cash_line_is_cancelled_and_the_rest_goes_on(world):
    order = _order(world)
    part = _souss_part(world, order)
    honey = _line(part, world["honey"])
    part_total, order_total = part.total, order.total
    supplier_amount = part.supplier_amount

    seller_cancellations.cancel_line(
        world["souss_owner"], part, honey.id, reason="Plus de miel cette saison", config={}, now=NOW
    )

    assert honey.is_cancelled and honey.cancel_reason == "Plus de miel cette saison"
    assert part.status == "awaiting_cash" and [line.id for line in part.open_lines] == [
        _line(part, world["oil"]).id
    ]
    assert part.total == part_total - Decimal("255.00")
    assert order.total == order_total - Decimal("255.00")
    assert part.supplier_amount == supplier_amount - honey.supplier_share
    assert stock_of(world["honey"]) == 10 and stock_of(world["oil"]) == 8
    assert services.stock_requests([part])[0].product_id == world["oil"].id
    mail = last_mail()
    assert mail.recipient == "amina@example.ma" and mail.language == "ar"
    assert "Plus de miel cette saison" in mail.body and "Plus de miel" not in mail.subject
    assert db.session.scalar(select(Refund.id)) is None  # nothing was paid yet


def test_cash_collected_at_delivery_is_the_new_total_and_the_money_balances(world):
    order = _order(world)
    part = _souss_part(world, order)
    owner = world["souss_owner"]
    seller_cancellations.cancel_line(
        owner, part, _line(part, world["honey"]).id, reason="Épuisé", config={}, now=NOW
    )
    services.start_preparing(owner, part, now=NOW)
    services.mark_shipped(owner, part, now=NOW, tracking_note="Amana 1")
    services.mark_delivered(owner, part, now=NOW)

    check = check_order_money(order)
    assert check.paid == part.total == Decimal("299.80") + part.delivery_fee
    assert check.balanced, check


def test_the_last_line_cancels_the_whole_part(world):
    order = _order(world)
    part = _souss_part(world, order)
    for product in (world["honey"], world["oil"]):
        seller_cancellations.cancel_line(
            world["souss_owner"],
            part,
            _line(part, product).id,
            reason="Atelier fermé",
            config={},
            now=NOW,
        )
    assert part.status == "cancelled" and order.status == "awaiting_cash"
    assert stock_of(world["honey"]) == 10 and stock_of(world["oil"]) == 10
    assert "Atelier fermé" in last_mail().body


def test_only_the_parts_seller_may_cancel_its_lines_while_the_goods_are_here(world):
    order = _order(world)
    part = _souss_part(world, order)
    other_part = next(p for p in order.parts if p is not part)
    honey = _line(part, world["honey"])
    with pytest.raises(AccessDenied):
        seller_cancellations.cancel_line(
            world["fes_owner"], part, honey.id, reason="x", config={}, now=NOW
        )
    with pytest.raises(OrderNotFound):  # a line of another part through this part
        seller_cancellations.cancel_line(
            world["souss_owner"], part, other_part.lines[0].id, reason="x", config={}, now=NOW
        )
    services.start_preparing(world["souss_owner"], part, now=NOW)
    services.mark_shipped(world["souss_owner"], part, now=NOW)
    with pytest.raises(CancellationRefused):
        seller_cancellations.cancel_line(
            world["souss_owner"], part, honey.id, reason="x", config={}, now=NOW
        )
    assert not honey.is_cancelled and stock_of(world["honey"]) == 7


@pytest.fixture
def paid_order(world, stripe_config, localstripe):
    order = _order(world, payment_method="card")
    intent = payments.start_card_payment(order, config=stripe_config, now=NOW)
    localstripe.pay(intent.id)
    payments.refresh_card_payments(order, config=stripe_config, now=NOW)
    assert order.status == "paid"
    return order, intent.id


def test_a_paid_line_is_refunded_through_stripe(world, paid_order, stripe_config, localstripe):
    order, intent_id = paid_order
    part = _souss_part(world, order)
    honey = _line(part, world["honey"])

    seller_cancellations.cancel_line(
        world["souss_owner"], part, honey.id, reason="Pots cassés", config=stripe_config, now=NOW
    )

    refund = db.session.scalar(select(Refund).where(Refund.line_id == honey.id))
    assert refund.amount == Decimal("255.00") and refund.provider_refund_id.startswith("re_")
    remote = localstripe.get(f"/v1/refunds?payment_intent={intent_id}")["data"]
    assert [r["amount"] for r in remote] == [gateway.to_minor_units(Decimal("255.00"))]
    assert order.refunded_total == part.refunded_amount == Decimal("255.00")
    assert part.status == "paid" and stock_of(world["honey"]) == 10
    assert "Pots cassés" in last_mail().body
    assert check_order_money(order).balanced

    # Delivered later: the seller is credited for what it sent; the money still balances.
    services.start_preparing(world["souss_owner"], part, now=NOW)
    services.mark_shipped(world["souss_owner"], part, now=NOW)
    services.mark_delivered(world["souss_owner"], part, now=NOW)
    check = check_order_money(order)
    assert check.balanced, check


def test_a_seller_cancels_a_paid_part_and_the_customer_is_refunded(
    world, paid_order, stripe_config, localstripe
):
    order, intent_id = paid_order
    part = _souss_part(world, order)
    seller_cancellations.cancel_line(
        world["souss_owner"],
        part,
        _line(part, world["honey"]).id,
        reason="a",
        config=stripe_config,
        now=NOW,
    )
    remaining = part.total

    seller_cancellations.cancel_part(
        world["souss_owner"], part, reason="Sécheresse", config=stripe_config, now=NOW
    )

    assert part.status == "refunded"
    assert part.refunded_amount == Decimal("255.00") + remaining
    amounts = sorted(
        r["amount"] for r in localstripe.get(f"/v1/refunds?payment_intent={intent_id}")["data"]
    )
    assert amounts == sorted([25500, gateway.to_minor_units(remaining)])
    assert stock_of(world["oil"]) == 10 and stock_of(world["honey"]) == 10
    assert "Sécheresse" in last_mail().body
    assert check_order_money(order).balanced
