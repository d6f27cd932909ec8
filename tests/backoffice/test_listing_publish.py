"""Publishing runs every check and reports every failure; archiving hides; republishing
goes through the same checks."""

from datetime import timedelta
from decimal import Decimal

import pytest
from flask_babel import force_locale

from catalog.errors import ProductNotFound
from catalog.listing_errors import PublishRefused, StatusUnchanged
from catalog.listing_status import archive_product, publish_product
from catalog.services import get_visible_product
from groupings.models import GroupingRule
from shop.errors import AccessDenied
from tests.backoffice.listing_support import TODAY, create_listed_product, create_shop
from tests.factories import (
    add_grouping_member,
    add_supplier_member,
    create_evidence,
    create_grouping,
    create_supplier,
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
    return create_shop("tifaout")


def _publish(actor, product, fee=FEE, today=TODAY):
    return publish_product(actor, product, today=today, platform_fee_rate=fee)


def _reasons(actor, product, **kw) -> list[str]:
    with pytest.raises(PublishRefused) as refusal:
        _publish(actor, product, **kw)
    assert product.status != "published"
    return [str(reason) for reason in refusal.value.reasons]


def test_a_complete_product_of_an_eligible_supplier_goes_on_sale(shop):
    product = create_listed_product(shop.supplier)
    _publish(shop.manager, product)
    assert product.status == "published"
    assert get_visible_product(product.sku) is product
    with pytest.raises(StatusUnchanged):
        _publish(shop.owner, product)


def test_every_failed_check_is_reported_at_once(db_session):
    supplier = create_supplier(status="pending")  # no attestation either
    owner = create_shop("other").owner
    add_supplier_member(supplier, owner, "owner")
    product = create_listed_product(supplier, photos=0)
    product.translations[0].name = " "
    reasons = _reasons(owner, product)
    assert reasons == [
        "Add at least one photo of the product.",
        "Write the product's name in at least one language.",
        "Your shop is waiting for approval by the platform team.",
        "Your microcredit or honour-loan attestation must be verified and still valid. "
        "Send it, or a renewed one, from your shop's page.",
    ]


def test_a_suspended_supplier_or_an_expired_attestation_blocks_publishing(db_session):
    shop = create_shop("souss", status="suspended")
    product = create_listed_product(shop.supplier)
    assert _reasons(shop.owner, product) == [
        "Your shop is suspended: its products cannot be put on sale."
    ]
    shop.supplier.status = "active"
    for evidence in shop.supplier.evidence:
        evidence.valid_until = TODAY - timedelta(days=1)
    assert len(_reasons(shop.owner, product)) == 1
    create_evidence(shop.supplier, status="pending")  # sent, not verified yet
    assert len(_reasons(shop.owner, product)) == 1
    create_evidence(shop.supplier, status="verified", valid_until=TODAY)
    _publish(shop.owner, product)


def test_grouping_rules_that_apply_to_a_product_are_checked(shop):
    grouping = create_grouping(name="Souss solidaire", commission_rate=Decimal("0.20"))
    add_grouping_member(grouping, shop.supplier)
    grouping.rules.extend(
        [
            GroupingRule(kind="min_producer_share", value=Decimal("0.80")),
            GroupingRule(kind="max_commission", value=Decimal("0.15")),
            GroupingRule(kind="max_payment_days", value=Decimal("30")),  # not about a product
        ]
    )
    product = create_listed_product(shop.supplier, grouping=grouping, price=Decimal("100"))
    assert _reasons(shop.owner, product) == [
        "In the grouping Souss solidaire the producer must receive at least 80% of the price; "
        "after the grouping's commission and the platform fee you would receive 75%.",
        "The grouping Souss solidaire takes a commission of 20%, above its own limit of 15%. "
        "Choose another grouping, or none.",
    ]
    grouping.commission_rate = Decimal("0.125")
    assert _reasons(shop.owner, product, fee=Decimal("0.10")) == [
        "In the grouping Souss solidaire the producer must receive at least 80% of the price; "
        "after the grouping's commission and the platform fee you would receive 77.5%.",
    ]
    _publish(shop.owner, product, fee=Decimal("0.05"))


def test_a_grouping_the_supplier_left_blocks_publishing(shop, db_session):
    grouping = create_grouping(name="Oriental")
    product = create_listed_product(shop.supplier, grouping=grouping)
    assert _reasons(shop.owner, product) == [
        "Your shop is not a member of the grouping Oriental. Choose another grouping, or none."
    ]


def test_archived_products_leave_the_shop_and_come_back_through_the_checks(shop):
    product = create_listed_product(shop.supplier)
    _publish(shop.owner, product)
    archive_product(shop.manager, product)
    assert product.status == "archived"
    with pytest.raises(ProductNotFound):
        get_visible_product(product.sku)
    with pytest.raises(StatusUnchanged):
        archive_product(shop.owner, product)
    product.images.clear()
    assert _reasons(shop.owner, product) == ["Add at least one photo of the product."]
    assert product.status == "archived"


def test_staff_and_other_suppliers_cannot_publish_or_archive(shop):
    product = create_listed_product(shop.supplier)
    outsider = create_shop("atlas").owner
    for actor in (shop.staff, outsider):
        with pytest.raises(AccessDenied):
            _publish(actor, product)
        with pytest.raises(AccessDenied):
            archive_product(actor, product)
    assert product.status == "draft"
