"""Test helpers for the seller onboarding, team and evidence tests (not factories.py)."""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal

from PIL import Image
from sqlalchemy import func, select

from groupings import onboarding
from groupings.eligibility import EvidenceDetails
from groupings.models import (
    EligibilityEvidence,
    Supplier,
    SupplierInvitation,
    SupplierMember,
    SupplierTranslation,
)
from shop.extensions import db
from shop.mail.models import Notice, OutboxMessage
from tests.mail_support import written_mails

TODAY = date(2026, 11, 25)
# Bank 011, locality 780, account 0000001234567890: 97 - (0117800000001234567890 x 100
# mod 97) = 47. The whole number 011780000000123456789047 is then a multiple of 97.
VALID_RIB = "011780000000123456789047"
OTHER_VALID_RIB = "230780000123456789012372"
PDF = b"%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"


def png(size=(64, 64), colour=(200, 120, 40)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, "PNG")
    return out.getvalue()


def profile(**overrides) -> onboarding.SupplierProfile:
    values = {
        "presentations": {
            "fr": onboarding.Presentation("Coopérative Tiwizi", "Huile d'argan de femmes."),
            "ar": onboarding.Presentation("تعاونية تويزي", ""),
        },
        "region": "souss-massa",
        "commune": "Tamanar",
        "city": "Tamanar",
        "phone": "06 12 34 56 78",
        "logo": None,
    }
    return onboarding.SupplierProfile(**{**values, **overrides})


def application(kind: str = "cooperative", **overrides) -> onboarding.SupplierApplication:
    profile_overrides = overrides.pop("profile", {})
    values = {
        "kind": kind,
        "profile": profile(**profile_overrides),
        "bank": onboarding.BankDetails(VALID_RIB, "Banque Populaire", "Coopérative Tiwizi"),
        "registration_number": "COOP-2019-0042" if kind == "cooperative" else "AE-778899",
        "ice": "001234567000089" if kind == "cooperative" else "",
        "founded": date(2019, 3, 8) if kind == "cooperative" else None,
        "members": 24 if kind == "cooperative" else None,
        "women_members": 20 if kind == "cooperative" else None,
    }
    return onboarding.SupplierApplication(**{**values, **overrides})


def evidence_details(**overrides) -> EvidenceDetails:
    values = {
        "kind": "microcredit",
        "lender": "Al Amana Microfinance",
        "reference": "AMN-2025-7781",
        "granted_on": date(2025, 6, 2),
        "amount": Decimal("15000.00"),
        "document": PDF,
    }
    return EvidenceDetails(**{**values, **overrides})


def cooperative_form(**overrides) -> dict:
    """What the sign-up page sends for a cooperative (without the CSRF token)."""
    values = {
        "registration_number": "COOP-2019-0042",
        "ice": "001234567000089",
        "founded": "2019-03-08",
        "members": "24",
        "women_members": "20",
        "name_ar": "تعاونية أرگان",
        "description_ar": "زيت أركان من صنع النساء",
        "name_fr": "",
        "description_fr": "",
        "name_zgh": "",
        "description_zgh": "",
        "region": "souss-massa",
        "commune": "Tamanar",
        "city": "Tamanar",
        "phone": "0612345678",
        "rib": "011 780 0000001234567890 47",
        "bank_name": "Banque Populaire",
        "account_holder": "Coopérative Argan",
    }
    return {**values, **overrides}


def count(model) -> int:
    return db.session.scalar(select(func.count()).select_from(model)) or 0


WATCHED = (
    Supplier,
    SupplierTranslation,
    SupplierMember,
    SupplierInvitation,
    EligibilityEvidence,
    OutboxMessage,
    Notice,
)


def snapshot() -> dict:
    """Row counts of every table these pages write, and each seller's and attestation's
    fields: equal before and after means nothing changed."""
    db.session.expire_all()
    state: dict = {model.__tablename__: count(model) for model in WATCHED}
    for supplier in db.session.scalars(select(Supplier)):
        state[f"supplier:{supplier.id}"] = (
            supplier.status,
            supplier.status_reason,
            supplier.rib,
            supplier.bank_name,
            supplier.account_holder,
            supplier.phone,
            supplier.region,
            supplier.commune,
            supplier.members,
            supplier.logo_key,
            tuple(sorted((t.language, t.name, t.description) for t in supplier.translations)),
        )
    for member in db.session.scalars(select(SupplierMember)):
        state[f"member:{member.id}"] = (member.supplier_id, member.user_id, member.role)
    for evidence in db.session.scalars(select(EligibilityEvidence)):
        state[f"evidence:{evidence.id}"] = (
            evidence.status,
            evidence.valid_until,
            evidence.rejection_reason,
            evidence.verified_by_id,
        )
    for invitation in db.session.scalars(select(SupplierInvitation)):
        state[f"invitation:{invitation.id}"] = (invitation.expires_at, invitation.accepted_at)
    return state


def mails_to(email: str) -> list[OutboxMessage]:
    return written_mails(email)
