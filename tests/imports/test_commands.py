"""`souk suppliers import|export` and `souk catalog import|export`, run as an admin would."""

import csv
import io
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from flask_babel import force_locale
from sqlalchemy import delete, select

from catalog.models import Category, LabelClaim, Product, ProductTranslation
from catalog.search import SearchQuery, search
from groupings.models import Supplier
from shop.extensions import db
from tests.factories import (
    add_grouping_member,
    create_category,
    create_grouping,
    create_label,
    create_label_claim,
)
from tests.imports import product_csv, product_line, table_counts

pytestmark = pytest.mark.databases

DATA = Path(__file__).parent / "data"
EXAMPLE_SUPPLIERS = DATA / "suppliers.csv"  # copies of the files in examples/
EXAMPLE_PRODUCTS = DATA / "products.csv"
QUOTED_PRODUCTS = DATA / "products_quoted.csv"
EXAMPLE_CATEGORIES = ("argan-oil", "cosmetics", "spreads", "honey", "carpets")


@pytest.fixture(autouse=True)
def english(db_session):
    with force_locale("en"):
        yield


@pytest.fixture(autouse=True)
def search_index(app, tmp_path, monkeypatch):
    """A search index of this test's own: the database is rolled back, the index is not."""
    monkeypatch.setitem(app.config, "SEARCH_INDEX_DIR", tmp_path / "search-index")


@pytest.fixture
def souk(runner):
    def invoke(*args: str, stdin: bytes | None = None):
        return runner.invoke(args=[str(arg) for arg in args], input=stdin)

    return invoke


@pytest.fixture
def example_suppliers(souk):
    result = souk("suppliers", "import", EXAMPLE_SUPPLIERS)
    assert result.exit_code == 0, result.output
    return result


def create_references(*, categories: bool = True) -> None:
    """What the example products refer to, beside the suppliers."""
    for code in ("igp-argane", "odco-quality", "bio-maroc"):
        create_label(code=code)
    grouping = create_grouping(slug="souss-solidaire")
    tifaout = db.session.scalar(select(Supplier).where(Supplier.slug == "tifaout-argan"))
    add_grouping_member(grouping, tifaout)
    if categories:
        for slug in EXAMPLE_CATEGORIES:
            create_category(slug=slug)


def claim_statuses() -> set[str]:
    return set(db.session.scalars(select(LabelClaim.status)))


def test_example_suppliers_import_active(example_suppliers):
    assert example_suppliers.stdout == "3 suppliers created.\n0 suppliers updated.\n"
    suppliers = db.session.scalars(select(Supplier).order_by(Supplier.slug)).all()
    assert [(s.slug, s.status) for s in suppliers] == [
        ("atlas-miel", "active"),
        ("tifaout-argan", "active"),
        ("zerbia-tazenakht", "active"),
    ]
    tifaout = suppliers[1]
    assert tifaout.translation("zgh").name == "ⵜⴰⵎⵢⴰⵡⴰⵙⵜ ⵜⵉⴼⴰⵡⵜ ⵏ ⵡⴰⵔⴳⴰⵏ"
    assert tifaout.translation("ar").name == "تعاونية تيفاوت للأركان"
    assert (tifaout.founded, tifaout.phone) == (date(2011, 3, 14), "+212528000001")


def test_pending_suppliers_wait_for_approval(souk):
    assert souk("suppliers", "import", "--pending", EXAMPLE_SUPPLIERS).exit_code == 0
    assert set(db.session.scalars(select(Supplier.status))) == {"pending"}


def test_example_products_import_as_drafts_with_pending_claims(souk, example_suppliers):
    create_references()
    result = souk("catalog", "import", EXAMPLE_PRODUCTS)
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        "6 products created.\n0 products updated.\n4 label claims added, pending verification.\n"
    )
    assert set(db.session.scalars(select(Product.status))) == {"draft"}
    assert claim_statuses() == {"pending"}


def test_example_products_import_creating_their_categories(souk, example_suppliers):
    create_references(categories=False)
    result = souk("catalog", "import", "--create-categories", "--publish", EXAMPLE_PRODUCTS)
    assert result.exit_code == 0, result.output
    assert "Category honey created, named after its slug until it is renamed.\n" in result.stdout
    assert set(db.session.scalars(select(Category.slug))) >= set(EXAMPLE_CATEGORIES)
    assert set(db.session.scalars(select(Product.status))) == {"published"}


def test_imported_products_are_searchable_at_once(souk, example_suppliers):
    create_references()
    assert souk("catalog", "import", "--publish", EXAMPLE_PRODUCTS).exit_code == 0
    [hit] = search(SearchQuery(text="thym")).hits
    assert (hit.sku, hit.price) == ("ATL-MIEL-TH", Decimal("150.00"))
    changed = product_csv({"sku": "ATL-MIEL-TH", "supplier": "atlas-miel", "price_mad": "99.00"})
    assert souk("catalog", "import", "-", stdin=changed).exit_code == 0
    assert search(SearchQuery(text="thym")).hits[0].price == Decimal("99.00")


def test_reimporting_updates_and_adds_no_claim(souk, example_suppliers):
    create_references()
    assert souk("catalog", "import", EXAMPLE_PRODUCTS).exit_code == 0
    claims_before = table_counts()["label_claims"]
    again = souk("catalog", "import", EXAMPLE_PRODUCTS)
    assert again.exit_code == 0, again.output
    assert again.stdout == (
        "0 products created.\n6 products updated.\n0 label claims added, pending verification.\n"
    )
    assert table_counts()["label_claims"] == claims_before
    reimported = souk("suppliers", "import", EXAMPLE_SUPPLIERS)
    assert reimported.stdout == "0 suppliers created.\n3 suppliers updated.\n"


def test_an_invalid_file_writes_nothing_and_lists_every_problem(souk, example_suppliers):
    before = table_counts()
    result = souk("catalog", "import", EXAMPLE_PRODUCTS)
    assert result.exit_code == 1
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert lines[0] == "13 problems found; nothing was imported."
    assert lines[1:5] == [
        "Row 2, column category: Unknown category: argan-oil.",
        "Row 2, column labels: Unknown quality label: igp-argane.",
        "Row 2, column labels: Unknown quality label: odco-quality.",
        "Row 2, column grouping: Unknown grouping: souss-solidaire.",
    ]
    assert lines[-1] == "Row 7, column category: Unknown category: carpets."
    assert table_counts() == before


def test_dry_run_reports_and_writes_nothing(souk, example_suppliers):
    create_references(categories=False)
    before = table_counts()
    result = souk("catalog", "import", "--dry-run", "--create-categories", EXAMPLE_PRODUCTS)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == "Row 2: product TIF-ARG-250 would be created."
    assert "Dry run: category carpets would be created.\n" in result.stdout
    assert result.stdout.endswith(
        "Dry run: 6 products would be created.\n"
        "Dry run: 0 products would be updated.\n"
        "Dry run: 4 label claims would be added, pending verification.\n"
        "Nothing was written.\n"
    )
    assert table_counts() == before


def test_supplier_dry_run_reports_and_writes_nothing(souk, example_suppliers):
    before = table_counts()
    result = souk("suppliers", "import", "--dry-run", EXAMPLE_SUPPLIERS)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == "Row 2: supplier tifaout-argan would be updated."
    assert table_counts() == before


def test_dry_run_of_an_invalid_file_fails(souk):
    result = souk("suppliers", "import", "--dry-run", EXAMPLE_PRODUCTS)
    assert result.exit_code == 1
    assert "Row 1: Unknown column sku." in result.stderr


def test_a_file_that_is_not_utf8_is_refused(souk, tmp_path):
    # What Excel writes for Arabic text when not asked for "CSV UTF-8".
    windows_arabic = tmp_path / "suppliers.csv"
    header = EXAMPLE_SUPPLIERS.read_text("utf-8").splitlines()[0]
    row = "atlas-miel,micro_entrepreneur,عسل الأطلس,,,beni-mellal-khenifra,,,,,,,,"
    windows_arabic.write_bytes(f"{header}\n{row}\n".encode("cp1256"))
    before = table_counts()
    result = souk("suppliers", "import", windows_arabic)
    assert result.exit_code == 1
    assert "The file is not UTF-8 text (line 2 holds bytes of another encoding)" in result.stderr
    assert table_counts() == before


def test_a_missing_column_is_refused(souk, tmp_path):
    truncated = tmp_path / "products.csv"
    lines = EXAMPLE_PRODUCTS.read_text("utf-8").splitlines()
    truncated.write_text("\n".join(line.rsplit(",", 1)[0] for line in lines), "utf-8")
    result = souk("catalog", "import", truncated)
    assert result.exit_code == 1
    assert "Row 1: The column grouping is missing." in result.stderr


def test_an_empty_file_is_refused(souk, tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    result = souk("catalog", "import", empty)
    assert result.exit_code == 1
    assert "The file is empty" in result.stderr


def test_a_large_file_shows_progress(souk, example_suppliers):
    create_references()
    lines = [product_line("atlas-miel", "honey", sku=f"MIEL-{n:04d}") for n in range(600)]
    result = souk("catalog", "import", "-", stdin=product_csv(*lines))
    assert result.exit_code == 0, result.output
    assert "Checking the products" in result.stderr
    assert "Writing the products" in result.stderr
    assert "600 products created." in result.stdout


def export(souk) -> bytes:
    result = souk("catalog", "export")
    assert result.exit_code == 0, result.output
    return result.stdout_bytes


def test_round_trip_through_an_empty_catalog_is_lossless(souk, example_suppliers, tmp_path):
    create_references()
    assert souk("catalog", "import", EXAMPLE_PRODUCTS).exit_code == 0
    assert souk("catalog", "import", QUOTED_PRODUCTS).exit_code == 0
    verified = db.session.scalar(select(Product).where(Product.sku == "ZRB-KILIM"))
    create_label_claim(create_label(code="handmade-ma"), verified)
    exported = tmp_path / "catalog.csv"
    assert souk("catalog", "export", exported).exit_code == 0
    first = exported.read_bytes()

    for table in (LabelClaim, ProductTranslation, Product):
        db.session.execute(delete(table))
    result = souk("catalog", "import", exported)
    assert result.exit_code == 0, result.output
    assert "9 products created." in result.stdout
    assert export(souk) == first

    text = first.decode("utf-8")
    skus = [row[0] for row in csv.reader(io.StringIO(text, newline=""))][1:]
    # Code-point order whatever the database's collation: upper case before lower case.
    assert skus[0] == "ATL-MIEL-TH"
    assert skus[-2:] == ["a.b_c-1", "amlou-mini"]
    assert '"Amlou ""mini"", 100 g"' in text
    assert '"Ligne une,\r\nligne deux"' in text
    assert "أملو صغير\u200f" in text
    assert ",odco-quality;igp-argane," not in text  # labels come out sorted
    assert ",handmade-ma," in text  # the verified claim is exported like the others


def test_export_to_standard_output_by_default(souk, example_suppliers):
    create_references()
    assert souk("catalog", "import", EXAMPLE_PRODUCTS).exit_code == 0
    result = souk("catalog", "export", "-")
    assert result.stderr == "6 products exported.\n"
    assert result.stdout_bytes.startswith(b"sku,supplier,category,price_mad,stock,unit,region,")
    assert b"TIF-ARG-250,tifaout-argan,argan-oil,120.00,40,bottle 250 ml,souss-massa," in (
        result.stdout_bytes
    )


def test_suppliers_export_round_trips(souk, example_suppliers, tmp_path):
    exported = souk("suppliers", "export")
    assert exported.exit_code == 0
    path = tmp_path / "suppliers.csv"
    path.write_bytes(exported.stdout_bytes)
    assert souk("suppliers", "import", path).exit_code == 0
    assert souk("suppliers", "export").stdout_bytes == exported.stdout_bytes
    # The example file was already in the exported form: slugs sorted aside, same lines.
    assert sorted(exported.stdout_bytes.splitlines()) == sorted(
        EXAMPLE_SUPPLIERS.read_bytes().splitlines()
    )
