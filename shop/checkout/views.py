"""Checkout in three short screens: where to deliver, how (per seller) and how to pay, then
check and confirm. The choices wait in the session between screens; nothing is written
until the last one."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from flask import Blueprint, current_app, flash, redirect, render_template, session, url_for
from flask_babel import gettext as _
from flask_login import current_user

from shop.accounts.permissions import Permission, requires
from shop.cart import services as cart_services
from shop.cart.views import current_cart
from shop.checkout import placing
from shop.checkout.delivery import home_delivery_fee
from shop.checkout.forms import AddressForm, PlaceOrderForm, delivery_form
from shop.checkout.services import (
    CartNeedsChanges,
    CheckoutError,
    make_address,
    payment_methods_for,
)
from shop.database import utcnow
from shop.errors import ShopError
from shop.i18n import format_price
from shop.orders import services as order_services
from shop.orders.errors import SoldOut
from shop.orders.states import DELIVERY_METHOD_NAMES, PAYMENT_METHOD_NAMES
from shop.payments import gateway

bp = Blueprint(
    "checkout", __name__, url_prefix="/<lang_code>/checkout", template_folder="templates"
)

SESSION_KEY = "checkout"


@bp.context_processor
def _vocabulary() -> dict:
    return {
        "payment_method_names": PAYMENT_METHOD_NAMES,
        "delivery_method_names": DELIVERY_METHOD_NAMES,
    }


def settings() -> placing.CheckoutSettings:
    config = current_app.config
    return placing.CheckoutSettings(
        platform_fee_rate=config["PLATFORM_FEE_RATE"],
        card_enabled=gateway.is_configured(config),
        card_payment_minutes=int(config.get("CARD_PAYMENT_MINUTES", 30)),
    )


def _draft() -> dict:
    return dict(session.get(SESSION_KEY) or {})


def _save_draft(**values) -> None:
    session[SESSION_KEY] = {**_draft(), **values}


def _choices(draft: dict) -> placing.CheckoutChoices | None:
    if "address" not in draft or "payment_method" not in draft:
        return None
    try:
        address = make_address(**draft["address"])
    except ShopError:
        return None
    deliveries = {int(key): value for key, value in draft.get("deliveries", {}).items()}
    return placing.CheckoutChoices(address, draft["payment_method"], deliveries)


def _reviewed_cart_or_redirect():
    review = cart_services.review_cart(current_cart())
    if review.is_empty:
        flash(_("Your cart is empty."), "info")
        return None, redirect(url_for("cart.cart_detail"))
    if review.problems:
        flash(_("Please check your cart: some products changed."), "error")
        return None, redirect(url_for("cart.cart_detail"))
    return review, None


def _last_address() -> dict:
    orders = order_services.customer_orders(current_user)
    if not orders:
        return {"full_name": current_user.full_name}
    last = orders[0]
    return {
        "full_name": last.ship_name,
        "phone": last.ship_phone,
        "region": last.ship_region,
        "city": last.ship_city,
        "street": last.ship_address,
        "postal_code": last.ship_postal_code,
    }


@bp.route("/", methods=["GET", "POST"])
@requires(Permission.ACCOUNT)
def address():
    review, back = _reviewed_cart_or_redirect()
    if back:
        return back
    form = AddressForm(data=_draft().get("address") or _last_address())
    if form.validate_on_submit():
        _save_draft(
            address={
                "full_name": form.full_name.data,
                "phone": form.phone.data,
                "region": form.region.data,
                "city": form.city.data,
                "street": form.street.data,
                "postal_code": form.postal_code.data or "",
            }
        )
        return redirect(url_for("checkout.delivery"))
    return render_template("checkout/address.html", form=form, review=review, step=1)


@bp.route("/delivery", methods=["GET", "POST"])
@requires(Permission.ACCOUNT)
def delivery():
    review, back = _reviewed_cart_or_redirect()
    if back:
        return back
    draft = _draft()
    if "address" not in draft:
        return redirect(url_for("checkout.address"))
    region = draft["address"]["region"]
    suppliers = []
    for group in review.groups:
        weight = sum(line.product.weight_grams * line.quantity for line in group.lines)
        fee = home_delivery_fee(group.supplier.region, region, weight)
        home = _(
            "%(method)s: %(price)s", method=DELIVERY_METHOD_NAMES["home"], price=format_price(fee)
        )
        pickup = _(
            "%(method)s in %(city)s: free",
            method=DELIVERY_METHOD_NAMES["pickup"],
            city=group.supplier.city or group.supplier.name,
        )
        suppliers.append(
            (group.supplier.id, group.supplier.name, [("home", home), ("pickup", pickup)])
        )
    methods = payment_methods_for(current_user, card_enabled=settings().card_enabled)
    saved = draft.get("deliveries", {})
    data = {f"delivery_{sid}": saved.get(str(sid), "home") for sid, _name, _c in suppliers}
    data["payment_method"] = draft.get("payment_method", methods[0])
    form = delivery_form(suppliers, [(m, str(PAYMENT_METHOD_NAMES[m])) for m in methods], data=data)
    if form.validate_on_submit():
        _save_draft(
            deliveries={str(sid): form[f"delivery_{sid}"].data for sid, _n, _c in suppliers},
            payment_method=form.payment_method.data,
        )
        return redirect(url_for("checkout.review"))
    supplier_fields = [form[f"delivery_{sid}"] for sid, _name, _choices in suppliers]
    return render_template(
        "checkout/delivery.html", form=form, supplier_fields=supplier_fields, step=2
    )


@bp.route("/review", methods=["GET"])
@requires(Permission.ACCOUNT)
def review():
    choices = _choices(_draft())
    if choices is None:
        return redirect(url_for("checkout.address"))
    try:
        quote = placing.quote_cart(current_cart(), choices, settings())
    except CheckoutError as error:
        flash(str(error), "error")
        return redirect(url_for("cart.cart_detail"))
    form = PlaceOrderForm(data={"expected_total": str(quote.total)})
    return render_template("checkout/review.html", quote=quote, choices=choices, form=form, step=3)


@bp.route("/place", methods=["POST"])
@requires(Permission.ACCOUNT)
def place():
    form = PlaceOrderForm()
    choices = _choices(_draft())
    if choices is None or not form.validate_on_submit():
        return redirect(url_for("checkout.review"))
    try:
        expected_total = Decimal(form.expected_total.data)
    except InvalidOperation:
        return redirect(url_for("checkout.review"))
    cart = current_cart(create=True)
    try:
        order = placing.place_order(
            current_user, cart, choices, settings(), expected_total=expected_total, now=utcnow()
        )
    except (SoldOut, CartNeedsChanges) as error:
        flash(str(error), "error")
        return redirect(url_for("cart.cart_detail"))
    except ShopError as error:
        flash(str(error), "error")
        return redirect(url_for("checkout.review"))
    session.pop(SESSION_KEY, None)
    if order.payment_method == "card":
        return redirect(url_for("payments.pay", order_id=order.id))
    flash(_("Thank you! Your order %(reference)s is placed.", reference=order.reference), "success")
    return redirect(url_for("orders.order_detail", order_id=order.id))
