"""Quality labels: suppliers claim them with a certificate; the platform verifies or rejects.

A claim counts anywhere (badges, filters, facets) only while verified and within its dates;
expiry needs no job because every reader compares the dates with today."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from flask_babel import lazy_gettext as _l
from sqlalchemy import func, select

from catalog.documents import store_document
from catalog.images import store_image
from catalog.models import LabelClaim, Product, QualityLabel, QualityLabelTranslation
from groupings.models import Supplier
from shop.accounts.models import User
from shop.accounts.permissions import Permission, ensure
from shop.database import utcnow
from shop.errors import NotFound, ShopError
from shop.extensions import db


class LabelError(ShopError):
    pass


class InvalidValidityDates(LabelError):
    message = _l("The certificate's end date must come after its start date.")


class ExpiredCertificate(LabelError):
    message = _l("This certificate has already expired.")


class ClaimAlreadyDecided(LabelError):
    message = _l("This claim has already been verified or rejected.")


class RejectionNeedsReason(LabelError):
    message = _l("Please give the reason for the rejection: the supplier will read it.")


class ProductOfAnotherSupplier(LabelError):
    message = _l("This product belongs to another supplier.")
    status_code = 403


@dataclass(frozen=True)
class CertificateDetails:
    certificate_number: str
    issuing_body: str
    valid_from: date
    valid_until: date
    document: bytes


def list_labels() -> list[QualityLabel]:
    return list(db.session.scalars(select(QualityLabel).order_by(QualityLabel.code)))


def get_label(code: str) -> QualityLabel:
    label = db.session.scalar(select(QualityLabel).where(QualityLabel.code == code))
    if label is None:
        raise NotFound()
    return label


def claim_label(
    actor: User,
    supplier: Supplier,
    label: QualityLabel,
    details: CertificateDetails,
    *,
    product: Product | None,
    today: date,
    upload_dir: Path,
) -> LabelClaim:
    """A supplier asks to show `label` on one of its products, or on itself (`product` None)."""
    ensure(actor, Permission.SUPPLIER_MANAGE, supplier)
    if product is not None and product.supplier_id != supplier.id:
        raise ProductOfAnotherSupplier()
    if details.valid_until < details.valid_from:
        raise InvalidValidityDates()
    if details.valid_until < today:
        raise ExpiredCertificate()
    # Stored last, once everything else is accepted: a refused claim leaves no file behind.
    document_key = store_document(details.document, upload_dir)
    claim = LabelClaim(
        label=label,
        supplier=supplier,
        product=product,
        certificate_number=details.certificate_number.strip(),
        issuing_body=details.issuing_body.strip(),
        valid_from=details.valid_from,
        valid_until=details.valid_until,
        document_key=document_key,
        status="pending",
    )
    db.session.add(claim)
    db.session.flush()
    return claim


def pending_claims(actor: User) -> list[LabelClaim]:
    ensure(actor, Permission.ADMIN)
    query = select(LabelClaim).where(LabelClaim.status == "pending").order_by(LabelClaim.id)
    return list(db.session.scalars(query))


def get_claim(actor: User, claim_id: int) -> LabelClaim:
    ensure(actor, Permission.ADMIN)
    claim = db.session.get(LabelClaim, claim_id)
    if claim is None:
        raise NotFound()
    return claim


def _decide(actor: User, claim: LabelClaim, status: str, reason: str = "") -> LabelClaim:
    ensure(actor, Permission.ADMIN)
    if claim.status != "pending":
        raise ClaimAlreadyDecided()
    claim.status = status
    claim.rejection_reason = reason
    claim.verified_by_id = actor.id
    claim.verified_at = utcnow()
    db.session.flush()
    return claim


def verify_claim(actor: User, claim: LabelClaim) -> LabelClaim:
    return _decide(actor, claim, "verified")


def reject_claim(actor: User, claim: LabelClaim, reason: str) -> LabelClaim:
    if not reason.strip():
        raise RejectionNeedsReason()
    return _decide(actor, claim, "rejected", reason.strip())


def supplier_claims(actor: User, supplier: Supplier) -> list[LabelClaim]:
    ensure(actor, Permission.SUPPLIER_VIEW, supplier)
    query = select(LabelClaim).where(LabelClaim.supplier_id == supplier.id).order_by(LabelClaim.id)
    return list(db.session.scalars(query))


class LabelCodeTaken(LabelError):
    message = _l("A label with the code %(code)s already exists.")


@dataclass(frozen=True)
class LabelDetails:
    code: str
    kind: str
    issuing_body: str
    names: dict[str, str]
    descriptions: dict[str, str]
    logo: bytes | None = None


def save_label(
    actor: User, details: LabelDetails, *, upload_dir: Path, label: QualityLabel | None = None
) -> QualityLabel:
    """Adds a label to the registry, or updates `label`. Names per language; empty ones are
    left out so the fallback chain (French, then any) applies."""
    ensure(actor, Permission.ADMIN)
    code = details.code.strip().lower()
    taken = db.session.scalar(select(QualityLabel).where(QualityLabel.code == code))
    if taken is not None and taken is not label:
        raise LabelCodeTaken(code=code)
    if label is None:
        label = QualityLabel(code=code)
        db.session.add(label)
    label.code = code
    label.kind = details.kind
    label.issuing_body = details.issuing_body.strip()
    if details.logo:
        label.logo_key = store_image(details.logo, upload_dir).key
    by_language = {row.language: row for row in label.translations}
    for language, name in details.names.items():
        name, description = name.strip(), details.descriptions.get(language, "").strip()
        row = by_language.get(language)
        if not name:
            if row is not None:
                label.translations.remove(row)
            continue
        if row is None:
            row = QualityLabelTranslation(language=language)
            label.translations.append(row)
        row.name, row.description = name, description
    db.session.flush()
    return label


def label_usage(actor: User) -> dict[int, int]:
    """How many claims each label has, whatever their status."""
    ensure(actor, Permission.ADMIN)
    rows = db.session.execute(
        select(LabelClaim.label_id, func.count()).group_by(LabelClaim.label_id)
    )
    return dict(rows.all())
