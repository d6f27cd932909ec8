"""The seller ledger: delivered, paid parts credit sellers net of commission and fee;
refunds and cash collected debit them; payout batches pay balances to their RIB."""

import csv
import io
from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from shop.errors import AccessDenied
from shop.extensions import db
from shop.ledger import payouts, services
from shop.ledger.models import LedgerEntry
from shop.orders import services as orders
from shop.payments import services as payments
from tests.conftest import csrf_token_from, login
from tests.factories import PASSWORD, add_supplier_member, create_organisation, create_user
from tests.orders.shopping import (
    NOW,
    VALID_RIB,
    place,
    two_sellers,
)

# Also on PostgreSQL: row locks, RETURNING and savepoints behave differently there.
pytestmark = pytest.mark.databases


@pytest.fixture
def world(db_session):
    buyer = create_user(email="achats@ministere.ma")
    create_organisation(members=[buyer])
    return two_sellers(stock=50) | {
        "buyer": buyer,
        "admin": create_user(email="admin@example.ma", is_admin=True),
    }


def _deliver(part, actor):
    orders.start_preparing(actor, part, now=NOW)
    if part.delivery_method == "home":
        orders.mark_shipped(actor, part, now=NOW)
    else:
        orders.mark_ready_for_pickup(actor, part, now=NOW)
    orders.mark_delivered(actor, part, now=NOW + timedelta(days=1))


def _paid_transfer_order(world, items):
    order = place(world["buyer"], items, payment_method="transfer")
    payments.record_transfer_received(world["admin"], order, reference="VIR", now=NOW)
    return order


def _owner_of(world, part):
    return world["souss_owner"] if part.supplier_id == world["souss"].id else world["fes_owner"]


def test_a_paid_part_is_credited_only_once_delivered(world):
    order = _paid_transfer_order(world, {world["oil"]: 2})
    part = order.parts[0]
    assert services.balance_of(world["souss"].id) == Decimal("0.00")
    _deliver(part, world["souss_owner"])
    # 299.80 of products: 10% commission 29.98, 5% fee 14.99; plus 42.00 of delivery.
    assert services.balance_of(world["souss"].id) == Decimal("296.83")
    entry = db.session.scalar(select(LedgerEntry))
    assert (entry.gross, entry.commission, entry.platform_fee, entry.delivery_fee) == (
        Decimal("341.80"),
        Decimal("29.98"),
        Decimal("14.99"),
        Decimal("42.00"),
    )
    assert services.credit_delivered_part(part, cash_held_by_supplier=False) is entry


def test_the_supplier_sees_every_line_and_nobody_else_does(world):
    order = _paid_transfer_order(world, {world["oil"]: 1, world["olives"]: 1})
    for part in order.parts:
        _deliver(part, _owner_of(world, part))
    statement = services.supplier_statement(world["souss_owner"], world["souss"])
    assert [e.kind for e in statement.entries] == ["sale"]
    assert statement.balance == services.balance_of(world["souss"].id)
    staff = create_user()
    add_supplier_member(world["souss"], staff, "staff")
    for outsider in (world["fes_owner"], staff, world["buyer"]):
        with pytest.raises(AccessDenied):
            services.supplier_statement(outsider, world["souss"])


def test_a_payout_batch_pays_positive_balances_to_their_rib(world):
    order = _paid_transfer_order(world, {world["oil"]: 1, world["olives"]: 3})
    for part in order.parts:
        _deliver(part, _owner_of(world, part))
    owed = {s.id: services.balance_of(s.id) for s in (world["souss"], world["fes"])}

    created = payouts.create_payout_batch(world["admin"])

    batch = created.batch
    assert {line.supplier_id: line.amount for line in batch.lines} == owed
    assert batch.total == sum(owed.values())
    assert all(line.rib == VALID_RIB for line in batch.lines)
    assert services.balance_of(world["souss"].id) == 0 and services.balance_of(world["fes"].id) == 0
    with pytest.raises(payouts.NothingToPay):
        payouts.create_payout_batch(world["admin"])

    rows = list(csv.DictReader(io.StringIO(payouts.export_batch_csv(world["admin"], batch, NOW))))
    assert [(r["supplier"], r["rib"], r["amount"]) for r in rows] == [
        (line.supplier.slug, VALID_RIB, f"{line.amount:.2f}") for line in batch.lines
    ]
    assert batch.status == "exported"
    with pytest.raises(payouts.BankReferenceRequired):
        payouts.mark_batch_paid(world["admin"], batch, "  ", NOW)
    payouts.mark_batch_paid(world["admin"], batch, "BP-2026-11-0042", NOW)
    assert (batch.status, batch.bank_reference) == ("paid", "BP-2026-11-0042")
    with pytest.raises(payouts.BatchAlreadyPaid):
        payouts.cancel_batch(world["admin"], batch)
    kinds = [e.kind for e in services.supplier_statement(world["fes_owner"], world["fes"]).entries]
    assert kinds == ["payout", "sale"]


def test_suppliers_without_a_rib_are_left_out_and_named(world):
    world["fes"].rib = ""
    order = _paid_transfer_order(world, {world["oil"]: 1, world["olives"]: 1})
    for part in order.parts:
        _deliver(part, _owner_of(world, part))
    created = payouts.create_payout_batch(world["admin"])
    assert [line.supplier_id for line in created.batch.lines] == [world["souss"].id]
    assert created.skipped == [world["fes"]]
    assert services.balance_of(world["fes"].id) > 0


def test_cancelling_an_unpaid_batch_owes_the_money_again(world):
    order = _paid_transfer_order(world, {world["oil"]: 1})
    _deliver(order.parts[0], world["souss_owner"])
    owed = services.balance_of(world["souss"].id)
    batch = payouts.create_payout_batch(world["admin"]).batch
    payouts.cancel_batch(world["admin"], batch)
    assert services.balance_of(world["souss"].id) == owed
    with pytest.raises(payouts.BatchCancelled):
        payouts.mark_batch_paid(world["admin"], batch, "REF", NOW)


def test_payouts_are_for_admins_only(world):
    with pytest.raises(AccessDenied):
        payouts.create_payout_batch(world["souss_owner"])
    with pytest.raises(AccessDenied):
        services.supplier_balances(world["souss_owner"])


def test_csv_cells_cannot_become_spreadsheet_formulas(world):
    world["souss"].account_holder = '=HYPERLINK("http://evil")'
    order = _paid_transfer_order(world, {world["oil"]: 1})
    _deliver(order.parts[0], world["souss_owner"])
    batch = payouts.create_payout_batch(world["admin"]).batch
    text = payouts.export_batch_csv(world["admin"], batch, NOW)
    assert "'=HYPERLINK" in text


def test_ledger_pages(client, world):
    order = _paid_transfer_order(world, {world["oil"]: 1})
    _deliver(order.parts[0], world["souss_owner"])
    db.session.commit()
    login(client, world["souss_owner"].email, PASSWORD)
    page = client.get(f"/fr/supplier/{world['souss'].slug}/ledger")
    assert page.status_code == 200 and order.reference in page.get_data(as_text=True)
    assert client.get(f"/fr/supplier/{world['fes'].slug}/ledger").status_code == 403
    assert client.get("/fr/admin/ledger/").status_code == 403

    client.post(
        "/fr/account/logout", data={"csrf_token": csrf_token_from(page.get_data(as_text=True))}
    )
    login(client, world["admin"].email, PASSWORD)
    admin_page = client.get("/fr/admin/ledger/").get_data(as_text=True)
    response = client.post(
        "/fr/admin/ledger/payouts", data={"csrf_token": csrf_token_from(admin_page)}
    )
    assert response.status_code == 302
    batch_url = response.headers["Location"]
    csv_response = client.get(batch_url.rstrip("/") + ".csv")
    assert csv_response.status_code == 200 and VALID_RIB in csv_response.get_data(as_text=True)
    batch_page = client.get(batch_url).get_data(as_text=True)
    paid = client.post(
        batch_url + "/paid",
        data={"bank_reference": "BP-77", "csrf_token": csrf_token_from(batch_page)},
        follow_redirects=True,
    )
    assert "BP-77" in paid.get_data(as_text=True)
