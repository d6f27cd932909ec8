from __future__ import annotations

from flask import Blueprint, current_app, jsonify, redirect, render_template, url_for
from sqlalchemy import text

from catalog import services as catalog_services
from catalog.search import index_status
from shop.extensions import db
from shop.i18n import select_language

bp = Blueprint("main", __name__)


@bp.route("/")
def root():
    return redirect(url_for("main.home", lang_code=select_language()))


@bp.route("/<lang_code>/")
def home():
    return render_template(
        "main/home.html",
        categories=catalog_services.top_categories(),
        featured=catalog_services.featured_products(limit=8),
        spotlight=catalog_services.spotlight_suppliers(limit=3),
    )


@bp.route("/healthz")
def healthz():
    checks = {}
    try:
        db.session.execute(text("SELECT 1"))
        checks["database"] = "ok"
    except Exception as error:  # any driver error means "not healthy", reported, not raised
        current_app.logger.warning("Health check: database failed: %s", error)
        checks["database"] = "error"
    checks["search_index"] = index_status()
    healthy = all(value == "ok" for value in checks.values())
    return jsonify(status="ok" if healthy else "error", checks=checks), 200 if healthy else 503
