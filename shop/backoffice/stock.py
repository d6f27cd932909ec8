"""Stock screens: adjust with a reason, the low-stock threshold, and the history.

Any team member (staff included) may do these; the rules are in catalog.stock."""

from __future__ import annotations

from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from catalog import listings, stock
from catalog.listing_errors import ListingError
from shop.accounts.permissions import Permission, requires
from shop.backoffice import bp
from shop.backoffice.forms_listings import STOCK_REASON_NAMES, StockForm, ThresholdForm
from shop.dashboards.services import supplier_for

PRODUCT_STOCK = "/supplier/<slug>/products/<int:product_id>/stock"


def _product(slug: str, product_id: int):
    supplier = supplier_for(current_user, slug)
    return listings.get_supplier_product(current_user, supplier, product_id)


def _render(product, form: StockForm, threshold_form: ThresholdForm, status: int = 200, **kw):
    recent = stock.stock_history(current_user, product, per_page=5).items
    page = render_template(
        "backoffice/stock/adjust.html",
        supplier=product.supplier,
        product=product,
        form=form,
        threshold_form=threshold_form,
        recent=recent,
        authors=stock.movement_authors(recent),
        reason_names=STOCK_REASON_NAMES,
        **kw,
    )
    return page, status


@bp.route(PRODUCT_STOCK, methods=["GET", "POST"])
@requires(Permission.SUPPLIER_VIEW)
def stock_adjust(slug: str, product_id: int):
    product = _product(slug, product_id)
    form = StockForm()
    threshold_form = ThresholdForm(formdata=None, data={"threshold": product.low_stock_threshold})
    if request.method == "GET" or not form.validate():
        return _render(product, form, threshold_form)
    try:
        movement = stock.adjust_stock(
            current_user,
            product,
            reason=form.reason.data,
            quantity=form.quantity.data,
            note=form.note.data or "",
        )
    except ListingError as error:
        # Nothing was changed; 409/400 also rolls back whatever the request had flushed.
        return _render(product, form, threshold_form, error.status_code, error=str(error))
    flash(
        _(
            "Stock saved: %(before)s before, %(after)s now.",
            before=movement.before,
            after=movement.after,
        ),
        "success",
    )
    return redirect(url_for("backoffice.stock_adjust", slug=slug, product_id=product_id))


@bp.route(f"{PRODUCT_STOCK}/threshold", methods=["POST"])
@requires(Permission.SUPPLIER_VIEW)
def stock_threshold(slug: str, product_id: int):
    product = _product(slug, product_id)
    threshold_form = ThresholdForm()
    if not threshold_form.validate():
        return _render(product, StockForm(formdata=None), threshold_form)
    stock.set_low_stock_threshold(current_user, product, threshold_form.threshold.data)
    flash(_("Your changes are saved."), "success")
    return redirect(url_for("backoffice.stock_adjust", slug=slug, product_id=product_id))


@bp.route(f"{PRODUCT_STOCK}/history")
@requires(Permission.SUPPLIER_VIEW)
def stock_history(slug: str, product_id: int):
    product = _product(slug, product_id)
    page = stock.stock_history(current_user, product, page=request.args.get("page", 1, type=int))
    return render_template(
        "backoffice/stock/history.html",
        supplier=product.supplier,
        product=product,
        page=page,
        authors=stock.movement_authors(page.items),
        reason_names=STOCK_REASON_NAMES,
    )
