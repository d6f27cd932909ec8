"""pending -> active -> suspended -> active: only an admin moves a seller, the team is told
in each member's language, and shoppers see the seller's products only while it is active."""

import pytest
from sqlalchemy import select

from catalog import services as catalog
from catalog.errors import ProductNotFound
from groupings import errors, lifecycle, onboarding
from shop.errors import AccessDenied
from shop.mail.models import OutboxMessage
from tests.backoffice.onboarding_support import TODAY, application, mails_to, snapshot
from tests.conftest import csrf_token_from, login
from tests.factories import (
    PASSWORD,
    add_supplier_member,
    create_product,
    create_supplier,
    create_user,
)


@pytest.fixture
def pending(app, db_session):
    owner = create_user(email="owner@example.ma", language="ar")
    supplier = onboarding.apply_as_supplier(
        owner, application(), today=TODAY, upload_dir=app.config["UPLOAD_DIR"]
    )
    staff = create_user(email="staff@example.ma", language="zgh")
    add_supplier_member(supplier, staff, "staff")
    return supplier


@pytest.fixture
def admin(db_session):
    return create_user(email="admin@example.ma", is_admin=True)


def _visible(product) -> bool:
    try:
        catalog.get_visible_product(product.sku)
    except ProductNotFound:
        return False
    return True


@pytest.mark.databases
def test_products_are_visible_only_while_the_seller_is_active(pending, admin):
    product = create_product(supplier=pending, status="published")
    assert not _visible(product)
    lifecycle.approve_supplier(admin, pending)
    assert _visible(product)
    assert pending in catalog.suppliers_by_region()["souss-massa"]
    lifecycle.suspend_supplier(admin, pending, "Attestation expirée.")
    assert not _visible(product)
    assert "souss-massa" not in catalog.suppliers_by_region()
    lifecycle.reactivate_supplier(admin, pending)
    assert _visible(product)
    assert pending.status_reason == ""


def test_product_page_follows_the_lifecycle(client, pending, admin):
    product = create_product(supplier=pending, status="published")
    assert client.get(f"/fr/p/{product.sku}").status_code == 404
    lifecycle.approve_supplier(admin, pending)
    assert client.get(f"/fr/p/{product.sku}").status_code == 200
    lifecycle.suspend_supplier(admin, pending, "Plainte d'un client.")
    assert client.get(f"/fr/p/{product.sku}").status_code == 404
    assert client.get(f"/fr/sellers/{pending.slug}").status_code == 404
    lifecycle.reactivate_supplier(admin, pending)
    assert client.get(f"/fr/p/{product.sku}").status_code == 200


def test_each_member_is_told_in_their_language(pending, admin):
    lifecycle.approve_supplier(admin, pending, link_for=lambda lang: f"https://x/{lang}/")
    lifecycle.suspend_supplier(admin, pending, "Photos trompeuses.")
    owner_mails = mails_to("owner@example.ma")
    staff_mails = mails_to("staff@example.ma")
    assert [m.language for m in owner_mails] == ["ar", "ar"]
    assert [m.language for m in staff_mails] == ["zgh", "zgh"]
    assert "https://x/ar/" in owner_mails[0].body
    assert "Photos trompeuses." in staff_mails[1].body


def test_only_an_admin_moves_a_seller(pending):
    owner = pending.team[0].user
    before = snapshot()
    for move in (lifecycle.approve_supplier, lifecycle.reactivate_supplier):
        with pytest.raises(AccessDenied):
            move(owner, pending)
    with pytest.raises(AccessDenied):
        lifecycle.suspend_supplier(owner, pending, "no")
    assert snapshot() == before


def test_moves_out_of_order_are_refused(pending, admin):
    with pytest.raises(errors.SupplierNotSuspended):
        lifecycle.reactivate_supplier(admin, pending)
    with pytest.raises(errors.SuspensionNeedsReason):
        lifecycle.suspend_supplier(admin, pending, "   ")
    lifecycle.approve_supplier(admin, pending)
    with pytest.raises(errors.SupplierNotPending):
        lifecycle.approve_supplier(admin, pending)
    lifecycle.suspend_supplier(admin, pending, "Contrôle.")
    with pytest.raises(errors.SupplierAlreadySuspended):
        lifecycle.suspend_supplier(admin, pending, "Encore.")


def test_a_pending_application_can_be_turned_down_with_a_reason(pending, admin):
    lifecycle.suspend_supplier(admin, pending, "Numéro d'enregistrement introuvable.")
    assert pending.status == "suspended"
    assert pending.status_reason == "Numéro d'enregistrement introuvable."


def test_admin_lists_sellers_by_status(pending, admin):
    create_supplier(slug="active-one")
    assert lifecycle.list_suppliers_by_status(admin, "pending") == [pending]
    counts = lifecycle.count_suppliers_by_status(admin)
    assert (counts.pending, counts.active, counts.suspended) == (1, 1, 0)


# Pages


def test_admin_approves_then_suspends_then_reactivates_through_the_pages(
    client, pending, admin, db_session
):
    login(client, admin.email, PASSWORD)
    listing = client.get("/fr/admin/suppliers").get_data(as_text=True)
    assert f"/fr/admin/suppliers/{pending.slug}" in listing
    page = client.get(f"/fr/admin/suppliers/{pending.slug}")
    html = page.get_data(as_text=True)
    assert "011 780 0000001234567890 47" in html
    token = csrf_token_from(html)
    url = f"/fr/admin/suppliers/{pending.slug}"

    assert client.post(f"{url}/approve", data={"csrf_token": token}).status_code == 302
    db_session.refresh(pending)
    assert pending.status == "active"

    refused = client.post(f"{url}/suspend", data={"csrf_token": token, "reason": ""})
    assert refused.status_code == 422
    db_session.refresh(pending)
    assert pending.status == "active"

    reason = "Vos photos montrent des produits d'un autre vendeur."
    response = client.post(f"{url}/suspend", data={"csrf_token": token, "reason": reason})
    assert response.status_code == 302
    db_session.refresh(pending)
    assert (pending.status, pending.status_reason) == ("suspended", reason)

    assert client.post(f"{url}/reactivate", data={"csrf_token": token}).status_code == 302
    db_session.refresh(pending)
    assert pending.status == "active"
    assert len(mails_to("owner@example.ma")) == 3


def test_suspended_seller_reads_the_reason_on_its_dashboard(client, pending, admin):
    lifecycle.approve_supplier(admin, pending)
    lifecycle.suspend_supplier(admin, pending, "Merci, envoyez une attestation récente.")
    login(client, "owner@example.ma", PASSWORD, "ar")
    html = client.get(f"/ar/supplier/{pending.slug}/").get_data(as_text=True)
    assert '<html lang="ar" dir="rtl">' in html
    assert "Merci, envoyez une attestation récente." in html


def test_admin_pages_in_arabic(client, pending, admin):
    login(client, admin.email, PASSWORD, "ar")
    for url in ("/ar/admin/suppliers", f"/ar/admin/suppliers/{pending.slug}"):
        response = client.get(url)
        assert response.status_code == 200
        assert '<html lang="ar" dir="rtl">' in response.get_data(as_text=True)


def test_mails_name_the_seller_in_the_member_s_language(pending, admin, db_session):
    lifecycle.approve_supplier(admin, pending)
    subjects = dict(db_session.execute(select(OutboxMessage.language, OutboxMessage.subject)).all())
    assert "تعاونية تويزي" in subjects["ar"]
    assert "Coopérative Tiwizi" in subjects["zgh"]  # no Tamazight name: French, then any
