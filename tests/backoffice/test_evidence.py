"""Eligibility evidence: sent by the seller with its document, verified (until a date) or
rejected with a reason by a platform admin or a manager of one of the seller's groupings;
the seller sees each attestation's status and why."""

import io
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from groupings import eligibility, errors
from groupings.models import EligibilityEvidence
from groupings.services import is_eligible
from shop.accounts.permissions import can_verify_evidence
from shop.database import utcnow
from shop.errors import AccessDenied, NotFound
from tests.backoffice.onboarding_support import (
    PDF,
    TODAY,
    evidence_details,
    mails_to,
    png,
    snapshot,
)
from tests.conftest import csrf_token_from, login
from tests.factories import (
    PASSWORD,
    add_grouping_manager,
    add_grouping_member,
    add_supplier_member,
    create_evidence,
    create_grouping,
    create_supplier,
    create_user,
)


@pytest.fixture
def world(db_session):
    supplier = create_supplier(slug="tiwizi", name="Coopérative Tiwizi")
    owner = create_user(email="owner@example.ma", language="ar")
    staff = create_user(email="staff@example.ma")
    add_supplier_member(supplier, owner, "owner")
    add_supplier_member(supplier, staff, "staff")
    grouping, other_grouping = create_grouping(slug="souss"), create_grouping(slug="oriental")
    add_grouping_member(grouping, supplier)
    manager, other_manager = create_user(email="gm@example.ma"), create_user(email="om@x.ma")
    add_grouping_manager(grouping, manager)
    add_grouping_manager(other_grouping, other_manager)
    return {
        "supplier": supplier,
        "owner": owner,
        "staff": staff,
        "manager": manager,
        "other_manager": other_manager,
        "admin": create_user(email="admin@example.ma", is_admin=True),
    }


def _submit(app, world, **overrides):
    return eligibility.submit_evidence(
        world["owner"],
        world["supplier"],
        evidence_details(**overrides),
        today=TODAY,
        upload_dir=app.config["UPLOAD_DIR"],
    )


def test_who_may_verify_a_seller_s_evidence(world):
    supplier = world["supplier"]
    assert can_verify_evidence(world["admin"], supplier)
    assert can_verify_evidence(world["manager"], supplier)
    assert not can_verify_evidence(world["other_manager"], supplier)
    assert not can_verify_evidence(world["owner"], supplier)
    assert not can_verify_evidence(None, supplier)


@pytest.mark.databases
def test_verified_evidence_is_valid_three_years_after_the_loan_by_default(app, world):
    evidence = _submit(app, world)
    assert (evidence.status, evidence.amount) == ("pending", Decimal("15000.00"))
    assert evidence.document_key
    assert not is_eligible(world["supplier"], TODAY)
    eligibility.verify_evidence(
        world["manager"], evidence, valid_until=None, today=TODAY, now=utcnow()
    )
    assert evidence.status == "verified"
    assert evidence.valid_until == date(2028, 6, 2)
    assert evidence.verified_by_id == world["manager"].id
    assert is_eligible(world["supplier"], TODAY)
    assert not is_eligible(world["supplier"], date(2028, 6, 3))
    assert eligibility.evidence_state(evidence, date(2028, 6, 3)) == "expired"


def test_reviewer_may_give_another_end_date(app, world):
    evidence = _submit(app, world)
    eligibility.verify_evidence(
        world["admin"], evidence, valid_until=date(2027, 1, 31), today=TODAY, now=utcnow()
    )
    assert evidence.valid_until == date(2027, 1, 31)
    # The end date reads in each reader's conventions, not as an ISO string.
    assert "31 janvier 2027" in mails_to("staff@example.ma")[0].body
    assert "2027-01-31" not in mails_to("owner@example.ma")[0].body


def test_end_dates_before_the_loan_or_today_are_refused(app, world):
    evidence = _submit(app, world, granted_on=date(2022, 1, 10))
    before = snapshot()
    with pytest.raises(errors.ValidityBeforeGrant):
        eligibility.verify_evidence(
            world["admin"], evidence, valid_until=date(2021, 1, 1), today=TODAY, now=utcnow()
        )
    with pytest.raises(errors.ValidityInPast):  # default: 2025-01-10, already past
        eligibility.verify_evidence(
            world["admin"], evidence, valid_until=None, today=TODAY, now=utcnow()
        )
    assert snapshot() == before


def test_loan_granted_on_29_february_is_valid_until_28_february():
    assert eligibility.default_valid_until(date(2024, 2, 29)) == date(2027, 2, 28)


def test_rejection_needs_a_reason_and_the_team_is_told(app, world):
    evidence = _submit(app, world)
    with pytest.raises(errors.EvidenceRejectionNeedsReason):
        eligibility.reject_evidence(world["admin"], evidence, "  ", now=utcnow())
    eligibility.reject_evidence(
        world["manager"],
        evidence,
        "Le document est illisible.",
        now=utcnow(),
        link_for=lambda lang: f"https://x/{lang}/evidence",
    )
    assert (evidence.status, evidence.rejection_reason) == (
        "rejected",
        "Le document est illisible.",
    )
    [owner_mail] = mails_to("owner@example.ma")
    assert owner_mail.language == "ar"
    assert "Le document est illisible." in owner_mail.body
    assert "https://x/ar/evidence" in owner_mail.body
    assert mails_to("staff@example.ma")[0].language == "fr"
    with pytest.raises(errors.EvidenceAlreadyDecided):
        eligibility.verify_evidence(
            world["admin"], evidence, valid_until=None, today=TODAY, now=utcnow()
        )


def test_a_manager_of_another_grouping_or_the_seller_cannot_decide(app, world):
    evidence = _submit(app, world)
    before = snapshot()
    for intruder in (world["other_manager"], world["owner"], world["staff"]):
        with pytest.raises(AccessDenied):
            eligibility.verify_evidence(
                intruder, evidence, valid_until=None, today=TODAY, now=utcnow()
            )
        with pytest.raises(AccessDenied):
            eligibility.reject_evidence(intruder, evidence, "Non.", now=utcnow())
        with pytest.raises(AccessDenied):
            eligibility.get_evidence_for_review(intruder, evidence.id)
    assert snapshot() == before


def test_review_lists_what_each_reviewer_may_decide(app, world):
    evidence = _submit(app, world)
    outsider = create_supplier(slug="outsider")
    create_evidence(outsider)
    assert eligibility.evidence_to_review(world["manager"]) == [evidence]
    assert eligibility.evidence_to_review(world["other_manager"]) == []
    assert len(eligibility.evidence_to_review(world["admin"])) == 2
    with pytest.raises(AccessDenied):
        eligibility.evidence_to_review(world["owner"])


@pytest.mark.parametrize(
    ("overrides", "error"),
    [
        ({"granted_on": TODAY + timedelta(days=1)}, errors.GrantedInFuture),
        ({"amount": Decimal(0)}, errors.InvalidLoanAmount),
        ({"amount": Decimal("-5")}, errors.InvalidLoanAmount),
        ({"amount": Decimal("10.555")}, errors.InvalidLoanAmount),
        ({"amount": Decimal("NaN")}, errors.InvalidLoanAmount),
        ({"amount": Decimal("1e12")}, errors.InvalidLoanAmount),
        ({"lender": " "}, errors.EvidenceIncomplete),
        ({"reference": "x" * 81}, errors.EvidenceIncomplete),
        ({"kind": "gift"}, errors.UnknownEvidenceKind),
        ({"document": b"<html>not a pdf</html>"}, Exception),
    ],
)
def test_refused_attestations_write_nothing(app, world, overrides, error):
    before = snapshot()
    with pytest.raises(error):
        _submit(app, world, **overrides)
    assert snapshot() == before


def test_staff_may_read_but_not_send(app, world):
    with pytest.raises(AccessDenied):
        eligibility.submit_evidence(
            world["staff"],
            world["supplier"],
            evidence_details(),
            today=TODAY,
            upload_dir=app.config["UPLOAD_DIR"],
        )
    assert eligibility.supplier_evidence(world["staff"], world["supplier"]) == []


def test_evidence_of_another_seller_is_not_found(app, world):
    other = create_supplier(slug="other")
    foreign = create_evidence(other)
    with pytest.raises(NotFound):
        eligibility.get_supplier_evidence(world["owner"], world["supplier"], foreign.id)


# Pages


def _form(**overrides):
    values = {
        "kind": "honour_loan",
        "lender": "Initiative Souss-Massa",
        "reference": "ISM-2025-118",
        "granted_on": "2025-09-15",
        "amount": "50 000,00",
    }
    return {**values, **overrides}


def _post(client, url, data, document=PDF, name="attestation.pdf"):
    token = csrf_token_from(client.get(url).get_data(as_text=True))
    return client.post(
        url,
        data={**data, "csrf_token": token, "document": (io.BytesIO(document), name)},
        content_type="multipart/form-data",
    )


def test_seller_sends_an_attestation_through_the_page_in_arabic(client, world, db_session):
    login(client, "owner@example.ma", PASSWORD, "ar")
    page = client.get("/ar/supplier/tiwizi/evidence")
    assert '<html lang="ar" dir="rtl">' in page.get_data(as_text=True)
    response = _post(client, "/ar/supplier/tiwizi/evidence", _form(), png(), "photo.png")
    assert response.status_code == 302
    evidence = db_session.scalars(select(EligibilityEvidence)).one()
    assert (evidence.kind, evidence.amount) == ("honour_loan", Decimal("50000.00"))
    assert evidence.document_key.startswith("img-")
    document = client.get(f"/ar/supplier/tiwizi/evidence/{evidence.id}/document")
    assert document.status_code == 200
    assert document.headers["Cache-Control"] == "private, no-store"
    document.close()


def test_bad_amount_is_explained_and_nothing_is_written(client, world):
    login(client, "owner@example.ma", PASSWORD)
    before = snapshot()
    response = _post(client, "/fr/supplier/tiwizi/evidence", _form(amount="beaucoup"))
    assert response.status_code == 422
    assert "par exemple 30000" in response.get_data(as_text=True)
    response = _post(client, "/fr/supplier/tiwizi/evidence", _form(), b"not a document")
    assert response.status_code == 422
    assert snapshot() == before


def test_dashboard_shows_each_status_and_why(client, world):
    supplier = world["supplier"]
    create_evidence(
        supplier,
        status="rejected",
        rejection_reason="La date ne correspond pas.",
        reference="REJ-1",
    )
    create_evidence(
        supplier,
        status="verified",
        valid_until=date(2020, 1, 1),
        reference="OLD-1",
        granted_on=date(2017, 1, 1),
    )
    create_evidence(supplier, status="pending", reference="NEW-1")
    login(client, "staff@example.ma", PASSWORD)
    html = client.get("/fr/supplier/tiwizi/").get_data(as_text=True)
    assert "La date ne correspond pas." in html
    assert "bo-state-expired" in html and "bo-state-rejected" in html
    assert "bo-state-pending" in html
    assert "/fr/supplier/tiwizi/evidence" in html


def test_manager_verifies_and_rejects_through_the_review_pages(client, app, world, db_session):
    first = _submit(app, world)
    second = _submit(app, world, reference="AMN-2")
    login(client, "gm@example.ma", PASSWORD)
    listing = client.get("/fr/evidence/review").get_data(as_text=True)
    assert f"/fr/evidence/review/{first.id}" in listing
    page = client.get(f"/fr/evidence/review/{first.id}")
    html = page.get_data(as_text=True)
    assert page.status_code == 200
    document = client.get(f"/fr/evidence/review/{first.id}/document")
    assert document.status_code == 200
    assert document.mimetype == "application/pdf"
    document.close()
    token = csrf_token_from(html)
    response = client.post(
        f"/fr/evidence/review/{first.id}/verify", data={"csrf_token": token, "valid_until": ""}
    )
    assert response.status_code == 302
    refused = client.post(
        f"/fr/evidence/review/{second.id}/reject", data={"csrf_token": token, "reason": ""}
    )
    assert refused.status_code == 422
    client.post(
        f"/fr/evidence/review/{second.id}/reject",
        data={"csrf_token": token, "reason": "Référence inconnue chez le prêteur."},
    )
    db_session.expire_all()
    assert (first.status, first.valid_until) == ("verified", date(2028, 6, 2))
    assert (second.status, second.rejection_reason) == (
        "rejected",
        "Référence inconnue chez le prêteur.",
    )


def test_review_pages_in_arabic(client, app, world):
    evidence = _submit(app, world)
    login(client, "admin@example.ma", PASSWORD, "ar")
    for url in ("/ar/evidence/review", f"/ar/evidence/review/{evidence.id}"):
        html = client.get(url).get_data(as_text=True)
        assert '<html lang="ar" dir="rtl">' in html


def test_another_seller_s_document_cannot_be_downloaded(client, app, world):
    evidence = _submit(app, world)
    rival = create_supplier(slug="rival")
    rival_owner = create_user(email="rival@example.ma")
    add_supplier_member(rival, rival_owner, "owner")
    login(client, rival_owner.email, PASSWORD)
    # By the other seller's URL, by its own URL with a foreign id, and by the review route.
    assert client.get(f"/fr/supplier/tiwizi/evidence/{evidence.id}/document").status_code == 403
    assert client.get(f"/fr/supplier/rival/evidence/{evidence.id}/document").status_code == 404
    assert client.get(f"/fr/evidence/review/{evidence.id}/document").status_code == 403
