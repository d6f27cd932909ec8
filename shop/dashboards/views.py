"""Each role's home: supplier back-office, grouping, organisation and platform admin."""

from __future__ import annotations

from datetime import date

from flask import (
    Blueprint,
    abort,
    current_app,
    flash,
    redirect,
    render_template,
    session,
    url_for,
)
from flask_babel import gettext as _
from flask_login import current_user

from catalog import labels
from catalog.vocabulary import LABEL_KIND_NAMES, PRODUCT_STATUS_NAMES
from groupings.team import remembered_supplier
from groupings.vocabulary import EVIDENCE_KIND_NAMES, SUPPLIER_STATUS_NAMES, describe_rule
from shop.accounts.permissions import Permission, requires
from shop.backoffice.onboarding import CURRENT_SUPPLIER_KEY
from shop.dashboards import services
from shop.dashboards.forms import LabelClaimForm, LabelForm, RejectClaimForm, VerifyClaimForm
from shop.documents_view import send_document
from shop.errors import ShopError

WHOLE_SUPPLIER = "*"

bp = Blueprint("dashboards", __name__, url_prefix="/<lang_code>", template_folder="templates")


@bp.context_processor
def _vocabulary() -> dict:
    return {
        "product_status_names": PRODUCT_STATUS_NAMES,
        "supplier_status_names": SUPPLIER_STATUS_NAMES,
        "evidence_kind_names": EVIDENCE_KIND_NAMES,
        "describe_rule": describe_rule,
        "label_kind_names": LABEL_KIND_NAMES,
    }


@bp.route("/supplier/")
@requires(Permission.SUPPLIER_VIEW)
def supplier_home():
    current = remembered_supplier(current_user, session.get(CURRENT_SUPPLIER_KEY))
    if current is None:  # an admin without a supplier of their own
        return redirect(url_for("dashboards.admin_home"))
    return redirect(url_for("dashboards.supplier_dashboard", slug=current.slug))


@bp.route("/supplier/<slug>/")
@requires(Permission.SUPPLIER_VIEW)
def supplier_dashboard(slug: str):
    supplier = services.supplier_for(current_user, slug)
    return render_template(
        "dashboards/supplier_dashboard.html",
        supplier=supplier,
        products=services.supplier_products(current_user, supplier),
        today=date.today(),  # noqa: DTZ011 - validity is by Moroccan calendar day
    )


@bp.route("/grouping/<slug>/")
@requires(Permission.GROUPING_MANAGE)
def grouping_dashboard(slug: str):
    grouping = services.grouping_for(current_user, slug)
    return render_template(
        "dashboards/grouping_dashboard.html",
        grouping=grouping,
        members=services.grouping_members(
            current_user,
            grouping,
            date.today(),  # noqa: DTZ011 - Moroccan calendar day
        ),
    )


@bp.route("/organisation/<slug>/")
@requires(Permission.ORGANISATION_BUY)
def organisation_dashboard(slug: str):
    organisation = services.organisation_for(current_user, slug)
    return render_template("dashboards/organisation_dashboard.html", organisation=organisation)


@bp.route("/admin/")
@requires(Permission.ADMIN)
def admin_home():
    return render_template(
        "dashboards/admin_home.html", figures=services.platform_figures(current_user)
    )


def _today() -> date:
    return date.today()  # noqa: DTZ011 - certificate validity is by Moroccan calendar day


@bp.route("/supplier/<slug>/labels", methods=["GET", "POST"])
@requires(Permission.SUPPLIER_VIEW)
def supplier_labels(slug: str):
    supplier = services.supplier_for(current_user, slug)
    products = services.supplier_products(current_user, supplier)
    form = LabelClaimForm()
    form.label.choices = [(label.code, label.name) for label in labels.list_labels()]
    form.product.choices = [(WHOLE_SUPPLIER, _("All our products (the label is ours)"))] + [
        (product.sku, f"{product.name} ({product.sku})") for product in products
    ]
    if form.validate_on_submit():
        by_sku = {product.sku: product for product in products}
        details = labels.CertificateDetails(
            certificate_number=form.certificate_number.data,
            issuing_body=form.issuing_body.data,
            valid_from=form.valid_from.data,
            valid_until=form.valid_until.data,
            document=form.certificate.data.read(),
        )
        try:
            labels.claim_label(
                current_user,
                supplier,
                labels.get_label(form.label.data),
                details,
                product=by_sku.get(form.product.data),
                today=_today(),
                upload_dir=current_app.config["UPLOAD_DIR"],
            )
        except ShopError as error:
            flash(str(error), "error")
        else:
            flash(
                _("Your certificate was sent. The label will show once it is verified."), "success"
            )
            return redirect(url_for("dashboards.supplier_labels", slug=slug))
    return render_template(
        "dashboards/supplier_labels.html",
        supplier=supplier,
        claims=labels.supplier_claims(current_user, supplier),
        form=form,
        today=_today(),
    )


@bp.route("/supplier/<slug>/labels/<int:claim_id>/certificate")
@requires(Permission.SUPPLIER_VIEW)
def supplier_certificate(slug: str, claim_id: int):
    supplier = services.supplier_for(current_user, slug)
    claim = next(
        (c for c in labels.supplier_claims(current_user, supplier) if c.id == claim_id), None
    )
    if claim is None:
        abort(404)
    return _send_document(claim.document_key)


@bp.route("/admin/labels")
@requires(Permission.ADMIN)
def admin_labels():
    return render_template(
        "dashboards/admin_labels.html",
        claims=labels.pending_claims(current_user),
        verify_form=VerifyClaimForm(),
        reject_form=RejectClaimForm(),
        today=_today(),
    )


@bp.route("/admin/labels/<int:claim_id>/verify", methods=["POST"])
@requires(Permission.ADMIN)
def admin_verify_label(claim_id: int):
    if VerifyClaimForm().validate_on_submit():
        labels.verify_claim(current_user, labels.get_claim(current_user, claim_id))
        flash(_("The label is verified and now shows on the shop."), "success")
    return redirect(url_for("dashboards.admin_labels"))


@bp.route("/admin/labels/<int:claim_id>/reject", methods=["POST"])
@requires(Permission.ADMIN)
def admin_reject_label(claim_id: int):
    form = RejectClaimForm()
    claim = labels.get_claim(current_user, claim_id)
    if form.validate_on_submit():
        labels.reject_claim(current_user, claim, form.reason.data)
        flash(_("The claim is rejected; the supplier will see your reason."), "info")
    else:
        flash(_("Please give the reason for the rejection: the supplier will read it."), "error")
    return redirect(url_for("dashboards.admin_labels"))


@bp.route("/admin/labels/<int:claim_id>/certificate")
@requires(Permission.ADMIN)
def admin_certificate(claim_id: int):
    return _send_document(labels.get_claim(current_user, claim_id).document_key)


def _send_document(key: str | None):
    return send_document(current_app.config["UPLOAD_DIR"], key)


LANGUAGE_CODES = ("ar", "fr", "zgh")


def _label_form(label=None) -> LabelForm:
    form = LabelForm(obj=label)
    form.kind.choices = list(LABEL_KIND_NAMES.items())
    if label is not None and not form.is_submitted():
        for row in label.translations:
            getattr(form, f"name_{row.language}").data = row.name
            getattr(form, f"description_{row.language}").data = row.description
    return form


def _save_label_from(form: LabelForm, label=None):
    details = labels.LabelDetails(
        code=form.code.data,
        kind=form.kind.data,
        issuing_body=form.issuing_body.data,
        names={lang: getattr(form, f"name_{lang}").data or "" for lang in LANGUAGE_CODES},
        descriptions={
            lang: getattr(form, f"description_{lang}").data or "" for lang in LANGUAGE_CODES
        },
        logo=form.logo.data.read() if form.logo.data else None,
    )
    return labels.save_label(
        current_user, details, upload_dir=current_app.config["UPLOAD_DIR"], label=label
    )


@bp.route("/admin/labels/registry", methods=["GET", "POST"])
@requires(Permission.ADMIN)
def admin_label_registry():
    form = _label_form()
    if form.validate_on_submit():
        try:
            label = _save_label_from(form)
        except ShopError as error:
            flash(str(error), "error")
        else:
            flash(_("The label %(name)s was added to the registry.", name=label.name), "success")
            return redirect(url_for("dashboards.admin_label_registry"))
    return render_template(
        "dashboards/admin_label_registry.html",
        registry=labels.list_labels(),
        usage=labels.label_usage(current_user),
        form=form,
    )


@bp.route("/admin/labels/registry/<code>", methods=["GET", "POST"])
@requires(Permission.ADMIN)
def admin_label_edit(code: str):
    label = labels.get_label(code)
    form = _label_form(label)
    if form.validate_on_submit():
        try:
            _save_label_from(form, label)
        except ShopError as error:
            flash(str(error), "error")
        else:
            flash(_("Your changes are saved."), "success")
            return redirect(url_for("dashboards.admin_label_registry"))
    return render_template("dashboards/admin_label_edit.html", label=label, form=form)
