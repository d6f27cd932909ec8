"""Attestations and certificates are private: no public URL, and no self-verification."""

from datetime import UTC, date, datetime

import pytest

from catalog.documents import stored_document
from groupings import eligibility
from shop.errors import AccessDenied
from tests.backoffice.onboarding_support import evidence_details, png
from tests.factories import (
    add_grouping_manager,
    add_grouping_member,
    add_supplier_member,
    create_grouping,
    create_supplier,
    create_user,
)

TODAY = date(2026, 11, 25)


@pytest.fixture
def owner_and_supplier(db_session):
    supplier = create_supplier()
    owner = create_user()
    add_supplier_member(supplier, owner, "owner")
    return owner, supplier


def test_a_photographed_attestation_is_not_served_by_the_public_image_route(
    app, client, owner_and_supplier
):
    owner, supplier = owner_and_supplier
    evidence = eligibility.submit_evidence(
        owner,
        supplier,
        evidence_details(document=png((900, 600))),
        today=TODAY,
        upload_dir=app.config["UPLOAD_DIR"],
    )
    key = evidence.document_key
    assert key.startswith("img-")
    assert stored_document(app.config["UPLOAD_DIR"], key) is not None
    for size in ("thumb", "medium", "large"):
        assert client.get(f"/media/images/{key[4:]}-{size}.webp").status_code == 404


def test_nobody_verifies_the_attestation_of_a_supplier_they_work_for(app, owner_and_supplier):
    owner, supplier = owner_and_supplier
    grouping = create_grouping()
    add_grouping_member(grouping, supplier)
    add_grouping_manager(grouping, owner)  # the owner also manages the grouping
    admin_member = create_user(is_admin=True)
    add_supplier_member(supplier, admin_member, "staff")
    evidence = eligibility.submit_evidence(
        owner, supplier, evidence_details(), today=TODAY, upload_dir=app.config["UPLOAD_DIR"]
    )
    now = datetime(2026, 11, 25, 10, tzinfo=UTC)
    for actor in (owner, admin_member):
        with pytest.raises(AccessDenied):
            eligibility.verify_evidence(actor, evidence, valid_until=None, today=TODAY, now=now)
    independent = create_user()
    add_grouping_manager(grouping, independent)
    eligibility.verify_evidence(independent, evidence, valid_until=None, today=TODAY, now=now)
    assert evidence.status == "verified"


def test_another_grouping_manager_cannot_verify(app, owner_and_supplier):
    owner, supplier = owner_and_supplier
    add_grouping_member(create_grouping(), supplier)
    outsider = create_user()
    add_grouping_manager(create_grouping(), outsider)
    evidence = eligibility.submit_evidence(
        owner, supplier, evidence_details(), today=TODAY, upload_dir=app.config["UPLOAD_DIR"]
    )
    with pytest.raises(AccessDenied):
        eligibility.verify_evidence(
            outsider,
            evidence,
            valid_until=None,
            today=TODAY,
            now=datetime(2026, 11, 25, tzinfo=UTC),
        )
