"""The card payment page (Stripe's own card element: card numbers go from the browser to
Stripe, never through this server), the return from Stripe, and Stripe's webhook."""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import (
    Blueprint,
    abort,
    current_app,
    flash,
    jsonify,
    redirect,
    render_template,
    request,
    url_for,
)
from flask_babel import gettext as _
from flask_login import current_user

from shop.accounts.permissions import Permission, requires
from shop.database import utcnow
from shop.errors import ShopError
from shop.extensions import csrf
from shop.orders import services as orders
from shop.orders import states
from shop.payments import gateway, services
from shop.security import CONTENT_SECURITY_POLICY

bp = Blueprint("payments", __name__, template_folder="templates")


def _own_order(order_id: int):
    order = orders.get_customer_order(current_user, order_id)
    if order.customer_id != current_user.id:
        abort(404)  # an admin may look at any order, but pays for none
    return order


@bp.route("/<lang_code>/orders/<int:order_id>/pay")
@requires(Permission.ACCOUNT)
def pay(order_id: int):
    order = _own_order(order_id)
    config = current_app.config
    if order.payment_method != "card" or order.status != states.PLACED:
        return redirect(url_for("orders.order_detail", order_id=order.id))
    try:
        intent = services.start_card_payment(order, config=config, now=utcnow())
    except ShopError as error:
        flash(str(error), "error")
        return redirect(url_for("orders.order_detail", order_id=order.id))
    response = current_app.make_response(
        render_template(
            "payments/pay.html",
            order=order,
            client_secret=intent.client_secret,
            publishable_key=config["STRIPE_PUBLISHABLE_KEY"],
            stripe_js_url=gateway.stripe_js_url(config),
            return_url=url_for("payments.payment_return", order_id=order.id, _external=True),
        )
    )
    # The page carries a payment secret: never kept by a shared cache or the back button.
    response.headers["Cache-Control"] = "no-store"
    local_stripe = _origin(config.get("STRIPE_API_BASE") or "")
    if local_stripe:
        response.headers["Content-Security-Policy"] = _policy_allowing(local_stripe)
    return response


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else ""


def _policy_allowing(origin: str) -> str:
    """The site's policy (shop.security), with a stand-in Stripe server (STRIPE_API_BASE,
    as in development and tests) allowed where Stripe itself is."""
    directives = []
    for directive in CONTENT_SECURITY_POLICY.split("; "):
        name = directive.split(" ", 1)[0]
        if name in ("script-src", "frame-src", "connect-src"):
            directive = f"{directive} {origin}"
        directives.append(directive)
    return "; ".join(directives)


@bp.route("/<lang_code>/orders/<int:order_id>/payment-return")
@requires(Permission.ACCOUNT)
def payment_return(order_id: int):
    """Stripe sends the browser back here. Its query string says "succeeded", but anyone
    can type that: the order's own PaymentIntents are asked from the server instead."""
    order = _own_order(order_id)
    if order.status == states.PLACED and gateway.is_configured(current_app.config):
        try:
            services.refresh_card_payments(order, config=current_app.config, now=utcnow())
        except ShopError as error:
            flash(str(error), "error")
    order = orders.get_customer_order(current_user, order_id)
    if order.paid_at is not None:
        flash(_("Thank you! Your payment is received."), "success")
    elif order.status == states.CANCELLED:
        flash(
            _(
                "The payment did not go through and nothing was charged. "
                "Your products are back in your cart."
            ),
            "error",
        )
    else:
        flash(_("We are waiting for the bank's confirmation. This page will show it."), "info")
    return redirect(url_for("orders.order_detail", order_id=order.id))


@bp.route("/stripe/webhook", methods=["POST"])
@csrf.exempt
def stripe_webhook():
    """Stripe's notices, checked by signature; each event acts once. Errors other than a
    bad signature answer 500, so that Stripe delivers the event again later."""
    try:
        event = gateway.parse_webhook(
            current_app.config, request.get_data(), request.headers.get("Stripe-Signature")
        )
    except gateway.InvalidWebhook:
        return jsonify(error="invalid signature"), 400
    outcome = services.handle_event(event, config=current_app.config, now=utcnow())
    current_app.logger.info("Stripe event %s (%s): %s", event.id, event.type, outcome)
    return jsonify(received=True, outcome=outcome), 200
