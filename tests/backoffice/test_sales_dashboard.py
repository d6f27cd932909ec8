"""The seller's sales dashboard: figures from the ledger and orders, charts drawn as SVG
shapes without script or style attributes, for owners and managers only."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from flask_babel import force_locale

from shop.backoffice.sales import month_columns
from shop.errors import AccessDenied
from shop.ledger import payouts, sales
from shop.orders import services
from tests.backoffice.listing_support import log_in
from tests.backoffice.test_seller_orders import build_world
from tests.factories import create_user
from tests.orders.shopping import NOW, place

pytestmark = pytest.mark.databases


@pytest.fixture(autouse=True)
def _english(db_session):
    with force_locale("en"):
        yield


@pytest.fixture
def world(db_session):
    return build_world()


def _deliver(world, part):
    services.start_preparing(world.owner, part, now=NOW)
    services.mark_shipped(world.owner, part, now=NOW, tracking_note="Amana")
    services.mark_delivered(world.owner, part, now=NOW)


def test_figures_add_up_from_delivered_parts(world):
    _deliver(world, world.part())
    place(world.customer, {world.oil: 1})  # sold, not delivered yet
    figures = sales.sales_figures(
        world.owner, world.mine, today=NOW.date(), language="ar", months=3
    )
    assert [m.month for m in figures.months] == [
        date(2026, 9, 1),
        date(2026, 10, 1),
        date(2026, 11, 1),
    ]
    assert figures.months[-1].amount == world.part().total
    assert figures.revenue_total == world.part().total
    top = figures.top_products[0]
    assert (top.name, top.quantity, top.amount) == ("زيت الأركان", 3, Decimal("300.00"))
    assert figures.parts_by_status == {"awaiting_cash": 1, "delivered": 1}
    # Cash on delivery: the seller holds the customer's money and owes the commission.
    assert figures.balance == world.part().supplier_amount - world.part().total
    assert figures.payouts == []


def test_payout_history_lists_the_suppliers_own_transfers(world):
    order = place(world.customer, {world.oil: 1}, payment_method="card", card=True)
    services.mark_order_paid(order, actor=None, now=NOW)
    _deliver(world, order.parts[0])
    owed = sales.sales_figures(world.owner, world.mine, today=NOW.date(), language="fr").balance
    admin = create_user(email="admin@example.ma", is_admin=True)
    batch = payouts.create_payout_batch(admin).batch
    history = sales.payout_history(world.mine)
    assert [(p.reference, p.amount, p.status) for p in history] == [
        (batch.reference, owed, "draft")
    ]
    assert sales.payout_history(world.theirs) == []
    payouts.cancel_batch(admin, batch)
    assert sales.payout_history(world.mine) == []


def test_staff_and_other_suppliers_cannot_read_the_money(world):
    for outsider in (world.staff, world.their_owner):
        with pytest.raises(AccessDenied):
            sales.sales_figures(outsider, world.mine, today=NOW.date(), language="fr")


def test_the_month_chart_runs_from_the_right_in_arabic():
    months = [
        sales.MonthRevenue(date(2026, 10, 1), Decimal("50.00")),
        sales.MonthRevenue(date(2026, 11, 1), Decimal("100.00")),
    ]
    with force_locale("fr"):
        ltr = month_columns(months, rtl=False)
        rtl = month_columns(months, rtl=True)
    assert ltr[0].x < ltr[1].x and rtl[0].x > rtl[1].x
    assert ltr[1].height == 2 * ltr[0].height


@pytest.mark.parametrize("lang", ["fr", "ar", "zgh"])
def test_the_dashboard_page_draws_svg_charts(client, world, lang):
    _deliver(world, world.part())
    log_in(client, world.owner, lang)
    response = client.get(f"/{lang}/supplier/tifaout/sales")
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "<svg" in page and "<rect" in page
    assert "style=" not in page and "<script>" not in page.replace(" ", "")


def test_staff_see_no_sales_page(client, world):
    log_in(client, world.staff)
    assert client.get("/fr/supplier/tifaout/sales").status_code == 403
