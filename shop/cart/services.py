"""The cart: what a visitor means to buy. Quantities are checked against stock when added
and again when reviewed; prices are always read fresh from the catalog (checkout compares
the total the customer saw with the one it is about to charge)."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

from flask_babel import lazy_gettext as _l
from sqlalchemy import delete, select
from sqlalchemy.orm import joinedload, lazyload

from catalog.models import Product
from groupings.models import Grouping, Supplier
from shop.accounts.models import User
from shop.cart.models import Cart, CartLine
from shop.errors import ShopError
from shop.extensions import db

MAX_QUANTITY = 99
ZERO = Decimal("0.00")


class CartError(ShopError):
    pass


class ProductUnavailable(CartError):
    message = _l("%(name)s is no longer for sale.")
    status_code = 409


class ProductSoldOut(CartError):
    message = _l("Sorry, %(name)s is sold out.")
    status_code = 409


class NotEnoughStock(CartError):
    message = _l("Only %(available)s of %(name)s left: you cannot add more.")
    status_code = 409


class InvalidQuantity(CartError):
    message = _l("Please choose a quantity between 1 and %(max)s.")


def new_cart_token() -> str:
    return secrets.token_urlsafe(32)


def find_cart(*, user: User | None = None, token: str | None = None) -> Cart | None:
    """The cart with its lines, in one query: every page that finds it shows or counts them."""
    if user is not None:
        found = Cart.user_id == user.id
    elif token:
        found = (Cart.token == token) & Cart.user_id.is_(None)
    else:
        return None
    query = select(Cart).where(found).options(joinedload(Cart.lines))
    return db.session.scalars(query).unique().one_or_none()


def open_cart(*, user: User | None = None, token: str | None = None) -> Cart:
    """The customer's cart, or the anonymous one for `token`; created when missing."""
    cart = find_cart(user=user, token=token)
    if cart is None:
        cart = Cart(user_id=user.id if user is not None else None, token=None if user else token)
        db.session.add(cart)
        db.session.flush()
    return cart


def _is_for_sale(product: Product) -> bool:
    return product.status == "published" and product.supplier.status == "active"


def _check_quantity(quantity: int) -> None:
    if not 1 <= quantity <= MAX_QUANTITY:
        raise InvalidQuantity(max=MAX_QUANTITY)


def _check_stock(product: Product, quantity: int) -> None:
    if not _is_for_sale(product):
        raise ProductUnavailable(name=product.name)
    if product.stock <= 0:
        raise ProductSoldOut(name=product.name)
    if quantity > product.stock:
        raise NotEnoughStock(name=product.name, available=product.stock)


def _line(cart: Cart, product_id: int) -> CartLine | None:
    return next((line for line in cart.lines if line.product_id == product_id), None)


def add_to_cart(cart: Cart, product: Product, quantity: int = 1) -> CartLine:
    _check_quantity(quantity)
    line = _line(cart, product.id)
    wanted = quantity + (line.quantity if line else 0)
    _check_quantity(wanted)
    _check_stock(product, wanted)
    if line is None:
        line = CartLine(product=product, quantity=wanted)
        cart.lines.append(line)
    else:
        line.quantity = wanted
    db.session.flush()
    return line


def set_quantity(cart: Cart, product_id: int, quantity: int) -> None:
    """Zero removes the line."""
    line = _line(cart, product_id)
    if line is None:
        return
    if quantity == 0:
        cart.lines.remove(line)
    else:
        _check_quantity(quantity)
        _check_stock(line.product, quantity)
        line.quantity = quantity
    db.session.flush()


def remove_from_cart(cart: Cart, product_id: int) -> None:
    set_quantity(cart, product_id, 0)


def merge_carts(source: Cart, target: Cart) -> None:
    """At login: the visitor's anonymous cart joins the customer's saved one. Quantities
    add up, within the stock available; the anonymous cart is then deleted."""
    for line in list(source.lines):
        existing = _line(target, line.product_id)
        wanted = min(line.quantity + (existing.quantity if existing else 0), MAX_QUANTITY)
        wanted = min(wanted, max(line.product.stock, 1))
        if existing is None:
            target.lines.append(CartLine(product_id=line.product_id, quantity=wanted))
        else:
            existing.quantity = wanted
    db.session.delete(source)
    db.session.flush()


def purge_anonymous_carts(older_than: datetime) -> int:
    """Anonymous visitors' carts untouched since `older_than`: their sessions are gone."""
    result = db.session.execute(
        delete(Cart).where(Cart.user_id.is_(None), Cart.updated_at < older_than)
    )
    return result.rowcount or 0


def empty_cart(cart: Cart) -> None:
    lines = CartLine.__table__
    db.session.execute(delete(lines).where(lines.c.cart_id == cart.id))
    db.session.expire(cart, ["lines"])


def restore_order_lines(order) -> None:
    """Puts a cancelled order's products back in its customer's cart (e.g. after a refused
    card payment), without stock checks: the cart page shows what is still available."""
    cart = open_cart(user=order.customer)
    for order_line in order.lines:
        existing = _line(cart, order_line.product_id)
        wanted = min(order_line.quantity + (existing.quantity if existing else 0), MAX_QUANTITY)
        if existing is None:
            cart.lines.append(CartLine(product_id=order_line.product_id, quantity=wanted))
        else:
            existing.quantity = wanted
    db.session.flush()


@dataclass
class ReviewedLine:
    product: Product
    quantity: int
    problem: str = ""  # translated; empty when the line can be bought as it is

    @property
    def unit_price(self) -> Decimal:
        return self.product.price

    @property
    def line_total(self) -> Decimal:
        return self.product.price * self.quantity


@dataclass
class SupplierGroup:
    supplier: Supplier
    lines: list[ReviewedLine] = field(default_factory=list)

    @property
    def subtotal(self) -> Decimal:
        return sum((line.line_total for line in self.lines), ZERO)


@dataclass
class CartReview:
    groups: list[SupplierGroup]

    @property
    def lines(self) -> list[ReviewedLine]:
        return [line for group in self.groups for line in group.lines]

    @property
    def is_empty(self) -> bool:
        return not self.groups

    @property
    def problems(self) -> list[str]:
        return [line.problem for line in self.lines if line.problem]

    @property
    def total(self) -> Decimal:
        return sum((group.subtotal for group in self.groups), ZERO)

    @property
    def item_count(self) -> int:
        return sum(line.quantity for line in self.lines)


def review_cart(cart: Cart | None) -> CartReview:
    """The cart as it stands now, grouped by supplier, each line with current price and
    any reason it cannot be bought as it is (sold out, not enough left, withdrawn)."""
    groups: dict[int, SupplierGroup] = {}
    lines = list(cart.lines) if cart is not None else []
    # One query reads every product afresh (stock and price may have changed since the
    # session first loaded them), with what pricing needs.
    fresh = {
        product.id: product
        for product in db.session.scalars(
            select(Product)
            .where(Product.id.in_([line.product_id for line in lines]))
            .options(
                joinedload(Product.grouping).lazyload(Grouping.translations),
                lazyload(Product.images),
            )
            .execution_options(populate_existing=True)
        )
    }
    for line in lines:
        product = fresh[line.product_id]
        problem = ""
        try:
            _check_stock(product, line.quantity)
        except CartError as error:
            problem = str(error)
        group = groups.setdefault(product.supplier_id, SupplierGroup(product.supplier))
        group.lines.append(ReviewedLine(product, line.quantity, problem))
    ordered = sorted(groups.values(), key=lambda group: (group.supplier.name, group.supplier.id))
    return CartReview(ordered)
