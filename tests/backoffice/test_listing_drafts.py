"""Unfinished products: the guided flow is saved at every step, found again under "My
products", continued where it was left, or deleted."""

import io
import re

import pytest
from sqlalchemy import func, select

from catalog.models import ListingDraft, Product
from tests.backoffice.listing_support import create_shop, jpeg, log_in, token
from tests.factories import create_category

DRAFT = re.compile(r'name="draft" type="hidden" value="([^"]*)"')
THUMB = re.compile(r"/media/images/([0-9a-f]{40})-thumb\.webp")
RESUME = re.compile(r'href="(/\w+/supplier/tifaout/products/unfinished/(\d+))"')
BASE = "/{lang}/supplier/tifaout/products"


@pytest.fixture
def shop(db_session):
    return create_shop("tifaout")


def _drafts(db_session) -> int:
    return db_session.scalar(select(func.count()).select_from(ListingDraft))


def _left_at_the_texts_step(client, lang: str = "fr") -> tuple[str, str]:
    """A photo sent, then "next": the seller is at step 2 when the connection drops."""
    base = BASE.format(lang=lang) + "/new"
    csrf = token(client, lang)
    page = client.get(base).get_data(as_text=True)
    page = client.post(
        base,
        data={
            "csrf_token": csrf,
            "draft": DRAFT.search(page).group(1),
            "action": "next",
            "photos": [(io.BytesIO(jpeg()), "argan.jpg")],
        },
        content_type="multipart/form-data",
    ).get_data(as_text=True)
    assert 'name="name_fr"' in page
    return THUMB.search(page).group(1), csrf


def test_a_product_left_halfway_is_continued_where_it_was_left(client, shop, db_session):
    oils = create_category(slug="oils")
    log_in(client, shop.owner)
    photo, csrf = _left_at_the_texts_step(client)
    assert _drafts(db_session) == 1

    index = client.get(BASE.format(lang="fr")).get_data(as_text=True)
    assert "Produits inachevés" in index and "Produit encore sans nom" in index
    assert "1 photo" in index
    resume_url = RESUME.search(index).group(1)

    page = client.get(resume_url).get_data(as_text=True)
    assert 'name="name_fr"' in page and photo in page  # back at step 2, with the photo
    page = client.post(
        BASE.format(lang="fr") + "/new/texts",
        data={
            "csrf_token": csrf,
            "draft": DRAFT.search(page).group(1),
            "action": "next",
            "name_fr": "Huile d'argan",
        },
    ).get_data(as_text=True)
    assert _drafts(db_session) == 1  # the same one, now at step 3
    assert "Huile d&#39;argan" in client.get(BASE.format(lang="fr")).get_data(as_text=True)

    response = client.post(
        BASE.format(lang="fr") + "/new/details",
        data={
            "csrf_token": csrf,
            "draft": DRAFT.search(page).group(1),
            "action": "save",
            "price": "120",
            "unit": "250 ml",
            "stock": "4",
            "category": str(oils.id),
            "grouping": "",
            "sku": "",
        },
    )
    assert response.status_code == 302
    product = db_session.scalar(select(Product).where(Product.supplier_id == shop.supplier.id))
    assert product.translation("fr").name == "Huile d'argan"
    assert [image.key for image in product.images] == [photo]
    assert _drafts(db_session) == 0  # it became the product
    assert "Produits inachevés" not in client.get(BASE.format(lang="fr")).get_data(as_text=True)


def test_an_unfinished_product_can_be_deleted_with_the_form_only(client, shop, db_session):
    log_in(client, shop.owner, "ar")
    _photo, csrf = _left_at_the_texts_step(client, "ar")
    index = client.get(BASE.format(lang="ar")).get_data(as_text=True)
    assert "منتوجات غير مكتملة" in index and 'dir="rtl"' in index
    discard = RESUME.search(index).group(1) + "/discard"

    assert client.post(discard, data={}).status_code == 400  # no CSRF token
    assert _drafts(db_session) == 1

    response = client.post(discard, data={"csrf_token": csrf}, follow_redirects=True)
    assert response.status_code == 200
    assert "تم حذف المنتوج غير المكتمل." in response.get_data(as_text=True)
    assert _drafts(db_session) == 0
    assert client.get(RESUME.search(index).group(1)).status_code == 404


def test_staff_do_not_see_unfinished_products(client, shop, db_session):
    log_in(client, shop.owner)
    _left_at_the_texts_step(client)
    log_in(client, shop.staff)
    index = client.get(BASE.format(lang="fr")).get_data(as_text=True)
    assert "Produits inachevés" not in index and "/products/unfinished/" not in index
