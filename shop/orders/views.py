"""Customers' order history and tracking pages, receipts, and the operator's order pages.

The supplier-side screens (prepare, ship, deliver) build on shop.orders.services."""

from __future__ import annotations

import click
from flask import Blueprint, current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from shop.accounts.permissions import Permission, requires
from shop.database import utcnow
from shop.errors import ShopError
from shop.extensions import db
from shop.ledger.services import check_order_money
from shop.orders import services, states
from shop.orders.errors import OrderNotFound
from shop.orders.forms import CancelOrderForm, RefundForm, TransferReceivedForm
from shop.payments import expiry, refunds
from shop.payments import services as payments

bp = Blueprint("orders", __name__, url_prefix="/<lang_code>", template_folder="templates")


@bp.context_processor
def _vocabulary() -> dict:
    return {
        "status_names": states.STATUS_NAMES,
        "event_names": states.EVENT_NAMES,
        "payment_method_names": states.PAYMENT_METHOD_NAMES,
        "delivery_method_names": states.DELIVERY_METHOD_NAMES,
    }


def _customer_may_cancel(order) -> bool:
    return order.status not in states.CLOSED and all(
        part.status in states.NOT_STARTED for part in order.parts
    )


@bp.route("/orders/")
@requires(Permission.ACCOUNT)
def order_history():
    return render_template(
        "orders/order_history.html", orders=services.customer_orders(current_user)
    )


@bp.route("/orders/<int:order_id>")
@requires(Permission.ACCOUNT)
def order_detail(order_id: int):
    order = services.get_customer_order(current_user, order_id)
    return render_template(
        "orders/order_detail.html",
        order=order,
        cancel_form=CancelOrderForm(),
        may_cancel=order.customer_id == current_user.id and _customer_may_cancel(order),
        bank_details=current_app.config.get("PLATFORM_BANK_DETAILS", ""),
    )


@bp.route("/orders/<int:order_id>/cancel", methods=["POST"])
@requires(Permission.ACCOUNT)
def order_cancel(order_id: int):
    order = services.get_customer_order(current_user, order_id)
    if not CancelOrderForm().validate_on_submit():
        return redirect(url_for("orders.order_detail", order_id=order.id))
    try:
        if order.paid_at is None:
            payments.cancel_unpaid_order_as_customer(
                current_user, order, config=current_app.config, now=utcnow()
            )
            flash(_("Your order is cancelled."), "success")
        else:
            refunds.cancel_paid_order_as_customer(
                current_user, order, config=current_app.config, now=utcnow()
            )
            flash(_("Your order is cancelled; the money is on its way back to you."), "success")
    except ShopError as error:
        db.session.rollback()
        flash(str(error), "error")
    return redirect(url_for("orders.order_detail", order_id=order.id))


@bp.route("/orders/<int:order_id>/receipts/<int:part_id>")
@requires(Permission.ACCOUNT)
def order_receipt(order_id: int, part_id: int):
    order = services.get_customer_order(current_user, order_id)
    part = next((p for p in order.parts if p.id == part_id), None)
    if part is None or part.receipt_number is None:  # a receipt exists once paid
        raise OrderNotFound()
    return render_template("orders/order_receipt.html", order=order, part=part)


# The operator's pages.


@bp.route("/admin/orders/")
@requires(Permission.ADMIN)
def admin_orders():
    status = request.args.get("status") or None
    if status not in states.STATUS_NAMES:
        status = None
    return render_template(
        "orders/admin_orders.html", orders=services.list_orders(current_user, status), status=status
    )


def _refund_form(order) -> RefundForm:
    form = RefundForm()
    form.part.choices = [("all", _("The whole order"))] + [
        (str(part.id), part.supplier.name)
        for part in order.parts
        if part.status not in states.CLOSED
    ]
    return form


@bp.route("/admin/orders/<int:order_id>")
@requires(Permission.ADMIN)
def admin_order_detail(order_id: int):
    order = services.get_order(current_user, order_id)
    return render_template(
        "orders/admin_order_detail.html",
        order=order,
        refund_form=_refund_form(order),
        transfer_form=TransferReceivedForm(),
        money=check_order_money(order),
    )


@bp.route("/admin/orders/<int:order_id>/refund", methods=["POST"])
@requires(Permission.ADMIN)
def admin_order_refund(order_id: int):
    order = services.get_order(current_user, order_id)
    form = _refund_form(order)
    if form.validate_on_submit():
        parts = (
            None
            if form.part.data == "all"
            else [part for part in order.parts if str(part.id) == form.part.data]
        )
        try:
            done = refunds.refund_parts(
                current_user,
                order,
                parts,
                reason=form.reason.data,
                config=current_app.config,
                now=utcnow(),
            )
        except ShopError as error:
            db.session.rollback()
            flash(str(error), "error")
        else:
            flash(_("Refunded: %(count)s part(s).", count=len(done)), "success")
    else:
        flash(_("Please choose what to refund and give the reason."), "error")
    return redirect(url_for("orders.admin_order_detail", order_id=order_id))


@bp.route("/admin/orders/<int:order_id>/transfer", methods=["POST"])
@requires(Permission.ADMIN)
def admin_transfer_received(order_id: int):
    order = services.get_order(current_user, order_id)
    form = TransferReceivedForm()
    if form.validate_on_submit():
        try:
            payments.record_transfer_received(
                current_user, order, reference=form.reference.data, now=utcnow()
            )
        except ShopError as error:
            db.session.rollback()
            flash(str(error), "error")
        else:
            flash(_("The transfer is recorded and the sellers can prepare the order."), "success")
    return redirect(url_for("orders.admin_order_detail", order_id=order_id))


@bp.cli.command("expire")
def expire_command() -> None:
    """Cancel unpaid orders whose time to pay is over, and put their stock back on sale."""
    counts = expiry.expire_past_due(config=current_app.config, now=utcnow())
    summary = ", ".join(f"{name}: {count}" for name, count in sorted(counts.items()))
    click.echo(f"{sum(counts.values())} order(s) past due. {summary}".strip())
