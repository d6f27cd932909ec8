"""What a visitor's browser really does with the three languages."""

import pytest
from sqlalchemy import select

from catalog.models import Category, Product
from shop.extensions import db
from tests.factories import create_product

pytestmark = pytest.mark.browser

LOADED_FONTS = (
    "[...document.fonts].filter(f => f.status === 'loaded').map(f => f.family.replaceAll('\"', ''))"
)


@pytest.fixture(scope="module")
def product_sku(live_app):
    with live_app.app_context():
        product = create_product(
            sku="BROWSER-1",
            names={"fr": "Huile d'argan", "ar": "زيت الأركان", "zgh": "ⵍⵣⵉⵜ ⵏ ⵡⴰⵔⴳⴰⵏ"},
        )
        db.session.commit()
        return product.sku


def _box(page, selector):
    return page.locator(selector).first.bounding_box()


def test_arabic_pages_mirror_the_layout(page, live_server, product_sku):
    page.goto(f"{live_server}/fr/p/{product_sku}")
    french_brand = _box(page, ".brand")
    page.goto(f"{live_server}/ar/p/{product_sku}")
    assert page.evaluate("document.documentElement.dir") == "rtl"
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    arabic_brand = _box(page, ".brand")
    width = page.viewport_size["width"]
    # The brand starts the line: on the left in French, on the right in Arabic.
    assert french_brand["x"] < width / 2
    assert arabic_brand["x"] + arabic_brand["width"] > width / 2
    assert arabic_brand["x"] > french_brand["x"]


def test_tifinagh_renders_with_the_bundled_font(page, live_server, product_sku):
    page.goto(f"{live_server}/zgh/p/{product_sku}")
    page.evaluate("document.fonts.ready")
    loaded = page.evaluate(LOADED_FONTS)
    assert "Noto Sans Tifinagh" in loaded
    assert page.evaluate("document.fonts.check('16px \"Noto Sans Tifinagh\"', 'ⵜⴰⵎⴰⵣⵉⵖⵜ')")
    # With a font that has no Tifinagh glyphs, each letter would be the same "tofu" box;
    # the bundled font gives the letters their own, different widths.
    widths = page.evaluate(
        """() => ['ⵉ', 'ⵎ', 'ⵣ', 'ⵖ'].map(ch => {
            const span = document.createElement('span');
            span.style.cssText = 'position:absolute;white-space:nowrap';
            span.style.font = '32px "Noto Sans Tifinagh"';
            span.textContent = ch.repeat(10);
            document.body.append(span);
            const w = span.getBoundingClientRect().width;
            span.remove();
            return Math.round(w);
        })"""
    )
    assert len(set(widths)) > 1, widths


def test_arabic_text_uses_the_bundled_arabic_face(page, live_server, product_sku):
    page.goto(f"{live_server}/ar/p/{product_sku}")
    page.evaluate("document.fonts.ready")
    loaded = page.evaluate(LOADED_FONTS)
    assert "Noto Naskh Arabic" in loaded
    assert page.locator("h1").inner_text() == "زيت الأركان"


def test_language_switcher_in_the_browser_keeps_the_page(page, live_server, product_sku):
    page.goto(f"{live_server}/fr/p/{product_sku}")
    page.click(".language-switcher a[lang=ar]")
    assert page.url == f"{live_server}/ar/p/{product_sku}"
    assert page.locator("h1").inner_text() == "زيت الأركان"
    page.click(".language-switcher a[lang=zgh]")
    assert page.url == f"{live_server}/zgh/p/{product_sku}"
    page.goto(f"{live_server}/")
    assert page.url == f"{live_server}/zgh/"  # the cookie remembered the last language


def test_pages_run_under_the_content_security_policy(page, live_server, product_sku, live_app):
    violations = []
    page.on("console", lambda message: violations.append(message.text))
    with live_app.app_context():
        slug = db.session.scalar(
            select(Category.slug).join(Product).where(Product.sku == product_sku)
        )
    page.goto(f"{live_server}/fr/c/{slug}")
    with page.expect_navigation():
        page.select_option("select#sort", "price_asc")
    assert "sort=price_asc" in page.url
    assert [text for text in violations if "Content Security Policy" in text] == []
