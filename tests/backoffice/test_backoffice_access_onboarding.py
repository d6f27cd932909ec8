"""Every route of the seller onboarding, team, evidence and admin pages, tried by those who
must be refused: an anonymous visitor (sent to log in), a member of another seller, a staff
member (or a manager) where the action is for managers (or owners), another grouping's
manager. Each is refused and nothing changes. The rightful person is tried too, with the
same request, to prove the request would have worked."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import timedelta

import pytest
from flask import Flask
from sqlalchemy import select

from groupings import eligibility, team
from groupings.models import SupplierInvitation, SupplierMember
from shop.database import utcnow
from tests.backoffice.onboarding_support import (
    OTHER_VALID_RIB,
    PDF,
    TODAY,
    cooperative_form,
    evidence_details,
    snapshot,
)
from tests.conftest import csrf_token_from, login
from tests.factories import (
    PASSWORD,
    add_grouping_manager,
    add_grouping_member,
    add_supplier_member,
    create_grouping,
    create_supplier,
    create_user,
)

MY_MODULES = {
    "shop.backoffice.onboarding",
    "shop.backoffice.team",
    "shop.backoffice.evidence",
    "shop.backoffice.admin_suppliers",
}


@pytest.fixture
def world(app, db_session):
    tiwizi = create_supplier(slug="tiwizi", name="Coopérative Tiwizi", status="pending")
    atlas = create_supplier(slug="atlas", name="Atelier Atlas")
    create_supplier(slug="zagora", name="Zagora", status="suspended")
    users = {
        role: create_user(email=f"{role}@example.ma")
        for role in ("owner", "manager", "staff", "other_owner", "grouping", "other_grouping")
    }
    users["admin"] = create_user(email="admin@example.ma", is_admin=True)
    add_supplier_member(tiwizi, users["owner"], "owner")
    add_supplier_member(tiwizi, users["manager"], "manager")
    staff_member = add_supplier_member(tiwizi, users["staff"], "staff")
    add_supplier_member(atlas, users["other_owner"], "owner")
    grouping = create_grouping(slug="souss")
    add_grouping_member(grouping, tiwizi)
    add_grouping_manager(grouping, users["grouping"])
    add_grouping_manager(create_grouping(slug="oriental"), users["other_grouping"])
    evidence = eligibility.submit_evidence(
        users["owner"], tiwizi, evidence_details(), today=TODAY, upload_dir=app.config["UPLOAD_DIR"]
    )
    invitation = team.invite_member(
        users["owner"],
        tiwizi,
        email="invitee@example.ma",
        role="staff",
        language="fr",
        now=utcnow(),
        link_for=lambda token, lang: token,
    )
    return {
        "users": users,
        "staff_member": staff_member.id,
        "evidence": evidence.id,
        "invitation": invitation.invitation.id,
        "token": invitation.token,
    }


def _evidence_form():
    return {
        "kind": "microcredit",
        "lender": "Al Amana",
        "reference": "X-1",
        "granted_on": "2025-01-02",
        "amount": "1000",
        "document": (io.BytesIO(PDF), "a.pdf"),
    }


@dataclass(frozen=True)
class Route:
    endpoint: str
    method: str
    url: str  # formatted with the world's ids
    rightful: str  # who may do it (the positive control)
    refused: tuple[str, ...]  # besides the anonymous visitor
    data: object = None  # a callable giving the form, as the rightful person would send it


SUPPLIER_URL = "/fr/supplier/tiwizi"
OUTSIDERS = ("other_owner", "other_grouping")
ROUTES = [
    Route("sell_start", "GET", "/fr/sell/", "other_owner", ()),
    Route("sell_apply", "GET", "/fr/sell/cooperative", "other_owner", ()),
    Route("sell_apply", "POST", "/fr/sell/cooperative", "other_owner", (), cooperative_form),
    Route("supplier_switch", "GET", "/fr/sell/switch", "other_owner", ()),
    Route("supplier_switch_to", "POST", "/fr/sell/switch/tiwizi", "staff", OUTSIDERS),
    Route(
        "invitation_accept", "GET", "/fr/invitation/{token}", "invitee", ("other_owner", "staff")
    ),
    Route(
        "invitation_accept", "POST", "/fr/invitation/{token}", "invitee", ("other_owner", "staff")
    ),
    Route("supplier_profile", "GET", f"{SUPPLIER_URL}/profile", "manager", (*OUTSIDERS, "staff")),
    Route(
        "supplier_profile",
        "POST",
        f"{SUPPLIER_URL}/profile",
        "manager",
        (*OUTSIDERS, "staff"),
        lambda: cooperative_form(name_fr="Changé", phone="0528000000"),
    ),
    Route(
        "supplier_bank", "GET", f"{SUPPLIER_URL}/bank", "owner", (*OUTSIDERS, "staff", "manager")
    ),
    Route(
        "supplier_bank",
        "POST",
        f"{SUPPLIER_URL}/bank",
        "owner",
        (*OUTSIDERS, "staff", "manager"),
        lambda: {"rib": OTHER_VALID_RIB, "bank_name": "Autre", "account_holder": "Autre"},
    ),
    Route("team_page", "GET", f"{SUPPLIER_URL}/team", "manager", (*OUTSIDERS, "staff")),
    Route(
        "team_page",
        "POST",
        f"{SUPPLIER_URL}/team",
        "owner",
        (*OUTSIDERS, "staff", "manager"),
        lambda: {"email": "someone@example.ma", "role": "manager"},
    ),
    Route(
        "team_member_role",
        "POST",
        SUPPLIER_URL + "/team/{staff_member}/role",
        "owner",
        (*OUTSIDERS, "staff", "manager"),
        lambda: {"role": "owner"},  # a staff member promoting themselves
    ),
    Route(
        "team_member_remove",
        "POST",
        SUPPLIER_URL + "/team/{staff_member}/remove",
        "owner",
        (*OUTSIDERS, "staff", "manager"),
        dict,
    ),
    Route(
        "team_invitation_cancel",
        "POST",
        SUPPLIER_URL + "/team/invitations/{invitation}/cancel",
        "owner",
        (*OUTSIDERS, "staff", "manager"),
        dict,
    ),
    Route("evidence_list", "GET", f"{SUPPLIER_URL}/evidence", "staff", OUTSIDERS),
    Route(
        "evidence_list",
        "POST",
        f"{SUPPLIER_URL}/evidence",
        "manager",
        (*OUTSIDERS, "staff"),
        _evidence_form,
    ),
    Route(
        "evidence_document",
        "GET",
        SUPPLIER_URL + "/evidence/{evidence}/document",
        "staff",
        OUTSIDERS,
    ),
    Route(
        "evidence_review_list", "GET", "/fr/evidence/review", "grouping", ("other_owner", "staff")
    ),
    Route(
        "evidence_review",
        "GET",
        "/fr/evidence/review/{evidence}",
        "grouping",
        (*OUTSIDERS, "owner"),
    ),
    Route(
        "evidence_review_document",
        "GET",
        "/fr/evidence/review/{evidence}/document",
        "grouping",
        (*OUTSIDERS, "owner"),
    ),
    Route(
        "evidence_verify",
        "POST",
        "/fr/evidence/review/{evidence}/verify",
        "grouping",
        (*OUTSIDERS, "owner", "manager"),
        lambda: {"valid_until": ""},
    ),
    Route(
        "evidence_reject",
        "POST",
        "/fr/evidence/review/{evidence}/reject",
        "grouping",
        (*OUTSIDERS, "owner", "manager"),
        lambda: {"reason": "Illisible."},
    ),
    Route(
        "admin_suppliers", "GET", "/fr/admin/suppliers", "admin", (*OUTSIDERS, "owner", "grouping")
    ),
    Route(
        "admin_supplier",
        "GET",
        "/fr/admin/suppliers/tiwizi",
        "admin",
        (*OUTSIDERS, "owner", "grouping"),
    ),
    Route(
        "admin_supplier_approve",
        "POST",
        "/fr/admin/suppliers/tiwizi/approve",
        "admin",
        (*OUTSIDERS, "owner", "manager", "grouping"),
        dict,
    ),
    Route(
        "admin_supplier_suspend",
        "POST",
        "/fr/admin/suppliers/atlas/suspend",
        "admin",
        (*OUTSIDERS, "owner", "grouping"),
        lambda: {"reason": "Contrôle."},
    ),
    Route(
        "admin_supplier_reactivate",
        "POST",
        "/fr/admin/suppliers/zagora/reactivate",
        "admin",
        (*OUTSIDERS, "owner", "grouping"),
        dict,
    ),
]


def test_every_route_of_these_pages_is_walked(app: Flask):
    mine = {
        (rule.endpoint.removeprefix("backoffice."), method)
        for rule in app.url_map.iter_rules()
        if app.view_functions[rule.endpoint].__module__ in MY_MODULES
        for method in rule.methods - {"HEAD", "OPTIONS"}
    }
    assert mine == {(route.endpoint, route.method) for route in ROUTES}


def _url(route: Route, world) -> str:
    return route.url.format(
        token=world["token"],
        staff_member=world["staff_member"],
        invitation=world["invitation"],
        evidence=world["evidence"],
    )


def _send(client, route: Route, world, token: str):
    url = _url(route, world)
    if route.method == "GET":
        response = client.get(url)
    else:
        data = route.data() if route.data else {}
        response = client.post(
            url, data={**data, "csrf_token": token}, content_type="multipart/form-data"
        )
    response.close()  # downloads hold their file open
    return response


def _token(client) -> str:
    return csrf_token_from(client.get("/fr/account/login").get_data(as_text=True))


def _remembered(client):
    with client.session_transaction() as session:
        return session.get("backoffice.supplier")


CASES = [
    pytest.param(route, actor, id=f"{route.method}-{route.endpoint}-{actor}")
    for route in ROUTES
    for actor in ("anonymous", *route.refused)
]


@pytest.mark.parametrize(("route", "actor"), CASES)
def test_refused_and_nothing_changes(client, world, route, actor):
    if actor != "anonymous":
        login(client, f"{actor}@example.ma", PASSWORD)
    token = _token(client)
    remembered = _remembered(client)
    before = snapshot()
    response = _send(client, route, world, token)
    if actor == "anonymous":
        assert response.status_code == 302
        assert "/account/login" in response.headers["Location"]
    else:
        assert response.status_code in (403, 404), response.status_code
    assert snapshot() == before
    assert _remembered(client) == remembered


@pytest.mark.parametrize("route", ROUTES, ids=lambda r: f"{r.method}-{r.endpoint}")
def test_the_rightful_person_gets_through_with_the_same_request(client, world, route):
    if route.rightful == "invitee":
        create_user(email="invitee@example.ma")
        login(client, "invitee@example.ma", PASSWORD)
    else:
        login(client, f"{route.rightful}@example.ma", PASSWORD)
    before = snapshot()
    response = _send(client, route, world, _token(client))
    if route.method == "GET":
        assert response.status_code == 200
    else:
        assert response.status_code == 302, response.get_data(as_text=True)[:2000]
        if route.endpoint != "supplier_switch_to":
            assert snapshot() != before
        else:
            assert _remembered(client) == "tiwizi"


def test_an_expired_invitation_link_is_not_found_even_for_its_addressee(client, world, db_session):
    invitation = db_session.get(SupplierInvitation, world["invitation"])
    invitation.expires_at = utcnow() - timedelta(seconds=1)
    db_session.flush()
    create_user(email="invitee@example.ma")
    login(client, "invitee@example.ma", PASSWORD)
    before = snapshot()
    token = _token(client)
    assert client.get(f"/fr/invitation/{world['token']}").status_code == 404
    response = client.post(f"/fr/invitation/{world['token']}", data={"csrf_token": token})
    assert response.status_code == 404
    assert snapshot() == before


def test_a_forged_member_id_of_another_seller_changes_nothing(client, world, db_session):
    """The owner of one seller posts another seller's member id on their own URL."""
    other = next(
        m for m in db_session.scalars(select(SupplierMember)) if m.supplier.slug == "atlas"
    )
    login(client, "owner@example.ma", PASSWORD)
    token = _token(client)
    before = snapshot()
    for action, data in (("role", {"role": "staff"}), ("remove", {})):
        response = client.post(
            f"{SUPPLIER_URL}/team/{other.id}/{action}", data={**data, "csrf_token": token}
        )
        assert response.status_code == 404
    assert snapshot() == before
