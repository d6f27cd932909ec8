"""What the back-office does reaches the search index with the request's commit."""

import pytest

from catalog.search import SearchQuery, search
from catalog.search.searchers import close_searchers
from tests.backoffice.listing_support import create_listed_product, create_shop, log_in, token


@pytest.fixture
def index(app, db_session, tmp_path, monkeypatch):
    monkeypatch.setitem(app.config, "SEARCH_INDEX_DIR", tmp_path / "search-index")
    yield
    close_searchers()


def _skus(text: str) -> list[str]:
    return [hit.sku for hit in search(SearchQuery(text=text)).hits]


def test_published_products_become_searchable_and_archived_ones_disappear(
    client, db_session, index
):
    shop = create_shop("tifaout")
    product = create_listed_product(shop.supplier, names={"fr": "Amlou aux amandes"})
    db_session.commit()
    assert _skus("amlou") == []
    log_in(client, shop.owner)
    url = f"/fr/supplier/tifaout/products/{product.id}"
    assert client.post(f"{url}/publish", data={"csrf_token": token(client)}).status_code == 302
    assert _skus("amlou") == [product.sku]

    response = client.post(
        f"{url}/texts", data={"csrf_token": token(client), "name_fr": "Amlou au miel de thym"}
    )
    assert response.status_code == 302
    assert _skus("thym") == [product.sku]

    assert client.post(f"{url}/archive", data={"csrf_token": token(client)}).status_code == 302
    assert _skus("amlou") == []


def test_a_refused_publication_never_reaches_the_index(client, db_session, index):
    shop = create_shop("tifaout")
    product = create_listed_product(shop.supplier, names={"fr": "Savon beldi"}, photos=0)
    db_session.commit()
    log_in(client, shop.owner)
    url = f"/fr/supplier/tifaout/products/{product.id}/publish"
    assert client.post(url, data={"csrf_token": token(client)}).status_code == 422
    assert _skus("savon") == []
