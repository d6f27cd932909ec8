"""Cart pages. Anonymous visitors' carts are found by a token in their session; at login
(Flask-Login's `user_logged_in` signal) that cart is merged into the customer's own."""

from __future__ import annotations

from datetime import timedelta

import click
from flask import Blueprint, flash, redirect, render_template, session, url_for
from flask_babel import gettext as _
from flask_login import current_user, user_logged_in
from sqlalchemy import select

from catalog.models import Product
from shop.cart import services
from shop.cart.forms import AddToCartForm, QuantityForm, RemoveForm
from shop.cart.models import Cart
from shop.database import utcnow
from shop.errors import NotFound, ShopError
from shop.extensions import db

bp = Blueprint("cart", __name__, url_prefix="/<lang_code>/cart", template_folder="templates")

SESSION_KEY = "cart_token"


def current_cart(create: bool = False) -> Cart | None:
    """The visitor's cart: the customer's own once logged in, else the session's."""
    if current_user.is_authenticated:
        if create:
            return services.open_cart(user=current_user)
        return services.find_cart(user=current_user)
    token = session.get(SESSION_KEY)
    if not create:
        return services.find_cart(token=token) if token else None
    if not token:
        token = session[SESSION_KEY] = services.new_cart_token()
    return services.open_cart(token=token)


def _merge_anonymous_cart(_app, user, **_extra) -> None:
    token = session.pop(SESSION_KEY, None)
    anonymous = services.find_cart(token=token) if token else None
    if anonymous is not None:
        services.merge_carts(anonymous, services.open_cart(user=user))


user_logged_in.connect(_merge_anonymous_cart)


def _visible_product(sku: str) -> Product:
    product = db.session.scalar(select(Product).where(Product.sku == sku))
    if product is None:
        raise NotFound()
    return product


@bp.route("/")
def cart_detail():
    cart = current_cart()
    review = services.review_cart(cart)
    return render_template("cart/cart_detail.html", review=review)


@bp.route("/add", methods=["POST"])
def cart_add():
    form = AddToCartForm()
    if not form.validate_on_submit():
        flash(
            _("Please choose a quantity between 1 and %(max)s.", max=services.MAX_QUANTITY), "error"
        )
        return redirect(url_for("cart.cart_detail"))
    product = _visible_product(form.sku.data)
    try:
        services.add_to_cart(current_cart(create=True), product, form.quantity.data)
    except ShopError as error:
        flash(str(error), "error")
        return redirect(url_for("catalog.product_detail", sku=product.sku))
    flash(_("%(name)s is in your cart.", name=product.name), "success")
    return redirect(url_for("cart.cart_detail"))


@bp.route("/<int:product_id>/quantity", methods=["POST"])
def cart_update(product_id: int):
    form = QuantityForm()
    cart = current_cart()
    if cart is None:
        return redirect(url_for("cart.cart_detail"))
    if not form.validate_on_submit():
        flash(
            _("Please choose a quantity between 1 and %(max)s.", max=services.MAX_QUANTITY), "error"
        )
        return redirect(url_for("cart.cart_detail"))
    try:
        services.set_quantity(cart, product_id, form.quantity.data)
    except ShopError as error:
        flash(str(error), "error")
    return redirect(url_for("cart.cart_detail"))


@bp.cli.command("purge")
@click.option("--days", default=30, show_default=True, help="Untouched for this many days.")
def purge_command(days: int) -> None:
    """Delete anonymous visitors' carts nobody has touched for a while."""
    removed = services.purge_anonymous_carts(utcnow() - timedelta(days=days))
    db.session.commit()
    click.echo(f"{removed} anonymous cart(s) deleted.")


@bp.route("/<int:product_id>/remove", methods=["POST"])
def cart_remove(product_id: int):
    cart = current_cart()
    if RemoveForm().validate_on_submit() and cart is not None:
        services.remove_from_cart(cart, product_id)
    return redirect(url_for("cart.cart_detail"))
