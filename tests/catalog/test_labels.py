"""Quality labels: claimed with a certificate, shown only once verified and while valid."""

import io
from datetime import date, timedelta

import pytest
from PIL import Image
from sqlalchemy import select

from catalog import labels
from catalog.documents import InvalidDocument
from catalog.models import LabelClaim
from catalog.services import shown_labels
from shop.errors import AccessDenied
from tests.conftest import csrf_token_from, login
from tests.factories import (
    PASSWORD,
    add_supplier_member,
    create_label,
    create_label_claim,
    create_product,
    create_supplier,
    create_user,
)

TODAY = date(2026, 11, 25)
PDF = b"%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"


def _details(**overrides) -> labels.CertificateDetails:
    values = {
        "certificate_number": "BIO-2026-0042",
        "issuing_body": "Ecocert Maroc",
        "valid_from": TODAY - timedelta(days=30),
        "valid_until": TODAY + timedelta(days=335),
        "document": PDF,
    }
    return labels.CertificateDetails(**{**values, **overrides})


@pytest.fixture
def owner_and_product(db_session):
    owner = create_user(email="owner@example.ma")
    product = create_product()
    add_supplier_member(product.supplier, owner, "owner")
    return owner, product


def test_claim_is_pending_until_an_admin_verifies_it(app, owner_and_product):
    owner, product = owner_and_product
    admin = create_user(is_admin=True)
    label = create_label(code="bio-maroc")
    claim = labels.claim_label(
        owner,
        product.supplier,
        label,
        _details(),
        product=product,
        today=TODAY,
        upload_dir=app.config["UPLOAD_DIR"],
    )
    assert claim.status == "pending"
    assert shown_labels(product, TODAY) == []
    labels.verify_claim(admin, claim)
    assert shown_labels(product, TODAY) == [claim]
    assert claim.verified_by_id == admin.id


@pytest.mark.databases
def test_verified_label_disappears_on_its_expiry_date_without_any_job(db_session):
    product = create_product()
    label = create_label()
    claim = create_label_claim(
        label, product, valid_from=TODAY - timedelta(days=10), valid_until=TODAY
    )
    assert shown_labels(product, TODAY) == [claim]
    assert shown_labels(product, TODAY + timedelta(days=1)) == []
    assert shown_labels(product, TODAY - timedelta(days=11)) == []


def test_supplier_wide_claim_shows_on_every_product_of_that_supplier_only(db_session):
    product = create_product()
    sibling = create_product(supplier=product.supplier)
    stranger = create_product()
    claim = LabelClaim(
        label=create_label(),
        supplier=product.supplier,
        product=None,
        status="verified",
        valid_from=date(2026, 1, 1),
        valid_until=date(2099, 1, 1),
    )
    db_session.add(claim)
    assert shown_labels(sibling, date.today()) == [claim]  # noqa: DTZ011
    assert shown_labels(stranger, date.today()) == []  # noqa: DTZ011


def test_rejection_needs_a_reason_and_is_kept(app, owner_and_product):
    owner, product = owner_and_product
    admin = create_user(is_admin=True)
    claim = labels.claim_label(
        owner,
        product.supplier,
        create_label(),
        _details(),
        product=product,
        today=TODAY,
        upload_dir=app.config["UPLOAD_DIR"],
    )
    with pytest.raises(labels.RejectionNeedsReason):
        labels.reject_claim(admin, claim, "   ")
    labels.reject_claim(admin, claim, "Le certificat est illisible.")
    assert claim.status == "rejected"
    assert claim.rejection_reason == "Le certificat est illisible."
    with pytest.raises(labels.ClaimAlreadyDecided):
        labels.verify_claim(admin, claim)


@pytest.mark.parametrize(
    ("overrides", "error"),
    [
        ({"valid_until": TODAY - timedelta(days=400)}, labels.InvalidValidityDates),
        (
            {"valid_from": TODAY - timedelta(days=400), "valid_until": TODAY - timedelta(days=1)},
            labels.ExpiredCertificate,
        ),
        ({"document": b"<html><script>alert(1)</script></html>"}, InvalidDocument),
        ({"document": b"%PDF-1.4 but no end marker"}, InvalidDocument),
    ],
)
def test_bad_claims_are_refused_and_nothing_is_stored(app, owner_and_product, overrides, error):
    owner, product = owner_and_product
    upload_dir = app.config["UPLOAD_DIR"] / "refused"
    with pytest.raises(error):
        labels.claim_label(
            owner,
            product.supplier,
            create_label(),
            _details(**overrides),
            product=product,
            today=TODAY,
            upload_dir=upload_dir,
        )
    assert not upload_dir.exists() or not any(upload_dir.rglob("*.*"))


def test_a_supplier_cannot_claim_for_another_suppliers_product(app, owner_and_product):
    owner, product = owner_and_product
    foreign = create_product()
    with pytest.raises(labels.ProductOfAnotherSupplier):
        labels.claim_label(
            owner,
            product.supplier,
            create_label(),
            _details(),
            product=foreign,
            today=TODAY,
            upload_dir=app.config["UPLOAD_DIR"],
        )
    with pytest.raises(AccessDenied):
        labels.claim_label(
            owner,
            foreign.supplier,
            create_label(),
            _details(),
            product=foreign,
            today=TODAY,
            upload_dir=app.config["UPLOAD_DIR"],
        )


def test_only_admins_verify(owner_and_product):
    owner, product = owner_and_product
    claim = create_label_claim(create_label(), product, status="pending")
    with pytest.raises(AccessDenied):
        labels.verify_claim(owner, claim)


def _photo() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (600, 800), (250, 250, 240)).save(out, "JPEG")
    return out.getvalue()


def test_claim_then_verify_through_the_pages(app, client, db_session, owner_and_product):
    owner, product = owner_and_product
    create_label(code="fair-trade", name="Commerce équitable")
    create_user(email="admin@example.ma", is_admin=True)
    login(client, owner.email, PASSWORD)
    page = client.get(f"/fr/supplier/{product.supplier.slug}/labels").get_data(as_text=True)
    response = client.post(
        f"/fr/supplier/{product.supplier.slug}/labels",
        data={
            "csrf_token": csrf_token_from(page),
            "label": "fair-trade",
            "product": product.sku,
            "certificate_number": "WFTO-77",
            "issuing_body": "WFTO",
            "valid_from": "2026-01-01",
            "valid_until": "2030-12-31",
            "certificate": (io.BytesIO(_photo()), "certificat.jpg"),
        },
        content_type="multipart/form-data",
    )
    assert response.status_code == 302
    claim = db_session.scalar(select(LabelClaim).where(LabelClaim.certificate_number == "WFTO-77"))
    assert claim.status == "pending" and claim.document_key.startswith("img-")
    assert "Commerce équitable" not in client.get(f"/fr/p/{product.sku}").get_data(as_text=True)

    admin = app.test_client()
    login(admin, "admin@example.ma", PASSWORD)
    queue = admin.get("/fr/admin/labels").get_data(as_text=True)
    assert "WFTO-77" in queue
    certificate = admin.get(f"/fr/admin/labels/{claim.id}/certificate")
    assert certificate.mimetype == "image/webp"
    certificate.close()
    admin.post(f"/fr/admin/labels/{claim.id}/verify", data={"csrf_token": csrf_token_from(queue)})
    assert "WFTO-77" in client.get(f"/fr/p/{product.sku}").get_data(as_text=True)


def test_another_supplier_cannot_read_a_certificate(app, client, db_session, owner_and_product):
    _owner, product = owner_and_product
    claim = create_label_claim(create_label(), product, document_key="0" * 40)
    other = create_user(email="other@example.ma")
    add_supplier_member(create_supplier(slug="other-coop"), other, "owner")
    login(client, other.email, PASSWORD)
    slug = product.supplier.slug
    assert client.get(f"/fr/supplier/{slug}/labels/{claim.id}/certificate").status_code == 403
    assert client.get(f"/fr/supplier/other-coop/labels/{claim.id}/certificate").status_code == 404
    assert client.get(f"/fr/admin/labels/{claim.id}/certificate").status_code == 403


def test_staff_see_certificates_but_not_the_claim_form(client, db_session):
    product = create_product()
    staff = create_user(email="staff@example.ma")
    add_supplier_member(product.supplier, staff, "staff")
    login(client, staff.email, PASSWORD)
    html = client.get(f"/fr/supplier/{product.supplier.slug}/labels").get_data(as_text=True)
    assert 'name="certificate"' not in html
    page_token = csrf_token_from(client.get("/fr/account/").get_data(as_text=True))
    response = client.post(
        f"/fr/supplier/{product.supplier.slug}/labels",
        data={"csrf_token": page_token, "label": "x", "product": "*"},
    )
    assert response.status_code == 200  # the form is refused, nothing is claimed
    assert (
        db_session.scalar(select(LabelClaim).where(LabelClaim.supplier_id == product.supplier_id))
        is None
    )
