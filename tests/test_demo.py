"""The demo shop: what `souk demo` promises a newcomer."""

from decimal import Decimal

import pytest
from PIL import Image
from sqlalchemy import func, select

from catalog.images import image_path
from catalog.models import Category, LabelClaim, Product, QualityLabel
from groupings.models import Grouping, Supplier
from shop.accounts import services as accounts
from shop.demo.seed import DEMO_ACCOUNTS, DEMO_PASSWORD, seed_demo
from shop.extensions import db


@pytest.fixture
def demo(app, db_session):
    seed_demo(app.config["UPLOAD_DIR"])
    return db_session


def _count(model, *where) -> int:
    return db.session.scalar(select(func.count()).select_from(model).where(*where))


@pytest.mark.databases
def test_demo_has_the_promised_breadth(demo):
    assert _count(Supplier) >= 12
    assert db.session.scalar(select(func.count(func.distinct(Supplier.region)))) >= 8
    kinds = set(db.session.scalars(select(Supplier.kind).distinct()))
    assert kinds == {"cooperative", "micro_entrepreneur"}
    assert _count(Product, Product.status == "published") >= 60
    assert db.session.scalar(select(func.count(func.distinct(Product.category_id)))) >= 8
    assert _count(Grouping) == 3
    assert {label.kind for label in db.session.scalars(select(QualityLabel))} >= {
        "national_quality",
        "igp",
        "organic",
        "fair_trade",
    }
    assert _count(LabelClaim, LabelClaim.status == "verified") > 0


def test_every_demo_product_speaks_three_languages_and_has_a_real_picture(app, demo):
    for product in db.session.scalars(select(Product)):
        assert {row.language for row in product.translations} == {"ar", "fr", "zgh"}
        assert all(row.name and row.description for row in product.translations)
        assert isinstance(product.price, Decimal)
        picture = image_path(app.config["UPLOAD_DIR"], product.images[0].key, "medium")
        with Image.open(picture) as image:
            colours = image.convert("RGB").getcolors(maxcolors=1 << 16)
            assert colours is None or len(colours) > 50, product.sku  # not a blank picture


def test_every_demo_account_logs_in_with_the_documented_password(demo):
    for _role, email in DEMO_ACCOUNTS:
        assert accounts.authenticate(email, DEMO_PASSWORD).email == email


def test_demo_categories_are_named_in_three_languages(demo):
    for category in db.session.scalars(select(Category)):
        assert {row.language for row in category.translations} == {"ar", "fr", "zgh"}


def test_home_page_looks_like_a_shop(client, demo):
    for lang in ("ar", "fr", "zgh"):
        html = client.get(f"/{lang}/").get_data(as_text=True)
        assert html.count('class="product-card"') == 8
        assert html.count('class="category-tile') >= 8
        assert html.count('class="spotlight-card"') == 3
        assert "MAD" in html or "د.م." in html


def test_seed_demo_command_refuses_to_seed_twice(runner, demo):
    result = runner.invoke(args=["seed-demo"])
    assert result.exit_code == 0
    assert "already holds demo data" in result.output
