"""The index follows the database after each commit, and writers never trip over each other."""

import subprocess
import sys
import textwrap
import threading
from datetime import date, timedelta
from decimal import Decimal

import pytest
from flask_migrate import upgrade
from sqlalchemy import select
from whoosh.filedb.filestore import FileStorage

from catalog.models import Category, LabelClaim, Product, ProductTranslation
from catalog.search import SearchQuery, reindex_all, search
from catalog.search.schema import INDEX_NAME
from catalog.search.searchers import close_searchers
from catalog.search.storage import Journal
from shop.extensions import db
from tests.conftest import make_test_app
from tests.factories import create_category, create_label, create_product, create_supplier

TODAY = date.today()  # noqa: DTZ011 - the search's notion of today


@pytest.fixture
def index(app, db_session, tmp_path, monkeypatch):
    monkeypatch.setitem(app.config, "SEARCH_INDEX_DIR", tmp_path / "search-index")
    yield tmp_path / "search-index"
    close_searchers()


def find(text="", **kw):
    return search(SearchQuery(text=text, **kw))


def skus(text="", **kw):
    return [hit.sku for hit in find(text, **kw).hits]


@pytest.mark.databases
def test_publishing_edits_and_archiving_follow_each_commit(index, db_session):
    soap = create_product(names={"fr": "Savon beldi"}, status="draft")
    db_session.commit()
    assert skus("savon") == []
    soap.status = "published"
    db_session.commit()
    assert skus("savon") == [soap.sku]
    soap.translations[0].name = "Savon noir à l'eucalyptus"
    db_session.commit()
    assert skus("eucalyptus") == [soap.sku]
    assert skus("beldi") == []
    soap.status = "archived"
    db_session.commit()
    assert skus("savon") == []


@pytest.mark.databases
def test_restocking_and_repricing_update_the_document(index, db_session):
    oil = create_product(names={"fr": "Huile d'argan"}, stock=0, price=Decimal("100"))
    db_session.commit()
    oil.stock = 25
    oil.price = Decimal("120.50")
    db_session.commit()
    results = find("huile")
    assert results.total == 1
    assert results.hits[0].price == Decimal("120.50")


@pytest.mark.databases
def test_a_suspended_supplier_disappears_and_comes_back(index, db_session):
    supplier = create_supplier()
    honey = create_product(names={"fr": "Miel"}, supplier=supplier)
    other = create_product(names={"fr": "Miel de thym"})
    db_session.commit()
    supplier.status = "suspended"
    db_session.commit()
    assert skus("miel") == [other.sku]
    supplier.status = "active"
    db_session.commit()
    assert sorted(skus("miel")) == sorted([honey.sku, other.sku])


@pytest.mark.databases
def test_translations_and_supplier_names_are_followed(index, db_session):
    oil = create_product(names={"fr": "Huile d'argan"})
    db_session.commit()
    db.session.add(ProductTranslation(product=oil, language="zgh", name="ⴰⵔⴳⴰⵏ", description=""))
    oil.supplier.translations[0].name = "Coopérative Tifaout"
    db_session.commit()
    hit = find("ⴰⵔⴳⴰⵏ", lang="zgh").hits[0]
    assert (hit.sku, hit.name, hit.supplier_name) == (oil.sku, "ⴰⵔⴳⴰⵏ", "Coopérative Tifaout")


@pytest.mark.databases
def test_label_claims_are_followed_on_the_product_and_on_its_supplier(index, db_session):
    organic = create_label(code="bio")
    oil = create_product(names={"fr": "Huile"})
    honey = create_product(names={"fr": "Miel"}, supplier=oil.supplier)
    db_session.commit()
    claim = LabelClaim(
        label=organic,
        supplier=oil.supplier,
        product=None,  # the whole supplier
        valid_from=TODAY - timedelta(days=1),
        valid_until=TODAY + timedelta(days=30),
        status="pending",
    )
    db.session.add(claim)
    db_session.commit()
    assert find(label="bio").total == 0
    claim.status = "verified"
    db_session.commit()
    assert sorted(skus(label="bio")) == sorted([oil.sku, honey.sku])
    db.session.delete(claim)
    db_session.commit()
    assert find(label="bio").total == 0


@pytest.mark.databases
def test_moving_a_category_moves_its_products_in_the_category_filter(index, db_session):
    food = create_category(slug="food")
    oils = create_category(slug="oils")
    oil = create_product(names={"fr": "Huile"}, category=oils)
    db_session.commit()
    assert find(category="food").total == 0
    db.session.get(Category, oils.id).parent_id = food.id
    db_session.commit()
    assert skus(category="food") == [oil.sku]


@pytest.mark.databases
def test_deleting_a_product_removes_it(index, db_session):
    soap = create_product(names={"fr": "Savon"})
    db_session.commit()
    db.session.delete(soap)
    db_session.commit()
    assert find("savon").total == 0


@pytest.mark.databases
def test_a_savepoint_waits_for_the_transactions_commit(index, db_session):
    with db_session.begin_nested():
        create_product(names={"fr": "Miel de thym"})
    assert find("thym").total == 0  # released savepoint: not committed yet
    with db_session.begin_nested():
        create_product(names={"fr": "Thym sauvage"})
    db_session.commit()
    assert find("thym").total == 2


@pytest.mark.databases
def test_a_rolled_back_change_never_reaches_the_index(index, db_session):
    create_product(names={"fr": "Huile"})
    db_session.commit()
    create_product(names={"fr": "Savon"})  # flushed, then rolled back
    db_session.rollback()
    create_product(names={"fr": "Miel"})
    db_session.commit()
    assert find("savon").total == 0
    assert find("miel").total == 1


def test_a_busy_index_journals_the_change_instead_of_failing(app, index, db_session, monkeypatch):
    monkeypatch.setitem(app.config, "SEARCH_LOCK_TIMEOUT", 0.2)
    create_product(names={"fr": "Huile"})
    db_session.commit()  # creates the index
    lock = FileStorage(str(index)).lock(f"{INDEX_NAME}_WRITELOCK")
    assert lock.acquire()  # another writer, holding on
    try:
        soap = create_product(names={"fr": "Savon"})
        db_session.commit()  # no LockError: the change waits in the journal
        assert find("savon").total == 0
        assert len(Journal(index).entries()) == 1
    finally:
        lock.release()
    create_product(names={"fr": "Miel"})
    db_session.commit()  # the next writer applies the journal too
    assert skus("savon") == [soap.sku]
    assert Journal(index).entries() == []


def test_an_index_being_created_elsewhere_is_waited_for_not_failed_on(
    app, index, db_session, monkeypatch
):
    monkeypatch.setitem(app.config, "SEARCH_LOCK_TIMEOUT", 0.2)
    index.mkdir()
    lock = FileStorage(str(index)).lock(f"{INDEX_NAME}_WRITELOCK")
    assert lock.acquire()
    try:
        oil = create_product(names={"fr": "Huile"})
        db_session.commit()
        assert find("huile").total == 0  # no index yet, and no error either
    finally:
        lock.release()
    create_product(names={"fr": "Miel"})
    db_session.commit()
    assert skus("huile") == [oil.sku]


def test_a_rebuild_after_hooks_keeps_one_document_per_product(index, db_session):
    create_product(names={"fr": "Huile"})
    db_session.commit()
    assert reindex_all() == 1
    assert find("huile").total == 1


# --- concurrency: real commits, in a database of its own -----------------------------------------


@pytest.fixture
def committed_app(tmp_path):
    """An application on a SQLite file whose commits are real, for several writers at once."""
    app = make_test_app(f"sqlite:///{tmp_path / 'shop.sqlite3'}", tmp_path)
    with app.app_context():
        upgrade()
        db.session.remove()
    yield app
    with app.app_context():
        db.engine.dispose()


def _prices_in_index(app) -> dict[str, Decimal]:
    with app.app_context():
        results = search(SearchQuery(per_page=100, sort="newest"))
        close_searchers()
    return {hit.sku: hit.price for hit in results.hits}


def _prices_in_database(app) -> dict[str, Decimal]:
    with app.app_context():
        rows = db.session.execute(select(Product.sku, Product.price)).all()
        db.session.remove()
    return dict(rows)


def test_concurrent_writers_lose_no_update(committed_app):
    with committed_app.app_context():
        supplier = create_supplier()
        ids = [create_product(supplier=supplier, names={"fr": f"Huile {n}"}).id for n in range(6)]
        db.session.commit()
        db.session.remove()
    errors: list[BaseException] = []

    def reprice(worker: int) -> None:
        try:
            for round_ in range(8):
                with committed_app.app_context():
                    for product_id in ids[worker % 2 :: 2] if worker < 2 else ids:
                        product = db.session.get(Product, product_id)
                        product.price = Decimal(100 + worker * 10 + round_)
                    db.session.commit()  # each commit re-indexes through the hooks
                    db.session.remove()
        except BaseException as error:  # reported below: a thread's exception is otherwise lost
            errors.append(error)

    threads = [threading.Thread(target=reprice, args=(worker,)) for worker in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert _prices_in_index(committed_app) == _prices_in_database(committed_app)
    assert Journal(committed_app.config["SEARCH_INDEX_DIR"]).entries() == []


_WRITER = textwrap.dedent(
    """
    import sys
    from tests.conftest import make_test_app
    from pathlib import Path
    from catalog.search import index_products

    app = make_test_app(sys.argv[1], Path(sys.argv[2]))
    with app.app_context():
        for _ in range(int(sys.argv[3])):
            index_products(int(i) for i in sys.argv[4].split(","))
    """
)


def test_writer_processes_share_the_index_without_lock_errors(committed_app, tmp_path):
    with committed_app.app_context():
        ids = [create_product(names={"fr": f"Miel {n}"}).id for n in range(10)]
        db.session.commit()
        db.session.remove()
    url = committed_app.config["SQLALCHEMY_DATABASE_URI"]
    halves = [",".join(map(str, ids[:5])), ",".join(map(str, ids[5:]))]
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", _WRITER, url, str(tmp_path), "5", half],
            stderr=subprocess.PIPE,
            text=True,
        )
        for half in halves
    ]
    for writer in writers:
        _out, err = writer.communicate(timeout=120)
        assert writer.returncode == 0, err
        assert "LockError" not in err and "journaled" not in err
    with committed_app.app_context():
        results = search(SearchQuery(text="miel", per_page=100))
        close_searchers()
    assert sorted(hit.product_id for hit in results.hits) == sorted(ids)
