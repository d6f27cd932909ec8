"""The OpenAPI 3.1 description of the public API (served at /api/v1/openapi.json)."""

from __future__ import annotations

from shop.regions import REGIONS

LANGUAGE = {"type": "string", "enum": ["ar", "fr", "zgh"], "default": "fr"}


def _query(name: str, schema: dict, description: str) -> dict:
    return {
        "name": name,
        "in": "query",
        "required": False,
        "schema": schema,
        "description": description,
    }


SEARCH_PARAMETERS = [
    _query(
        "q",
        {"type": "string", "maxLength": 200},
        "Words to look for, in Arabic, French or Amazigh (Tifinagh or Latin letters).",
    ),
    _query("lang", LANGUAGE, "Language of names and facet labels in the answer."),
    _query("category", {"type": "string"}, "Category slug; includes its sub-categories."),
    _query("region", {"type": "string", "enum": list(REGIONS)}, "Region of origin."),
    _query("label", {"type": "string"}, "Quality label code (verified, unexpired labels only)."),
    _query("grouping", {"type": "string"}, "Solidarity grouping slug."),
    _query(
        "supplier_kind",
        {"type": "string", "enum": ["cooperative", "micro_entrepreneur"]},
        "Kind of seller.",
    ),
    _query("min_price", {"type": "string", "format": "decimal"}, "Lowest price in MAD."),
    _query("max_price", {"type": "string", "format": "decimal"}, "Highest price in MAD."),
    _query(
        "sort",
        {
            "type": "string",
            "enum": ["relevance", "price_asc", "price_desc", "newest"],
            "default": "relevance",
        },
        "Order of the results.",
    ),
    _query("page", {"type": "integer", "minimum": 1, "default": 1}, "Page number."),
    _query(
        "per_page",
        {"type": "integer", "minimum": 1, "maximum": 100, "default": 24},
        "Results per page.",
    ),
]

FACET_VALUE = {
    "type": "object",
    "required": ["value", "label", "count"],
    "properties": {
        "value": {"type": "string"},
        "label": {"type": "string"},
        "count": {"type": "integer", "minimum": 0},
    },
}
SEARCH_HIT = {
    "type": "object",
    "required": ["sku", "name", "price", "currency", "supplier", "url", "labels"],
    "properties": {
        "sku": {"type": "string"},
        "name": {"type": "string"},
        "price": {"type": "string", "format": "decimal", "examples": ["120.00"]},
        "currency": {"type": "string", "const": "MAD"},
        "supplier": {"type": "string"},
        "supplier_slug": {"type": "string"},
        "url": {"type": "string", "format": "uri"},
        "labels": {"type": "array", "items": {"type": "string"}},
        "image": {"type": ["string", "null"], "format": "uri"},
    },
}
SEARCH_RESULTS = {
    "type": "object",
    "required": ["query", "total", "page", "results", "facets", "suggestion"],
    "properties": {
        "query": {"type": "string"},
        "total": {"type": "integer", "minimum": 0},
        "page": {"type": "integer", "minimum": 1},
        "per_page": {"type": "integer", "minimum": 1},
        "results": {"type": "array", "items": {"$ref": "#/components/schemas/SearchHit"}},
        "facets": {
            "type": "object",
            "additionalProperties": {
                "type": "array",
                "items": {"$ref": "#/components/schemas/FacetValue"},
            },
        },
        "suggestion": {"type": ["string", "null"]},
    },
}
IMAGE_URLS = {
    "type": "object",
    "properties": {
        size: {"type": "string", "format": "uri"} for size in ("thumb", "medium", "large")
    },
}
PRODUCT = {
    "type": "object",
    "required": [
        "sku",
        "name",
        "price",
        "currency",
        "stock",
        "region",
        "category",
        "supplier",
        "labels",
        "url",
    ],
    "properties": {
        "sku": {"type": "string"},
        "name": {"type": "string"},
        "description": {"type": "string"},
        "names": {"type": "object", "additionalProperties": {"type": "string"}},
        "price": {"type": "string", "format": "decimal"},
        "currency": {"type": "string", "const": "MAD"},
        "unit": {"type": "string"},
        "stock": {"type": "integer", "minimum": 0},
        "region": {"type": "string", "enum": list(REGIONS)},
        "category": {"type": "string"},
        "supplier": {
            "type": "object",
            "properties": {
                "slug": {"type": "string"},
                "name": {"type": "string"},
                "kind": {"type": "string"},
            },
        },
        "grouping": {"type": ["string", "null"]},
        "labels": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "code": {"type": "string"},
                    "name": {"type": "string"},
                    "certificate_number": {"type": "string"},
                    "issuing_body": {"type": "string"},
                    "valid_until": {"type": "string", "format": "date"},
                },
            },
        },
        "images": {"type": "array", "items": {"$ref": "#/components/schemas/ImageUrls"}},
        "url": {"type": "string", "format": "uri"},
    },
}
ERROR = {
    "type": "object",
    "required": ["error", "status"],
    "properties": {"error": {"type": "string"}, "status": {"type": "integer"}},
}


def _json(schema_name: str, description: str) -> dict:
    return {
        "description": description,
        "content": {
            "application/json": {"schema": {"$ref": f"#/components/schemas/{schema_name}"}}
        },
    }


def openapi_document(server_url: str) -> dict:
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Souk Tadamon API",
            "version": "1.0.0",
            "description": "Search the catalog of Moroccan cooperatives and micro-entrepreneurs.",
        },
        "servers": [{"url": server_url}],
        "paths": {
            "/api/v1/search": {
                "get": {
                    "operationId": "searchProducts",
                    "summary": "Search products with facets",
                    "parameters": SEARCH_PARAMETERS,
                    "responses": {
                        "200": _json(
                            "SearchResults", "Matching products, facet counts, suggestion."
                        ),
                        "400": _json("Error", "A parameter is not valid."),
                    },
                }
            },
            "/api/v1/autocomplete": {
                "get": {
                    "operationId": "autocomplete",
                    "summary": "Product names starting with the typed letters",
                    "parameters": [
                        _query("q", {"type": "string", "maxLength": 100}, "Letters typed so far."),
                        _query("lang", LANGUAGE, "Language of the names."),
                    ],
                    "responses": {
                        "200": {
                            "description": "Suggestions",
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "type": "object",
                                        "properties": {
                                            "query": {"type": "string"},
                                            "suggestions": {
                                                "type": "array",
                                                "items": {"type": "string"},
                                            },
                                        },
                                    }
                                }
                            },
                        },
                        "400": _json("Error", "A parameter is not valid."),
                    },
                }
            },
            "/api/v1/products/{sku}": {
                "get": {
                    "operationId": "getProduct",
                    "summary": "One product for sale",
                    "parameters": [
                        {
                            "name": "sku",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "string"},
                        },
                        _query("lang", LANGUAGE, "Language of the name and description."),
                    ],
                    "responses": {
                        "200": _json("Product", "The product."),
                        "404": _json("Error", "No product for sale with this SKU."),
                    },
                }
            },
        },
        "components": {
            "schemas": {
                "SearchResults": SEARCH_RESULTS,
                "SearchHit": SEARCH_HIT,
                "FacetValue": FACET_VALUE,
                "Product": PRODUCT,
                "ImageUrls": IMAGE_URLS,
                "Error": ERROR,
            }
        },
    }
