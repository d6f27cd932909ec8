"""Order states: suppliers move their own parts only; every move is recorded and mailed;
cancellations give stock back; delivered parts credit the seller's ledger."""

from datetime import timedelta

import pytest
from sqlalchemy import select

from catalog.models import StockMovement
from shop.errors import AccessDenied
from shop.extensions import db
from shop.ledger.models import LedgerEntry
from shop.orders import services, states
from shop.orders.errors import (
    CancellationRefused,
    OrderNotFound,
    StatusChangeRefused,
    WrongDeliveryMethod,
)
from shop.payments import expiry
from shop.payments import services as payments
from shop.payments.models import Payment
from tests.factories import add_supplier_member, create_user
from tests.mail_support import written_mails
from tests.orders.shopping import (
    NOW,
    place,
    stock_of,
    two_sellers,
)

# Also on PostgreSQL: row locks, RETURNING and savepoints behave differently there.
pytestmark = pytest.mark.databases


@pytest.fixture
def world(db_session):
    world = two_sellers(oil="100.00", olives="40.00")
    staff = create_user(email="staff@example.ma")
    add_supplier_member(world["souss"], staff, "staff")
    return world | {
        "staff": staff,
        "customer": create_user(email="amina@example.ma"),
        "admin": create_user(email="admin@example.ma", is_admin=True),
    }


def _part(order, supplier):
    return next(part for part in order.parts if part.supplier_id == supplier.id)


def test_a_supplier_member_moves_its_part_through_to_delivery(world):
    order = place(world["customer"], {world["oil"]: 1, world["olives"]: 1})
    part = _part(order, world["souss"])
    staff = world["staff"]

    services.start_preparing(staff, part, now=NOW)
    services.mark_shipped(staff, part, now=NOW + timedelta(hours=2), tracking_note="AMANA 123")
    assert order.status == "awaiting_cash"  # the other part has not moved yet
    services.mark_delivered(staff, part, now=NOW + timedelta(days=2))

    assert part.status == "delivered" and part.tracking_note == "AMANA 123"
    moves = [(e.from_status, e.to_status, e.actor_id) for e in order.events if e.part_id == part.id]
    assert moves == [
        ("placed", "awaiting_cash", None),
        ("awaiting_cash", "preparing", staff.id),
        ("preparing", "shipped", staff.id),
        ("shipped", "delivered", staff.id),
    ]


def test_a_member_of_another_supplier_cannot_touch_the_part(world):
    order = place(world["customer"], {world["oil"]: 1})
    part = _part(order, world["souss"])
    for outsider in (world["fes_owner"], world["customer"]):
        with pytest.raises(AccessDenied):
            services.start_preparing(outsider, part, now=NOW)
        with pytest.raises(OrderNotFound):
            services.supplier_part(outsider, part.id)
    assert part.status == "awaiting_cash"
    assert services.supplier_part(world["souss_owner"], part.id) is part
    assert services.supplier_parts(world["souss_owner"], world["souss"]) == [part]
    with pytest.raises(AccessDenied):
        services.supplier_parts(world["fes_owner"], world["souss"])


def test_moves_out_of_order_are_refused(world):
    order = place(world["customer"], {world["oil"]: 1}, payment_method="card")
    part = order.parts[0]
    with pytest.raises(StatusChangeRefused):
        services.start_preparing(world["souss_owner"], part, now=NOW)  # not paid yet
    services.mark_order_paid(order, actor=None, now=NOW)
    with pytest.raises(StatusChangeRefused):
        services.mark_delivered(world["souss_owner"], part, now=NOW)
    services.start_preparing(world["souss_owner"], part, now=NOW)
    with pytest.raises(WrongDeliveryMethod):
        services.mark_ready_for_pickup(world["souss_owner"], part, now=NOW)
    assert part.status == "preparing"


def test_pickup_parts_become_ready_for_pickup_then_delivered(world):
    order = place(world["customer"], {world["olives"]: 2}, deliveries={world["fes"].id: "pickup"})
    part = order.parts[0]
    owner = world["fes_owner"]
    services.start_preparing(owner, part, now=NOW)
    with pytest.raises(WrongDeliveryMethod):
        services.mark_shipped(owner, part, now=NOW)
    services.mark_ready_for_pickup(owner, part, now=NOW)
    services.mark_delivered(owner, part, now=NOW)
    assert order.status == "delivered"


def test_each_change_mails_the_customer(world):
    order = place(world["customer"], {world["oil"]: 1})
    part = order.parts[0]
    owner = world["souss_owner"]
    services.start_preparing(owner, part, now=NOW)
    services.mark_shipped(owner, part, now=NOW)
    services.mark_delivered(owner, part, now=NOW)
    subjects = [mail.subject for mail in written_mails("amina@example.ma")]
    assert len(subjects) == 4  # placed, preparing, shipped, delivered
    assert all(order.reference in subject for subject in subjects)


def test_delivering_a_cash_part_records_the_cash_and_the_ledger(world):
    order = place(world["customer"], {world["oil"]: 2})
    part = order.parts[0]
    owner = world["souss_owner"]
    services.start_preparing(owner, part, now=NOW)
    services.mark_shipped(owner, part, now=NOW)
    services.mark_delivered(owner, part, now=NOW)

    payment = db.session.scalar(select(Payment).where(Payment.order_id == order.id))
    assert (payment.method, payment.status, payment.amount) == ("cash", "succeeded", part.total)
    entries = {e.kind: e for e in db.session.scalars(select(LedgerEntry))}
    assert entries["sale"].amount == part.supplier_amount
    assert entries["cash_collected"].amount == -part.total
    # The seller kept the cash: it owes the commission and the fee.
    assert sum(e.amount for e in entries.values()) == -(part.commission + part.platform_fee)


def test_customer_cancels_an_unpaid_order_and_the_stock_comes_back(world):
    order = place(world["customer"], {world["oil"]: 3, world["olives"]: 1})
    assert stock_of(world["oil"]) == 7
    services.cancel_order_as_customer(world["customer"], order, now=NOW)
    assert order.status == "cancelled"
    assert stock_of(world["oil"]) == 10 and stock_of(world["olives"]) == 10
    reasons = db.session.scalars(select(StockMovement.reason).order_by(StockMovement.id)).all()
    assert reasons == ["sale", "sale", "cancellation", "cancellation"]


def test_cancelling_is_refused_once_a_seller_started_or_for_someone_else(world):
    order = place(world["customer"], {world["oil"]: 1})
    with pytest.raises(OrderNotFound):
        services.cancel_order_as_customer(world["fes_owner"], order, now=NOW)
    services.start_preparing(world["souss_owner"], order.parts[0], now=NOW)
    with pytest.raises(CancellationRefused):
        services.cancel_order_as_customer(world["customer"], order, now=NOW)
    assert stock_of(world["oil"]) == 9


def test_a_seller_cancels_a_cash_part_it_cannot_prepare(world):
    order = place(world["customer"], {world["oil"]: 2, world["olives"]: 1})
    part = _part(order, world["souss"])
    with pytest.raises(AccessDenied):
        services.cancel_part_as_supplier(world["fes_owner"], part, reason="x", now=NOW)
    services.cancel_part_as_supplier(world["souss_owner"], part, reason="Récolte perdue", now=NOW)
    assert part.status == "cancelled" and order.status == "awaiting_cash"
    assert stock_of(world["oil"]) == 10


def test_unpaid_card_orders_expire_and_release_their_stock(world):
    order = place(world["customer"], {world["oil"]: 4}, payment_method="card")
    assert expiry.orders_past_due(NOW + timedelta(minutes=29)) == []
    later = NOW + timedelta(minutes=31)
    assert expiry.orders_past_due(later) == [order.id]

    outcomes = expiry.expire_unpaid_orders(config={}, now=later)

    assert [(o.order_id, o.outcome) for o in outcomes] == [(order.id, "expired")]
    assert order.status == "cancelled" and stock_of(world["oil"]) == 10
    assert expiry.orders_past_due(later) == []


def test_unpaid_transfers_expire_after_ten_days(world):
    buyer = create_user()
    from tests.factories import create_organisation

    create_organisation(members=[buyer])
    order = place(buyer, {world["oil"]: 1}, payment_method="transfer")
    assert expiry.orders_past_due(NOW + timedelta(days=9)) == []
    expiry.expire_unpaid_orders(config={}, now=NOW + timedelta(days=11))
    assert order.status == "cancelled"


def test_a_received_transfer_pays_the_order(world):
    from tests.factories import create_organisation

    buyer = create_user()
    create_organisation(members=[buyer])
    order = place(buyer, {world["oil"]: 1}, payment_method="transfer")
    with pytest.raises(AccessDenied):
        payments.record_transfer_received(buyer, order, reference="VIR-1", now=NOW)
    with pytest.raises(payments.TransferReferenceRequired):
        payments.record_transfer_received(world["admin"], order, reference=" ", now=NOW)
    payments.record_transfer_received(world["admin"], order, reference="VIR-2026-77", now=NOW)
    assert order.status == "paid" and order.paid_at == NOW
    with pytest.raises(payments.NotWaitingForTransfer):
        payments.record_transfer_received(world["admin"], order, reference="VIR-2", now=NOW)


def test_order_status_summarises_the_least_advanced_open_part():
    assert states.summarise(["delivered", "shipped"]) == "shipped"
    assert states.summarise(["delivered", "cancelled"]) == "delivered"
    assert states.summarise(["cancelled", "refunded"]) == "refunded"
    assert states.summarise(["cancelled"]) == "cancelled"


def test_the_expire_command_cancels_orders_past_their_time(runner, world):
    from shop.database import utcnow

    long_ago = utcnow() - timedelta(hours=2)
    order = place(world["customer"], {world["oil"]: 2}, payment_method="card", now=long_ago)
    fresh = place(world["customer"], {world["oil"]: 1}, payment_method="card", now=utcnow())

    result = runner.invoke(args=["orders", "expire"])

    assert result.exit_code == 0, result.output
    assert "1 order(s) past due" in result.output and "expired: 1" in result.output
    assert order.status == "cancelled" and fresh.status == "placed"
    assert stock_of(world["oil"]) == 9
