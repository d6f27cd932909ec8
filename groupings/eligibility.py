"""Eligibility evidence: the microcredit or honour-loan attestation that makes a seller eligible.

The seller sends it with the document; a platform admin, or a manager of a grouping the
seller belongs to, verifies it (until a date: by default 3 years after the loan) or rejects
it with a reason the seller reads. Expiry needs no job: readers compare with today."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path

from flask_babel import lazy_gettext as _l
from sqlalchemy import select

from catalog.documents import store_document
from groupings import errors
from groupings.lifecycle import LinkFor, tell_team
from groupings.models import (
    EVIDENCE_KINDS,
    EligibilityEvidence,
    GroupingManager,
    GroupingMembership,
    Supplier,
)
from groupings.vocabulary import EVIDENCE_KIND_NAMES
from shop.accounts.models import User
from shop.accounts.permissions import Permission, can_verify_evidence, ensure
from shop.errors import AccessDenied, NotFound
from shop.extensions import db

DEFAULT_VALIDITY_YEARS = 3
MAX_LENDER = 200
MAX_REFERENCE = 80
MAX_REASON = 2000
MAX_AMOUNT = Decimal("9999999999.99")  # Numeric(12, 2)
CENTIMES = Decimal("0.01")

# The kind of loan says which kind of institution granted it.
LENDER_KIND_NAMES = {
    "microcredit": _l("Microcredit association"),
    "honour_loan": _l("Regional Initiative platform"),
}
# Offered as suggestions while typing; any other institution may be written.
LENDER_SUGGESTIONS = {
    "microcredit": (
        "Al Amana Microfinance",
        "Attawfiq Micro-Finance",
        "FONDEP Micro-Crédit",
        "Al Karama Micro-Crédit",
        "INMAA",
        "ARDI",
    ),
    "honour_loan": (
        "Initiative Souss-Massa",
        "Initiative Casablanca",
        "Initiative Marrakech",
        "Initiative Fès",
        "Initiative Oriental",
        "Initiative Tanger",
        "Initiative Rabat",
        "Initiative Drâa-Tafilalet",
    ),
}
EVIDENCE_STATE_NAMES = {
    "pending": _l("waiting for verification"),
    "verified": _l("verified"),
    "expired": _l("expired"),
    "rejected": _l("rejected"),
}


@dataclass(frozen=True)
class EvidenceDetails:
    kind: str
    lender: str
    reference: str
    granted_on: date
    amount: Decimal
    document: bytes


def evidence_state(evidence: EligibilityEvidence, today: date) -> str:
    """pending, verified, expired or rejected: what the seller is shown."""
    if evidence.status == "verified" and not evidence.is_valid_on(today):
        return "expired"
    return evidence.status


def _ensure_can_verify(actor: User, supplier: Supplier) -> None:
    if not can_verify_evidence(actor, supplier):
        raise AccessDenied()


def _checked_amount(amount: Decimal | None) -> Decimal:
    try:
        if amount is None or not amount.is_finite() or amount <= 0 or amount > MAX_AMOUNT:
            raise errors.InvalidLoanAmount()
        if amount != amount.quantize(CENTIMES):
            raise errors.InvalidLoanAmount()
    except InvalidOperation:
        raise errors.InvalidLoanAmount() from None
    return amount.quantize(CENTIMES)


def submit_evidence(
    actor: User,
    supplier: Supplier,
    details: EvidenceDetails,
    *,
    today: date,
    upload_dir: Path,
) -> EligibilityEvidence:
    ensure(actor, Permission.SUPPLIER_MANAGE, supplier)
    if details.kind not in EVIDENCE_KINDS:
        raise errors.UnknownEvidenceKind()
    lender, reference = details.lender.strip(), details.reference.strip()
    if not lender or not reference or len(lender) > MAX_LENDER or len(reference) > MAX_REFERENCE:
        raise errors.EvidenceIncomplete()
    if details.granted_on > today:
        raise errors.GrantedInFuture()
    amount = _checked_amount(details.amount)
    # Stored last, once everything else is accepted: a refused attestation leaves no file.
    document_key = store_document(details.document, upload_dir)
    evidence = EligibilityEvidence(
        supplier=supplier,
        kind=details.kind,
        lender=lender,
        reference=reference,
        granted_on=details.granted_on,
        amount=amount,
        document_key=document_key,
        status="pending",
    )
    db.session.add(evidence)
    db.session.flush()
    return evidence


def supplier_evidence(actor: User, supplier: Supplier) -> list[EligibilityEvidence]:
    """Newest first: the one that counts now is at the top."""
    ensure(actor, Permission.SUPPLIER_VIEW, supplier)
    query = (
        select(EligibilityEvidence)
        .where(EligibilityEvidence.supplier_id == supplier.id)
        .order_by(EligibilityEvidence.granted_on.desc(), EligibilityEvidence.id.desc())
    )
    return list(db.session.scalars(query))


def get_supplier_evidence(actor: User, supplier: Supplier, evidence_id: int) -> EligibilityEvidence:
    ensure(actor, Permission.SUPPLIER_VIEW, supplier)
    evidence = db.session.get(EligibilityEvidence, evidence_id)
    if evidence is None or evidence.supplier_id != supplier.id:
        raise NotFound()
    return evidence


def evidence_to_review(actor: User) -> list[EligibilityEvidence]:
    """Pending attestations the actor may decide: all for a platform admin, those of their
    groupings' members for a grouping manager."""
    ensure(actor, Permission.GROUPING_MANAGE)  # an admin, or the manager of some grouping
    query = select(EligibilityEvidence).where(EligibilityEvidence.status == "pending")
    if not actor.is_admin:  # narrowed in SQL; can_verify_evidence below stays the rule
        managed = (
            select(GroupingMembership.supplier_id)
            .join(GroupingManager, GroupingManager.grouping_id == GroupingMembership.grouping_id)
            .where(GroupingManager.user_id == actor.id)
        )
        query = query.where(EligibilityEvidence.supplier_id.in_(managed))
    rows = db.session.scalars(query.order_by(EligibilityEvidence.id))
    return [evidence for evidence in rows if can_verify_evidence(actor, evidence.supplier)]


def get_evidence_for_review(actor: User, evidence_id: int) -> EligibilityEvidence:
    evidence = db.session.get(EligibilityEvidence, evidence_id)
    if evidence is None:
        raise NotFound()
    _ensure_can_verify(actor, evidence.supplier)
    return evidence


def default_valid_until(granted_on: date) -> date:
    try:
        return granted_on.replace(year=granted_on.year + DEFAULT_VALIDITY_YEARS)
    except ValueError:  # granted on 29 February
        return granted_on.replace(year=granted_on.year + DEFAULT_VALIDITY_YEARS, day=28)


def _decide(actor: User, evidence: EligibilityEvidence, now: datetime) -> None:
    _ensure_can_verify(actor, evidence.supplier)
    if evidence.status != "pending":
        raise errors.EvidenceAlreadyDecided()
    evidence.verified_by_id = actor.id
    evidence.verified_at = now


def verify_evidence(
    actor: User,
    evidence: EligibilityEvidence,
    *,
    valid_until: date | None,
    today: date,
    now: datetime,
    link_for: LinkFor = None,
) -> EligibilityEvidence:
    _ensure_can_verify(actor, evidence.supplier)
    valid_until = valid_until or default_valid_until(evidence.granted_on)
    if valid_until < evidence.granted_on:
        raise errors.ValidityBeforeGrant()
    if valid_until < today:
        raise errors.ValidityInPast()
    _decide(actor, evidence, now)
    evidence.status = "verified"
    evidence.valid_until = valid_until
    evidence.rejection_reason = ""
    db.session.flush()
    _tell(evidence, link_for)
    return evidence


def reject_evidence(
    actor: User,
    evidence: EligibilityEvidence,
    reason: str,
    *,
    now: datetime,
    link_for: LinkFor = None,
) -> EligibilityEvidence:
    _ensure_can_verify(actor, evidence.supplier)
    reason = reason.strip()
    if not reason:
        raise errors.EvidenceRejectionNeedsReason()
    _decide(actor, evidence, now)
    evidence.status = "rejected"
    evidence.rejection_reason = reason[:MAX_REASON]
    evidence.valid_until = None
    db.session.flush()
    _tell(evidence, link_for)
    return evidence


def _tell(evidence: EligibilityEvidence, link_for: LinkFor) -> None:
    tell_team(
        evidence.supplier,
        "evidence_decision",
        link_for,
        decision=evidence.status,
        kind_name=EVIDENCE_KIND_NAMES[evidence.kind],
        lender=evidence.lender,
        reference=evidence.reference,
        reason=evidence.rejection_reason,
        valid_until=evidence.valid_until,
    )
