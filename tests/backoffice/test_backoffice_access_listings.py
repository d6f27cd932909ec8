"""Every listing, stock and product-file route, walked as an anonymous visitor, as a
member of another supplier, and as staff where owners and managers only may act: each is
refused (login, 403 or 404) and the database is left exactly as it was. Forged form
fields — another supplier's product, photo, SKU, grouping or draft — change nothing; another
supplier's unfinished product is not found."""

import io
import re
from dataclasses import dataclass

import pytest
from flask import current_app
from sqlalchemy import select

from catalog import listing_drafts
from catalog.imports.products import PRODUCT_COLUMNS
from catalog.imports.tabular import format_csv
from catalog.models import (
    LabelClaim,
    ListingDraft,
    Product,
    ProductImage,
    ProductTranslation,
    StockMovement,
)
from tests.backoffice.listing_support import (
    add_image,
    create_listed_product,
    create_shop,
    jpeg,
    log_in,
    token,
)
from tests.conftest import csrf_token_from
from tests.factories import (
    add_grouping_member,
    add_supplier_member,
    create_category,
    create_grouping,
    create_user,
)

MY_ENDPOINTS = ("backoffice.listing_", "backoffice.stock_", "backoffice.product_file")


@dataclass(frozen=True)
class Route:
    method: str
    path: str  # {slug}, {product} and {draft} are filled in
    needs: str  # "view": any team member; "manage": owner or manager
    form: callable = dict  # fresh form fields for each request (files are read once)


def _photo_form():
    return {"action": "upload", "photos": [(io.BytesIO(jpeg()), "photo.jpg")]}


def _csv_form():
    rows = [["TIF-1", "", "", "1.00", "999", *[""] * (len(PRODUCT_COLUMNS) - 5)]]
    return {"file": (io.BytesIO(format_csv(PRODUCT_COLUMNS, rows).encode()), "mine.csv")}


ROUTES = [
    Route("GET", "/fr/supplier/{slug}/products", "view"),
    Route("GET", "/fr/supplier/{slug}/products/new", "manage"),
    Route("POST", "/fr/supplier/{slug}/products/new", "manage", _photo_form),
    Route("GET", "/fr/supplier/{slug}/products/new/texts", "manage"),
    Route("POST", "/fr/supplier/{slug}/products/new/texts", "manage", lambda: {"name_fr": "X"}),
    Route("GET", "/fr/supplier/{slug}/products/new/details", "manage"),
    Route(
        "POST",
        "/fr/supplier/{slug}/products/new/details",
        "manage",
        lambda: {"price": "10", "stock": "1", "action": "save"},
    ),
    Route("GET", "/fr/supplier/{slug}/products/unfinished/{draft}", "manage"),
    Route("POST", "/fr/supplier/{slug}/products/unfinished/{draft}/discard", "manage"),
    Route("GET", "/fr/supplier/{slug}/products/{product}", "view"),
    Route("POST", "/fr/supplier/{slug}/products/{product}/publish", "manage"),
    Route("POST", "/fr/supplier/{slug}/products/{product}/archive", "manage"),
    Route("POST", "/fr/supplier/{slug}/products/{product}/duplicate", "manage"),
    Route("GET", "/fr/supplier/{slug}/products/{product}/photos", "manage"),
    Route("POST", "/fr/supplier/{slug}/products/{product}/photos", "manage", _photo_form),
    Route("GET", "/fr/supplier/{slug}/products/{product}/texts", "manage"),
    Route(
        "POST",
        "/fr/supplier/{slug}/products/{product}/texts",
        "manage",
        lambda: {"name_fr": "Nom forgé"},
    ),
    Route("GET", "/fr/supplier/{slug}/products/{product}/details", "manage"),
    Route(
        "POST",
        "/fr/supplier/{slug}/products/{product}/details",
        "manage",
        lambda: {"price": "1.00", "unit": "forgé", "grouping": ""},
    ),
    Route("GET", "/fr/supplier/{slug}/products/{product}/stock", "view"),
    Route(
        "POST",
        "/fr/supplier/{slug}/products/{product}/stock",
        "view",
        lambda: {"reason": "loss", "quantity": "1"},
    ),
    Route(
        "POST",
        "/fr/supplier/{slug}/products/{product}/stock/threshold",
        "view",
        lambda: {"threshold": "99"},
    ),
    Route("GET", "/fr/supplier/{slug}/products/{product}/stock/history", "view"),
    Route("GET", "/fr/supplier/{slug}/product-file", "view"),
    Route("POST", "/fr/supplier/{slug}/product-file", "manage", _csv_form),
    Route("GET", "/fr/supplier/{slug}/product-file/export.csv", "view"),
]


@pytest.fixture
def world(db_session):
    mine, theirs = create_shop("tifaout"), create_shop("atlas")
    my_product = create_listed_product(mine.supplier, sku="TIF-1", status="published", stock=5)
    their_product = create_listed_product(theirs.supplier, sku="ATL-1", status="published")
    # Someone on both teams: owner elsewhere, only staff here.
    hybrid = create_user(email="hybrid@example.ma")
    add_supplier_member(theirs.supplier, hybrid, "owner")
    add_supplier_member(mine.supplier, hybrid, "staff")
    return {
        "my_draft": _unfinished(mine),
        "their_draft": _unfinished(theirs),
        "mine": mine,
        "theirs": theirs,
        "my_product": my_product,
        "their_product": their_product,
        "hybrid": hybrid,
    }


def _unfinished(shop) -> int:
    state = {"photos": [], "names": {"fr": "Miel"}, "descriptions": {}, "details": {}}
    return listing_drafts.save_draft(shop.owner, shop.supplier, None, step="texts", state=state).id


def _snapshot(db_session) -> tuple:
    """Everything these routes could write, read afresh from the database."""
    return _catalog(db_session), _drafts(db_session)


def _catalog(db_session) -> tuple:
    db_session.expire_all()
    products = db_session.execute(
        select(
            Product.id,
            Product.sku,
            Product.status,
            Product.price,
            Product.stock,
            Product.unit,
            Product.low_stock_threshold,
            Product.category_id,
            Product.grouping_id,
        ).order_by(Product.id)
    ).all()
    texts = db_session.execute(
        select(
            ProductTranslation.product_id, ProductTranslation.language, ProductTranslation.name
        ).order_by(ProductTranslation.id)
    ).all()
    images = db_session.execute(
        select(
            ProductImage.id, ProductImage.product_id, ProductImage.position, ProductImage.alt_fr
        ).order_by(ProductImage.id)
    ).all()
    movements = db_session.scalars(select(StockMovement.id)).all()
    claims = db_session.scalars(select(LabelClaim.id)).all()
    return tuple(products), tuple(texts), tuple(images), tuple(movements), tuple(claims)


def _drafts(db_session) -> tuple:
    """Unfinished products: which, at which step, holding what."""
    db_session.expire_all()
    rows = db_session.execute(
        select(ListingDraft.id, ListingDraft.step, ListingDraft.state).order_by(ListingDraft.id)
    ).all()
    return tuple((id_, step, repr(state)) for id_, step, state in rows)


def _mine(world) -> tuple[int, int]:
    return world["my_product"].id, world["my_draft"]


def _stored_files() -> int:
    return sum(1 for path in current_app.config["UPLOAD_DIR"].rglob("*") if path.is_file())


def _request(client, route: Route, slug: str, ids: tuple[int, int], csrf: str):
    product_id, draft_id = ids
    path = route.path.format(slug=slug, product=product_id, draft=draft_id)
    if route.method == "GET":
        return client.get(path)
    data = {"csrf_token": csrf, **route.form()}
    return client.post(path, data=data, content_type="multipart/form-data")


def _assert_refused(client, db_session, route, slug, ids, csrf, expected):
    before, files = _snapshot(db_session), _stored_files()
    response = _request(client, route, slug, ids, csrf)
    where = f"{route.method} {route.path}"
    if expected == "login":
        assert response.status_code == 302, where
        assert "/account/login" in response.location, where
    else:
        assert response.status_code == expected, where
    assert _snapshot(db_session) == before, where
    assert _stored_files() == files, where


def test_every_listing_route_is_in_this_walk(app):
    def bare(path: str) -> str:
        return re.sub(r"\{\w+\}|<[^>]+>", "", path.replace("/<lang_code>", "/fr"))

    walked = {(route.method, bare(route.path)) for route in ROUTES}
    mine = [rule for rule in app.url_map.iter_rules() if rule.endpoint.startswith(MY_ENDPOINTS)]
    assert len(mine) == 18
    for rule in mine:
        for method in rule.methods - {"HEAD", "OPTIONS"}:
            assert (method, bare(rule.rule)) in walked, (method, rule.rule)


@pytest.mark.parametrize("route", ROUTES, ids=lambda r: f"{r.method} {r.path}")
def test_anonymous_visitors_are_sent_to_the_login_page(client, db_session, world, route):
    csrf = csrf_token_from(client.get("/fr/account/login").get_data(as_text=True))
    _assert_refused(client, db_session, route, "tifaout", _mine(world), csrf, "login")


@pytest.mark.parametrize("route", ROUTES, ids=lambda r: f"{r.method} {r.path}")
def test_members_of_another_supplier_are_refused(client, db_session, world, route):
    log_in(client, world["theirs"].owner)
    csrf = token(client)
    _assert_refused(client, db_session, route, "tifaout", _mine(world), csrf, 403)


@pytest.mark.parametrize(
    "route",
    [r for r in ROUTES if "{product}" in r.path or "{draft}" in r.path],
    ids=lambda r: f"{r.method} {r.path}",
)
def test_another_suppliers_product_in_my_own_urls_is_not_found(client, db_session, world, route):
    log_in(client, world["mine"].owner)
    csrf = token(client)
    ids = (world["their_product"].id, world["their_draft"])
    _assert_refused(client, db_session, route, "tifaout", ids, csrf, 404)


@pytest.mark.parametrize("who", ["staff", "hybrid"])
@pytest.mark.parametrize(
    "route", [r for r in ROUTES if r.needs == "manage"], ids=lambda r: f"{r.method} {r.path}"
)
def test_staff_cannot_edit_publish_or_import(client, db_session, world, route, who):
    user = world["mine"].staff if who == "staff" else world["hybrid"]
    log_in(client, user)
    csrf = token(client)
    _assert_refused(client, db_session, route, "tifaout", _mine(world), csrf, 403)


@pytest.mark.parametrize(
    "route",
    [r for r in ROUTES if r.needs == "view" and r.method == "GET"],
    ids=lambda r: f"{r.method} {r.path}",
)
def test_staff_can_read_what_they_may_use(client, world, route):
    log_in(client, world["mine"].staff)
    response = _request(client, route, "tifaout", _mine(world), "")
    assert response.status_code == 200


def test_staff_can_adjust_the_stock(client, db_session, world):
    log_in(client, world["mine"].staff)
    product = world["my_product"]
    response = client.post(
        f"/fr/supplier/tifaout/products/{product.id}/stock",
        data={"csrf_token": token(client), "reason": "loss", "quantity": "2"},
    )
    assert response.status_code == 302
    db_session.expire_all()
    assert db_session.get(Product, product.id).stock == 3


# --- forged form fields on my own supplier's URLs ---------------------------------------------


@pytest.fixture
def owner_client(client, world):
    log_in(client, world["mine"].owner)
    return client


def _unchanged(db_session, action) -> None:
    """The catalog: the seller's own unfinished product may keep what was typed."""
    before = _catalog(db_session)
    action()
    assert _catalog(db_session) == before


def test_a_photo_of_another_product_cannot_be_moved_removed_or_described(
    owner_client, db_session, world
):
    add_image(world["my_product"])
    their_image = world["their_product"].images[0].id
    url = f"/fr/supplier/tifaout/products/{world['my_product'].id}/photos"
    for action in ("up", "down", "remove", "describe"):

        def post(action=action):
            response = owner_client.post(
                url,
                data={
                    "csrf_token": token(owner_client),
                    "action": action,
                    "image_id": str(their_image),
                    "alt_fr": "forgé",
                },
            )
            assert response.status_code == 404, action

        _unchanged(db_session, post)


def test_another_suppliers_sku_cannot_be_taken_by_a_new_product(owner_client, db_session):
    category = create_category()
    csrf = token(owner_client)
    base = "/fr/supplier/tifaout/products/new"
    page = owner_client.post(base, data={"csrf_token": csrf, "action": "next"})
    draft = re.search(r'name="draft" type="hidden" value="([^"]*)"', page.get_data(as_text=True))
    page = owner_client.post(
        f"{base}/texts",
        data={"csrf_token": csrf, "draft": draft.group(1), "action": "next", "name_fr": "Miel"},
    )
    draft = re.search(r'name="draft" type="hidden" value="([^"]*)"', page.get_data(as_text=True))

    def post(**fields):
        data = {
            "csrf_token": csrf,
            "draft": draft.group(1),
            "action": "save",
            "price": "10",
            "stock": "1",
            "category": str(category.id),
            "grouping": "",
            **fields,
        }
        response = owner_client.post(f"{base}/details", data=data)
        assert response.status_code == 200
        assert 'class="error-text"' in response.get_data(as_text=True)

    _unchanged(db_session, lambda: post(sku="ATL-1"))
    # What was typed stays in the unfinished product, for the seller to correct.
    [state] = [state for _id, step, state in _drafts(db_session) if step == "details"]
    assert "'sku': 'ATL-1'" in state


def test_a_grouping_of_which_the_supplier_is_not_a_member_is_refused(
    owner_client, db_session, world
):
    theirs = create_grouping()
    add_grouping_member(theirs, world["theirs"].supplier)
    product = world["my_product"]

    def post():
        response = owner_client.post(
            f"/fr/supplier/tifaout/products/{product.id}/details",
            data={
                "csrf_token": token(owner_client),
                "price": "12",
                "unit": "pot",
                "category": str(product.category_id),
                "grouping": str(theirs.id),
            },
        )
        assert response.status_code == 200
        assert 'class="error-text"' in response.get_data(as_text=True)

    _unchanged(db_session, post)


def test_a_draft_made_for_another_supplier_is_not_read(client, db_session, world):
    log_in(client, world["hybrid"])  # owner of atlas: may start an atlas draft
    csrf = token(client)
    page = client.post(
        "/fr/supplier/atlas/products/new",
        data={"csrf_token": csrf, "action": "next"},
    )
    draft = re.search(r'name="draft" type="hidden" value="([^"]*)"', page.get_data(as_text=True))
    log_in(client, world["mine"].owner)
    csrf = token(client)

    def post():
        response = client.post(
            "/fr/supplier/tifaout/products/new/details",
            data={
                "csrf_token": csrf,
                "draft": draft.group(1),
                "action": "save",
                "price": "10",
                "stock": "1",
                "category": str(create_category().id),
                "grouping": "",
            },
        )
        assert response.status_code == 302 and response.location.endswith("/products/new")

    _unchanged(db_session, post)


def test_an_import_touching_another_suppliers_sku_changes_nothing(owner_client, db_session):
    rows = [["ATL-1", "", "", "1.00", "0", *[""] * (len(PRODUCT_COLUMNS) - 5)]]
    data = format_csv(PRODUCT_COLUMNS, rows).encode()

    def post():
        response = owner_client.post(
            "/fr/supplier/tifaout/product-file",
            data={"csrf_token": token(owner_client), "file": (io.BytesIO(data), "x.csv")},
            content_type="multipart/form-data",
        )
        assert response.status_code == 422

    _unchanged(db_session, post)


def test_the_export_never_holds_another_suppliers_rows(owner_client, world):
    text = owner_client.get("/fr/supplier/tifaout/product-file/export.csv").get_data(as_text=True)
    assert "TIF-1" in text and "ATL-1" not in text and "atlas" not in text
