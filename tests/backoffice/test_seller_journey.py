"""A new cooperative's whole journey through the real pages, in each page language.

One person signs a cooperative up and sends its microcredit attestation; a platform admin
verifies the attestation and approves the shop; the owner then lists a product from a phone
(a photo, name and description in Arabic only, whatever the page language), puts it on sale,
adjusts its stock, and fulfils a customer's cash-on-delivery order up to delivery.

Every step GETs the form page (checking it is served in the page language and direction),
takes the CSRF token from it and POSTs the form, as a browser does. Owner, admin and customer
each have their own browser session. After each step the database shows the effect."""

from __future__ import annotations

import io
import re
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from catalog.models import Category, Product, StockMovement
from groupings.models import EligibilityEvidence, Supplier
from shop.accounts.models import User
from shop.orders.models import Order, OrderPart
from tests.backoffice.listing_support import jpeg, log_in
from tests.backoffice.onboarding_support import PDF, VALID_RIB, cooperative_form, mails_to
from tests.conftest import csrf_token_from
from tests.factories import create_category, create_user
from tests.orders.shopping import ADDRESS

pytestmark = pytest.mark.databases  # SQLite and PostgreSQL

DRAFT = re.compile(r'name="draft" type="hidden" value="([^"]*)"')
THUMB = re.compile(r"/media/images/([0-9a-f]{40})-thumb\.webp")
MISSING_LINK = re.compile(r'<li class="missing">\s*<span[^>]*>[^<]*</span>\s*<a href="([^"]+)"')
EXPECTED_TOTAL = re.compile(r'name="expected_total" type="hidden" value="([^"]+)"')

NAME_AR = "زيت أركان"
DESCRIPTION_AR = "زيت أركان معصور على البارد"
UNIT_AR = "قنينة 250 مل"
GREETINGS = {"ar": "مرحبًا", "fr": "Bonjour", "zgh": "ⴰⵣⵓⵍ"}


def _page(client, url: str, lang: str) -> str:
    """GETs a page that must be served in the page language and its direction."""
    response = client.get(url)
    assert response.status_code == 200, url
    html = response.get_data(as_text=True)
    direction = "rtl" if lang == "ar" else "ltr"
    assert f'<html lang="{lang}" dir="{direction}">' in html, url
    return html


def _post_form(client, url: str, data: dict, lang: str, **kw):
    """What a browser does with a form: read its page, then send it with the CSRF token."""
    token = csrf_token_from(_page(client, url, lang))
    return client.post(url, data={**data, "csrf_token": token}, **kw)


def _draft(html: str) -> str:
    match = DRAFT.search(html)
    assert match, "the listing step has no draft token"
    return match.group(1)


# 1. Sign-up ----------------------------------------------------------------------------------


def _sign_up(client, db_session, owner: User, lang: str) -> Supplier:
    _page(client, f"/{lang}/sell/", lang)
    response = _post_form(
        client,
        f"/{lang}/sell/cooperative",
        cooperative_form(),
        lang,
        content_type="multipart/form-data",
    )
    assert response.status_code == 302, response.get_data(as_text=True)
    supplier = db_session.scalars(select(Supplier)).one()
    assert response.location.endswith(f"/{lang}/supplier/{supplier.slug}/evidence")
    assert (supplier.status, supplier.kind, supplier.rib) == ("pending", "cooperative", VALID_RIB)
    assert [(member.user_id, member.role) for member in supplier.team] == [(owner.id, "owner")]
    return supplier


# 2. Eligibility evidence ---------------------------------------------------------------------


def _send_attestation(client, db_session, supplier: Supplier, lang: str) -> EligibilityEvidence:
    # About three months ago (the views' notion of today), never on a 29 February.
    granted_on = (date.today() - timedelta(days=90)).replace(day=1)  # noqa: DTZ011
    url = f"/{lang}/supplier/{supplier.slug}/evidence"
    form = {
        "kind": "microcredit",
        "lender": "Al Amana Microfinance",
        "reference": "AMN-2026-0042",
        "granted_on": granted_on.isoformat(),
        "amount": "15 000,00",
        "document": (io.BytesIO(PDF), "attestation.pdf"),
    }
    response = _post_form(client, url, form, lang, content_type="multipart/form-data")
    assert response.status_code == 302, response.get_data(as_text=True)
    assert response.location.endswith(url)
    evidence = db_session.scalars(
        select(EligibilityEvidence).where(EligibilityEvidence.supplier_id == supplier.id)
    ).one()
    assert (evidence.status, evidence.kind, evidence.amount, evidence.granted_on) == (
        "pending",
        "microcredit",
        Decimal("15000.00"),
        granted_on,
    )
    assert evidence.document_key
    return evidence


# 3. Verification and approval by a platform admin --------------------------------------------


def _verify_evidence(client, db_session, admin: User, evidence: EligibilityEvidence, lang: str):
    url = f"/{lang}/evidence/review/{evidence.id}"
    assert url in _page(client, f"/{lang}/evidence/review", lang)
    document = client.get(f"{url}/document")
    assert (document.status_code, document.mimetype) == (200, "application/pdf")
    document.close()
    token = csrf_token_from(_page(client, url, lang))
    response = client.post(f"{url}/verify", data={"csrf_token": token, "valid_until": ""})
    assert response.status_code == 302, response.get_data(as_text=True)
    db_session.expire_all()
    assert (evidence.status, evidence.verified_by_id) == ("verified", admin.id)
    # Left empty: valid three years after the loan was granted.
    granted = evidence.granted_on
    assert evidence.valid_until == granted.replace(year=granted.year + 3)


def _approve(client, db_session, supplier: Supplier, lang: str) -> None:
    url = f"/{lang}/admin/suppliers/{supplier.slug}"
    assert url in _page(client, f"/{lang}/admin/suppliers", lang)  # waiting for approval
    token = csrf_token_from(_page(client, url, lang))
    response = client.post(f"{url}/approve", data={"csrf_token": token})
    assert response.status_code == 302 and response.location.endswith(url)
    db_session.expire_all()
    assert supplier.status == "active"


# 4. A product listed from a phone, in Arabic only --------------------------------------------


def _list_product(client, db_session, supplier: Supplier, category: Category, lang: str):
    base = f"/{lang}/supplier/{supplier.slug}/products/new"
    page = _page(client, base, lang)
    assert 'capture="environment"' in page  # the phone's camera opens
    csrf = csrf_token_from(page)
    multipart = {"content_type": "multipart/form-data"}

    photo = {"photos": [(io.BytesIO(jpeg()), "argan.jpg")]}
    data = {"csrf_token": csrf, "draft": _draft(page), "action": "upload", **photo}
    response = client.post(base, data=data, **multipart)
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    [photo_key] = THUMB.findall(page)
    thumbnail = client.get(f"/media/images/{photo_key}-thumb.webp")
    assert (thumbnail.status_code, thumbnail.mimetype) == (200, "image/webp")
    thumbnail.close()

    data = {"csrf_token": csrf, "draft": _draft(page), "action": "next"}
    page = client.post(base, data=data).get_data(as_text=True)
    assert 'name="name_ar"' in page and 'name="name_zgh"' in page

    texts = {"name_ar": NAME_AR, "description_ar": DESCRIPTION_AR, "name_fr": "", "name_zgh": ""}
    data = {"csrf_token": csrf, "draft": _draft(page), "action": "next", **texts}
    page = client.post(f"{base}/texts", data=data).get_data(as_text=True)
    assert 'name="price"' in page and 'name="stock"' in page

    details = {
        "price": "١٢٠,٥٠",  # Arabic digits and a decimal comma, as a phone types them
        "unit": UNIT_AR,
        "stock": "5",
        "category": str(category.id),
        "grouping": "",
        "sku": "",
    }
    data = {"csrf_token": csrf, "draft": _draft(page), "action": "save", **details}
    response = client.post(f"{base}/details", data=data)
    assert response.status_code == 302, response.get_data(as_text=True)
    product = db_session.scalars(select(Product).where(Product.supplier_id == supplier.id)).one()
    detail_url = f"/{lang}/supplier/{supplier.slug}/products/{product.id}"
    assert response.location.endswith(detail_url)
    assert (product.status, product.price, product.unit, product.stock, product.category_id) == (
        "draft",
        Decimal("120.50"),
        UNIT_AR,
        5,
        category.id,
    )
    assert [(image.key, image.alt_ar) for image in product.images] == [(photo_key, NAME_AR)]
    assert [(t.language, t.name, t.description) for t in product.translations] == [
        ("ar", NAME_AR, DESCRIPTION_AR)
    ]
    return product, detail_url


def _check_meter_and_publish(client, db_session, product: Product, detail_url: str, lang: str):
    page = _page(client, detail_url, lang)
    # 7 of 11: photo, Arabic name and description, price, unit, stock, category.
    assert '<meter min="0" max="100" low="50" high="99" optimum="100" value="64">' in page
    # Missing: the French and Tamazight names and descriptions, each a link to the texts page.
    assert MISSING_LINK.findall(page) == [f"{detail_url}/texts"] * 4
    assert page.count('<dd lang="fr"><span class="warn">') == 1
    assert page.count('<dd lang="zgh"><span class="warn">') == 1
    assert f'<dd lang="ar"><strong>{NAME_AR}</strong>' in page

    response = client.post(f"{detail_url}/publish", data={"csrf_token": csrf_token_from(page)})
    assert response.status_code == 302 and response.location.endswith(detail_url)
    db_session.expire_all()
    assert product.status == "published"
    assert len(product.images) == 1
    assert [t.language for t in product.translations] == ["ar"]


# 5. Stock -------------------------------------------------------------------------------------


def _movements(db_session, product: Product) -> list[tuple]:
    query = select(StockMovement).where(StockMovement.product_id == product.id)
    return [
        (m.reason, m.actor_id, m.before, m.after, m.note)
        for m in db_session.scalars(query.order_by(StockMovement.id))
    ]


def _adjust_stock(client, db_session, owner: User, product: Product, detail_url: str, lang: str):
    url = f"{detail_url}/stock"
    form = {"reason": "restock", "quantity": "7", "note": "Nouvelle récolte"}
    response = _post_form(client, url, form, lang)
    assert response.status_code == 302 and response.location.endswith(url)
    db_session.expire_all()
    assert product.stock == 12
    assert _movements(db_session, product) == [
        ("restock", owner.id, 0, 5, ""),  # the listing's initial stock
        ("restock", owner.id, 5, 12, "Nouvelle récolte"),
    ]
    history = _page(client, f"{url}/history", lang)
    assert "Nouvelle récolte" in history and owner.full_name in history


# 6. A customer's cash-on-delivery order, fulfilled by the owner --------------------------------


def _buy(client, db_session, customer: User, supplier: Supplier, product: Product, lang: str):
    page = _page(client, f"/{lang}/p/{product.sku}", lang)
    assert NAME_AR in page  # the only name there is, whatever the page language
    assert f"/media/images/{product.images[0].key}-" in page
    added = client.post(
        f"/{lang}/cart/add",
        data={"sku": product.sku, "quantity": "2", "csrf_token": csrf_token_from(page)},
    )
    assert added.status_code == 302 and added.location.endswith(f"/{lang}/cart/")
    assert NAME_AR in _page(client, f"/{lang}/cart/", lang)

    response = _post_form(client, f"/{lang}/checkout/", ADDRESS, lang)
    assert response.status_code == 302, response.get_data(as_text=True)
    assert response.location.endswith(f"/{lang}/checkout/delivery")
    choices = {f"delivery_{supplier.id}": "home", "payment_method": "cash"}
    response = _post_form(client, f"/{lang}/checkout/delivery", choices, lang)
    assert response.status_code == 302, response.get_data(as_text=True)
    assert response.location.endswith(f"/{lang}/checkout/review")
    review = _page(client, f"/{lang}/checkout/review", lang)
    expected_total = EXPECTED_TOTAL.search(review).group(1)
    response = client.post(
        f"/{lang}/checkout/place",
        data={"expected_total": expected_total, "csrf_token": csrf_token_from(review)},
    )

    order = db_session.scalars(select(Order)).one()
    assert response.status_code == 302
    assert response.location.endswith(f"/{lang}/orders/{order.id}")
    # 2 x 120.50, and home delivery of 1 kg from Souss-Massa to Casablanca-Settat: 35.
    assert (order.customer_id, order.payment_method, order.total) == (
        customer.id,
        "cash",
        Decimal("276.00"),
    )
    [part] = order.parts
    assert (part.supplier_id, part.status, part.receipt_number) == (
        supplier.id,
        "awaiting_cash",
        None,
    )
    assert [(line.product_id, line.quantity) for line in part.lines] == [(product.id, 2)]
    db_session.expire_all()
    assert product.stock == 10
    assert _movements(db_session, product)[-1] == ("sale", customer.id, 12, 10, order.reference)
    assert order.reference in _page(client, f"/{lang}/orders/{order.id}", lang)
    return order, part


def _fulfil(client, db_session, supplier: Supplier, order: Order, part: OrderPart, lang: str):
    orders = f"/{lang}/supplier/{supplier.slug}/orders"
    assert order.reference in _page(client, orders, lang)
    url = f"{orders}/{part.id}"
    token = csrf_token_from(_page(client, url, lang))
    moves = [
        ("prepare", {}, "preparing"),
        ("ship", {"carrier": "Amana", "tracking_number": "AM123MA"}, "shipped"),
        ("deliver", {}, "delivered"),
    ]
    for move, form, status in moves:
        response = client.post(f"{url}/{move}", data={"csrf_token": token, **form})
        # A refused move also redirects (with a message): the status tells them apart.
        assert response.status_code == 302 and response.location.endswith(url), move
        db_session.expire_all()
        assert part.status == status, move
    assert part.tracking_note == "Amana AM123MA"
    assert part.receipt_number == 1  # cash is collected at delivery: the seller's first receipt
    assert part.receipt_reference in _page(client, url, lang)


# The journey ---------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["ar", "fr", "zgh"])
def test_a_new_cooperative_sells_and_delivers_its_first_product(app, client, db_session, lang):
    owner = create_user(email="owner@argan.ma", full_name="Fatima Ait", language=lang)
    admin = create_user(email="admin@souk.ma", is_admin=True)
    customer = create_user(email="amina@example.ma", full_name="Amina", language=lang)
    oils = create_category(slug="oils", names={"ar": "زيوت", "fr": "Huiles", "zgh": "ⵉⵍⵉⵡⵏ"})
    admin_client, customer_client = app.test_client(), app.test_client()
    log_in(client, owner, lang)
    log_in(admin_client, admin, lang)
    log_in(customer_client, customer, lang)

    supplier = _sign_up(client, db_session, owner, lang)
    evidence = _send_attestation(client, db_session, supplier, lang)
    _verify_evidence(admin_client, db_session, admin, evidence, lang)
    _approve(admin_client, db_session, supplier, lang)
    product, detail_url = _list_product(client, db_session, supplier, oils, lang)
    _check_meter_and_publish(client, db_session, product, detail_url, lang)
    _adjust_stock(client, db_session, owner, product, detail_url, lang)
    order, part = _buy(customer_client, db_session, customer, supplier, product, lang)
    _fulfil(client, db_session, supplier, order, part, lang)

    # Placed, then preparing, shipped and delivered: each written in the customer's language.
    customer_mails = mails_to(customer.email)
    assert [mail.language for mail in customer_mails] == [lang] * 4
    assert all(order.reference in mail.subject for mail in customer_mails)
    assert all(mail.body.startswith(f"{GREETINGS[lang]} Amina") for mail in customer_mails)
    # Attestation verified, shop approved, an order to prepare: in the owner's language.
    owner_mails = mails_to(owner.email)
    assert [mail.language for mail in owner_mails] == [lang] * 3
    assert all(mail.body.startswith(f"{GREETINGS[lang]} Fatima") for mail in owner_mails[:2])
