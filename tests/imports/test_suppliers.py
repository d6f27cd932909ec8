"""Supplier import rules, through the services (the commands are in test_commands.py)."""

from datetime import date

import pytest
from flask_babel import force_locale
from sqlalchemy import select

from catalog.imports.tabular import ImportFailed, read_records
from groupings.imports import (
    SUPPLIER_COLUMNS,
    apply_supplier_rows,
    export_suppliers,
    validate_supplier_rows,
)
from groupings.models import Supplier
from shop.extensions import db
from tests.factories import create_supplier
from tests.imports import SUPPLIER_HEADER, issues, supplier_csv, supplier_line, table_counts

pytestmark = pytest.mark.databases
TODAY = date(2026, 1, 15)


@pytest.fixture(autouse=True)
def english(db_session):
    with force_locale("en"):
        yield


def import_suppliers(data: bytes, *, pending: bool = False):
    rows = validate_supplier_rows(read_records(data, SUPPLIER_COLUMNS), today=TODAY)
    return apply_supplier_rows(rows, pending=pending)


def refusal(*lines: dict[str, str]) -> list[tuple[int | None, str | None, str]]:
    before = table_counts()
    with pytest.raises(ImportFailed) as failure:
        import_suppliers(supplier_csv(*lines))
    assert table_counts() == before, "a refused import wrote something"
    return issues(failure.value)


def supplier(slug: str) -> Supplier:
    db.session.expire_all()
    return db.session.scalar(select(Supplier).where(Supplier.slug == slug))


def test_the_format_is_the_documented_one():
    assert list(SUPPLIER_COLUMNS) == SUPPLIER_HEADER


def test_creates_active_suppliers_with_every_field(db_session):
    line = supplier_line(
        name_ar="تعاونية تافيلالت للتمور",
        name_zgh="ⵜⴰⵎⵢⴰⵡⴰⵙⵜ ⵏ ⵜⴰⴼⵉⵍⴰⵍⵜ",
        city="Erfoud",
        registration_number=" 2015/77 ",
        ice="001234567000089",
        members="30",
        women_members="18",
        founded="2015-04-02",
        phone="06 61-23 45 67",
        email="contact@Tafilalt.example",
    )
    summary = import_suppliers(supplier_csv(line))
    assert (summary.created, summary.updated) == (1, 0)
    created = supplier("tafilalt-dates")
    assert created.status == "active"
    assert (created.kind, created.region, created.city) == (
        "cooperative",
        "draa-tafilalet",
        "Erfoud",
    )
    assert created.registration_number == "2015/77"
    assert (created.ice, created.members, created.women_members) == ("001234567000089", 30, 18)
    assert created.founded == date(2015, 4, 2)
    assert created.phone == "+212661234567"
    assert created.email == "contact@tafilalt.example"
    assert {t.language: t.name for t in created.translations} == {
        "ar": "تعاونية تافيلالت للتمور",
        "fr": "Coopérative des dattes du Tafilalt",
        "zgh": "ⵜⴰⵎⵢⴰⵡⴰⵙⵜ ⵏ ⵜⴰⴼⵉⵍⴰⵍⵜ",
    }


def test_pending_creates_suppliers_waiting_for_approval(db_session):
    import_suppliers(supplier_csv(supplier_line()), pending=True)
    assert supplier("tafilalt-dates").status == "pending"


def test_reimport_updates_given_cells_and_keeps_blank_ones(db_session):
    existing = create_supplier(
        slug="tafilalt-dates",
        name="Ancien nom",
        status="suspended",
        city="Rissani",
        phone="+212535000000",
        members=12,
        women_members=4,
    )
    line = {"slug": "tafilalt-dates", "name_fr": "Nouveau nom", "name_ar": "اسم جديد"}
    line["women_members"] = "10"
    summary = import_suppliers(supplier_csv(line))
    assert (summary.created, summary.updated) == (0, 1)
    updated = supplier("tafilalt-dates")
    assert updated.id == existing.id
    assert {t.language: t.name for t in updated.translations} == {
        "fr": "Nouveau nom",
        "ar": "اسم جديد",
    }
    assert (updated.city, updated.phone, updated.members) == ("Rissani", "+212535000000", 12)
    assert updated.women_members == 10
    assert updated.status == "suspended", "an import must not re-activate a suspended supplier"


@pytest.mark.parametrize(
    ("cells", "column", "reason"),
    [
        ({"slug": ""}, "slug", "A value is required."),
        (
            {"slug": "Tafilalt_Dates"},
            "slug",
            "Tafilalt_Dates is not a valid slug: use lowercase letters a-z, digits and hyphens.",
        ),
        (
            {"kind": "association"},
            "kind",
            "association is not one of: cooperative, micro_entrepreneur.",
        ),
        ({"kind": ""}, "kind", "A value is required."),
        ({"region": ""}, "region", "A value is required."),
        ({"founded": "02/04/2015"}, "founded", "02/04/2015 is not a date written YYYY-MM-DD."),
        ({"founded": "2015-02-30"}, "founded", "2015-02-30 is not a date written YYYY-MM-DD."),
        ({"founded": "2026-01-16"}, "founded", "The founding date is in the future."),
        ({"members": "-3"}, "members", "The number must not be negative."),
        ({"members": "12.5"}, "members", "12.5 is not a whole number."),
        ({"women_members": "douze"}, "women_members", "douze is not a whole number."),
        (
            {"members": "10", "women_members": "11"},
            "women_members",
            "There are more women members (11) than members (10).",
        ),
        (
            {"women_members": "2"},  # a new supplier has 1 member unless told otherwise
            "women_members",
            "There are more women members (2) than members (1).",
        ),
        ({"ice": "12345"}, "ice", "An ICE (common company identifier) is exactly 15 digits."),
        (
            {"phone": "+33 6 12 34 56 78"},
            "phone",
            "+33 6 12 34 56 78 is not a Moroccan phone number (+212 or 0, then 9 digits "
            "starting with 5, 6 or 7).",
        ),
        (
            {"phone": "0812345678"},
            "phone",
            "0812345678 is not a Moroccan phone number (+212 or 0, then 9 digits "
            "starting with 5, 6 or 7).",
        ),
        ({"email": "contact@"}, "email", "contact@ is not a valid e-mail address."),
        ({"city": "x" * 81}, "city", "This text is longer than 80 characters."),
    ],
)
def test_each_rule_reports_row_column_and_reason_and_writes_nothing(
    db_session, cells, column, reason
):
    assert refusal(supplier_line(), supplier_line(**{"slug": "second", **cells})) == [
        (3, column, reason)
    ]


def test_region_must_be_one_of_the_twelve(db_session):
    [(row, column, reason)] = refusal(supplier_line(region="souss"))
    assert (row, column) == (2, "region")
    assert reason.startswith("souss is not one of: tanger-tetouan-al-hoceima, oriental,")


def test_a_supplier_needs_a_name_in_at_least_one_language(db_session):
    assert refusal(supplier_line(name_fr="")) == [
        (
            2,
            None,
            "Give the supplier a name in at least one language (name_ar, name_fr, name_zgh).",
        )
    ]


def test_a_known_supplier_may_be_updated_without_repeating_its_name(db_session):
    create_supplier(slug="tafilalt-dates")
    import_suppliers(supplier_csv({"slug": "tafilalt-dates", "city": "Erfoud"}))
    assert supplier("tafilalt-dates").city == "Erfoud"


def test_women_members_are_checked_against_the_current_members(db_session):
    create_supplier(slug="tafilalt-dates", members=5, women_members=2)
    assert refusal({"slug": "tafilalt-dates", "women_members": "6"}) == [
        (2, "women_members", "There are more women members (6) than members (5).")
    ]


def test_a_slug_twice_in_the_file_is_refused(db_session):
    assert refusal(supplier_line(), supplier_line(name_fr="Autre")) == [
        (3, "slug", "The slug tafilalt-dates already appears on row 2.")
    ]


def test_every_problem_of_every_row_is_reported_at_once(db_session):
    reported = refusal(
        supplier_line(kind="", ice="1"),
        supplier_line(slug="ok-one"),
        supplier_line(slug="bad-two", phone="123", members="x"),
    )
    assert [(row, column) for row, column, _reason in reported] == [
        (2, "kind"),
        (2, "ice"),
        (4, "members"),
        (4, "phone"),
    ]


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("+212528000001", "+212528000001"),
        ("0528-00-00-01", "+212528000001"),
        ("+212 6 61 23 45 67", "+212661234567"),
        ("07 00 11 22 33", "+212700112233"),
    ],
)
def test_phone_numbers_are_stored_normalised(db_session, typed, stored):
    import_suppliers(supplier_csv(supplier_line(phone=typed)))
    assert supplier("tafilalt-dates").phone == stored


def test_export_then_import_gives_back_the_same_file(db_session):
    import_suppliers(
        supplier_csv(
            supplier_line(
                name_ar="تعاونية تافيلالت للتمور",
                name_zgh="ⵜⴰⵎⵢⴰⵡⴰⵙⵜ ⵏ ⵜⴰⴼⵉⵍⴰⵍⵜ",
                city="Erfoud, Errachidia",
                founded="2015-04-02",
                phone="0661234567",
            ),
            supplier_line(slug="atlas-miel", kind="micro_entrepreneur", name_fr='Miel "Atlas"'),
        )
    )
    exported = export_suppliers()
    assert exported.splitlines()[0] == ",".join(SUPPLIER_HEADER)
    summary = import_suppliers(exported.encode())
    assert (summary.created, summary.updated) == (0, 2)
    assert export_suppliers() == exported
