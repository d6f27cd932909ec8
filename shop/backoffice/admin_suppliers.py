"""Platform admin: sellers waiting for approval, approving, suspending and reactivating."""

from __future__ import annotations

from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from groupings import lifecycle
from groupings.models import SUPPLIER_STATUSES
from groupings.services import is_eligible
from shop.accounts.permissions import Permission, requires
from shop.backoffice import bp
from shop.backoffice.forms_onboarding import ConfirmForm, SuspendForm
from shop.backoffice.onboarding import dashboard_link, refuse_or_show, today
from shop.errors import ShopError


@bp.route("/admin/suppliers")
@requires(Permission.ADMIN)
def admin_suppliers():
    status = request.args.get("status", "pending")
    if status not in SUPPLIER_STATUSES:
        status = "pending"
    return render_template(
        "backoffice/admin/suppliers.html",
        status=status,
        statuses=SUPPLIER_STATUSES,
        counts=lifecycle.count_suppliers_by_status(current_user),
        suppliers=lifecycle.list_suppliers_by_status(current_user, status),
        is_eligible=is_eligible,
        today=today(),
    )


def _render_supplier(supplier, suspend_form: SuspendForm, status: int = 200):
    return (
        render_template(
            "backoffice/admin/supplier.html",
            supplier=supplier,
            confirm_form=ConfirmForm(formdata=None),
            suspend_form=suspend_form,
            eligible=is_eligible(supplier, today()),
            today=today(),
        ),
        status,
    )


@bp.route("/admin/suppliers/<slug>")
@requires(Permission.ADMIN)
def admin_supplier(slug: str):
    supplier = lifecycle.get_supplier_for_admin(current_user, slug)
    return _render_supplier(supplier, SuspendForm(formdata=None))


@bp.route("/admin/suppliers/<slug>/approve", methods=["POST"])
@requires(Permission.ADMIN)
def admin_supplier_approve(slug: str):
    supplier = lifecycle.get_supplier_for_admin(current_user, slug)
    if ConfirmForm().validate():
        try:
            lifecycle.approve_supplier(current_user, supplier, link_for=dashboard_link(slug))
        except ShopError as error:
            flash(refuse_or_show(error), "error")
        else:
            flash(
                _("%(name)s is approved: its products can now be sold.", name=supplier.name),
                "success",
            )
    return redirect(url_for("backoffice.admin_supplier", slug=slug))


@bp.route("/admin/suppliers/<slug>/suspend", methods=["POST"])
@requires(Permission.ADMIN)
def admin_supplier_suspend(slug: str):
    supplier = lifecycle.get_supplier_for_admin(current_user, slug)
    form = SuspendForm()
    if form.validate():
        try:
            lifecycle.suspend_supplier(
                current_user, supplier, form.reason.data, link_for=dashboard_link(slug)
            )
        except ShopError as error:
            flash(refuse_or_show(error), "error")
        else:
            flash(_("%(name)s is suspended: its products are hidden.", name=supplier.name), "info")
            return redirect(url_for("backoffice.admin_supplier", slug=slug))
    return _render_supplier(supplier, form, 422)


@bp.route("/admin/suppliers/<slug>/reactivate", methods=["POST"])
@requires(Permission.ADMIN)
def admin_supplier_reactivate(slug: str):
    supplier = lifecycle.get_supplier_for_admin(current_user, slug)
    if ConfirmForm().validate():
        try:
            lifecycle.reactivate_supplier(current_user, supplier, link_for=dashboard_link(slug))
        except ShopError as error:
            flash(refuse_or_show(error), "error")
        else:
            flash(
                _("%(name)s is active again: its products are shown.", name=supplier.name),
                "success",
            )
    return redirect(url_for("backoffice.admin_supplier", slug=slug))
