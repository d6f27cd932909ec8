"""Product import rules, through the services (the commands are in test_commands.py)."""

from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from types import SimpleNamespace

import pytest
from flask_babel import force_locale
from sqlalchemy import event, select

from catalog.imports.product_export import export_products
from catalog.imports.product_writes import apply_product_rows
from catalog.imports.products import PRODUCT_COLUMNS, validate_product_rows
from catalog.imports.tabular import ImportFailed, read_records
from catalog.models import Category, LabelClaim, Product
from shop.extensions import db
from tests.factories import (
    add_grouping_member,
    create_category,
    create_grouping,
    create_label,
    create_label_claim,
    create_product,
    create_supplier,
)
from tests.imports import PRODUCT_HEADER, issues, product_csv, product_line, table_counts

pytestmark = pytest.mark.databases


@pytest.fixture(autouse=True)
def english(db_session):
    with force_locale("en"):
        yield


@pytest.fixture
def shop(db_session):
    own = create_supplier(slug="tafilalt-dates", region="draa-tafilalet")
    other = create_supplier(slug="atlas-miel", region="beni-mellal-khenifra")
    grouping = create_grouping(slug="draa-solidaire")
    add_grouping_member(grouping, own)
    create_grouping(slug="atlas-solidaire")
    return SimpleNamespace(
        own=own,
        other=other,
        category=create_category(slug="dates"),
        labels={code: create_label(code=code) for code in ("igp-dattes", "bio-maroc")},
        grouping=grouping,
    )


def line(**cells: str) -> dict[str, str]:
    return {**product_line("tafilalt-dates", "dates"), **cells}


def import_products(data: bytes, **options):
    publish = options.pop("publish", False)
    rows = validate_product_rows(read_records(data, PRODUCT_COLUMNS), **options)
    return apply_product_rows(rows, publish=publish)


def refusal(*lines: dict[str, str], **options) -> list[tuple[int | None, str | None, str]]:
    before = table_counts()
    with pytest.raises(ImportFailed) as failure:
        import_products(product_csv(*lines), **options)
    assert table_counts() == before, "a refused import wrote something"
    return issues(failure.value)


def product(sku: str) -> Product:
    db.session.expire_all()
    return db.session.scalar(select(Product).where(Product.sku == sku))


def texts(item: Product) -> dict[str, tuple[str, str]]:
    return {t.language: (t.name, t.description) for t in item.translations}


def claims(item: Product) -> list[tuple[str, str, str]]:
    query = select(LabelClaim).where(LabelClaim.product_id == item.id).order_by(LabelClaim.id)
    return [(c.label.code, c.status, c.certificate_number) for c in db.session.scalars(query)]


def test_the_format_is_the_documented_one():
    assert list(PRODUCT_COLUMNS) == PRODUCT_HEADER


def test_creates_draft_products_with_their_texts_and_the_suppliers_region(shop):
    summary = import_products(
        product_csv(
            line(
                name_ar="تمر المجهول",
                name_zgh="ⵜⵉⵢⵉⵢⵉⵏ ⵏ ⵎⴻⵊⵀⵓⵍ",
                description_fr="Dattes charnues, récolte 2025",
                grouping="draa-solidaire",
            )
        )
    )
    assert (summary.created, summary.updated, summary.new_claims) == (1, 0, 0)
    created = product("DATES-MJH-1KG")
    assert created.supplier_id == shop.own.id
    assert created.category_id == shop.category.id
    assert created.grouping_id == shop.grouping.id
    assert (created.price, created.currency, created.stock) == (Decimal("180.00"), "MAD", 20)
    assert (created.unit, created.region, created.status) == ("box 1 kg", "draa-tafilalet", "draft")
    assert texts(created) == {
        "ar": ("تمر المجهول", ""),
        "fr": ("Dattes Mejhoul", "Dattes charnues, récolte 2025"),
        "zgh": ("ⵜⵉⵢⵉⵢⵉⵏ ⵏ ⵎⴻⵊⵀⵓⵍ", ""),
    }


def test_blank_stock_and_unit_of_a_new_product_take_the_defaults(shop):
    import_products(product_csv(line(stock="", unit="", region="souss-massa")))
    created = product("DATES-MJH-1KG")
    assert (created.stock, created.unit, created.region) == (0, "", "souss-massa")


def test_publish_publishes_new_products_only(shop):
    create_product(sku="OLD-1", supplier=shop.own, category=shop.category, status="archived")
    import_products(product_csv(line(), line(sku="OLD-1")), publish=True)
    assert product("DATES-MJH-1KG").status == "published"
    assert product("OLD-1").status == "archived"


def test_reimport_updates_the_given_cells_and_keeps_blank_ones(shop):
    existing = create_product(
        sku="DATES-MJH-1KG",
        supplier=shop.own,
        category=shop.category,
        names={"fr": "Ancien nom", "ar": "اسم قديم"},
        unit="box 500 g",
        stock=3,
        status="published",
    )
    row = {"sku": "DATES-MJH-1KG", "supplier": "tafilalt-dates", "price_mad": "99.90"}
    row |= {"name_fr": "Dattes Mejhoul", "description_ar": "وصف جديد"}
    summary = import_products(product_csv(row))
    assert (summary.created, summary.updated) == (0, 1)
    updated = product("DATES-MJH-1KG")
    assert updated.id == existing.id
    assert (updated.price, updated.stock, updated.unit) == (Decimal("99.90"), 3, "box 500 g")
    assert updated.status == "published"
    assert texts(updated) == {"fr": ("Dattes Mejhoul", ""), "ar": ("اسم قديم", "وصف جديد")}


def test_rows_giving_different_cells_update_only_those(shop):
    first = create_product(sku="A-1", supplier=shop.own, category=shop.category, stock=5)
    second = create_product(sku="A-2", supplier=shop.own, category=shop.category, stock=5)
    import_products(
        product_csv(
            {"sku": "A-1", "supplier": "tafilalt-dates", "price_mad": "10.00"},
            {"sku": "A-2", "supplier": "tafilalt-dates", "stock": "0", "region": "oriental"},
        )
    )
    db.session.expire_all()
    assert (first.price, first.stock, first.region) == (Decimal("10.00"), 5, "draa-tafilalet")
    assert (second.price, second.stock, second.region) == (Decimal("100.00"), 0, "oriental")


@pytest.mark.parametrize(
    ("typed", "stored"), [("120", "120.00"), ("95.5", "95.50"), ("0.01", "0.01")]
)
def test_prices_are_exact_decimals(shop, typed, stored):
    import_products(product_csv(line(price_mad=typed)))
    assert product("DATES-MJH-1KG").price == Decimal(stored)


NO_NAME = "Give the product a name in at least one language (name_ar, name_fr, name_zgh)."


@pytest.mark.parametrize(
    ("cells", "column", "reason"),
    [
        ({"sku": ""}, "sku", "A value is required."),
        (
            {"sku": "DATES MJH"},
            "sku",
            "DATES MJH is not a valid SKU: use letters A-Z, digits, dots, hyphens and underscores.",
        ),
        ({"sku": "X" * 65}, "sku", "A SKU has at most 64 characters."),
        ({"supplier": ""}, "supplier", "A value is required."),
        ({"supplier": "unknown-coop"}, "supplier", "Unknown supplier: unknown-coop."),
        ({"category": ""}, "category", "A value is required."),
        ({"category": "fruits"}, "category", "Unknown category: fruits."),
        ({"price_mad": ""}, "price_mad", "A value is required."),
        (
            {"price_mad": "12,5"},
            "price_mad",
            "Use a dot, not a comma, before the decimals (for example 12.50).",
        ),
        ({"price_mad": "abc"}, "price_mad", "abc is not a price in dirhams (for example 120.00)."),
        ({"price_mad": "-3"}, "price_mad", "The price must be greater than zero."),
        ({"price_mad": "0.00"}, "price_mad", "The price must be greater than zero."),
        ({"price_mad": "1.234"}, "price_mad", "A price has at most two decimals."),
        ({"price_mad": "12345678901"}, "price_mad", "This price is too large."),
        ({"stock": "-1"}, "stock", "The number must not be negative."),
        ({"stock": "3.5"}, "stock", "3.5 is not a whole number."),
        ({"unit": "u" * 61}, "unit", "This text is longer than 60 characters."),
        ({"name_fr": "n" * 201}, "name_fr", "This text is longer than 200 characters."),
        ({"name_fr": ""}, None, NO_NAME),
        (
            {"description_ar": "وصف بلا اسم"},
            "name_ar",
            "A description needs a name in the same language.",
        ),
        ({"labels": "igp-dattes;halal"}, "labels", "Unknown quality label: halal."),
        ({"grouping": "nowhere"}, "grouping", "Unknown grouping: nowhere."),
        (
            {"grouping": "atlas-solidaire"},
            "grouping",
            "Supplier tafilalt-dates is not a member of the grouping atlas-solidaire.",
        ),
    ],
)
def test_each_rule_reports_row_column_and_reason_and_writes_nothing(shop, cells, column, reason):
    assert refusal(line(), line(**{"sku": "SECOND", **cells})) == [(3, column, reason)]


def test_region_must_be_one_of_the_twelve(shop):
    [(row, column, reason)] = refusal(line(region="tafilalet"))
    assert (row, column) == (2, "region")
    assert reason.startswith("tafilalet is not one of: tanger-tetouan-al-hoceima, oriental,")


def test_a_sku_twice_in_the_file_is_refused(shop):
    assert refusal(line(), line(name_fr="Autre")) == [
        (3, "sku", "SKU DATES-MJH-1KG already appears on row 2.")
    ]


def test_a_product_is_never_moved_to_another_supplier(shop):
    create_product(sku="MIEL-1", supplier=shop.other, category=shop.category)
    assert refusal(line(sku="MIEL-1")) == [
        (
            2,
            "sku",
            "SKU MIEL-1 belongs to supplier atlas-miel, not tafilalt-dates; "
            "a product is never moved from one supplier to another.",
        )
    ]
    assert product("MIEL-1").supplier_id == shop.other.id


def test_every_problem_of_every_row_is_reported_at_once(shop):
    reported = refusal(
        line(sku="A-1", price_mad="12,5", stock="-2"),
        line(sku="A-2"),
        line(sku="A-3", supplier="nobody", labels="halal"),
    )
    assert [(row, column) for row, column, _reason in reported] == [
        (2, "price_mad"),
        (2, "stock"),
        (4, "supplier"),
        (4, "labels"),
    ]


def test_labels_become_pending_claims_without_certificate(shop):
    summary = import_products(product_csv(line(labels="igp-dattes; bio-maroc;igp-dattes")))
    assert summary.new_claims == 2
    created = product("DATES-MJH-1KG")
    assert claims(created) == [("igp-dattes", "pending", ""), ("bio-maroc", "pending", "")]
    for claim in db.session.scalars(select(LabelClaim).where(LabelClaim.product_id == created.id)):
        assert claim.supplier_id == shop.own.id
        assert (claim.valid_from, claim.valid_until, claim.document_key) == (None, None, None)
        assert (claim.verified_at, claim.verified_by_id) == (None, None)


def test_reimport_neither_duplicates_nor_downgrades_claims(shop):
    existing = create_product(sku="DATES-MJH-1KG", supplier=shop.own, category=shop.category)
    create_label_claim(shop.labels["igp-dattes"], existing, certificate_number="IGP-42")
    create_label_claim(
        shop.labels["bio-maroc"], existing, certificate_number="BIO-7", status="rejected"
    )
    data = product_csv(line(labels="igp-dattes;bio-maroc"))
    assert import_products(data).new_claims == 0
    assert import_products(data).new_claims == 0
    assert claims(product("DATES-MJH-1KG")) == [
        ("igp-dattes", "verified", "IGP-42"),
        ("bio-maroc", "rejected", "BIO-7"),
    ]


def test_a_known_product_gains_claims_for_new_labels_only(shop):
    existing = create_product(sku="DATES-MJH-1KG", supplier=shop.own, category=shop.category)
    create_label_claim(shop.labels["igp-dattes"], existing, certificate_number="IGP-42")
    summary = import_products(product_csv(line(labels="bio-maroc;igp-dattes")))
    assert summary.new_claims == 1
    assert claims(product("DATES-MJH-1KG")) == [
        ("igp-dattes", "verified", "IGP-42"),
        ("bio-maroc", "pending", ""),
    ]


def test_create_categories_names_them_after_their_slug(shop):
    summary = import_products(
        product_csv(line(category="dried-fruits"), line(sku="B-2", category="dried-fruits")),
        create_categories=True,
    )
    assert summary.new_categories == ("dried-fruits",)
    category = db.session.scalar(select(Category).where(Category.slug == "dried-fruits"))
    assert [(t.language, t.name) for t in category.translations] == [("fr", "dried-fruits")]
    assert product("B-2").category_id == category.id


def test_create_categories_still_checks_the_slug(shop):
    assert refusal(line(category="Dried Fruits"), create_categories=True) == [
        (
            2,
            "category",
            "Dried Fruits is not a valid slug: use lowercase letters a-z, digits and hyphens.",
        )
    ]


def test_arabic_and_tifinagh_texts_are_stored_exactly(shop):
    name_ar = "تَمْر المَجْهُول\u200f ـ ممتاز"  # diacritics, RLM and tatweel kept as typed
    name_zgh = "ⵜⵉⵢⵉⵢⵉⵏ ⵏ ⵎⴻⵊⵀⵓⵍ"
    description = "سطر أول\nⴰⵣⵔⵉⴳ ⵡⵉⵙ ⵙⵉⵏ, «مع فاصلة»"
    import_products(
        product_csv(line(name_ar=name_ar, name_zgh=name_zgh, description_ar=description))
    )
    created = texts(product("DATES-MJH-1KG"))
    assert created["ar"] == (name_ar, description)
    assert created["zgh"] == (name_zgh, "")


class TestOnlySupplier:
    """A supplier importing its own products from the back office."""

    def test_rows_of_another_supplier_are_refused(self, shop):
        assert refusal(
            line(), line(sku="MIEL-1", supplier="atlas-miel"), only_supplier=shop.own
        ) == [(3, "supplier", "This row belongs to another supplier.")]

    def test_own_rows_are_imported_and_a_blank_supplier_means_its_own(self, shop):
        summary = import_products(
            product_csv(line(), line(sku="B-2", supplier="")), only_supplier=shop.own
        )
        assert summary.created == 2
        assert product("B-2").supplier_id == shop.own.id

    def test_a_sku_of_another_supplier_is_refused_without_naming_it(self, shop):
        create_product(sku="MIEL-1", supplier=shop.other, category=shop.category)
        assert refusal(line(sku="MIEL-1"), only_supplier=shop.own) == [
            (2, "sku", "This SKU is already used by another supplier.")
        ]

    def test_without_the_restriction_a_blank_supplier_is_refused(self, shop):
        assert refusal(line(supplier="")) == [(2, "supplier", "A value is required.")]


@contextmanager
def counting_statements() -> Iterator[list[str]]:
    statements: list[str] = []

    def record(_conn, _cursor, statement, *_args):
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        event.remove(db.engine, "before_cursor_execute", record)


@pytest.mark.parametrize("creating", [True, False])
def test_statements_do_not_grow_with_the_number_of_rows(shop, creating):
    def run(count: int) -> int:
        lines = [
            line(sku=f"P{count}-{n}", labels="bio-maroc", name_ar="اسم", grouping="draa-solidaire")
            for n in range(count)
        ]
        if not creating:
            import_products(product_csv(*lines))
        with counting_statements() as statements:
            import_products(product_csv(*lines))
        return len(statements)

    assert run(3) == run(60)


def test_export_of_one_supplier_holds_only_its_products(shop):
    create_product(sku="MIEL-1", supplier=shop.other, category=shop.category)
    import_products(product_csv(line(labels="bio-maroc")))
    exported = export_products(only_supplier=shop.own).splitlines()
    assert exported[0] == ",".join(PRODUCT_HEADER)
    assert exported[1:] == [
        "DATES-MJH-1KG,tafilalt-dates,dates,180.00,20,box 1 kg,draa-tafilalet,"
        ",Dattes Mejhoul,,,,,bio-maroc,"
    ]
