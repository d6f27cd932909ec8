"""Seller sign-up, profile and bank details pages; helpers shared by the onboarding views."""

from __future__ import annotations

from datetime import date

from flask import abort, current_app, flash, redirect, render_template, session, url_for
from flask_babel import gettext as _
from flask_login import current_user

from groupings import onboarding
from groupings.eligibility import (
    EVIDENCE_STATE_NAMES,
    LENDER_KIND_NAMES,
    evidence_state,
)
from groupings.rib import format_rib
from groupings.team import MEMBER_ROLE_HELP, MEMBER_ROLE_NAMES, remembered_supplier
from groupings.vocabulary import EVIDENCE_KIND_NAMES, SUPPLIER_KIND_NAMES, SUPPLIER_STATUS_NAMES
from shop.accounts.permissions import Permission, requires
from shop.backoffice import bp
from shop.backoffice.forms_onboarding import (
    BankForm,
    CooperativeApplicationForm,
    MicroEntrepreneurApplicationForm,
    ProfileForm,
)
from shop.errors import ShopError
from shop.extensions import limiter

# The seller the person last worked on. Only a convenience for the switcher and the home
# link: every page still checks access to the seller named in its URL.
CURRENT_SUPPLIER_KEY = "backoffice.supplier"
# Applications and invitations write rows and send e-mail: generous for people, not for scripts.
APPLICATION_RATE_LIMIT = "10 per hour"
KINDS_IN_URL = {"cooperative": "cooperative", "micro-entrepreneur": "micro_entrepreneur"}
APPLICATION_FORMS = {
    "cooperative": CooperativeApplicationForm,
    "micro_entrepreneur": MicroEntrepreneurApplicationForm,
}


def today() -> date:
    return date.today()  # noqa: DTZ011 - loans and validity go by the Moroccan calendar day


def upload_dir():
    return current_app.config["UPLOAD_DIR"]


def refuse_or_show(error: ShopError) -> str:
    """Access errors go to the error page (and roll back); rule errors are shown on the form."""
    if error.status_code in (401, 403, 404):
        raise error
    return str(error)


def remember_supplier(slug: str) -> None:
    session[CURRENT_SUPPLIER_KEY] = slug


def dashboard_link(slug: str):
    """language -> the seller's dashboard in that language, for e-mails."""

    def link(language: str) -> str:
        return url_for(
            "dashboards.supplier_dashboard", slug=slug, lang_code=language, _external=True
        )

    return link


def _current_supplier_choice():
    if not current_user.is_authenticated:
        return None
    return remembered_supplier(current_user, session.get(CURRENT_SUPPLIER_KEY))


@bp.app_context_processor
def _onboarding_vocabulary() -> dict:
    return {
        "evidence_kind_names": EVIDENCE_KIND_NAMES,
        "evidence_state": evidence_state,
        "evidence_state_names": EVIDENCE_STATE_NAMES,
        "lender_kind_names": LENDER_KIND_NAMES,
        "member_role_names": MEMBER_ROLE_NAMES,
        "member_role_help": MEMBER_ROLE_HELP,
        "supplier_kind_names": SUPPLIER_KIND_NAMES,
        "supplier_status_names": SUPPLIER_STATUS_NAMES,
        "format_rib": format_rib,
        "current_supplier_choice": _current_supplier_choice,
    }


@bp.route("/sell/")
@requires(Permission.ACCOUNT)
def sell_start():
    return render_template("backoffice/onboarding/sell_start.html")


@bp.route("/sell/<kind>", methods=["GET", "POST"])
@requires(Permission.ACCOUNT)
@limiter.limit(APPLICATION_RATE_LIMIT, methods=["POST"])
def sell_apply(kind: str):
    supplier_kind = KINDS_IN_URL.get(kind)
    if supplier_kind is None:
        abort(404)
    form = APPLICATION_FORMS[supplier_kind]()
    if form.is_submitted():
        if form.validate():
            try:
                supplier = onboarding.apply_as_supplier(
                    current_user,
                    _application_from(form, supplier_kind),
                    today=today(),
                    upload_dir=upload_dir(),
                )
            except ShopError as error:
                flash(refuse_or_show(error), "error")
            else:
                remember_supplier(supplier.slug)
                flash(
                    _(
                        "Thank you! Your application is sent. Our team will check it and tell "
                        "you by e-mail. Meanwhile, add your microcredit or honour-loan "
                        "attestation."
                    ),
                    "success",
                )
                return redirect(url_for("backoffice.evidence_list", slug=supplier.slug))
        status = 422
    else:
        status = 200
    return (
        render_template(
            "backoffice/onboarding/sell_apply.html", form=form, kind=supplier_kind, url_kind=kind
        ),
        status,
    )


def _application_from(form, kind: str) -> onboarding.SupplierApplication:
    is_cooperative = kind == "cooperative"
    return onboarding.SupplierApplication(
        kind=kind,
        profile=form.profile(),
        bank=form.bank(),
        registration_number=form.registration_number.data or "",
        ice=form.ice.data or "",
        founded=form.founded.data if is_cooperative else None,
        members=form.members.data if is_cooperative else None,
        women_members=form.women_members.data if is_cooperative else None,
    )


def _fill_profile_form(form: ProfileForm, supplier) -> None:
    for row in supplier.translations:
        getattr(form, f"name_{row.language}").data = row.name
        getattr(form, f"description_{row.language}").data = row.description
    form.region.data = supplier.region
    form.commune.data = supplier.commune
    form.city.data = supplier.city
    form.phone.data = supplier.phone
    form.members.data = supplier.members
    form.women_members.data = supplier.women_members


@bp.route("/supplier/<slug>/profile", methods=["GET", "POST"])
@requires(Permission.SUPPLIER_VIEW)
def supplier_profile(slug: str):
    supplier = onboarding.supplier_for_member(current_user, slug, Permission.SUPPLIER_MANAGE)
    remember_supplier(slug)
    form = ProfileForm()
    status = 200
    if form.is_submitted():
        if form.validate():
            try:
                onboarding.update_supplier_profile(
                    current_user,
                    supplier,
                    form.profile(),
                    members=form.members.data,
                    women_members=form.women_members.data,
                    upload_dir=upload_dir(),
                )
            except ShopError as error:
                flash(refuse_or_show(error), "error")
            else:
                flash(_("Your changes are saved."), "success")
                return redirect(url_for("backoffice.supplier_profile", slug=slug))
        status = 422
    else:
        _fill_profile_form(form, supplier)
    return (
        render_template("backoffice/onboarding/profile.html", supplier=supplier, form=form),
        status,
    )


@bp.route("/supplier/<slug>/bank", methods=["GET", "POST"])
@requires(Permission.SUPPLIER_VIEW)
def supplier_bank(slug: str):
    supplier = onboarding.supplier_for_member(current_user, slug, Permission.SUPPLIER_OWN)
    remember_supplier(slug)
    current = onboarding.read_bank_details(current_user, supplier)
    form = BankForm()
    status = 200
    if form.is_submitted():
        if form.validate():
            try:
                onboarding.update_bank_details(current_user, supplier, form.bank())
            except ShopError as error:
                flash(refuse_or_show(error), "error")
            else:
                flash(_("Your bank details are saved."), "success")
                return redirect(url_for("backoffice.supplier_bank", slug=slug))
        status = 422
    else:
        form.rib.data = format_rib(current.rib)
        form.bank_name.data = current.bank_name
        form.account_holder.data = current.account_holder
    return (
        render_template("backoffice/onboarding/bank.html", supplier=supplier, form=form),
        status,
    )
