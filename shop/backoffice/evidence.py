"""Eligibility attestations: the seller sends them and follows them; reviewers decide."""

from __future__ import annotations

from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from groupings import eligibility
from groupings.onboarding import supplier_for_member
from shop.accounts.permissions import Permission, can, requires
from shop.backoffice import bp
from shop.backoffice.forms_onboarding import EvidenceForm, RejectEvidenceForm, VerifyEvidenceForm
from shop.backoffice.onboarding import (
    refuse_or_show,
    remember_supplier,
    today,
    upload_dir,
)
from shop.database import utcnow
from shop.documents_view import send_document
from shop.errors import ShopError


@bp.route("/supplier/<slug>/evidence", methods=["GET", "POST"])
@requires(Permission.SUPPLIER_VIEW)
def evidence_list(slug: str):
    # Staff may look; sending an attestation is for owners and managers.
    needed = Permission.SUPPLIER_MANAGE if request.method == "POST" else Permission.SUPPLIER_VIEW
    supplier = supplier_for_member(current_user, slug, needed)
    remember_supplier(slug)
    form = EvidenceForm()
    status = 200
    if form.is_submitted():
        if form.validate():
            details = eligibility.EvidenceDetails(
                kind=form.kind.data,
                lender=form.lender.data,
                reference=form.reference.data,
                granted_on=form.granted_on.data,
                amount=form.amount.data,
                document=form.document.data.read(),
            )
            try:
                eligibility.submit_evidence(
                    current_user, supplier, details, today=today(), upload_dir=upload_dir()
                )
            except ShopError as error:
                flash(refuse_or_show(error), "error")
            else:
                flash(
                    _("Your attestation is sent. We will tell you by e-mail once it is checked."),
                    "success",
                )
                return redirect(url_for("backoffice.evidence_list", slug=slug))
        status = 422
    return (
        render_template(
            "backoffice/evidence/evidence_list.html",
            supplier=supplier,
            attestations=eligibility.supplier_evidence(current_user, supplier),
            form=form,
            may_send=can(current_user, Permission.SUPPLIER_MANAGE, supplier),
            suggestions=eligibility.LENDER_SUGGESTIONS,
            today=today(),
        ),
        status,
    )


@bp.route("/supplier/<slug>/evidence/<int:evidence_id>/document")
@requires(Permission.SUPPLIER_VIEW)
def evidence_document(slug: str, evidence_id: int):
    supplier = supplier_for_member(current_user, slug, Permission.SUPPLIER_VIEW)
    evidence = eligibility.get_supplier_evidence(current_user, supplier, evidence_id)
    return _send_document(evidence.document_key)


@bp.route("/evidence/review")
@requires(Permission.GROUPING_MANAGE)
def evidence_review_list():
    return render_template(
        "backoffice/evidence/review_list.html",
        attestations=eligibility.evidence_to_review(current_user),
    )


def _render_review(evidence, verify_form, reject_form, status: int = 200):
    return (
        render_template(
            "backoffice/evidence/review.html",
            evidence=evidence,
            supplier=evidence.supplier,
            verify_form=verify_form,
            reject_form=reject_form,
            default_valid_until=eligibility.default_valid_until(evidence.granted_on),
            today=today(),
        ),
        status,
    )


@bp.route("/evidence/review/<int:evidence_id>")
@requires(Permission.GROUPING_MANAGE)
def evidence_review(evidence_id: int):
    evidence = eligibility.get_evidence_for_review(current_user, evidence_id)
    return _render_review(evidence, VerifyEvidenceForm(), RejectEvidenceForm())


@bp.route("/evidence/review/<int:evidence_id>/verify", methods=["POST"])
@requires(Permission.GROUPING_MANAGE)
def evidence_verify(evidence_id: int):
    evidence = eligibility.get_evidence_for_review(current_user, evidence_id)
    form = VerifyEvidenceForm()
    if form.validate():
        try:
            eligibility.verify_evidence(
                current_user,
                evidence,
                valid_until=form.valid_until.data,
                today=today(),
                now=utcnow(),
                link_for=_evidence_link(evidence.supplier.slug),
            )
        except ShopError as error:
            flash(refuse_or_show(error), "error")
        else:
            flash(_("The attestation is verified. The seller is told by e-mail."), "success")
            return redirect(url_for("backoffice.evidence_review_list"))
    return _render_review(evidence, form, RejectEvidenceForm(formdata=None), 422)


@bp.route("/evidence/review/<int:evidence_id>/reject", methods=["POST"])
@requires(Permission.GROUPING_MANAGE)
def evidence_reject(evidence_id: int):
    evidence = eligibility.get_evidence_for_review(current_user, evidence_id)
    form = RejectEvidenceForm()
    if form.validate():
        try:
            eligibility.reject_evidence(
                current_user,
                evidence,
                form.reason.data,
                now=utcnow(),
                link_for=_evidence_link(evidence.supplier.slug),
            )
        except ShopError as error:
            flash(refuse_or_show(error), "error")
        else:
            flash(_("The attestation is rejected; the seller will read your reason."), "info")
            return redirect(url_for("backoffice.evidence_review_list"))
    return _render_review(evidence, VerifyEvidenceForm(formdata=None), form, 422)


@bp.route("/evidence/review/<int:evidence_id>/document")
@requires(Permission.GROUPING_MANAGE)
def evidence_review_document(evidence_id: int):
    evidence = eligibility.get_evidence_for_review(current_user, evidence_id)
    return _send_document(evidence.document_key)


def _evidence_link(slug: str):
    def link(language: str) -> str:
        return url_for("backoffice.evidence_list", slug=slug, lang_code=language, _external=True)

    return link


def _send_document(key: str | None):
    return send_document(upload_dir(), key)
