"""Signing up as a seller: a cooperative or a micro-entrepreneur becomes a pending seller
whose creator is the owner; every refusal is clear and leaves nothing behind."""

from datetime import date

import pytest

from groupings import errors, onboarding
from groupings.models import Supplier
from shop.errors import AccessDenied
from tests.backoffice.onboarding_support import (
    OTHER_VALID_RIB,
    TODAY,
    VALID_RIB,
    application,
    cooperative_form,
    png,
    profile,
    snapshot,
)
from tests.conftest import csrf_token_from, login
from tests.factories import PASSWORD, add_supplier_member, create_supplier, create_user


@pytest.fixture
def person(db_session):
    return create_user(email="khadija@example.ma", full_name="Khadija")


def _apply(app, person, **overrides):
    return onboarding.apply_as_supplier(
        person, application(**overrides), today=TODAY, upload_dir=app.config["UPLOAD_DIR"]
    )


@pytest.mark.databases
def test_cooperative_sign_up_makes_a_pending_seller_owned_by_its_creator(app, person):
    supplier = _apply(app, person)
    assert supplier.status == "pending"
    assert supplier.kind == "cooperative"
    assert supplier.slug == "cooperative-tiwizi"
    assert [(m.user, m.role) for m in supplier.team] == [(person, "owner")]
    assert supplier.phone == "+212612345678"
    assert supplier.rib == VALID_RIB
    assert (supplier.members, supplier.women_members) == (24, 20)
    assert supplier.ice == "001234567000089"
    assert supplier.email == person.email
    assert {t.language: t.name for t in supplier.translations} == {
        "fr": "Coopérative Tiwizi",
        "ar": "تعاونية تويزي",
    }


def test_micro_entrepreneur_gives_an_auto_entrepreneur_number_only(app, person):
    supplier = _apply(
        app,
        person,
        kind="micro_entrepreneur",
        profile={"presentations": {"zgh": onboarding.Presentation("ⵜⴰⵎⴰⵔⵜ", "")}},
    )
    assert supplier.kind == "micro_entrepreneur"
    assert supplier.registration_number == "AE-778899"
    assert (supplier.members, supplier.women_members, supplier.founded) == (1, 0, None)
    assert supplier.slug == "seller"  # a Tifinagh name gives no Latin slug
    assert [t.language for t in supplier.translations] == ["zgh"]


def test_slugs_are_numbered_when_taken(app, person):
    create_supplier(slug="cooperative-tiwizi")
    create_supplier(slug="cooperative-tiwizi-2")
    assert _apply(app, person).slug == "cooperative-tiwizi-3"


def test_logo_goes_through_the_image_pipeline(app, person):
    supplier = _apply(app, person, profile={"logo": png()})
    assert supplier.logo_key and len(supplier.logo_key) == 40


@pytest.mark.parametrize(
    ("overrides", "error"),
    [
        ({"women_members": 25}, errors.TooManyWomenMembers),
        ({"members": 0}, errors.InvalidMemberCount),
        ({"ice": "12345"}, errors.InvalidIce),
        ({"ice": ""}, errors.MissingIce),
        ({"founded": None}, errors.MissingFoundingDate),
        ({"founded": date(2027, 1, 1)}, errors.FoundedInFuture),
        ({"registration_number": "  "}, errors.MissingRegistrationNumber),
        ({"kind": "shop"}, errors.UnknownSupplierKind),
        ({"profile": {"region": "paris"}}, errors.UnknownRegion),
        ({"profile": {"phone": "0812"}}, errors.InvalidPhone),
        ({"profile": {"presentations": {"fr": onboarding.Presentation(" ")}}}, errors.NameRequired),
        (
            {"profile": {"presentations": {"fr": onboarding.Presentation("x" * 201)}}},
            onboarding.FieldTooLong,
        ),
        ({"bank": onboarding.BankDetails(VALID_RIB[:-1] + "8", "BP", "X")}, errors.WrongRibKey),
        ({"bank": onboarding.BankDetails("123", "BP", "X")}, errors.InvalidRib),
        ({"bank": onboarding.BankDetails(VALID_RIB, "", "X")}, errors.BankDetailsIncomplete),
        ({"profile": {"logo": b"not a picture"}}, Exception),
    ],
)
def test_refused_applications_write_nothing(app, person, overrides, error):
    before = snapshot()
    with pytest.raises(error):
        _apply(app, person, **overrides)
    assert snapshot() == before


def test_an_ice_is_registered_once(app, person):
    create_supplier(slug="first", ice="001234567000089")
    with pytest.raises(errors.IceAlreadyRegistered):
        _apply(app, person)


def test_anonymous_visitors_cannot_apply(app, db_session):
    from flask_login import AnonymousUserMixin

    with pytest.raises(AccessDenied):
        onboarding.apply_as_supplier(
            AnonymousUserMixin(), application(), today=TODAY, upload_dir=app.config["UPLOAD_DIR"]
        )


def test_profile_is_changed_by_managers_and_bank_details_only_by_owners(app, person):
    supplier = _apply(app, person)
    manager = create_user(email="manager@example.ma")
    add_supplier_member(supplier, manager, "manager")
    onboarding.update_supplier_profile(
        manager,
        supplier,
        profile(presentations={"ar": onboarding.Presentation("تعاونية جديدة", "")}),
        members=30,
        women_members=28,
        upload_dir=app.config["UPLOAD_DIR"],
    )
    assert [t.language for t in supplier.translations] == ["ar"]
    assert (supplier.members, supplier.women_members) == (30, 28)
    with pytest.raises(AccessDenied):
        onboarding.read_bank_details(manager, supplier)
    with pytest.raises(AccessDenied):
        onboarding.update_bank_details(
            manager, supplier, onboarding.BankDetails(OTHER_VALID_RIB, "CIH", "Y")
        )
    onboarding.update_bank_details(
        person, supplier, onboarding.BankDetails(OTHER_VALID_RIB, "CIH Bank", "Tiwizi")
    )
    assert supplier.rib == OTHER_VALID_RIB


def test_profile_refused_for_too_many_women_changes_nothing(app, person):
    supplier = _apply(app, person)
    before = snapshot()
    with pytest.raises(errors.TooManyWomenMembers):
        onboarding.update_supplier_profile(
            person,
            supplier,
            profile(),
            members=5,
            women_members=6,
            upload_dir=app.config["UPLOAD_DIR"],
        )
    assert snapshot() == before


# Pages


def _post_form(client, url, data, files=None):
    token = csrf_token_from(client.get(url).get_data(as_text=True))
    return client.post(
        url,
        data={**data, **(files or {}), "csrf_token": token},
        content_type="multipart/form-data",
    )


@pytest.mark.parametrize("lang", ["ar", "fr", "zgh"])
def test_sign_up_pages_in_each_language(client, person, lang):
    login(client, person.email, PASSWORD, lang)
    start = client.get(f"/{lang}/sell/")
    assert start.status_code == 200
    form = client.get(f"/{lang}/sell/cooperative")
    html = form.get_data(as_text=True)
    assert form.status_code == 200
    direction = "rtl" if lang == "ar" else "ltr"
    assert f'<html lang="{lang}" dir="{direction}">' in html
    assert 'name="rib"' in html and 'name="women_members"' in html
    micro = client.get(f"/{lang}/sell/micro-entrepreneur").get_data(as_text=True)
    assert 'name="women_members"' not in micro


def test_arabic_only_cooperative_signs_up_through_the_page(client, person):
    login(client, person.email, PASSWORD, "ar")
    response = _post_form(client, "/ar/sell/cooperative", cooperative_form())
    assert response.status_code == 302
    supplier = Supplier.query.one()
    assert response.headers["Location"].endswith(f"/ar/supplier/{supplier.slug}/evidence")
    assert supplier.status == "pending"
    assert supplier.rib == VALID_RIB
    assert supplier.phone == "+212612345678"
    assert [t.language for t in supplier.translations] == ["ar"]
    assert supplier.slug == "cooperative"
    dashboard = client.get(f"/ar/supplier/{supplier.slug}/").get_data(as_text=True)
    assert '<html lang="ar" dir="rtl">' in dashboard
    assert "backoffice-onboarding.css" in dashboard
    assert f"/ar/supplier/{supplier.slug}/evidence" in dashboard


def test_wrong_rib_key_is_explained_next_to_the_field_and_nothing_is_created(client, person):
    login(client, person.email, PASSWORD)
    before = snapshot()
    response = _post_form(
        client, "/fr/sell/cooperative", cooperative_form(rib="011780000000123456789048")
    )
    assert response.status_code == 422
    assert "clé de contrôle" in response.get_data(as_text=True)
    assert snapshot() == before


def test_sign_up_page_refuses_more_women_than_members_and_no_name(client, person):
    login(client, person.email, PASSWORD)
    before = snapshot()
    response = _post_form(
        client,
        "/fr/sell/cooperative",
        cooperative_form(women_members="30", name_ar="", description_ar=""),
    )
    html = response.get_data(as_text=True)
    assert response.status_code == 422
    assert "plus de membres femmes que de membres" in html
    assert "au moins une langue" in html
    assert snapshot() == before


def test_micro_entrepreneur_signs_up_with_a_logo(client, person):
    login(client, person.email, PASSWORD)
    data = cooperative_form(
        registration_number="AE-1234", ice="", name_fr="Atelier Amal", name_ar=""
    )
    for field in ("founded", "members", "women_members"):
        data.pop(field)
    import io

    response = _post_form(
        client, "/fr/sell/micro-entrepreneur", data, {"logo": (io.BytesIO(png()), "logo.png")}
    )
    assert response.status_code == 302
    supplier = Supplier.query.one()
    assert supplier.kind == "micro_entrepreneur"
    assert supplier.logo_key
    assert supplier.slug == "atelier-amal"


def test_unknown_kind_in_the_url_is_not_found(client, person):
    login(client, person.email, PASSWORD)
    assert client.get("/fr/sell/shop").status_code == 404


def test_profile_and_bank_pages(client, app, person, db_session):
    supplier = _apply(app, person)
    login(client, person.email, PASSWORD)
    page = client.get(f"/fr/supplier/{supplier.slug}/profile")
    assert page.status_code == 200
    assert "Coopérative Tiwizi" in page.get_data(as_text=True)
    data = cooperative_form(name_fr="Tiwizi", name_ar="", phone="0528123456")
    response = _post_form(client, f"/fr/supplier/{supplier.slug}/profile", data)
    assert response.status_code == 302
    db_session.refresh(supplier)
    assert supplier.phone == "+212528123456"
    assert supplier.name == "Tiwizi"

    bank = client.get(f"/fr/supplier/{supplier.slug}/bank").get_data(as_text=True)
    assert "011 780 0000001234567890 47" in bank
    response = _post_form(
        client,
        f"/fr/supplier/{supplier.slug}/bank",
        {"rib": OTHER_VALID_RIB, "bank_name": "CIH Bank", "account_holder": "Tiwizi"},
    )
    assert response.status_code == 302
    db_session.refresh(supplier)
    assert (supplier.rib, supplier.bank_name) == (OTHER_VALID_RIB, "CIH Bank")


def test_staff_see_no_bank_link_and_cannot_open_the_bank_page(client, app, person):
    supplier = _apply(app, person)
    staff = create_user(email="staff@example.ma")
    add_supplier_member(supplier, staff, "staff")
    login(client, staff.email, PASSWORD)
    dashboard = client.get(f"/fr/supplier/{supplier.slug}/").get_data(as_text=True)
    assert f"/fr/supplier/{supplier.slug}/bank" not in dashboard
    assert f"/fr/supplier/{supplier.slug}/team" not in dashboard
    assert client.get(f"/fr/supplier/{supplier.slug}/bank").status_code == 403
    assert VALID_RIB not in client.get(f"/fr/supplier/{supplier.slug}/").get_data(as_text=True)


def test_pending_seller_sees_why_its_shop_is_not_shown(client, app, person):
    supplier = _apply(app, person)
    login(client, person.email, PASSWORD)
    html = client.get(f"/fr/supplier/{supplier.slug}/").get_data(as_text=True)
    assert "en attente de validation" in html


def test_sign_up_posts_are_rate_limited(client, person):
    login(client, person.email, PASSWORD)
    token = csrf_token_from(client.get("/fr/sell/cooperative").get_data(as_text=True))
    statuses = [
        client.post("/fr/sell/cooperative", data={"csrf_token": token}).status_code
        for _ in range(11)
    ]
    assert statuses == [422] * 10 + [429]
