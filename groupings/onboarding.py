"""Signing up as a seller, and keeping the seller's profile and bank details up to date.

A new seller is `pending` until a platform admin approves it (see groupings.lifecycle); the
person who signs up becomes its `owner`. Everything is checked before anything is written,
and the logo is stored last, so a refused application leaves nothing behind."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from flask_babel import lazy_gettext as _l
from sqlalchemy import select

from catalog.images import store_image
from groupings import errors
from groupings.models import SUPPLIER_KINDS, Supplier, SupplierMember, SupplierTranslation
from groupings.rib import normalise_ice, normalise_phone, normalise_rib
from shop.accounts.models import User
from shop.accounts.permissions import Permission, ensure
from shop.config import LANGUAGES
from shop.errors import NotFound
from shop.extensions import db
from shop.regions import REGIONS

MAX_NAME = 200
MAX_DESCRIPTION = 5000
MAX_PLACE = 80
MAX_REGISTRATION = 40
MAX_BANK_NAME = 120
MAX_HOLDER = 200
MAX_SLUG_BASE = 60
MAX_MEMBERS = 100_000


class FieldTooLong(errors.SupplierError):
    message = _l("%(field)s is too long: at most %(limit)s characters.")


FIELD_NAMES = {
    "name": _l("The name"),
    "description": _l("The description"),
    "commune": _l("The commune"),
    "city": _l("The city"),
    "registration_number": _l("The registration number"),
    "bank_name": _l("The bank's name"),
    "account_holder": _l("The account holder's name"),
}


@dataclass(frozen=True)
class Presentation:
    """The seller's name and description in one language."""

    name: str
    description: str = ""


@dataclass(frozen=True)
class BankDetails:
    rib: str
    bank_name: str
    account_holder: str


@dataclass(frozen=True)
class SupplierProfile:
    """What a seller shows to shoppers and how to reach it; changed by owners and managers."""

    presentations: dict[str, Presentation]
    region: str
    commune: str
    city: str
    phone: str
    logo: bytes | None = None


@dataclass(frozen=True)
class SupplierApplication:
    """Everything asked at sign-up. For a micro-entrepreneur, `registration_number` is the
    auto-entrepreneur number and the cooperative's fields stay empty."""

    kind: str
    profile: SupplierProfile
    bank: BankDetails
    registration_number: str
    ice: str = ""
    founded: date | None = None
    members: int | None = None
    women_members: int | None = None
    email: str = ""


def _limited(value: str, limit: int, name: str) -> str:
    value = value.strip()
    if len(value) > limit:
        raise FieldTooLong(field=FIELD_NAMES[name], limit=limit)
    return value


def _checked_presentations(presentations: dict[str, Presentation]) -> dict[str, Presentation]:
    """Only the languages the seller wrote in; at least one is needed."""
    kept = {}
    for language in LANGUAGES:
        presentation = presentations.get(language)
        if presentation is None or not presentation.name.strip():
            continue
        kept[language] = Presentation(
            name=_limited(presentation.name, MAX_NAME, "name"),
            description=_limited(presentation.description, MAX_DESCRIPTION, "description"),
        )
    if not kept:
        raise errors.NameRequired()
    return kept


@dataclass(frozen=True)
class _CheckedProfile:
    presentations: dict[str, Presentation]
    region: str
    commune: str
    city: str
    phone: str


def _check_profile(profile: SupplierProfile) -> _CheckedProfile:
    if profile.region not in REGIONS:
        raise errors.UnknownRegion()
    return _CheckedProfile(
        presentations=_checked_presentations(profile.presentations),
        region=profile.region,
        commune=_limited(profile.commune, MAX_PLACE, "commune"),
        city=_limited(profile.city, MAX_PLACE, "city"),
        phone=normalise_phone(profile.phone),
    )


def _check_bank(bank: BankDetails) -> BankDetails:
    rib = normalise_rib(bank.rib)
    bank_name = _limited(bank.bank_name, MAX_BANK_NAME, "bank_name")
    holder = _limited(bank.account_holder, MAX_HOLDER, "account_holder")
    if not bank_name or not holder:
        raise errors.BankDetailsIncomplete()
    return BankDetails(rib=rib, bank_name=bank_name, account_holder=holder)


def _ice_taken(ice: str, supplier: Supplier | None = None) -> bool:
    query = select(Supplier.id).where(Supplier.ice == ice)
    if supplier is not None:
        query = query.where(Supplier.id != supplier.id)
    return db.session.scalar(query.limit(1)) is not None


@dataclass(frozen=True)
class _Registration:
    registration_number: str
    ice: str
    founded: date | None
    members: int
    women_members: int


def _check_registration(application: SupplierApplication, today: date) -> _Registration:
    number = _limited(application.registration_number, MAX_REGISTRATION, "registration_number")
    if not number:
        raise errors.MissingRegistrationNumber()
    raw_ice = application.ice.strip()
    if application.kind == "micro_entrepreneur":
        # One person: the cooperative's questions do not apply; an ICE is optional.
        ice = normalise_ice(raw_ice) if raw_ice else ""
        return _Registration(number, ice, None, 1, 0)
    if not raw_ice:
        raise errors.MissingIce()
    if application.founded is None:
        raise errors.MissingFoundingDate()
    if application.founded > today:
        raise errors.FoundedInFuture()
    members = application.members
    women = application.women_members or 0
    if members is None or not 1 <= members <= MAX_MEMBERS or women < 0:
        raise errors.InvalidMemberCount()
    if women > members:
        raise errors.TooManyWomenMembers()
    return _Registration(number, normalise_ice(raw_ice), application.founded, members, women)


def _ascii_slug(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")[:MAX_SLUG_BASE].strip("-")


def _free_slug(kind: str, presentations: dict[str, Presentation]) -> str:
    """From the French name, else any name in Latin letters, else the kind of seller;
    numbered when taken. Arabic and Tifinagh names give no Latin slug, hence the fallback."""
    base = ""
    for language in ("fr", *LANGUAGES):
        if language in presentations and (base := _ascii_slug(presentations[language].name)):
            break
    base = base or ("cooperative" if kind == "cooperative" else "seller")
    taken = set(
        db.session.scalars(
            select(Supplier.slug).where(
                (Supplier.slug == base) | Supplier.slug.startswith(base + "-")
            )
        )
    )
    slug, number = base, 1
    while slug in taken:
        number += 1
        slug = f"{base}-{number}"
    return slug


def _set_presentations(supplier: Supplier, presentations: dict[str, Presentation]) -> None:
    by_language = {row.language: row for row in supplier.translations}
    for language in LANGUAGES:
        row = by_language.get(language)
        presentation = presentations.get(language)
        if presentation is None:
            if row is not None:
                supplier.translations.remove(row)
            continue
        if row is None:
            row = SupplierTranslation(language=language)
            supplier.translations.append(row)
        row.name, row.description = presentation.name, presentation.description


def apply_as_supplier(
    actor: User, application: SupplierApplication, *, today: date, upload_dir: Path
) -> Supplier:
    """A logged-in person registers a cooperative or a micro-enterprise; they become its
    owner and it waits for a platform admin's approval."""
    ensure(actor, Permission.ACCOUNT)
    if application.kind not in SUPPLIER_KINDS:
        raise errors.UnknownSupplierKind()
    profile = _check_profile(application.profile)
    registration = _check_registration(application, today)
    if registration.ice and _ice_taken(registration.ice):
        raise errors.IceAlreadyRegistered()
    bank = _check_bank(application.bank)
    logo_key = (
        store_image(application.profile.logo, upload_dir).key if application.profile.logo else None
    )
    supplier = Supplier(
        slug=_free_slug(application.kind, profile.presentations),
        kind=application.kind,
        status="pending",
        status_reason="",
        region=profile.region,
        commune=profile.commune,
        city=profile.city,
        phone=profile.phone,
        email=(application.email.strip() or actor.email)[:254],
        logo_key=logo_key,
        registration_number=registration.registration_number,
        ice=registration.ice,
        founded=registration.founded,
        members=registration.members,
        women_members=registration.women_members,
        rib=bank.rib,
        bank_name=bank.bank_name,
        account_holder=bank.account_holder,
    )
    _set_presentations(supplier, profile.presentations)
    supplier.team.append(SupplierMember(user=actor, role="owner"))
    db.session.add(supplier)
    db.session.flush()
    return supplier


def supplier_for_member(actor: User, slug: str, permission: Permission) -> Supplier:
    """The seller named in the URL, if `actor` holds `permission` on it.

    Unknown slugs are 404, another seller's are 403: the URL is the authority."""
    supplier = db.session.scalar(select(Supplier).where(Supplier.slug == slug))
    if supplier is None:
        raise NotFound()
    ensure(actor, permission, supplier)
    return supplier


def update_supplier_profile(
    actor: User,
    supplier: Supplier,
    profile: SupplierProfile,
    *,
    members: int | None = None,
    women_members: int | None = None,
    upload_dir: Path,
) -> Supplier:
    """Presentation, place and phone; a cooperative's member counts when given."""
    ensure(actor, Permission.SUPPLIER_MANAGE, supplier)
    checked = _check_profile(profile)
    counts = (supplier.members, supplier.women_members)
    if supplier.kind == "cooperative" and members is not None:
        women = women_members if women_members is not None else supplier.women_members
        if not 1 <= members <= MAX_MEMBERS or women < 0:
            raise errors.InvalidMemberCount()
        if women > members:
            raise errors.TooManyWomenMembers()
        counts = (members, women)
    # Last of the checks: a refused picture leaves the seller unchanged.
    logo_key = store_image(profile.logo, upload_dir).key if profile.logo else supplier.logo_key
    supplier.members, supplier.women_members = counts
    supplier.logo_key = logo_key
    _set_presentations(supplier, checked.presentations)
    supplier.region = checked.region
    supplier.commune = checked.commune
    supplier.city = checked.city
    supplier.phone = checked.phone
    db.session.flush()
    return supplier


def read_bank_details(actor: User, supplier: Supplier) -> BankDetails:
    """Only owners (and the platform) see where the money goes."""
    ensure(actor, Permission.SUPPLIER_OWN, supplier)
    return BankDetails(
        rib=supplier.rib, bank_name=supplier.bank_name, account_holder=supplier.account_holder
    )


def update_bank_details(actor: User, supplier: Supplier, details: BankDetails) -> Supplier:
    ensure(actor, Permission.SUPPLIER_OWN, supplier)
    bank = _check_bank(details)
    supplier.rib = bank.rib
    supplier.bank_name = bank.bank_name
    supplier.account_holder = bank.account_holder
    db.session.flush()
    return supplier
