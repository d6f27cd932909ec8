"""The listing screens through the client: the guided flow from a phone in Arabic only,
editing, publishing with every refusal explained, duplicating, archiving."""

import io
import re
from decimal import Decimal

import pytest
from sqlalchemy import select

from catalog.models import Product
from tests.backoffice.listing_support import (
    add_image,
    create_listed_product,
    create_shop,
    jpeg,
    log_in,
    token,
)
from tests.factories import create_category, create_supplier

SVG = b'<svg xmlns="http://www.w3.org/2000/svg"></svg>'
DRAFT = re.compile(r'name="draft" type="hidden" value="([^"]*)"')
THUMB = re.compile(r"/media/images/([0-9a-f]{40})-thumb\.webp")


@pytest.fixture
def shop(db_session):
    return create_shop("tifaout")


def _draft(html: str) -> str:
    return DRAFT.search(html).group(1)


def test_a_product_is_listed_from_a_phone_in_arabic_only(client, shop, db_session):
    oils = create_category(slug="oils", names={"ar": "زيوت", "fr": "Huiles"})
    log_in(client, shop.owner, "ar")
    base = "/ar/supplier/tifaout/products/new"
    page = client.get(base).get_data(as_text=True)
    assert 'dir="rtl"' in page and 'lang="ar"' in page
    assert re.search(
        r'<input id="photos" type="file" name="photos" accept="image/\*" '
        r'capture="environment" multiple',
        page,
    )
    csrf = token(client, "ar")

    response = client.post(
        base,
        data={
            "csrf_token": csrf,
            "draft": _draft(page),
            "action": "upload",
            "photos": [
                (io.BytesIO(jpeg()), "1.jpg"),
                (io.BytesIO(SVG), "dessin.svg"),
                (io.BytesIO(jpeg()), "2.jpg"),
            ],
        },
        content_type="multipart/form-data",
    )
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "dessin.svg" in page  # the refused file, explained
    first, second = THUMB.findall(page)

    page = client.post(
        base, data={"csrf_token": csrf, "draft": _draft(page), "action": "down:0"}
    ).get_data(as_text=True)
    assert THUMB.findall(page) == [second, first]

    page = client.post(
        base, data={"csrf_token": csrf, "draft": _draft(page), "action": "next"}
    ).get_data(as_text=True)
    assert 'name="name_ar"' in page

    page = client.post(
        f"{base}/texts",
        data={
            "csrf_token": csrf,
            "draft": _draft(page),
            "action": "next",
            "name_ar": "زيت أركان",
            "description_ar": "زيت أركان معصور على البارد",
            "name_fr": "",
        },
    ).get_data(as_text=True)
    assert 'name="price"' in page and 'name="stock"' in page

    response = client.post(
        f"{base}/details",
        data={
            "csrf_token": csrf,
            "draft": _draft(page),
            "action": "save",
            "price": "١٢٠,٥٠",  # Arabic digits and a decimal comma, as a phone types them
            "unit": "قنينة 250 مل",
            "stock": "5",
            "category": str(oils.id),
            "grouping": "",
            "sku": "",
        },
    )
    assert response.status_code == 302
    product = db_session.scalar(select(Product).where(Product.supplier_id == shop.supplier.id))
    assert response.location.endswith(f"/ar/supplier/tifaout/products/{product.id}")
    assert (product.status, product.price, product.stock) == ("draft", Decimal("120.50"), 5)
    assert [image.key for image in product.images] == [second, first]
    assert product.translation("ar").description == "زيت أركان معصور على البارد"
    assert product.images[0].alt_ar == "زيت أركان"

    page = client.get(response.location).get_data(as_text=True)
    assert 'dir="rtl"' in page
    assert '<meter min="0" max="100"' in page
    assert page.count('class="missing"') == 4  # French and Tamazight names and descriptions


def test_going_back_keeps_what_was_written(client, shop):
    log_in(client, shop.owner)
    csrf = token(client)
    base = "/fr/supplier/tifaout/products/new"
    page = client.post(base, data={"csrf_token": csrf, "action": "next"}).get_data(as_text=True)
    page = client.post(
        f"{base}/texts",
        data={"csrf_token": csrf, "draft": _draft(page), "action": "next", "name_fr": "Miel"},
    ).get_data(as_text=True)
    page = client.post(
        f"{base}/details",
        data={"csrf_token": csrf, "draft": _draft(page), "action": "back", "price": "45"},
    ).get_data(as_text=True)
    assert 'value="Miel"' in page
    page = client.post(
        f"{base}/texts",
        data={"csrf_token": csrf, "draft": _draft(page), "action": "next", "name_fr": "Miel"},
    ).get_data(as_text=True)
    assert 'value="45"' in page


def test_the_flow_refuses_a_missing_name_and_a_bad_price(client, shop, db_session):
    log_in(client, shop.owner)
    csrf = token(client)
    base = "/fr/supplier/tifaout/products/new"
    page = client.post(base, data={"csrf_token": csrf, "action": "next"}).get_data(as_text=True)
    response = client.post(
        f"{base}/texts", data={"csrf_token": csrf, "draft": _draft(page), "action": "next"}
    )
    assert response.status_code == 200
    assert 'name="price"' not in response.get_data(as_text=True)
    page = client.post(
        f"{base}/texts",
        data={"csrf_token": csrf, "draft": _draft(page), "action": "next", "name_fr": "Miel"},
    ).get_data(as_text=True)
    for price in ("0", "12.345", "douze"):
        response = client.post(
            f"{base}/details",
            data={
                "csrf_token": csrf,
                "draft": _draft(page),
                "action": "save",
                "price": price,
                "stock": "1",
                "category": str(create_category().id),
            },
        )
        assert response.status_code == 200 and 'class="error-text"' in response.get_data(
            as_text=True
        )
    assert db_session.scalar(select(Product.id)) is None


def test_a_forged_or_stale_draft_starts_the_flow_again(client, shop, db_session):
    log_in(client, shop.owner)
    response = client.post(
        "/fr/supplier/tifaout/products/new/details",
        data={
            "csrf_token": token(client),
            "draft": "forged.token",
            "action": "save",
            "price": "10",
            "stock": "1",
            "category": str(create_category().id),
        },
    )
    assert response.status_code == 302 and response.location.endswith("/products/new")
    assert db_session.scalar(select(Product.id)) is None


def test_publishing_from_the_page_explains_every_refusal(client, shop, db_session):
    log_in(client, shop.owner)
    product = create_listed_product(shop.supplier, photos=0)
    shop.supplier.status = "pending"
    db_session.flush()
    url = f"/fr/supplier/tifaout/products/{product.id}"
    response = client.post(f"{url}/publish", data={"csrf_token": token(client)})
    assert response.status_code == 422
    refusal = response.get_data(as_text=True).split('class="listing-refusal"')[1].split("</ul>")[0]
    assert refusal.count("<li>") == 2  # no photo; shop waiting for approval
    db_session.expire_all()
    assert db_session.get(Product, product.id).status == "draft"

    shop.supplier.status = "active"
    add_image(product)
    response = client.post(f"{url}/publish", data={"csrf_token": token(client)})
    assert response.status_code == 302
    db_session.expire_all()
    assert db_session.get(Product, product.id).status == "published"
    response = client.post(f"{url}/archive", data={"csrf_token": token(client)})
    assert response.status_code == 302
    db_session.expire_all()
    assert db_session.get(Product, product.id).status == "archived"


def test_editing_texts_details_and_photos(client, shop, db_session):
    log_in(client, shop.owner)
    product = create_listed_product(shop.supplier, photos=2, names={"fr": "Miel"})
    url = f"/fr/supplier/tifaout/products/{product.id}"
    assert 'value="Miel"' in client.get(f"{url}/texts").get_data(as_text=True)
    csrf = token(client)
    response = client.post(
        f"{url}/texts", data={"csrf_token": csrf, "name_fr": "Miel de thym", "name_zgh": "ⴰⵎⵏⴷ"}
    )
    assert response.status_code == 302
    category = create_category()
    response = client.post(
        f"{url}/details",
        data={
            "csrf_token": csrf,
            "price": "85,50",
            "unit": "pot de 500 g",
            "category": str(category.id),
            "grouping": "",
        },
    )
    assert response.status_code == 302
    first, second = (image.id for image in product.images)
    response = client.post(
        f"{url}/photos", data={"csrf_token": csrf, "action": "remove", "image_id": str(first)}
    )
    assert response.status_code == 302
    response = client.post(
        f"{url}/photos",
        data={"csrf_token": csrf, "action": "upload", "photos": [(io.BytesIO(jpeg()), "new.jpg")]},
        content_type="multipart/form-data",
    )
    assert response.status_code == 302
    db_session.expire_all()
    product = db_session.get(Product, product.id)
    assert {t.language: t.name for t in product.translations} == {
        "fr": "Miel de thym",
        "zgh": "ⴰⵎⵏⴷ",
    }
    assert (product.price, product.unit, product.category_id) == (
        Decimal("85.50"),
        "pot de 500 g",
        category.id,
    )
    assert product.images[0].id == second
    assert len(product.images) == 2 and product.images[1].alt_zgh == "ⴰⵎⵏⴷ"


def test_duplicating_from_the_page_opens_the_copy(client, shop, db_session):
    log_in(client, shop.owner)
    product = create_listed_product(shop.supplier, status="published")
    response = client.post(
        f"/fr/supplier/tifaout/products/{product.id}/duplicate", data={"csrf_token": token(client)}
    )
    copy = db_session.scalar(select(Product).where(Product.id != product.id))
    assert response.location.endswith(f"/products/{copy.id}")
    assert copy.status == "draft"


def test_products_list_warns_about_low_stock_and_filters_by_status(client, shop):
    low = create_listed_product(shop.supplier, stock=2, names={"fr": "Savon"}, status="published")
    create_listed_product(shop.supplier, stock=50, names={"fr": "Amlou maison"})
    create_listed_product(create_supplier(), names={"fr": "Tapis d'ailleurs"})
    log_in(client, shop.staff)
    page = client.get("/fr/supplier/tifaout/products").get_data(as_text=True)
    assert "Savon" in page and "Amlou maison" in page and "Tapis d'ailleurs" not in page
    assert page.count("listing-card-low") == 1 and "low-stock-warning" in page
    assert f"/products/{low.id}/stock" in page
    assert "/products/new" not in page  # staff don't create products
    published = client.get("/fr/supplier/tifaout/products?status=published").get_data(as_text=True)
    assert "Savon" in published and "Amlou maison" not in published


def test_staff_see_a_product_without_its_publishing_buttons(client, shop):
    product = create_listed_product(shop.supplier)
    log_in(client, shop.staff)
    page = client.get(f"/fr/supplier/tifaout/products/{product.id}").get_data(as_text=True)
    assert "/publish" not in page and "/duplicate" not in page
    assert f"/products/{product.id}/stock" in page


@pytest.mark.parametrize("lang", ["ar", "fr", "zgh"])
def test_listing_screens_in_each_language(client, shop, lang):
    product = create_listed_product(shop.supplier)
    log_in(client, shop.owner, lang)
    direction = 'dir="rtl"' if lang == "ar" else 'dir="ltr"'
    for path in (
        "products",
        "products/new",
        f"products/{product.id}",
        f"products/{product.id}/photos",
        f"products/{product.id}/stock",
        "product-file",
    ):
        page = client.get(f"/{lang}/supplier/tifaout/{path}")
        html = page.get_data(as_text=True)
        assert page.status_code == 200, path
        assert f'<html lang="{lang}" {direction}>' in html
        assert "backoffice-listings.css" in html


def test_the_last_photo_of_a_product_on_sale_cannot_be_removed_from_the_page(
    client, shop, db_session
):
    product = create_listed_product(shop.supplier, status="published")
    log_in(client, shop.owner)
    url = f"/fr/supplier/tifaout/products/{product.id}/photos"
    response = client.post(
        url,
        data={"csrf_token": token(client), "action": "remove", "image_id": product.images[0].id},
    )
    assert response.status_code == 422
    assert 'class="listing-refusal"' in response.get_data(as_text=True)
    response = client.post(url, data={"csrf_token": token(client), "action": "upload"})
    assert response.status_code == 200 and 'class="error-text"' in response.get_data(as_text=True)
    db_session.expire_all()
    assert len(db_session.get(Product, product.id).images) == 1
