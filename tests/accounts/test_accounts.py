import re

from sqlalchemy import select

from shop.accounts import passwords
from shop.accounts.models import LoginSession, User
from shop.mail.models import OutboxMessage
from tests.conftest import csrf_token_from, login
from tests.factories import PASSWORD, create_user


def _post_form(client, path: str, data: dict):
    token = csrf_token_from(client.get(path).get_data(as_text=True))
    return client.post(path, data={**data, "csrf_token": token})


def test_registration_creates_an_account_with_an_argon2_hash_and_logs_in(client, db_session):
    response = _post_form(
        client,
        "/ar/account/register",
        {
            "full_name": "Amina",
            "email": "Amina@Example.ma",
            "password": "a long passphrase",
            "confirm": "a long passphrase",
        },
    )
    assert response.status_code == 302
    user = db_session.scalar(select(User).where(User.email == "amina@example.ma"))
    assert user.password_hash.startswith("$argon2id$")
    assert user.preferred_language == "ar"
    assert passwords.verify_password(user.password_hash, "a long passphrase")
    assert client.get("/ar/account/").status_code == 200


def test_registration_refuses_a_taken_email_with_a_translated_message(client):
    create_user(email="taken@example.ma")
    response = _post_form(
        client,
        "/fr/account/register",
        {
            "full_name": "X",
            "email": "taken@example.ma",
            "password": "a long passphrase",
            "confirm": "a long passphrase",
        },
    )
    assert response.status_code == 200
    assert "Un compte existe déjà avec cette adresse e-mail." in response.get_data(as_text=True)


def test_registration_refuses_a_short_password(client, db_session):
    response = _post_form(
        client,
        "/fr/account/register",
        {"full_name": "X", "email": "short@example.ma", "password": "short", "confirm": "short"},
    )
    assert response.status_code == 200
    assert db_session.scalar(select(User).where(User.email == "short@example.ma")) is None


def test_wrong_password_is_refused_without_saying_which_part_was_wrong(client):
    create_user(email="fatima@example.ma")
    response = login(client, "fatima@example.ma", "wrong password")
    assert response.status_code == 200
    text = response.get_data(as_text=True)
    assert "Adresse e-mail ou mot de passe incorrect." in text
    unknown = login(client, "nobody@example.ma", "wrong password").get_data(as_text=True)
    assert "Adresse e-mail ou mot de passe incorrect." in unknown


def test_logout_deletes_the_server_side_session_so_a_replayed_cookie_is_refused(
    app, client, db_session
):
    user = create_user(email="replay@example.ma")
    assert login(client, "replay@example.ma", PASSWORD).status_code == 302
    stolen_cookie = client.get_cookie("session").value
    assert client.get("/fr/account/").status_code == 200

    page = client.get("/fr/account/").get_data(as_text=True)
    client.post("/fr/account/logout", data={"csrf_token": csrf_token_from(page)})
    assert (
        db_session.scalars(select(LoginSession).where(LoginSession.user_id == user.id)).all() == []
    )

    attacker = app.test_client()
    attacker.set_cookie("session", stolen_cookie)
    response = attacker.get("/fr/account/")
    assert response.status_code == 302
    assert "/fr/account/login" in response.headers["Location"]


def test_logout_requires_post_with_csrf(client):
    create_user(email="csrf@example.ma")
    login(client, "csrf@example.ma", PASSWORD)
    assert client.get("/fr/account/logout").status_code == 405
    assert client.post("/fr/account/logout").status_code == 400
    assert client.get("/fr/account/").status_code == 200  # still logged in


def test_forms_without_csrf_token_are_refused(client, db_session):
    response = client.post(
        "/fr/account/register",
        data={
            "full_name": "X",
            "email": "nocsrf@example.ma",
            "password": "a long passphrase",
            "confirm": "a long passphrase",
        },
    )
    assert response.status_code == 400
    assert db_session.scalar(select(User).where(User.email == "nocsrf@example.ma")) is None


def test_password_reset_by_emailed_link(client, db_session):
    user = create_user(email="reset@example.ma", language="zgh")
    _post_form(client, "/fr/account/password/forgot", {"email": "reset@example.ma"})
    message = db_session.scalar(select(OutboxMessage).where(OutboxMessage.recipient == user.email))
    assert message.language == "zgh"
    link = re.search(r"http://localhost(/zgh/account/password/reset/\S+)", message.body).group(1)

    response = _post_form(
        client, link, {"password": "a brand new secret", "confirm": "a brand new secret"}
    )
    assert response.status_code == 302
    assert login(client, "reset@example.ma", PASSWORD).status_code == 200  # old password refused
    assert login(client, "reset@example.ma", "a brand new secret").status_code == 302
    # The link worked once; the password change voided it.
    assert client.get(link).status_code == 302
    assert "/account/password/forgot" in client.get(link).headers["Location"]


def test_password_reset_closes_every_open_session(app, client, db_session):
    user = create_user(email="sessions@example.ma")
    other_device = app.test_client()
    login(other_device, "sessions@example.ma", PASSWORD)
    assert other_device.get("/fr/account/").status_code == 200
    _post_form(client, "/fr/account/password/forgot", {"email": "sessions@example.ma"})
    body = db_session.scalar(
        select(OutboxMessage.body).where(OutboxMessage.recipient == user.email)
    )
    link = re.search(r"http://localhost(/\w+/account/password/reset/\S+)", body).group(1)
    _post_form(client, link, {"password": "another new secret", "confirm": "another new secret"})
    assert other_device.get("/fr/account/").status_code == 302


def test_forgot_password_does_not_reveal_whether_an_account_exists(client, db_session):
    response = _post_form(client, "/fr/account/password/forgot", {"email": "ghost@example.ma"})
    assert response.status_code == 302
    assert (
        db_session.scalar(
            select(OutboxMessage).where(OutboxMessage.recipient == "ghost@example.ma")
        )
        is None
    )


def test_tampered_reset_token_is_refused(client):
    response = client.get("/fr/account/password/reset/not-a-token")
    assert response.status_code == 302
    assert "/account/password/forgot" in response.headers["Location"]


def test_login_attempts_are_rate_limited(client):
    create_user(email="brute@example.ma")
    statuses = [login(client, "brute@example.ma", f"guess {i}").status_code for i in range(6)]
    assert statuses[:5] == [200] * 5
    assert statuses[5] == 429
    response = login(client, "brute@example.ma", PASSWORD, lang="ar")
    assert response.status_code == 429
    assert 'dir="rtl"' in response.get_data(as_text=True)


def test_login_redirects_only_to_local_pages(client):
    create_user(email="next@example.ma")
    page = client.get("/fr/account/login").get_data(as_text=True)
    response = client.post(
        "/fr/account/login?next=https://evil.example/",
        data={
            "email": "next@example.ma",
            "password": PASSWORD,
            "csrf_token": csrf_token_from(page),
        },
    )
    assert response.headers["Location"] == "/fr/"


def test_profile_saves_preferred_language(client, db_session):
    user = create_user(email="pref@example.ma")
    login(client, "pref@example.ma", PASSWORD)
    response = _post_form(
        client, "/fr/account/", {"full_name": "Nouvelle", "preferred_language": "zgh"}
    )
    assert response.headers["Location"] == "/zgh/account/"
    db_session.refresh(user)
    assert user.preferred_language == "zgh"
    assert client.get("/").headers["Location"] == "/zgh/"
