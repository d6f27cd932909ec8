"""The supplier's account statement, and the operator's balances and payout batches."""

from __future__ import annotations

from flask import Blueprint, Response, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from sqlalchemy import select

from groupings.models import Supplier
from shop.accounts.permissions import Permission, requires
from shop.database import utcnow
from shop.errors import NotFound, ShopError
from shop.extensions import db
from shop.ledger import payouts, services
from shop.ledger.forms import CancelBatchForm, CreateBatchForm, MarkPaidForm

bp = Blueprint("ledger", __name__, url_prefix="/<lang_code>", template_folder="templates")

ENTRY_KIND_NAMES = {
    "sale": _l("Sale delivered"),
    "refund": _l("Refund to the customer"),
    "cash_collected": _l("Cash you collected on delivery"),
    "payout": _l("Bank transfer to you"),
}
BATCH_STATUS_NAMES = {
    "draft": _l("Prepared"),
    "exported": _l("Sent to the bank"),
    "paid": _l("Paid"),
    "cancelled": _l("Cancelled"),
}


@bp.context_processor
def _vocabulary() -> dict:
    return {"entry_kind_names": ENTRY_KIND_NAMES, "batch_status_names": BATCH_STATUS_NAMES}


@bp.route("/supplier/<slug>/ledger")
@requires(Permission.SUPPLIER_MANAGE)
def supplier_ledger(slug: str):
    supplier = db.session.scalar(select(Supplier).where(Supplier.slug == slug))
    if supplier is None:
        raise NotFound()
    statement = services.supplier_statement(current_user, supplier)
    return render_template("ledger/supplier_ledger.html", statement=statement)


@bp.route("/admin/ledger/")
@requires(Permission.ADMIN)
def admin_balances():
    return render_template(
        "ledger/admin_balances.html",
        balances=services.supplier_balances(current_user),
        batches=payouts.list_batches(current_user),
        create_form=CreateBatchForm(),
    )


@bp.route("/admin/ledger/payouts", methods=["POST"])
@requires(Permission.ADMIN)
def admin_create_batch():
    if not CreateBatchForm().validate_on_submit():
        return redirect(url_for("ledger.admin_balances"))
    try:
        created = payouts.create_payout_batch(current_user)
    except ShopError as error:
        flash(str(error), "error")
        return redirect(url_for("ledger.admin_balances"))
    for supplier in created.skipped:
        flash(
            _(
                "%(name)s is owed money but has no valid RIB: not in this batch.",
                name=supplier.name,
            ),
            "error",
        )
    return redirect(url_for("ledger.admin_batch", batch_id=created.batch.id))


@bp.route("/admin/ledger/payouts/<int:batch_id>")
@requires(Permission.ADMIN)
def admin_batch(batch_id: int):
    return render_template(
        "ledger/admin_batch.html",
        batch=payouts.get_batch(current_user, batch_id),
        paid_form=MarkPaidForm(),
        cancel_form=CancelBatchForm(),
    )


@bp.route("/admin/ledger/payouts/<int:batch_id>.csv")
@requires(Permission.ADMIN)
def admin_batch_csv(batch_id: int):
    batch = payouts.get_batch(current_user, batch_id)
    text = payouts.export_batch_csv(current_user, batch, utcnow())
    return Response(
        text,
        mimetype="text/csv",
        headers={
            "Content-Disposition": f'attachment; filename="{batch.reference}.csv"',
            "Cache-Control": "private, no-store",
        },
    )


@bp.route("/admin/ledger/payouts/<int:batch_id>/paid", methods=["POST"])
@requires(Permission.ADMIN)
def admin_batch_paid(batch_id: int):
    batch = payouts.get_batch(current_user, batch_id)
    form = MarkPaidForm()
    if form.validate_on_submit():
        try:
            payouts.mark_batch_paid(current_user, batch, form.bank_reference.data, utcnow())
        except ShopError as error:
            flash(str(error), "error")
        else:
            flash(_("The batch is marked as paid."), "success")
    else:
        flash(_("Please enter the bank's reference for these transfers."), "error")
    return redirect(url_for("ledger.admin_batch", batch_id=batch_id))


@bp.route("/admin/ledger/payouts/<int:batch_id>/cancel", methods=["POST"])
@requires(Permission.ADMIN)
def admin_batch_cancel(batch_id: int):
    batch = payouts.get_batch(current_user, batch_id)
    if CancelBatchForm().validate_on_submit():
        try:
            payouts.cancel_batch(current_user, batch)
        except ShopError as error:
            flash(str(error), "error")
        else:
            flash(_("The batch is cancelled: the money is owed to the sellers again."), "info")
    return redirect(url_for("ledger.admin_batch", batch_id=batch_id))
