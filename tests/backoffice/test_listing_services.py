"""Creating, editing and duplicating listings, without HTTP."""

from decimal import Decimal

import pytest
from flask_babel import force_locale
from sqlalchemy import select

from catalog import listings
from catalog.listing_completeness import ListingFacts, completeness, product_completeness
from catalog.listing_errors import (
    ChangeRefused,
    DescriptionNeedsName,
    GroupingNotAvailable,
    InvalidPrice,
    InvalidSku,
    ListingNotFound,
    NameRequired,
    SkuTaken,
    UnknownCategory,
)
from catalog.models import LabelClaim, Product, StockMovement
from groupings.models import GroupingRule
from shop.errors import AccessDenied
from tests.backoffice.listing_support import add_image, create_listed_product, create_shop
from tests.factories import (
    add_grouping_member,
    create_category,
    create_grouping,
    create_label,
    create_label_claim,
    create_product,
)

FEE = Decimal("0.05")


pytestmark = pytest.mark.databases  # SQLite and PostgreSQL


@pytest.fixture(autouse=True)
def _english(db_session):
    """Messages compared as written in the code, whatever the translators did since."""
    with force_locale("en"):
        yield


@pytest.fixture
def shop(db_session):
    return create_shop("tifaout", region="souss-massa")


def _new(category_id, **overrides):
    values = {
        "photos": [
            listings.DraftPhoto("a" * 40, 800, 600),
            listings.DraftPhoto("b" * 40, 600, 800),
        ],
        "texts": listings.ListingTexts(names={"ar": "زيت أركان"}, descriptions={"ar": "زيت"}),
        "details": listings.ListingDetails(Decimal("120.50"), "قنينة 250 مل", category_id),
        "stock": 12,
    }
    return listings.NewListing(**{**values, **overrides})


def test_a_listing_written_in_arabic_only_is_saved_as_a_draft(shop):
    category = create_category()
    product = listings.create_listing(shop.owner, shop.supplier, _new(category.id))
    assert product.status == "draft"
    assert product.sku == "TIFAOUT-0001"
    assert product.region == "souss-massa"
    assert product.price == Decimal("120.50")
    assert [(row.language, row.name) for row in product.translations] == [("ar", "زيت أركان")]
    assert [image.key for image in product.images] == ["a" * 40, "b" * 40]
    first = product.images[0]
    assert (first.alt_ar, first.alt_fr, first.alt_zgh) == ("زيت أركان", "", "")
    movement = product_movements(product)[0]
    assert (movement.reason, movement.before, movement.after) == ("restock", 0, 12)
    assert movement.actor_id == shop.owner.id


def product_movements(product):
    from shop.extensions import db

    query = select(StockMovement).where(StockMovement.product_id == product.id)
    return list(db.session.scalars(query))


def test_generated_skus_follow_each_other_and_a_given_one_is_kept(shop):
    category = create_category()
    first = listings.create_listing(shop.owner, shop.supplier, _new(category.id))
    second = listings.create_listing(shop.manager, shop.supplier, _new(category.id))
    mine = listings.create_listing(shop.owner, shop.supplier, _new(category.id, sku="ARGAN-250"))
    assert (first.sku, second.sku, mine.sku) == ("TIFAOUT-0001", "TIFAOUT-0002", "ARGAN-250")


def test_a_sku_of_another_supplier_is_refused_without_naming_it(shop):
    other = create_product(sku="ATLAS-1")
    with pytest.raises(SkuTaken) as refusal:
        listings.create_listing(shop.owner, shop.supplier, _new(other.category_id, sku="ATLAS-1"))
    assert other.supplier.name not in str(refusal.value)
    with pytest.raises(InvalidSku):
        listings.create_listing(shop.owner, shop.supplier, _new(other.category_id, sku="a b"))


@pytest.mark.parametrize(
    ("texts", "error"),
    [
        (listings.ListingTexts(names={"fr": "  "}), NameRequired),
        (
            listings.ListingTexts(names={"fr": "Miel"}, descriptions={"ar": "عسل"}),
            DescriptionNeedsName,
        ),
    ],
)
def test_texts_need_a_name(shop, texts, error):
    with pytest.raises(error):
        listings.create_listing(shop.owner, shop.supplier, _new(create_category().id, texts=texts))


@pytest.mark.parametrize("price", ["0", "-3", "12.345", "NaN"])
def test_prices_must_be_positive_with_two_decimals(shop, price):
    details = listings.ListingDetails(Decimal(price), "", create_category().id)
    with pytest.raises(InvalidPrice):
        listings.create_listing(shop.owner, shop.supplier, _new(None, details=details))


def test_category_and_grouping_must_be_real_and_the_suppliers(shop):
    category = create_category()
    with pytest.raises(UnknownCategory):
        listings.create_listing(
            shop.owner,
            shop.supplier,
            _new(None, details=listings.ListingDetails(Decimal(1), "", 999_999)),
        )
    foreign = create_grouping()  # the supplier is not a member
    details = listings.ListingDetails(Decimal(10), "", category.id, foreign.id)
    with pytest.raises(GroupingNotAvailable):
        listings.create_listing(shop.owner, shop.supplier, _new(None, details=details))
    add_grouping_member(foreign, shop.supplier)
    product = listings.create_listing(shop.owner, shop.supplier, _new(None, details=details))
    assert product.grouping_id == foreign.id


def test_staff_and_other_suppliers_cannot_create(shop):
    other = create_shop("atlas")
    category = create_category()
    for actor in (shop.staff, other.owner):
        with pytest.raises(AccessDenied):
            listings.create_listing(actor, shop.supplier, _new(category.id))


def test_another_suppliers_product_is_not_found(shop):
    foreign = create_product()
    with pytest.raises(ListingNotFound):
        listings.get_supplier_product(shop.owner, shop.supplier, foreign.id)
    with pytest.raises(AccessDenied):
        listings.get_supplier_product(shop.owner, foreign.supplier, foreign.id)


def test_duplicate_is_a_draft_sharing_the_photos(shop, db_session):
    original = create_listed_product(shop.supplier, photos=2, status="published", stock=7)
    create_label_claim(create_label(), original)
    copy = listings.duplicate_listing(shop.manager, original)
    assert copy.id != original.id and copy.sku != original.sku
    assert copy.sku.startswith("TIFAOUT-")
    assert (copy.status, copy.stock, copy.price) == ("draft", 0, original.price)
    assert [i.key for i in copy.images] == [i.key for i in original.images]
    assert [t.name for t in copy.translations] == [t.name for t in original.translations]
    claims = db_session.scalars(select(LabelClaim).where(LabelClaim.product_id == copy.id))
    assert list(claims) == []


def test_alt_texts_follow_the_name_unless_written_by_hand(shop):
    product = create_listed_product(shop.supplier, photos=2, names={"fr": "Miel"})
    product.images[1].alt_fr = "Le pot ouvert"
    texts = listings.ListingTexts(names={"fr": "Miel de thym", "ar": "عسل الزعتر"})
    listings.update_texts(shop.owner, product, texts, platform_fee_rate=FEE)
    assert [i.alt_fr for i in product.images] == ["Miel de thym", "Le pot ouvert"]
    assert product.images[0].alt_ar == "عسل الزعتر"
    assert {t.language for t in product.translations} == {"fr", "ar"}


def test_a_change_that_breaks_a_published_product_is_rolled_back(shop, db_session):
    grouping = create_grouping(commission_rate=Decimal("0.10"))
    add_grouping_member(grouping, shop.supplier)
    grouping.rules.append(GroupingRule(kind="min_producer_share", value=Decimal("0.80")))
    product = create_listed_product(shop.supplier, status="published", price=Decimal("100"))
    details = listings.ListingDetails(Decimal("90"), "pot", product.category_id, grouping.id)
    with pytest.raises(ChangeRefused) as refusal:
        listings.update_details(shop.owner, product, details, platform_fee_rate=Decimal("0.15"))
    assert "80%" in str(refusal.value.reasons[0])
    db_session.expire_all()
    fresh = db_session.get(Product, product.id)
    assert (fresh.price, fresh.grouping_id) == (Decimal("100.00"), None)
    # A draft may be anything while it is being written.
    fresh.status = "draft"
    listings.update_details(shop.owner, fresh, details, platform_fee_rate=Decimal("0.15"))
    assert fresh.grouping_id == grouping.id


def test_completeness_lists_what_is_missing_per_language(shop):
    empty = completeness(ListingFacts())
    assert empty.percent == 0 and empty.missing_languages == ("ar", "fr", "zgh")
    product = create_listed_product(shop.supplier, names={"ar": "عسل"}, unit="", stock=0)
    meter = product_completeness(product)
    missing = {item.code for item in meter.missing}
    assert missing == {
        "name_fr",
        "name_zgh",
        "description_ar",
        "description_fr",
        "description_zgh",
        "unit",
        "stock",
    }
    assert meter.missing_languages == ("fr", "zgh")
    assert meter.percent == round(100 * 4 / 11)
    add_image(product)
    assert product_completeness(product).percent == meter.percent
