"""A supplier's own products as a CSV file: export them, change them in a spreadsheet,
import them back (the catalog format of examples/products.csv, only this shop's rows)."""

from __future__ import annotations

import logging
from decimal import Decimal

from flask import Response, current_app, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_babel import ngettext
from flask_login import current_user

from catalog.imports.products import PRODUCT_COLUMNS
from catalog.imports.tabular import ImportFailed
from catalog.listing_files import export_own_products, import_own_products
from catalog.search import index_products
from shop.accounts.permissions import Permission, requires
from shop.backoffice import bp
from shop.backoffice.forms_listings import ProductFileForm
from shop.dashboards.services import supplier_for
from shop.extensions import db

log = logging.getLogger(__name__)


def _render(supplier, form: ProductFileForm, status: int = 200, **context):
    page = render_template(
        "backoffice/listings/product_file.html",
        supplier=supplier,
        form=form,
        columns=PRODUCT_COLUMNS,
        **context,
    )
    return page, status


@bp.route("/supplier/<slug>/product-file", methods=["GET", "POST"])
@requires(Permission.SUPPLIER_VIEW)
def product_file(slug: str):
    supplier = supplier_for(current_user, slug)
    form = ProductFileForm()
    if not form.validate_on_submit():
        return _render(supplier, form)
    try:
        summary = import_own_products(
            current_user,
            supplier,
            form.file.data.read(),
            platform_fee_rate=Decimal(current_app.config["PLATFORM_FEE_RATE"]),
        )
    except ImportFailed as failure:
        # 422 makes the request's after_request hook roll back; validation wrote nothing.
        return _render(supplier, form, 422, failure=failure)
    # The bulk writes bypass the unit of work, so the search index's session hooks never
    # see these products. The index re-reads what it indexes from committed rows, so the
    # commit must come first — and the after_request hook that would commit runs after
    # every callback this view could register (after_this_request included). Hence an
    # explicit commit here; the hook then finds nothing left to commit.
    db.session.commit()
    try:
        index_products(summary.product_ids)
    except Exception:  # the import stands; `souk search reindex` repairs a stale index
        log.exception("Search index not updated after %s imported its products", slug)
    flash(_("Your file is imported."), "success")
    flash(ngettext("%(num)s new product.", "%(num)s new products.", summary.created), "success")
    flash(
        ngettext("%(num)s product updated.", "%(num)s products updated.", summary.updated),
        "success",
    )
    return redirect(url_for("backoffice.listing_index", slug=slug))


@bp.route("/supplier/<slug>/product-file/export.csv")
@requires(Permission.SUPPLIER_VIEW)
def product_file_export(slug: str):
    supplier = supplier_for(current_user, slug)
    text = export_own_products(current_user, supplier)
    response = Response(text.encode("utf-8"), mimetype="text/csv")
    response.headers["Content-Disposition"] = f'attachment; filename="products-{slug}.csv"'
    response.headers["Cache-Control"] = "private, no-store"
    return response
