"""The seller's order screens: list, detail, accept → ship / ready → delivered, cancel with
a reason, the packing slip; each move through shop.orders.services."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest
from flask import current_app
from flask_babel import force_locale
from sqlalchemy import select

from catalog.models import Product
from groupings.models import Supplier
from shop.accounts.models import User
from shop.orders import seller_cancellations, services
from shop.orders import supplier_views_support as support
from shop.orders.errors import OrderNotFound
from shop.orders.models import Order, OrderEvent, OrderPart
from tests.backoffice.listing_support import log_in, token
from tests.factories import add_supplier_member, create_user
from tests.mail_support import last_mail, written_mails
from tests.orders.shopping import NOW, create_shop_product, create_shop_supplier, place, stock_of

pytestmark = pytest.mark.databases


@dataclass
class World:
    mine: Supplier
    theirs: Supplier
    owner: User
    staff: User
    their_owner: User
    both: User  # staff of both suppliers
    customer: User
    oil: Product
    dates: Product
    order: Order  # cash, home delivery, one part from each supplier

    def part(self, supplier: Supplier | None = None) -> OrderPart:
        supplier = supplier or self.mine
        return next(p for p in self.order.parts if p.supplier_id == supplier.id)


def build_world() -> World:
    mine, owner, grouping = create_shop_supplier(slug="tifaout", region="souss-massa")
    theirs, their_owner, _g = create_shop_supplier(slug="atlas", region="fes-meknes")
    staff = create_user(email="staff@tifaout.ma")
    add_supplier_member(mine, staff, "staff")
    both = create_user(email="both@example.ma")
    add_supplier_member(mine, both, "staff")
    add_supplier_member(theirs, both, "staff")
    oil = create_shop_product(
        mine,
        grouping,
        sku="TIF-OIL",
        price=Decimal("100.00"),
        stock=10,
        names={"fr": "Huile d'argan", "ar": "زيت الأركان"},
    )
    dates = create_shop_product(theirs, sku="ATL-DAT", price=Decimal("40.00"), stock=10)
    customer = create_user(email="amina@example.ma")
    order = place(customer, {oil: 2, dates: 1})
    return World(mine, theirs, owner, staff, their_owner, both, customer, oil, dates, order)


@pytest.fixture(autouse=True)
def _english(db_session):
    with force_locale("en"):
        yield


@pytest.fixture
def world(db_session) -> World:
    return build_world()


def _mails(db_session) -> int:
    return len(written_mails())


def _url(world: World, suffix: str = "", part: OrderPart | None = None) -> str:
    part = part or world.part()
    return f"/fr/supplier/tifaout/orders/{part.id}{suffix}"


# Services ----------------------------------------------------------------------------------


def test_a_part_of_another_supplier_is_not_found_even_for_someone_in_both(world):
    assert support.supplier_order_part(world.both, world.mine, world.part().id) == world.part()
    with pytest.raises(OrderNotFound):
        support.supplier_order_part(world.both, world.mine, world.part(world.theirs).id)
    with pytest.raises(OrderNotFound):
        support.supplier_order_part(world.their_owner, world.theirs, world.part().id)


def test_the_buttons_follow_the_part_status(world):
    part = world.part()
    assert support.available_actions(part) == [support.PREPARE, support.CANCEL]
    services.start_preparing(world.staff, part, now=NOW)
    assert support.available_actions(part) == [support.SHIP, support.CANCEL]
    services.mark_shipped(world.staff, part, now=NOW, tracking_note="Amana 1")
    assert support.available_actions(part) == [support.DELIVER]


def test_tabs_count_and_filter_the_suppliers_parts(world):
    counts = support.count_parts_by_group(world.staff, world.mine)
    assert counts["to_prepare"] == 1 and counts["delivered"] == 0
    assert support.supplier_order_parts(world.staff, world.mine, "delivered") == []
    assert support.supplier_order_parts(world.staff, world.mine, "all") == [world.part()]


def test_cancelling_keeps_the_sellers_reason_and_gives_the_stock_back(world, db_session):
    before = _mails(db_session)
    seller_cancellations.cancel_part(
        world.owner, world.part(), reason="Récolte perdue", config={}, now=NOW
    )
    assert world.part().status == "cancelled" and stock_of(world.oil) == 10
    assert _mails(db_session) == before + 1
    mail = last_mail()
    assert mail.recipient == world.customer.email and "Récolte perdue" in mail.body
    notes = [item.seller_note for item in support.part_events(world.part())]
    assert notes[-1] == "Récolte perdue"


def test_packing_slip_names_follow_the_page_language(world):
    lines = support.packing_slip_lines(world.part(), "ar")
    assert [(line.name, line.quantity) for line in lines] == [("زيت الأركان", 2)]
    assert support.packing_slip_lines(world.part(), "zgh")[0].name == world.part().lines[0].name


# Pages -------------------------------------------------------------------------------------


def test_staff_follow_an_order_from_the_list_to_delivery(client, world, db_session):
    log_in(client, world.staff)
    listing = client.get("/fr/supplier/tifaout/orders").get_data(as_text=True)
    assert world.order.reference in listing and "Amina Berrada" in listing
    assert client.get("/fr/supplier/tifaout/orders?status=nonsense").status_code == 200
    page = client.get(_url(world)).get_data(as_text=True)
    assert "prepare" in page and "TIF-OIL" in page
    csrf = token(client)
    mails = _mails(db_session)

    assert client.post(_url(world, "/prepare"), data={"csrf_token": csrf}).status_code == 302
    response = client.post(
        _url(world, "/ship"),
        data={"csrf_token": csrf, "carrier": "Amana", "tracking_number": "AM123MA"},
    )
    assert response.status_code == 302
    assert client.post(_url(world, "/deliver"), data={"csrf_token": csrf}).status_code == 302

    db_session.expire_all()
    part = db_session.get(OrderPart, world.part().id)
    assert part.status == "delivered" and part.tracking_note == "Amana AM123MA"
    assert part.receipt_number is not None  # cash is collected at delivery
    assert _mails(db_session) == mails + 3
    actors = db_session.scalars(
        select(OrderEvent.actor_id).where(
            OrderEvent.part_id == part.id, OrderEvent.actor_id.isnot(None)
        )
    ).all()
    assert actors == [world.staff.id] * 3
    assert "AM123MA" in client.get(_url(world)).get_data(as_text=True)


def test_a_pickup_part_is_made_ready_then_delivered(client, world, db_session):
    order = place(world.customer, {world.oil: 1}, deliveries={world.mine.id: "pickup"})
    part = order.parts[0]
    log_in(client, world.owner)
    csrf = token(client)
    client.post(_url(world, "/prepare", part), data={"csrf_token": csrf})
    # A pickup part cannot be shipped: refused with a message, nothing changed.
    response = client.post(
        _url(world, "/ship", part), data={"csrf_token": csrf, "carrier": "Amana"}
    )
    assert response.status_code == 302
    db_session.expire_all()
    assert db_session.get(OrderPart, part.id).status == "preparing"
    assert client.post(_url(world, "/ready", part), data={"csrf_token": csrf}).status_code == 302
    assert client.post(_url(world, "/deliver", part), data={"csrf_token": csrf}).status_code == 302
    db_session.expire_all()
    assert db_session.get(OrderPart, part.id).status == "delivered"


def test_a_move_out_of_order_is_explained_and_changes_nothing(client, world, db_session):
    log_in(client, world.staff)
    response = client.post(
        _url(world, "/deliver"), data={"csrf_token": token(client)}, follow_redirects=True
    )
    assert response.status_code == 200
    assert "error" in response.get_data(as_text=True)
    db_session.expire_all()
    assert db_session.get(OrderPart, world.part().id).status == "awaiting_cash"


def test_cancel_needs_a_reason_then_puts_the_stock_back(client, world, db_session):
    log_in(client, world.owner)
    csrf = token(client)
    response = client.post(_url(world, "/cancel"), data={"csrf_token": csrf, "reason": ""})
    assert response.status_code == 422
    assert 'class="error-text"' in response.get_data(as_text=True) or "field-error" in (
        response.get_data(as_text=True)
    )
    assert stock_of(world.oil) == 8
    response = client.post(
        _url(world, "/cancel"), data={"csrf_token": csrf, "reason": "Plus de stock réel"}
    )
    assert response.status_code == 302
    db_session.expire_all()
    assert db_session.get(OrderPart, world.part().id).status == "cancelled"
    assert stock_of(db_session.get(Product, world.oil.id)) == 10
    assert "Plus de stock réel" in client.get(_url(world)).get_data(as_text=True)


def test_a_ship_form_without_carrier_is_refused(client, world, db_session):
    log_in(client, world.staff)
    csrf = token(client)
    client.post(_url(world, "/prepare"), data={"csrf_token": csrf})
    response = client.post(_url(world, "/ship"), data={"csrf_token": csrf, "carrier": " "})
    assert response.status_code == 422
    db_session.expire_all()
    assert db_session.get(OrderPart, world.part().id).status == "preparing"


def test_the_packing_slip_prints_in_arabic(client, world, db_session):
    services.start_preparing(world.owner, world.part(), now=NOW)
    services.mark_shipped(world.owner, world.part(), now=NOW, tracking_note="x")
    services.mark_delivered(world.owner, world.part(), now=NOW)
    log_in(client, world.staff, "ar")
    response = client.get(f"/ar/supplier/tifaout/orders/{world.part().id}/packing-slip")
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert 'dir="rtl"' in page and "زيت الأركان" in page
    assert "12 rue des Oliviers" in page and world.part().receipt_reference in page
    css = Path(current_app.static_folder, "css", "backoffice-orders.css").read_text()
    assert "@media print" in css
    assert "style=" not in page and "<script" not in page
