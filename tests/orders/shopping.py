"""Helpers for the buying-flow tests: a small shop of several suppliers, and orders placed
through the real checkout services. New factories live here, beside tests/factories.py."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from catalog.models import Product
from shop.accounts.models import User
from shop.cart import services as cart_services
from shop.checkout import placing
from shop.checkout.services import make_address
from shop.extensions import db
from shop.orders.models import Order
from tests.factories import (
    add_grouping_member,
    add_supplier_member,
    create_grouping,
    create_product,
    create_supplier,
    create_user,
)

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)
PLATFORM_FEE_RATE = Decimal("0.05")
VALID_RIB = "011780000012345678901234"

ADDRESS = {
    "full_name": "Amina Berrada",
    "phone": "06 12 34 56 78",
    "region": "casablanca-settat",
    "city": "Casablanca",
    "street": "12 rue des Oliviers, Maârif",
    "postal_code": "20100",
}


def create_shop_supplier(*, region: str = "souss-massa", commission: str | None = "0.1000", **kw):
    """An active supplier with an owner, a RIB and (optionally) a grouping's commission."""
    supplier = create_supplier(region=region, city=kw.pop("city", "Agadir"), rib=VALID_RIB, **kw)
    owner = create_user(full_name="Owner")
    add_supplier_member(supplier, owner, "owner")
    grouping = None
    if commission is not None:
        grouping = create_grouping(commission_rate=Decimal(commission), region=region)
        add_grouping_member(grouping, supplier)
    return supplier, owner, grouping


def create_shop_product(supplier, grouping=None, **kw) -> Product:
    kw.setdefault("weight_grams", 800)
    return create_product(supplier=supplier, grouping=grouping, **kw)


def two_sellers(
    *, oil: str = "149.90", olives: str = "33.33", stock: int = 10, olive_stock: int | None = None
) -> dict:
    """What most order tests start from: a Souss cooperative in a grouping that takes a
    commission, selling argan oil, and a Fès seller in none, selling olives."""
    souss, souss_owner, grouping = create_shop_supplier(region="souss-massa")
    fes, fes_owner, _none = create_shop_supplier(region="fes-meknes", commission=None)
    return {
        "souss": souss,
        "fes": fes,
        "souss_owner": souss_owner,
        "fes_owner": fes_owner,
        "grouping": grouping,
        "oil": create_shop_product(souss, grouping, price=Decimal(oil), stock=stock),
        "olives": create_shop_product(
            fes, price=Decimal(olives), stock=stock if olive_stock is None else olive_stock
        ),
    }


def settings(*, card: bool = False, minutes: int = 30) -> placing.CheckoutSettings:
    return placing.CheckoutSettings(
        platform_fee_rate=PLATFORM_FEE_RATE, card_enabled=card, card_payment_minutes=minutes
    )


def choices(
    payment_method: str = "cash", deliveries: dict[int, str] | None = None, **address
) -> placing.CheckoutChoices:
    return placing.CheckoutChoices(
        make_address(**{**ADDRESS, **address}), payment_method, deliveries or {}
    )


def fill_cart(customer: User, items: dict[Product, int]):
    cart = cart_services.open_cart(user=customer)
    for product, quantity in items.items():
        cart_services.add_to_cart(cart, product, quantity)
    return cart


def place(
    customer: User,
    items: dict[Product, int],
    *,
    payment_method: str = "cash",
    deliveries: dict[int, str] | None = None,
    card: bool = False,
    now: datetime = NOW,
) -> Order:
    """Fills the customer's cart and places the order at the total the customer would see."""
    cart = fill_cart(customer, items)
    picked = choices(payment_method, deliveries)
    quote = placing.quote_cart(cart, picked, settings(card=card))
    placed = placing.place_order(
        customer,
        cart,
        picked,
        settings(card=card or payment_method == "card"),
        expected_total=quote.total,
        now=now,
    )
    return db.session.get_one(Order, placed.id)


def stock_of(product: Product) -> int:
    db.session.refresh(product, ["stock"])
    return product.stock
