import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from flask import g

from shop.config import PROJECT_ROOT
from shop.i18n import LANGUAGE_COOKIE, format_date, format_price
from tests.conftest import login
from tests.factories import PASSWORD, create_product, create_user

STATIC = PROJECT_ROOT / "static"


@pytest.mark.parametrize(
    ("headers", "cookie", "expected"),
    [
        ({}, None, "/fr/"),
        ({"Accept-Language": "ar-MA,ar;q=0.9,fr;q=0.5"}, None, "/ar/"),
        ({"Accept-Language": "zgh"}, None, "/zgh/"),
        ({"Accept-Language": "en-GB,en;q=0.9"}, None, "/fr/"),
        ({"Accept-Language": "ar"}, "zgh", "/zgh/"),
    ],
)
def test_root_redirects_by_cookie_then_accept_language_then_french(
    client, headers, cookie, expected
):
    if cookie:
        client.set_cookie(LANGUAGE_COOKIE, cookie)
    response = client.get("/", headers=headers)
    assert response.status_code == 302
    assert response.headers["Location"] == expected


def test_user_preference_wins_over_cookie_and_browser(client):
    create_user(email="pref@example.ma", preferred_language="ar")
    login(client, "pref@example.ma", PASSWORD)
    client.set_cookie(LANGUAGE_COOKIE, "zgh")
    assert client.get("/", headers={"Accept-Language": "fr"}).headers["Location"] == "/ar/"


def test_visiting_a_language_remembers_it_in_a_cookie(client):
    response = client.get("/zgh/")
    assert f"{LANGUAGE_COOKIE}=zgh" in response.headers["Set-Cookie"]
    assert client.get("/").headers["Location"] == "/zgh/"


@pytest.mark.parametrize(("lang", "direction"), [("ar", "rtl"), ("fr", "ltr"), ("zgh", "ltr")])
def test_pages_declare_language_and_direction(client, lang, direction):
    html = client.get(f"/{lang}/").get_data(as_text=True)
    assert f'<html lang="{lang}" dir="{direction}">' in html


def test_language_switcher_keeps_the_current_page_and_its_query(client):
    product = create_product(sku="TIF-ARG-250")
    html = client.get(f"/fr/c/{product.category.slug}?sort=price_asc&page=1").get_data(as_text=True)
    switcher = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    assert f'href="/ar/c/{product.category.slug}?' in switcher
    assert "sort=price_asc" in switcher
    assert f'href="/zgh/c/{product.category.slug}?' in switcher
    assert 'aria-current="true">Français<' in switcher


def test_every_page_has_the_switcher(client):
    for path in (
        "/fr/",
        "/ar/account/login",
        "/zgh/account/register",
        "/fr/sellers/",
        "/ar/nowhere",
    ):
        html = client.get(path).get_data(as_text=True)
        assert 'class="language-switcher"' in html, path


@pytest.mark.parametrize(
    ("lang", "expected_price", "expected_date"),
    [
        ("fr", "1\u202f234,50\xa0MAD", "25 nov. 2026"),
        ("ar", "1.234,50\xa0د.م.", "25\u200f/11\u200f/2026"),
        ("zgh", "1\xa0234,50MAD", "25 ⵏⵓⵡ, 2026"),
    ],
)
def test_prices_and_dates_follow_the_active_locale(app, lang, expected_price, expected_date):
    with app.test_request_context(f"/{lang}/"):
        g.lang_code = lang
        assert expected_price in format_price(Decimal("1234.50"))
        assert format_date(date(2026, 11, 25)) == expected_date


def test_bundled_fonts_are_served_with_their_licences(client):
    for font in (
        "noto-sans-tifinagh-tifinagh-400-normal.woff2",
        "noto-naskh-arabic-arabic-400-normal.woff2",
    ):
        with client.get(f"/static/fonts/{font}") as response:
            assert response.status_code == 200
            assert response.data[:4] == b"wOF2"
    for licence in ("OFL-NotoSansTifinagh.txt", "OFL-NotoNaskhArabic.txt", "OFL-NotoSans.txt"):
        assert "SIL OPEN FONT LICENSE" in (STATIC / "fonts" / licence).read_text()
    css = (STATIC / "css" / "fonts.css").read_text()
    assert "U+2D30-2D7F" in css  # the Tifinagh block is covered by the bundled face
    assert "http" not in css  # no CDN


def test_pages_load_no_third_party_resources(client):
    create_product()
    html = client.get("/ar/").get_data(as_text=True)
    assert not re.search(r'(src|href)="(https?:)?//', html)


PHYSICAL_CSS = re.compile(
    r"(margin|padding|border)-(left|right)\b|(?<![-\w])(left|right)\s*:|text-align:\s*(left|right)|float:\s*(left|right)"
)


def test_stylesheets_use_logical_properties_only():
    for stylesheet in Path(STATIC / "css").glob("*.css"):
        offending = [
            line for line in stylesheet.read_text().splitlines() if PHYSICAL_CSS.search(line)
        ]
        assert offending == [], f"{stylesheet.name}: {offending}"


@pytest.mark.parametrize(
    ("lang", "required", "too_short"),
    [
        ("ar", "هذا الحقل إلزامي.", "عدد من الأحرف بين 10 و200"),
        ("fr", "Ce champ est obligatoire.", "entre 10 et 200 caractères"),
        ("zgh", "ⴰⵏⵙⴰ ⴰⴷ ⵉⵍⴰⵇ.", "ⴳⵔ 10 ⴷ 200"),
    ],
)
def test_form_validation_messages_speak_the_page_language(client, lang, required, too_short):
    from tests.conftest import csrf_token_from

    page = client.get(f"/{lang}/account/register").get_data(as_text=True)
    html = client.post(
        f"/{lang}/account/register",
        data={
            "csrf_token": csrf_token_from(page),
            "full_name": "",
            "email": "a@example.ma",
            "password": "short",
            "confirm": "short",
        },
    ).get_data(as_text=True)
    assert required in html
    assert too_short in html


def test_latin_codes_in_arabic_sentences_are_isolated(client, db_session):
    from tests.factories import create_label, create_label_claim

    product = create_product(sku="TIF-ARG-250", unit="flacon 250 ml")
    create_label_claim(create_label(code="igp-argane"), product, certificate_number="IGP-2026-01")
    html = client.get("/ar/p/TIF-ARG-250").get_data(as_text=True)
    assert "<bdi>TIF-ARG-250</bdi>" in html
    assert "<bdi>flacon 250 ml</bdi>" in html
    assert "<bdi>IGP-2026-01</bdi>" in html
    assert "<bdi>Ecocert Maroc</bdi>" in html
