"""Each role's home: supplier back-office, grouping, organisation and platform admin."""

from __future__ import annotations

from datetime import date

from flask import Blueprint, redirect, render_template, url_for
from flask_login import current_user

from catalog.vocabulary import PRODUCT_STATUS_NAMES
from groupings.vocabulary import EVIDENCE_KIND_NAMES, SUPPLIER_STATUS_NAMES, describe_rule
from shop.accounts.permissions import Permission, requires
from shop.dashboards import services

bp = Blueprint("dashboards", __name__, url_prefix="/<lang_code>", template_folder="templates")


@bp.context_processor
def _vocabulary() -> dict:
    return {
        "product_status_names": PRODUCT_STATUS_NAMES,
        "supplier_status_names": SUPPLIER_STATUS_NAMES,
        "evidence_kind_names": EVIDENCE_KIND_NAMES,
        "describe_rule": describe_rule,
    }


@bp.route("/supplier/")
@requires(Permission.SUPPLIER_VIEW)
def supplier_home():
    first = (
        current_user.supplier_memberships[0].supplier if current_user.supplier_memberships else None
    )
    if first is None:  # an admin without a supplier of their own
        return redirect(url_for("dashboards.admin_home"))
    return redirect(url_for("dashboards.supplier_dashboard", slug=first.slug))


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
