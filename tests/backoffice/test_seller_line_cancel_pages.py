"""The seller's "cannot supply this product" form on an order: one per line while another
line would remain, a reason required, the line cancelled through the services, and the
form in each of the three languages."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from shop.orders.models import OrderLine, OrderPart
from tests.backoffice.listing_support import log_in, token
from tests.factories import create_user
from tests.orders.shopping import create_shop_product, create_shop_supplier, place, stock_of


@pytest.fixture
def shop(db_session):
    supplier, owner, grouping = create_shop_supplier(slug="tifaout")
    oil = create_shop_product(supplier, grouping, sku="TIF-OIL", price=Decimal("100"), stock=9)
    honey = create_shop_product(supplier, grouping, sku="TIF-HON", price=Decimal("80"), stock=9)
    customer = create_user(email="amina@example.ma")
    order = place(customer, {oil: 1, honey: 2})
    part = order.parts[0]
    honey_line = next(line for line in part.lines if line.product_id == honey.id)
    return {"owner": owner, "part": part, "honey": honey, "line": honey_line}


def _url(shop, suffix=""):
    return f"/supplier/tifaout/orders/{shop['part'].id}{suffix}"


def _cancel_url(shop):
    return f"/fr{_url(shop)}/lines/{shop['line'].id}/cancel"


@pytest.mark.parametrize(
    ("lang", "label"),
    [
        ("fr", "Pourquoi ne pouvez-vous pas fournir ce produit ?"),
        ("ar", "لماذا لا يمكنك توفير هذا المنتوج؟"),
        ("zgh", "ⵎⴰⵅ ⵓⵔ ⵜⵣⵎⵔⴷ ⴰⴷ ⵜⴼⴽⴷ ⴰⴼⴰⵔⵙ ⴰ?"),
    ],
)
def test_each_line_has_its_own_cancel_form_in_the_pages_language(client, shop, lang, label):
    log_in(client, shop["owner"], lang)
    page = client.get(f"/{lang}{_url(shop)}").get_data(as_text=True)
    line_ids = [line.id for line in shop["part"].lines]
    for line_id in line_ids:
        assert f"/lines/{line_id}/cancel" in page and f'id="line-reason-{line_id}"' in page
    assert label in page


def test_the_seller_cancels_a_line_with_a_reason(client, shop, db_session):
    log_in(client, shop["owner"])
    response = client.post(
        _cancel_url(shop),
        data={"csrf_token": token(client), "reason": "Plus de miel cette saison"},
    )
    assert response.status_code == 302
    db_session.expire_all()
    line = db_session.get(OrderLine, shop["line"].id)
    assert line.is_cancelled and line.cancel_reason == "Plus de miel cette saison"
    assert stock_of(shop["honey"]) == 9
    page = client.get(response.location).get_data(as_text=True)
    assert "Plus de miel cette saison" in page
    assert "/lines/" not in page  # one line left: only the whole order may be cancelled now


def test_a_missing_reason_is_explained_and_nothing_changes(client, shop, db_session):
    log_in(client, shop["owner"])
    total = shop["part"].total
    response = client.post(
        _cancel_url(shop),
        data={"csrf_token": token(client), "reason": "  "},
    )
    assert response.status_code == 422
    assert "Ce champ est obligatoire." in response.get_data(as_text=True)
    db_session.expire_all()
    assert db_session.get(OrderLine, shop["line"].id).cancelled_at is None
    assert (
        db_session.scalar(select(OrderPart.total).where(OrderPart.id == shop["part"].id)) == total
    )
    assert stock_of(shop["honey"]) == 7


def test_without_the_csrf_token_nothing_changes(client, shop, db_session):
    log_in(client, shop["owner"])
    response = client.post(_cancel_url(shop), data={"reason": "forgé"})
    assert response.status_code == 400
    db_session.expire_all()
    assert db_session.get(OrderLine, shop["line"].id).cancelled_at is None
