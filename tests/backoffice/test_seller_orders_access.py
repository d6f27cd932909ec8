"""Every seller order and sales route, walked as an anonymous visitor, as a member of
another supplier, and with another supplier's part in my own URLs: refused (login, 403 or
404) and nothing in the database changed."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from catalog.models import Product
from shop.mail.models import Notice, OutboxMessage
from shop.orders.models import OrderEvent, OrderLine, OrderPart
from tests.backoffice.listing_support import log_in, token
from tests.backoffice.test_seller_orders import build_world
from tests.conftest import csrf_token_from

MY_ENDPOINTS = ("backoffice.seller_order", "backoffice.sales_")

ROUTES = [
    ("GET", "/fr/supplier/{slug}/orders", {}),
    ("GET", "/fr/supplier/{slug}/orders/{part}", {}),
    ("POST", "/fr/supplier/{slug}/orders/{part}/prepare", {}),
    ("POST", "/fr/supplier/{slug}/orders/{part}/ship", {"carrier": "Amana"}),
    ("POST", "/fr/supplier/{slug}/orders/{part}/ready", {}),
    ("POST", "/fr/supplier/{slug}/orders/{part}/deliver", {}),
    ("POST", "/fr/supplier/{slug}/orders/{part}/cancel", {"reason": "forgé"}),
    ("POST", "/fr/supplier/{slug}/orders/{part}/lines/{line}/cancel", {"reason": "forgé"}),
    ("GET", "/fr/supplier/{slug}/orders/{part}/packing-slip", {}),
    ("GET", "/fr/supplier/{slug}/sales", {}),
]
IDS = [f"{method} {path}" for method, path, _form in ROUTES]


@pytest.fixture
def world(db_session):
    return build_world()


def _snapshot(db_session) -> tuple:
    db_session.expire_all()
    parts = db_session.execute(
        select(OrderPart.id, OrderPart.status, OrderPart.tracking_note, OrderPart.total).order_by(
            OrderPart.id
        )
    ).all()
    lines = db_session.execute(
        select(OrderLine.id, OrderLine.cancelled_at).order_by(OrderLine.id)
    ).all()
    events = db_session.scalars(select(OrderEvent.id).order_by(OrderEvent.id)).all()
    stock = db_session.execute(select(Product.id, Product.stock).order_by(Product.id)).all()
    mails = db_session.scalars(select(OutboxMessage.id).order_by(OutboxMessage.id)).all()
    notices = db_session.scalars(select(Notice.id).order_by(Notice.id)).all()
    return tuple(parts), tuple(lines), tuple(events), tuple(stock), tuple(mails), tuple(notices)


def _assert_refused(client, db_session, route, part, csrf, expected):
    method, path, form = route
    url = path.format(slug="tifaout", part=part.id, line=part.lines[0].id)
    before = _snapshot(db_session)
    if method == "GET":
        response = client.get(url)
    else:
        response = client.post(url, data={"csrf_token": csrf, **form})
    if expected == "login":
        assert response.status_code == 302, url
        assert "/account/login" in response.location, url
    else:
        assert response.status_code == expected, url
    assert _snapshot(db_session) == before, url


def test_every_order_and_sales_route_is_in_this_walk(app):
    def bare(path: str) -> str:
        return re.sub(r"\{\w+\}|<[^>]+>", "", path.replace("/<lang_code>", "/fr"))

    walked = {(method, bare(path)) for method, path, _form in ROUTES}
    mine = [rule for rule in app.url_map.iter_rules() if rule.endpoint.startswith(MY_ENDPOINTS)]
    assert mine
    for rule in mine:
        for method in rule.methods - {"HEAD", "OPTIONS"}:
            assert (method, bare(rule.rule)) in walked, (method, rule.rule)


@pytest.mark.parametrize("route", ROUTES, ids=IDS)
def test_anonymous_visitors_are_sent_to_the_login_page(client, db_session, world, route):
    csrf = csrf_token_from(client.get("/fr/account/login").get_data(as_text=True))
    _assert_refused(client, db_session, route, world.part(), csrf, "login")


@pytest.mark.parametrize("route", ROUTES, ids=IDS)
def test_members_of_another_supplier_are_refused(client, db_session, world, route):
    log_in(client, world.their_owner)
    _assert_refused(client, db_session, route, world.part(), token(client), 403)


PART_ROUTES = [route for route in ROUTES if "{part}" in route[1]]


@pytest.mark.parametrize("route", PART_ROUTES, ids=[IDS[ROUTES.index(r)] for r in PART_ROUTES])
def test_another_suppliers_part_in_my_own_urls_is_not_found(client, db_session, world, route):
    log_in(client, world.both)  # staff of both shops: still not through my shop's URLs
    _assert_refused(client, db_session, route, world.part(world.theirs), token(client), 404)
