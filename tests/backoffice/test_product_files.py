"""A supplier imports and exports its own products in the catalog CSV format."""

import io
from decimal import Decimal

import pytest
from flask_babel import force_locale
from sqlalchemy import func, select

from catalog.imports.products import PRODUCT_COLUMNS
from catalog.imports.tabular import ImportFailed, format_csv
from catalog.listing_files import export_own_products, import_own_products
from catalog.models import Product, StockMovement
from catalog.search import SearchQuery, search
from catalog.search.searchers import close_searchers
from groupings.models import GroupingRule
from shop.errors import AccessDenied
from tests.backoffice.listing_support import create_listed_product, create_shop, log_in, token
from tests.factories import add_grouping_member, create_category, create_grouping, create_product

FEE = Decimal("0.05")


pytestmark = pytest.mark.databases  # SQLite and PostgreSQL


@pytest.fixture(autouse=True)
def _english(db_session):
    with force_locale("en"):
        yield


@pytest.fixture
def shop(db_session):
    return create_shop("tifaout")


@pytest.fixture
def index(app, db_session, tmp_path, monkeypatch):
    monkeypatch.setitem(app.config, "SEARCH_INDEX_DIR", tmp_path / "search-index")
    yield
    close_searchers()


def _csv(*rows: dict) -> bytes:
    lines = [[row.get(column, "") for column in PRODUCT_COLUMNS] for row in rows]
    return format_csv(PRODUCT_COLUMNS, lines).encode("utf-8")


def _count(db_session, model) -> int:
    return db_session.scalar(select(func.count(model.id)))


def test_the_export_holds_only_the_suppliers_own_products(shop):
    mine = create_listed_product(shop.supplier, sku="TIF-1")
    create_product(sku="ATLAS-1")
    text = export_own_products(shop.staff, shop.supplier)
    assert text.splitlines()[0] == ",".join(PRODUCT_COLUMNS)
    assert [line.split(",")[0] for line in text.splitlines()[1:]] == [mine.sku]


def test_an_import_creates_drafts_updates_known_rows_and_records_stock(shop, db_session):
    category = create_category(slug="honey")
    known = create_listed_product(shop.supplier, sku="TIF-1", stock=4, status="published")
    data = _csv(
        {"sku": "TIF-1", "stock": "10", "price_mad": "99.90"},
        {"sku": "TIF-2", "category": "honey", "price_mad": "45", "stock": "6", "name_ar": "عسل"},
    )
    summary = import_own_products(shop.owner, shop.supplier, data, platform_fee_rate=FEE)
    assert (summary.created, summary.updated) == (1, 1)
    db_session.expire_all()
    new = db_session.scalar(select(Product).where(Product.sku == "TIF-2"))
    assert (new.supplier_id, new.status, new.category_id) == (
        shop.supplier.id,
        "draft",
        category.id,
    )
    known = db_session.get(Product, known.id)
    assert (known.status, known.stock, known.price) == ("published", 10, Decimal("99.90"))
    moves = db_session.scalars(select(StockMovement).order_by(StockMovement.product_id))
    assert [(m.product_id, m.reason, m.before, m.after) for m in moves] == [
        (known.id, "correction", 4, 10),
        (new.id, "restock", 0, 6),
    ]


def test_rows_of_another_supplier_are_refused_and_nothing_is_written(shop, db_session):
    theirs = create_product(sku="ATLAS-1", price=Decimal("10"))
    create_category(slug="honey")
    data = _csv(
        {"sku": "TIF-9", "category": "honey", "price_mad": "45", "name_fr": "Miel"},
        {"sku": "ATLAS-1", "price_mad": "1.00"},
        {
            "sku": "TIF-10",
            "supplier": theirs.supplier.slug,
            "category": "honey",
            "price_mad": "5",
            "name_fr": "Savon",
        },
    )
    with pytest.raises(ImportFailed) as failure:
        import_own_products(shop.owner, shop.supplier, data, platform_fee_rate=FEE)
    issues = [(issue.row, issue.column, str(issue.reason)) for issue in failure.value.issues]
    assert issues == [
        (3, "sku", "This SKU is already used by another supplier."),
        (4, "supplier", "This row belongs to another supplier."),
    ]
    assert _count(db_session, Product) == 1 and theirs.price == Decimal("10")


def test_a_published_product_keeps_obeying_its_groupings_rules(shop, db_session):
    grouping = create_grouping(commission_rate=Decimal("0.10"))
    add_grouping_member(grouping, shop.supplier)
    grouping.rules.append(GroupingRule(kind="min_producer_share", value=Decimal("0.80")))
    create_listed_product(shop.supplier, sku="TIF-1", grouping=grouping, status="published")
    with pytest.raises(ImportFailed) as failure:
        import_own_products(
            shop.owner,
            shop.supplier,
            _csv({"sku": "TIF-1", "price_mad": "50"}),
            platform_fee_rate=Decimal("0.15"),
        )
    (issue,) = failure.value.issues
    assert (issue.row, issue.column) == (2, "price_mad") and "80%" in str(issue.reason)


def test_staff_may_export_but_not_import(shop):
    assert export_own_products(shop.staff, shop.supplier)
    with pytest.raises(AccessDenied):
        import_own_products(shop.staff, shop.supplier, _csv(), platform_fee_rate=FEE)
    with pytest.raises(AccessDenied):
        export_own_products(create_shop("atlas").owner, shop.supplier)


def test_importing_from_the_page_commits_then_updates_the_search_index(
    client, shop, db_session, index
):
    create_listed_product(shop.supplier, sku="TIF-1", names={"fr": "Miel"}, status="published")
    db_session.commit()
    log_in(client, shop.owner)
    export = client.get("/fr/supplier/tifaout/product-file/export.csv")
    assert export.mimetype == "text/csv"
    assert "attachment" in export.headers["Content-Disposition"]
    text = export.get_data(as_text=True).replace(",Miel,", ",Miel de jujubier,")
    response = client.post(
        "/fr/supplier/tifaout/product-file",
        data={"csrf_token": token(client), "file": (io.BytesIO(text.encode()), "mes-produits.csv")},
        content_type="multipart/form-data",
    )
    assert response.status_code == 302
    hits = search(SearchQuery(text="jujubier")).hits
    assert [hit.sku for hit in hits] == ["TIF-1"]


def test_a_refused_file_shows_every_issue_on_the_page(client, shop, db_session):
    create_product(sku="ATLAS-1")
    log_in(client, shop.owner)
    data = _csv({"sku": "ATLAS-1", "price_mad": "12,5"}, {"sku": "bad sku", "price_mad": "0"})
    response = client.post(
        "/fr/supplier/tifaout/product-file",
        data={"csrf_token": token(client), "file": (io.BytesIO(data), "x.csv")},
        content_type="multipart/form-data",
    )
    assert response.status_code == 422
    table = response.get_data(as_text=True).split("<tbody>")[1].split("</tbody>")[0]
    # Row 2: another supplier's SKU, a decimal comma; row 3: a bad SKU, a zero price, and
    # (a new product) no category and no name.
    assert table.count("<tr>") == 6
    assert "<td>2</td>" in table and "<td>3</td>" in table
    assert _count(db_session, Product) == 1


def test_staff_see_the_export_but_not_the_import_form(client, shop, db_session):
    log_in(client, shop.staff)
    page = client.get("/fr/supplier/tifaout/product-file").get_data(as_text=True)
    assert "export.csv" in page and 'name="file"' not in page
    response = client.post(
        "/fr/supplier/tifaout/product-file",
        data={"csrf_token": token(client), "file": (io.BytesIO(_csv()), "x.csv")},
        content_type="multipart/form-data",
    )
    assert response.status_code == 403
