"""Suppliers in and out, in the format of `examples/suppliers.csv`: a platform admin's bulk
onboarding, for instance from the cooperative registry.

The CSV reading and cell parsers are shared with the product import: they live in
catalog.imports.tabular and .cells, which import none of the catalog's models, so this one
arrow from groupings to catalog makes no import cycle. (A neutral home such as
shop/tabular.py would be tidier; moving them there is a one-line change per import.)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from flask_babel import lazy_gettext as _l
from sqlalchemy import select

from catalog.imports import cells
from catalog.imports.tabular import (
    Progress,
    Record,
    RowIssues,
    format_csv,
    in_chunks,
    validate_records,
)
from groupings.models import SUPPLIER_KINDS, Supplier, SupplierTranslation
from shop.database import utcnow
from shop.extensions import db

LANGUAGES = ("ar", "fr", "zgh")
SUPPLIER_COLUMNS = (
    "slug",
    "kind",
    *(f"name_{lang}" for lang in LANGUAGES),
    "region",
    "city",
    "registration_number",
    "ice",
    "members",
    "women_members",
    "founded",
    "phone",
    "email",
)
NAME_COLUMNS = ", ".join(f"name_{lang}" for lang in LANGUAGES)
# Model defaults, used to check women_members <= members on a new supplier.
DEFAULT_MEMBERS, DEFAULT_WOMEN_MEMBERS = 1, 0

_parse_name = cells.text_parser(200)
_parse_city = cells.text_parser(80)
_parse_registration = cells.text_parser(40, trim=True)
_parse_email = cells.parse_email


@dataclass(frozen=True, slots=True)
class SupplierRow:
    """One valid row. For a known slug (`supplier_id` set) None means "not given": the
    supplier keeps its value. For a new supplier, kind, region and a name are present."""

    number: int
    slug: str
    supplier_id: int | None
    kind: str | None
    region: str | None
    city: str | None
    registration_number: str | None
    ice: str | None
    members: int | None
    women_members: int | None
    founded: date | None
    phone: str | None
    email: str | None
    names: dict[str, str]

    @property
    def is_new(self) -> bool:
        return self.supplier_id is None


@dataclass(frozen=True, slots=True)
class ImportSummary:
    created: int
    updated: int


def summarise_supplier_rows(rows: Sequence[SupplierRow]) -> ImportSummary:
    created = sum(row.is_new for row in rows)
    return ImportSummary(created=created, updated=len(rows) - created)


@dataclass(frozen=True, slots=True)
class _KnownSupplier:
    id: int
    members: int
    women_members: int
    has_name: bool


def validate_supplier_rows(
    records: Sequence[Record], *, today: date | None = None, progress: Progress | None = None
) -> list[SupplierRow]:
    """Check every record; raise ImportFailed listing all issues, else return the rows."""
    today = today or utcnow().date()
    known = _known_suppliers()
    first_rows: dict[str, int] = {}
    return validate_records(
        records, lambda check: _validate_record(check, known, first_rows, today), progress
    )


def _validate_record(
    check: RowIssues, known: dict[str, _KnownSupplier], first_rows: dict[str, int], today: date
) -> SupplierRow | None:
    raw_slug = check.record.code("slug")
    # A known slug is accepted as it is, even one created before the slug rule existed.
    slug = raw_slug if raw_slug in known else check.cell("slug", cells.parse_slug, required=True)
    if slug is not None:
        if slug in first_rows:
            check.add(
                "slug",
                _l(
                    "The slug %(slug)s already appears on row %(row)s.",
                    slug=slug,
                    row=first_rows[slug],
                ),
            )
        else:
            first_rows[slug] = check.record.number
    existing = known.get(slug) if slug else None
    is_new = existing is None
    kind = check.cell("kind", lambda raw: cells.parse_choice(raw, SUPPLIER_KINDS), required=is_new)
    names = {
        lang: name
        for lang in LANGUAGES
        if (name := check.cell(f"name_{lang}", _parse_name)) is not None
    }
    has_name = existing is not None and existing.has_name
    if not has_name and not any(check.record.code(f"name_{lang}") for lang in LANGUAGES):
        check.add(
            None,
            _l(
                "Give the supplier a name in at least one language (%(columns)s).",
                columns=NAME_COLUMNS,
            ),
        )
    region = check.cell("region", cells.parse_region, required=is_new)
    members = check.cell("members", cells.parse_count)
    women_members = check.cell("women_members", cells.parse_count)
    _check_women_members(check, existing, members, women_members)
    founded = check.cell("founded", cells.parse_iso_date)
    if founded is not None and founded > today:
        check.add("founded", _l("The founding date is in the future."))
    row = SupplierRow(
        number=check.record.number,
        slug=slug or "",
        supplier_id=existing.id if existing else None,
        kind=kind,
        region=region,
        city=check.cell("city", _parse_city),
        registration_number=check.cell("registration_number", _parse_registration),
        ice=check.cell("ice", cells.parse_ice),
        members=members,
        women_members=women_members,
        founded=founded,
        phone=check.cell("phone", cells.parse_phone),
        email=check.cell("email", _parse_email),
        names=names,
    )
    return None if slug is None else row


def _check_women_members(
    check: RowIssues,
    existing: _KnownSupplier | None,
    members: int | None,
    women_members: int | None,
) -> None:
    """Women members cannot outnumber members, counting the current value of a cell left
    blank (or the model's default for a new supplier)."""
    if members is None and women_members is None:
        return
    if any(
        value is None and check.record.code(column)
        for column, value in (("members", members), ("women_members", women_members))
    ):
        return  # an invalid cell, already reported
    if members is None:
        members = existing.members if existing else DEFAULT_MEMBERS
    if women_members is None:
        women_members = existing.women_members if existing else DEFAULT_WOMEN_MEMBERS
    if women_members > members:
        check.add(
            "women_members",
            _l(
                "There are more women members (%(women)s) than members (%(members)s).",
                women=women_members,
                members=members,
            ),
        )


def _known_suppliers() -> dict[str, _KnownSupplier]:
    named = set(db.session.scalars(select(SupplierTranslation.supplier_id).distinct()))
    query = select(Supplier.slug, Supplier.id, Supplier.members, Supplier.women_members)
    return {
        slug: _KnownSupplier(
            id=supplier_id,
            members=members,
            women_members=women_members,
            has_name=supplier_id in named,
        )
        for slug, supplier_id, members, women_members in db.session.execute(query)
    }


UPDATABLE_FIELDS = (
    "kind",
    "region",
    "city",
    "registration_number",
    "ice",
    "members",
    "women_members",
    "founded",
    "phone",
    "email",
)


def apply_supplier_rows(rows: Sequence[SupplierRow], *, pending: bool = False) -> ImportSummary:
    """Create the new suppliers (active, or pending approval with `pending`) and update the
    known ones. A known supplier keeps its status: an import never re-activates a supplier
    that was suspended. Suppliers are few, so plain ORM objects loaded in one query do."""
    known_ids = [row.supplier_id for row in rows if row.supplier_id is not None]
    suppliers: dict[int, Supplier] = {}
    for chunk in in_chunks(known_ids):
        query = select(Supplier).where(Supplier.id.in_(chunk))
        suppliers.update((supplier.id, supplier) for supplier in db.session.scalars(query))
    for row in rows:
        if row.supplier_id is None:
            supplier = Supplier(slug=row.slug, status="pending" if pending else "active")
            db.session.add(supplier)
        else:
            supplier = suppliers[row.supplier_id]
        for field in UPDATABLE_FIELDS:
            value = getattr(row, field)
            if value is not None:
                setattr(supplier, field, value)
        translations = {translation.language: translation for translation in supplier.translations}
        for lang, name in row.names.items():
            if lang in translations:
                translations[lang].name = name
            else:
                supplier.translations.append(
                    SupplierTranslation(language=lang, name=name, description="")
                )
    db.session.flush()
    return summarise_supplier_rows(rows)


def export_suppliers() -> str:
    """Every supplier, ordered by slug, in the import format."""
    suppliers = sorted(db.session.scalars(select(Supplier)), key=lambda supplier: supplier.slug)
    return format_csv(SUPPLIER_COLUMNS, (_export_row(supplier) for supplier in suppliers))


def _export_row(supplier: Supplier) -> list[str]:
    names = {translation.language: translation.name for translation in supplier.translations}
    return [
        supplier.slug,
        supplier.kind,
        *(names.get(lang, "") for lang in LANGUAGES),
        supplier.region,
        supplier.city,
        supplier.registration_number,
        supplier.ice,
        str(supplier.members),
        str(supplier.women_members),
        supplier.founded.isoformat() if supplier.founded else "",
        supplier.phone,
        supplier.email,
    ]
