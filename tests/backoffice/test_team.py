"""Team: the owner invites by an e-mail link (random token, only its hash stored, 7 days,
single use, for that address only), changes roles, removes members but never the last
owner; a person working for several sellers switches between them."""

import hashlib
import re
from datetime import timedelta

import pytest
from sqlalchemy import select

from groupings import errors, team
from groupings.models import SupplierInvitation, SupplierMember
from shop.database import utcnow
from shop.errors import AccessDenied
from tests.backoffice.onboarding_support import mails_to, snapshot
from tests.conftest import csrf_token_from, login
from tests.factories import PASSWORD, add_supplier_member, create_supplier, create_user


def _link(token: str, language: str) -> str:
    return f"https://souk.example/{language}/invitation/{token}"


@pytest.fixture
def shop(db_session):
    supplier = create_supplier(slug="tiwizi", name="Coopérative Tiwizi")
    owner = create_user(email="owner@example.ma", full_name="Fatima")
    add_supplier_member(supplier, owner, "owner")
    return supplier, owner


def _invite(supplier, owner, email="new@example.ma", role="staff", now=None):
    return team.invite_member(
        owner,
        supplier,
        email=email,
        role=role,
        language="ar",
        now=now or utcnow(),
        link_for=_link,
    )


@pytest.mark.databases
def test_invitation_stores_only_the_token_hash_and_mails_the_link(shop):
    supplier, owner = shop
    sent = _invite(supplier, owner, email="  New@Example.MA ")
    invitation = sent.invitation
    assert invitation.email == "new@example.ma"
    assert invitation.token_hash == hashlib.sha256(sent.token.encode()).hexdigest()
    assert sent.token not in invitation.token_hash
    assert invitation.expires_at - invitation.created_at == timedelta(days=7)
    [mail] = mails_to("new@example.ma")
    assert mail.language == "ar"
    assert _link(sent.token, "ar") in mail.body


def test_the_invited_person_joins_with_the_invited_role_once(shop):
    supplier, owner = shop
    sent = _invite(supplier, owner, role="manager")
    invited = create_user(email="new@example.ma")
    member = team.accept_invitation(invited, sent.token, now=utcnow())
    assert (member.supplier, member.role) == (supplier, "manager")
    assert sent.invitation.accepted_by_id == invited.id
    with pytest.raises(errors.InvitationInvalid):
        team.accept_invitation(invited, sent.token, now=utcnow())


def test_the_accepted_email_must_match(shop):
    supplier, owner = shop
    sent = _invite(supplier, owner)
    someone_else = create_user(email="other@example.ma")
    before = snapshot()
    with pytest.raises(errors.InvitationForAnotherEmail):
        team.accept_invitation(someone_else, sent.token, now=utcnow())
    assert snapshot() == before


def test_an_invitation_expires_after_seven_days(shop):
    supplier, owner = shop
    sent_at = utcnow()
    sent = _invite(supplier, owner, now=sent_at)
    invited = create_user(email="new@example.ma")
    with pytest.raises(errors.InvitationInvalid):
        team.accept_invitation(invited, sent.token, now=sent_at + timedelta(days=7, seconds=1))
    team.accept_invitation(invited, sent.token, now=sent_at + timedelta(days=6, hours=23))


def test_unknown_tokens_and_cancelled_invitations_do_not_work(shop):
    supplier, owner = shop
    invited = create_user(email="new@example.ma")
    with pytest.raises(errors.InvitationInvalid):
        team.accept_invitation(invited, "made-up-token", now=utcnow())
    sent = _invite(supplier, owner)
    team.revoke_invitation(owner, supplier, sent.invitation.id, now=utcnow())
    with pytest.raises(errors.InvitationInvalid):
        team.accept_invitation(invited, sent.token, now=utcnow())


def test_a_new_invitation_replaces_the_open_one(shop):
    supplier, owner = shop
    first = _invite(supplier, owner)
    second = _invite(supplier, owner, role="manager")
    invited = create_user(email="new@example.ma")
    with pytest.raises(errors.InvitationInvalid):
        team.accept_invitation(invited, first.token, now=utcnow())
    assert team.accept_invitation(invited, second.token, now=utcnow()).role == "manager"


def test_only_the_owner_invites_and_never_as_owner_or_a_member_twice(shop):
    supplier, owner = shop
    manager = create_user(email="manager@example.ma")
    add_supplier_member(supplier, manager, "manager")
    with pytest.raises(AccessDenied):
        _invite(supplier, manager)
    with pytest.raises(errors.InvalidRole):
        _invite(supplier, owner, role="owner")
    with pytest.raises(errors.AlreadyMember):
        _invite(supplier, owner, email="MANAGER@example.ma")


def test_owner_changes_roles_but_the_last_owner_stays(shop):
    supplier, owner = shop
    staff = create_user(email="staff@example.ma")
    member = add_supplier_member(supplier, staff, "staff")
    owner_member = supplier.team[0]
    assert team.change_member_role(owner, supplier, member.id, "manager").role == "manager"
    with pytest.raises(errors.LastOwner):
        team.change_member_role(owner, supplier, owner_member.id, "manager")
    with pytest.raises(errors.LastOwner):
        team.remove_member(owner, supplier, owner_member.id)
    team.change_member_role(owner, supplier, member.id, "owner")
    team.change_member_role(owner, supplier, owner_member.id, "staff")  # two owners: allowed
    assert owner_member.role == "staff"


def test_owner_removes_a_member(shop, db_session):
    supplier, owner = shop
    staff = create_user(email="staff@example.ma")
    member = add_supplier_member(supplier, staff, "staff")
    team.remove_member(owner, supplier, member.id)
    assert db_session.get(SupplierMember, member.id) is None
    assert staff.supplier_memberships == []


def test_members_of_another_seller_cannot_be_touched(shop):
    supplier, owner = shop
    other = create_supplier(slug="other")
    stranger = create_user(email="stranger@example.ma")
    member = add_supplier_member(other, stranger, "staff")
    before = snapshot()
    with pytest.raises(errors.MemberNotFound):
        team.change_member_role(owner, supplier, member.id, "manager")
    with pytest.raises(errors.MemberNotFound):
        team.remove_member(owner, supplier, member.id)
    with pytest.raises(AccessDenied):
        team.remove_member(owner, other, member.id)
    assert snapshot() == before


def test_one_person_may_work_for_several_sellers(shop):
    supplier, owner = shop
    second = create_supplier(slug="atlas", name="Atelier Atlas")
    add_supplier_member(second, owner, "staff")
    assert team.suppliers_of(owner) == [second, supplier]
    assert team.choose_supplier(owner, "atlas") == second
    assert team.remembered_supplier(owner, "atlas") == second
    assert team.remembered_supplier(owner, "gone") == second  # first by name
    with pytest.raises(errors.MemberNotFound):
        team.choose_supplier(owner, "someone-else")


# Pages


def _token_from_mail(email: str) -> str:
    [mail] = mails_to(email)
    return re.search(r"/invitation/(\S+)", mail.body).group(1)


def test_invitation_by_page_then_accepted_after_logging_in(client, shop, db_session):
    _supplier, owner = shop
    login(client, owner.email, PASSWORD)
    page = client.get("/fr/supplier/tiwizi/team")
    assert page.status_code == 200
    token = csrf_token_from(page.get_data(as_text=True))
    response = client.post(
        "/fr/supplier/tiwizi/team",
        data={"csrf_token": token, "email": "aicha@example.ma", "role": "manager"},
    )
    assert response.status_code == 302
    link_token = _token_from_mail("aicha@example.ma")
    assert "aicha@example.ma" in client.get("/fr/supplier/tiwizi/team").get_data(as_text=True)
    client.post("/fr/account/logout", data={"csrf_token": token})

    invited_url = f"/fr/invitation/{link_token}"
    assert "/account/login" in client.get(invited_url).headers["Location"]
    aicha = create_user(email="aicha@example.ma")
    login(client, aicha.email, PASSWORD)
    page = client.get(invited_url)
    assert "Coopérative Tiwizi" in page.get_data(as_text=True)
    response = client.post(
        invited_url, data={"csrf_token": csrf_token_from(page.get_data(as_text=True))}
    )
    assert response.headers["Location"].endswith("/fr/supplier/tiwizi/")
    db_session.expire_all()
    assert [(m.supplier.slug, m.role) for m in aicha.supplier_memberships] == [
        ("tiwizi", "manager")
    ]
    assert client.get(invited_url).status_code == 404  # used


def test_invitation_opened_by_another_account_is_refused(client, shop):
    supplier, owner = shop
    sent = _invite(supplier, owner)
    intruder = create_user(email="intruder@example.ma")
    login(client, intruder.email, PASSWORD)
    before = snapshot()
    page = client.get(f"/fr/invitation/{sent.token}")
    assert page.status_code == 403
    assert "new@example.ma" in page.get_data(as_text=True)
    token = csrf_token_from(client.get("/fr/sell/").get_data(as_text=True))
    assert (
        client.post(f"/fr/invitation/{sent.token}", data={"csrf_token": token}).status_code == 403
    )
    assert snapshot() == before


def test_team_page_role_change_and_removal(client, shop, db_session):
    supplier, owner = shop
    staff = create_user(email="staff@example.ma", full_name="Hassan")
    member = add_supplier_member(supplier, staff, "staff")
    login(client, owner.email, PASSWORD)
    token = csrf_token_from(client.get("/fr/supplier/tiwizi/team").get_data(as_text=True))
    url = f"/fr/supplier/tiwizi/team/{member.id}"
    client.post(f"{url}/role", data={"csrf_token": token, "role": "manager"})
    db_session.refresh(member)
    assert member.role == "manager"
    owner_member = next(m for m in supplier.team if m.user_id == owner.id)
    response = client.post(
        f"/fr/supplier/tiwizi/team/{owner_member.id}/remove", data={"csrf_token": token}
    )
    assert response.status_code == 302
    assert db_session.get(SupplierMember, owner_member.id) is not None  # the last owner stays
    member_id = member.id
    client.post(f"{url}/remove", data={"csrf_token": token})
    db_session.expire_all()
    assert db_session.get(SupplierMember, member_id) is None


def test_switcher_remembers_the_chosen_seller(client, shop):
    _supplier, owner = shop
    create_supplier(slug="atlas", name="Atelier Atlas")
    add_supplier_member(create_supplier(slug="zagora", name="Zagora"), owner, "staff")
    login(client, owner.email, PASSWORD, "ar")
    page = client.get("/ar/sell/switch")
    html = page.get_data(as_text=True)
    assert '<html lang="ar" dir="rtl">' in html
    assert "Coopérative Tiwizi" in html and "Zagora" in html and "Atelier Atlas" not in html
    token = csrf_token_from(html)
    response = client.post("/ar/sell/switch/zagora", data={"csrf_token": token})
    assert response.headers["Location"].endswith("/ar/supplier/zagora/")
    with client.session_transaction() as session:
        assert session["backoffice.supplier"] == "zagora"
    refused = client.post("/ar/sell/switch/atlas", data={"csrf_token": token})
    assert refused.status_code == 404
    with client.session_transaction() as session:
        assert session["backoffice.supplier"] == "zagora"
    # The session is a convenience, never a key: another seller's URL stays refused.
    assert client.get("/ar/supplier/atlas/team").status_code == 403


def test_team_page_in_arabic(client, shop):
    _supplier, owner = shop
    login(client, owner.email, PASSWORD, "ar")
    html = client.get("/ar/supplier/tiwizi/team").get_data(as_text=True)
    assert '<html lang="ar" dir="rtl">' in html
    assert 'name="email"' in html


def test_invitations_table_never_holds_a_usable_token(shop, db_session):
    supplier, owner = shop
    sent = _invite(supplier, owner)
    hashes = db_session.scalars(select(SupplierInvitation.token_hash)).all()
    assert sent.token not in hashes
