from __future__ import annotations

from datetime import date

from flask import Blueprint, abort, current_app, render_template, request, send_file

from catalog import images, services
from catalog.vocabulary import LABEL_KIND_NAMES
from groupings.services import split_price
from groupings.vocabulary import SUPPLIER_KIND_NAMES
from shop.i18n import current_language
from shop.regions import REGIONS

bp = Blueprint("catalog", __name__, template_folder="templates")


@bp.context_processor
def _vocabulary() -> dict:
    return {"supplier_kind_names": SUPPLIER_KIND_NAMES, "label_kind_names": LABEL_KIND_NAMES}


def _page_arg() -> int:
    return request.args.get("page", 1, type=int) or 1


@bp.route("/<lang_code>/c/<slug>")
def category_products(slug: str):
    category = services.get_category(slug)
    sort = request.args.get("sort", "newest")
    if sort not in services.SORTS:
        sort = "newest"
    page = services.list_category_products(category, sort=sort, page=_page_arg())
    return render_template(
        "catalog/category_products.html", category=category, page=page, sort=sort
    )


@bp.route("/<lang_code>/p/<sku>")
def product_detail(sku: str):
    product = services.get_visible_product(sku)
    return render_template(
        "catalog/product_detail.html",
        product=product,
        split=split_price(product.price, product.grouping, current_app.config["PLATFORM_FEE_RATE"]),
        labels=services.shown_labels(product, date.today()),  # noqa: DTZ011 - Moroccan calendar day
    )


@bp.route("/<lang_code>/sellers/")
def supplier_directory():
    return render_template(
        "catalog/supplier_directory.html", by_region=services.suppliers_by_region(), regions=REGIONS
    )


@bp.route("/<lang_code>/sellers/<slug>")
def supplier_detail(slug: str):
    supplier = services.get_active_supplier(slug)
    page = services.list_supplier_products(supplier, page=_page_arg())
    return render_template("catalog/supplier_detail.html", supplier=supplier, page=page)


@bp.route("/media/images/<key>-<size>.webp")
def image_file(key: str, size: str):
    if size not in images.SIZES or not key.isalnum():
        abort(404)
    path = images.image_path(current_app.config["UPLOAD_DIR"], key, size)
    if not path.is_file():
        abort(404)
    # Content-addressed names never change meaning, so browsers may keep them for a year.
    return send_file(path, mimetype="image/webp", max_age=365 * 24 * 3600)


@bp.route("/<lang_code>/search")
def search():
    from catalog import search as search_engine
    from catalog.search_params import parse_search_args

    query = parse_search_args(request.args, current_language())
    results = search_engine.search(query)
    return render_template("catalog/search.html", results=results, query=query)
