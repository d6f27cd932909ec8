from decimal import Decimal

import pytest

from groupings.services import split_price
from tests.factories import create_grouping, create_product


@pytest.mark.parametrize("price", ["0.01", "0.99", "19.99", "120.00", "95.50", "3333.33"])
def test_price_split_adds_up_to_the_centime(db_session, price):
    grouping = create_grouping(commission_rate=Decimal("0.1250"))
    split = split_price(Decimal(price), grouping, Decimal("0.05"))
    assert split.producer + split.grouping + split.platform == Decimal(price)


def test_producer_share_without_grouping_is_price_less_platform_fee():
    split = split_price(Decimal("200.00"), None, Decimal("0.05"))
    assert (split.producer, split.grouping, split.platform) == (
        Decimal("190.00"),
        Decimal("0.00"),
        Decimal("10.00"),
    )
    assert split.producer_rate == Decimal("0.95")


def test_product_page_shows_the_producers_share(client, db_session):
    grouping = create_grouping(commission_rate=Decimal("0.1000"))
    product = create_product(price=Decimal("120.00"), grouping=grouping)
    html = client.get(f"/fr/p/{product.sku}").get_data(as_text=True)
    assert "102,00" in html  # 120 − 12 (grouping) − 6 (platform)
    assert "(85" in html
