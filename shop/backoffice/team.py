"""Team pages: members and invitations, accepting an invitation, switching between sellers."""

from __future__ import annotations

from flask import flash, redirect, render_template, request, session, url_for
from flask_babel import gettext as _
from flask_login import current_user

from groupings import team
from groupings.errors import InvitationForAnotherEmail
from groupings.onboarding import supplier_for_member
from shop.accounts.permissions import Permission, can, requires
from shop.backoffice import bp
from shop.backoffice.forms_onboarding import ConfirmForm, InviteForm, MemberRoleForm
from shop.backoffice.onboarding import CURRENT_SUPPLIER_KEY, refuse_or_show, remember_supplier
from shop.database import utcnow
from shop.errors import ShopError
from shop.extensions import limiter
from shop.i18n import current_language

INVITATION_RATE_LIMIT = "30 per hour"


def _invitation_link(token: str, language: str) -> str:
    return url_for("backoffice.invitation_accept", token=token, lang_code=language, _external=True)


def _render_team(supplier, invite_form: InviteForm, status: int = 200):
    is_owner = can(current_user, Permission.SUPPLIER_OWN, supplier)
    return (
        render_template(
            "backoffice/team/team.html",
            supplier=supplier,
            members=team.list_team(current_user, supplier),
            invitations=(
                team.list_open_invitations(current_user, supplier, now=utcnow()) if is_owner else []
            ),
            is_owner=is_owner,
            invite_form=invite_form,
            role_form=MemberRoleForm(formdata=None),
            confirm_form=ConfirmForm(formdata=None),
        ),
        status,
    )


@bp.route("/supplier/<slug>/team", methods=["GET", "POST"])
@requires(Permission.SUPPLIER_VIEW)
@limiter.limit(INVITATION_RATE_LIMIT, methods=["POST"])
def team_page(slug: str):
    # Managers see the team; inviting is for owners, checked before the form is read.
    needed = Permission.SUPPLIER_OWN if request.method == "POST" else Permission.SUPPLIER_MANAGE
    supplier = supplier_for_member(current_user, slug, needed)
    remember_supplier(slug)
    form = InviteForm()
    if not form.is_submitted():
        return _render_team(supplier, form)
    if form.validate():
        try:
            sent = team.invite_member(
                current_user,
                supplier,
                email=form.email.data,
                role=form.role.data,
                language=current_language(),
                now=utcnow(),
                link_for=_invitation_link,
            )
        except ShopError as error:
            flash(refuse_or_show(error), "error")
        else:
            flash(_("The invitation is sent to %(email)s.", email=sent.invitation.email), "success")
            return redirect(url_for("backoffice.team_page", slug=slug))
    return _render_team(supplier, form, 422)


@bp.route("/supplier/<slug>/team/<int:member_id>/role", methods=["POST"])
@requires(Permission.SUPPLIER_VIEW)
def team_member_role(slug: str, member_id: int):
    supplier = supplier_for_member(current_user, slug, Permission.SUPPLIER_OWN)
    form = MemberRoleForm()
    if not form.validate():
        flash(_("Please choose a role from the list."), "error")
        return redirect(url_for("backoffice.team_page", slug=slug))
    try:
        team.change_member_role(current_user, supplier, member_id, form.role.data)
    except ShopError as error:
        flash(refuse_or_show(error), "error")
    else:
        flash(_("The role is changed."), "success")
    return redirect(url_for("backoffice.team_page", slug=slug))


@bp.route("/supplier/<slug>/team/<int:member_id>/remove", methods=["POST"])
@requires(Permission.SUPPLIER_VIEW)
def team_member_remove(slug: str, member_id: int):
    supplier = supplier_for_member(current_user, slug, Permission.SUPPLIER_OWN)
    if ConfirmForm().validate():
        try:
            team.remove_member(current_user, supplier, member_id)
        except ShopError as error:
            flash(refuse_or_show(error), "error")
        else:
            flash(_("The person is removed from the team."), "success")
    if not any(s.id == supplier.id for s in team.suppliers_of(current_user)):
        session.pop(CURRENT_SUPPLIER_KEY, None)  # the owner removed themselves
        return redirect(url_for("backoffice.supplier_switch"))
    return redirect(url_for("backoffice.team_page", slug=slug))


@bp.route("/supplier/<slug>/team/invitations/<int:invitation_id>/cancel", methods=["POST"])
@requires(Permission.SUPPLIER_VIEW)
def team_invitation_cancel(slug: str, invitation_id: int):
    supplier = supplier_for_member(current_user, slug, Permission.SUPPLIER_OWN)
    if ConfirmForm().validate():
        team.revoke_invitation(current_user, supplier, invitation_id, now=utcnow())
        flash(_("The invitation is cancelled: its link does not work any more."), "success")
    return redirect(url_for("backoffice.team_page", slug=slug))


@bp.route("/invitation/<token>", methods=["GET", "POST"])
@requires(Permission.ACCOUNT)
def invitation_accept(token: str):
    invitation = team.find_invitation(token, now=utcnow())
    form = ConfirmForm()
    if form.validate_on_submit():
        member = team.accept_invitation(current_user, token, now=utcnow())
        remember_supplier(member.supplier.slug)
        flash(_("Welcome to the team of %(name)s!", name=member.supplier.name), "success")
        return redirect(url_for("dashboards.supplier_dashboard", slug=member.supplier.slug))
    if current_user.email != invitation.email:
        raise InvitationForAnotherEmail(email=invitation.email)
    return render_template("backoffice/team/invitation.html", invitation=invitation, form=form)


@bp.route("/sell/switch")
@requires(Permission.ACCOUNT)
def supplier_switch():
    return render_template(
        "backoffice/team/switch.html",
        suppliers=team.suppliers_of(current_user),
        current=team.remembered_supplier(current_user, session.get(CURRENT_SUPPLIER_KEY)),
        form=ConfirmForm(formdata=None),
    )


@bp.route("/sell/switch/<slug>", methods=["POST"])
@requires(Permission.ACCOUNT)
def supplier_switch_to(slug: str):
    supplier = team.choose_supplier(current_user, slug)
    if ConfirmForm().validate():
        remember_supplier(supplier.slug)
        return redirect(url_for("dashboards.supplier_dashboard", slug=supplier.slug))
    return redirect(url_for("backoffice.supplier_switch"))
