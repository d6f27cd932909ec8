"""The seller's orders to prepare: its part of each customer order, the moves from
accepted to delivered, cancellation with a reason, and the packing slip.

Every move goes through shop.orders.services, which checks access, records the event and
mails the customer; these views only translate HTTP."""

from __future__ import annotations

from flask import current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from shop.accounts.permissions import Permission, requires
from shop.backoffice import bp
from shop.backoffice.forms_orders import CancelLineForm, CancelPartForm, PartActionForm, ShipForm
from shop.dashboards.services import supplier_for
from shop.database import utcnow
from shop.errors import ShopError
from shop.extensions import db
from shop.i18n import current_language
from shop.orders import seller_cancellations, services, states
from shop.orders import supplier_views_support as support

ORDERS = "/supplier/<slug>/orders"
PART = f"{ORDERS}/<int:part_id>"


@bp.context_processor
def _order_vocabulary() -> dict:
    return {
        "order_status_names": states.STATUS_NAMES,
        "order_event_names": states.EVENT_NAMES,
        "order_payment_names": states.PAYMENT_METHOD_NAMES,
        "order_delivery_names": states.DELIVERY_METHOD_NAMES,
    }


def _part(slug: str, part_id: int):
    supplier = supplier_for(current_user, slug)
    return support.supplier_order_part(current_user, supplier, part_id)


def _detail(
    part, *, ship_form=None, cancel_form=None, line_form=None, failed_line=None, status=200
):
    page = render_template(
        "backoffice/orders/detail.html",
        supplier=part.supplier,
        part=part,
        order=part.order,
        actions=support.available_actions(part),
        events=support.part_events(part),
        units=support.units_in(part),
        action_form=PartActionForm(),
        ship_form=ship_form or ShipForm(formdata=None),
        cancel_form=cancel_form or CancelPartForm(formdata=None),
        cancellable_lines=support.cancellable_lines(part),
        line_form=line_form or CancelLineForm(formdata=None),
        failed_line=failed_line,
    )
    return page, status


def _back(part):
    return redirect(
        url_for("backoffice.seller_order_detail", slug=part.supplier.slug, part_id=part.id)
    )


def _act(part, move, done: str):
    """Runs one service move; a refusal (already moved, wrong delivery…) is explained."""
    try:
        move()
    except ShopError as error:
        if error.status_code in (403, 404):
            raise
        db.session.rollback()
        flash(str(error), "error")
        return _back(part)
    flash(done, "success")
    return _back(part)


@bp.route(ORDERS)
@requires(Permission.SUPPLIER_VIEW)
def seller_orders(slug: str):
    supplier = supplier_for(current_user, slug)
    group = request.args.get("status", support.DEFAULT_GROUP)
    if group not in support.STATUS_GROUPS and group != "all":
        group = support.DEFAULT_GROUP
    return render_template(
        "backoffice/orders/index.html",
        supplier=supplier,
        parts=support.supplier_order_parts(current_user, supplier, group),
        group=group,
        groups=support.STATUS_GROUP_NAMES,
        counts=support.count_parts_by_group(current_user, supplier),
    )


@bp.route(PART)
@requires(Permission.SUPPLIER_VIEW)
def seller_order_detail(slug: str, part_id: int):
    return _detail(_part(slug, part_id))


@bp.route(f"{PART}/prepare", methods=["POST"])
@requires(Permission.SUPPLIER_VIEW)
def seller_order_prepare(slug: str, part_id: int):
    part = _part(slug, part_id)
    if not PartActionForm().validate():
        return _back(part)
    return _act(
        part,
        lambda: services.start_preparing(current_user, part, now=utcnow()),
        _("You accepted this order. The customer is told it is being prepared."),
    )


@bp.route(f"{PART}/ship", methods=["POST"])
@requires(Permission.SUPPLIER_VIEW)
def seller_order_ship(slug: str, part_id: int):
    part = _part(slug, part_id)
    form = ShipForm()
    if not form.validate():
        return _detail(part, ship_form=form, status=422)
    return _act(
        part,
        lambda: services.mark_shipped(
            current_user, part, now=utcnow(), tracking_note=form.tracking_note()
        ),
        _("Marked as sent. The customer is told the parcel is on its way."),
    )


@bp.route(f"{PART}/ready", methods=["POST"])
@requires(Permission.SUPPLIER_VIEW)
def seller_order_ready(slug: str, part_id: int):
    part = _part(slug, part_id)
    if not PartActionForm().validate():
        return _back(part)
    return _act(
        part,
        lambda: services.mark_ready_for_pickup(current_user, part, now=utcnow()),
        _("Marked as ready. The customer is told to come and collect it."),
    )


@bp.route(f"{PART}/deliver", methods=["POST"])
@requires(Permission.SUPPLIER_VIEW)
def seller_order_deliver(slug: str, part_id: int):
    part = _part(slug, part_id)
    if not PartActionForm().validate():
        return _back(part)
    return _act(
        part,
        lambda: services.mark_delivered(current_user, part, now=utcnow()),
        _("Marked as delivered. Thank you!"),
    )


@bp.route(f"{PART}/cancel", methods=["POST"])
@requires(Permission.SUPPLIER_VIEW)
def seller_order_cancel(slug: str, part_id: int):
    part = _part(slug, part_id)
    form = CancelPartForm()
    if not form.validate():
        return _detail(part, cancel_form=form, status=422)
    return _act(
        part,
        lambda: seller_cancellations.cancel_part(
            current_user, part, reason=form.reason.data, config=current_app.config, now=utcnow()
        ),
        _("The order is cancelled. The stock is back and the customer is told."),
    )


@bp.route(f"{PART}/lines/<int:line_id>/cancel", methods=["POST"])
@requires(Permission.SUPPLIER_VIEW)
def seller_order_cancel_line(slug: str, part_id: int, line_id: int):
    part = _part(slug, part_id)
    form = CancelLineForm()
    if not form.validate():
        return _detail(part, line_form=form, failed_line=line_id, status=422)
    return _act(
        part,
        lambda: seller_cancellations.cancel_line(
            current_user,
            part,
            line_id,
            reason=form.reason.data,
            config=current_app.config,
            now=utcnow(),
        ),
        _("The product is cancelled. The stock is back and the customer is told."),
    )


@bp.route(f"{PART}/packing-slip")
@requires(Permission.SUPPLIER_VIEW)
def seller_order_packing_slip(slug: str, part_id: int):
    part = _part(slug, part_id)
    return render_template(
        "backoffice/orders/packing_slip.html",
        supplier=part.supplier,
        part=part,
        order=part.order,
        lines=support.packing_slip_lines(part, current_language()),
        units=support.units_in(part),
    )
