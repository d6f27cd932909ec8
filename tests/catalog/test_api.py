"""The public API: answers match the OpenAPI document, bad input gets a clear 4xx."""

from decimal import Decimal

import jsonschema
import pytest
from openapi_spec_validator import validate

from catalog.search import reindex_all
from tests.factories import (
    create_category,
    create_label,
    create_label_claim,
    create_product,
    create_supplier,
)


@pytest.fixture
def catalog(db_session):
    category = create_category(slug="honey", names={"fr": "Miel", "ar": "عسل", "zgh": "ⵜⴰⵎⵎⴰⵏⵜ"})
    supplier = create_supplier(
        slug="atlas-miel", name="Miel de l'Atlas", region="beni-mellal-khenifra"
    )
    thyme = create_product(
        sku="ATL-MIEL-TH",
        supplier=supplier,
        category=category,
        price=Decimal("150.00"),
        names={"fr": "Miel de thym", "ar": "عسل الزعتر", "zgh": "ⵜⴰⵎⵎⴰⵏⵜ ⵏ ⵡⴰⵣⵓⴽⵏⵉ"},
    )
    create_product(
        sku="ATL-MIEL-EU",
        supplier=supplier,
        category=category,
        price=Decimal("290.00"),
        names={"fr": "Miel d'euphorbe"},
    )
    create_label_claim(create_label(code="bio-maroc", name="Bio Maroc"), thyme)
    reindex_all()
    return thyme


def _schema(client, name: str) -> dict:
    document = client.get("/api/v1/openapi.json").json
    return {**document["components"]["schemas"][name], "components": document["components"]}


def _validate(instance, schema):
    # Component references resolve inside the schema itself ("#/components/schemas/…").
    jsonschema.validate(instance, schema, cls=jsonschema.Draft202012Validator)


def test_openapi_document_is_valid_openapi_3_1(client):
    document = client.get("/api/v1/openapi.json").json
    validate(document)
    assert {"/api/v1/search", "/api/v1/products/{sku}"} <= set(document["paths"])


@pytest.mark.databases
def test_search_answer_matches_the_documented_shape(client, catalog):
    response = client.get("/api/v1/search?q=miel&lang=fr")
    assert response.status_code == 200
    body = response.json
    _validate(body, _schema(client, "SearchResults"))
    assert body["total"] == 2
    assert {hit["sku"] for hit in body["results"]} == {"ATL-MIEL-TH", "ATL-MIEL-EU"}
    thyme = next(hit for hit in body["results"] if hit["sku"] == "ATL-MIEL-TH")
    assert thyme["price"] == "150.00" and thyme["currency"] == "MAD"
    assert thyme["labels"] == ["bio-maroc"]
    assert thyme["url"].endswith("/fr/p/ATL-MIEL-TH")
    assert {"value": "honey", "label": "Miel", "count": 2} in body["facets"]["category"]


def test_search_filters_and_language(client, catalog):
    body = client.get("/api/v1/search?q=miel&lang=ar&label=bio-maroc").json
    assert [hit["sku"] for hit in body["results"]] == ["ATL-MIEL-TH"]
    assert body["results"][0]["name"] == "عسل الزعتر"
    priced = client.get("/api/v1/search?q=miel&min_price=200").json
    assert [hit["sku"] for hit in priced["results"]] == ["ATL-MIEL-EU"]


def test_product_answer_matches_the_documented_shape(client, catalog):
    body = client.get("/api/v1/products/ATL-MIEL-TH?lang=zgh").json
    _validate(body, _schema(client, "Product"))
    assert body["name"] == "ⵜⴰⵎⵎⴰⵏⵜ ⵏ ⵡⴰⵣⵓⴽⵏⵉ"
    assert body["labels"][0]["code"] == "bio-maroc"


def test_unknown_product_is_a_json_404(client, catalog):
    response = client.get("/api/v1/products/NOPE")
    assert response.status_code == 404
    _validate(response.json, _schema(client, "Error"))


@pytest.mark.parametrize(
    "query",
    [
        "lang=en",
        "sort=cheapest",
        "page=0",
        "page=-1",
        "per_page=abc",
        "min_price=abc",
        "max_price=-5",
        "min_price=NaN",
    ],
)
def test_bad_parameters_are_a_clear_400(client, catalog, query):
    response = client.get(f"/api/v1/search?{query}")
    assert response.status_code == 400
    assert response.json["error"]


def test_per_page_is_capped(client, catalog):
    assert client.get("/api/v1/search?per_page=5000").json["per_page"] == 100


HOSTILE = [
    '"unbalanced',
    "(((",
    "AND",
    "OR NOT",
    "*",
    "?",
    "~",
    "^",
    ":",
    "\x00\x01\x1b[31m",
    "\u202eevil\u202c",
    "\u2066x\u2069",
    "a" * 10_000,
    "miel" + "\u200b" * 50,
    "%00",
    "' OR 1=1 --",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_queries_never_fail(client, catalog, text):
    for path in ("/api/v1/search", "/fr/search", "/api/v1/autocomplete"):
        response = client.get(path, query_string={"q": text})
        assert response.status_code == 200, (path, text)


def test_search_page_shows_hits_facets_and_highlight(client, catalog):
    html = client.get("/fr/search?q=thym").get_data(as_text=True)
    assert "<mark>" in html and "ATL-MIEL-TH" in html
    assert 'class="facets"' in html


def test_autocomplete_suggests_names(client, catalog):
    body = client.get("/api/v1/autocomplete?q=mie&lang=fr").json
    assert "Miel de thym" in body["suggestions"]
