"""The public JSON API, version 1: search and product details (described in openapi.py)."""

from __future__ import annotations

from datetime import date

from flask import Blueprint, current_app, g, jsonify, request, url_for

from catalog import search as search_engine
from catalog import services
from catalog.models import Product
from catalog.openapi import openapi_document
from catalog.search_params import InvalidSearchParameter, parse_search_args
from shop.extensions import csrf

bp = Blueprint("api", __name__, url_prefix="/api/v1")
csrf.exempt(bp)  # read-only GET endpoints, no cookies needed


def _language() -> str:
    lang = request.args.get("lang", "fr")
    if lang not in current_app.config["LANGUAGES"]:
        raise InvalidSearchParameter(name="lang")
    g.lang_code = lang  # facet and label names come back in this language
    return lang


def _product_url(sku: str, lang: str) -> str:
    return url_for("catalog.product_detail", sku=sku, lang_code=lang, _external=True)


def _image_urls(key: str) -> dict[str, str]:
    return {
        size: url_for("catalog.image_file", key=key, size=size, _external=True)
        for size in ("thumb", "medium", "large")
    }


@bp.get("/search")
def search_products():
    lang = _language()
    results = search_engine.search(parse_search_args(request.args, lang))
    return jsonify(
        query=results.query.text,
        total=results.total,
        page=results.page,
        per_page=results.per_page,
        results=[
            {
                "sku": hit.sku,
                "name": hit.name,
                "price": str(hit.price),
                "currency": hit.currency,
                "supplier": hit.supplier_name,
                "supplier_slug": hit.supplier_slug,
                "url": _product_url(hit.sku, lang),
                "labels": hit.labels,
                "image": _image_urls(hit.image_key)["medium"] if hit.image_key else None,
            }
            for hit in results.hits
        ],
        facets={
            name: [{"value": f.value, "label": f.label, "count": f.count} for f in counts]
            for name, counts in results.facets.items()
        },
        suggestion=results.suggestion,
    )


@bp.get("/autocomplete")
def autocomplete():
    lang = _language()
    prefix = request.args.get("q", "")[:100]
    return jsonify(query=prefix, suggestions=search_engine.autocomplete(prefix, lang))


def _product_document(product: Product, lang: str) -> dict:
    translation = product.translation(lang)
    today = date.today()  # noqa: DTZ011 - label validity is by calendar day
    return {
        "sku": product.sku,
        "name": translation.name if translation else product.sku,
        "description": translation.description if translation else "",
        "names": {row.language: row.name for row in product.translations},
        "price": str(product.price),
        "currency": product.currency,
        "unit": product.unit,
        "stock": product.stock,
        "region": product.region,
        "category": product.category.slug,
        "supplier": {
            "slug": product.supplier.slug,
            "name": product.supplier.name,
            "kind": product.supplier.kind,
        },
        "grouping": product.grouping.slug if product.grouping else None,
        "labels": [
            {
                "code": claim.label.code,
                "name": claim.label.name,
                "certificate_number": claim.certificate_number,
                "issuing_body": claim.issuing_body,
                "valid_until": claim.valid_until.isoformat(),
            }
            for claim in services.shown_labels(product, today)
        ],
        "images": [_image_urls(image.key) for image in product.images],
        "url": _product_url(product.sku, lang),
    }


@bp.get("/products/<sku>")
def product_detail(sku: str):
    lang = _language()
    return jsonify(_product_document(services.get_visible_product(sku), lang))


@bp.get("/openapi.json")
def openapi():
    return jsonify(openapi_document(request.host_url.rstrip("/")))
