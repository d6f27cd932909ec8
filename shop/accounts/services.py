"""Accounts: registration, authentication, login sessions and password reset."""

from __future__ import annotations

import secrets

from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer
from sqlalchemy import delete, func, select

from shop.accounts import passwords
from shop.accounts.errors import (
    EmailAlreadyRegistered,
    InactiveAccount,
    InvalidCredentials,
    InvalidResetToken,
    WeakPassword,
)
from shop.accounts.models import LoginSession, User
from shop.extensions import db

MIN_PASSWORD_LENGTH = 10
_RESET_SALT = "password-reset"
# Verifying against a real hash when the e-mail is unknown keeps response times alike,
# so the login form does not reveal which addresses have accounts.
_DUMMY_HASH_PASSWORD = "not-a-real-password"  # noqa: S105


def normalise_email(email: str) -> str:
    return email.strip().lower()


def find_user_by_email(email: str) -> User | None:
    return db.session.scalar(select(User).where(User.email == normalise_email(email)))


def check_password_strength(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise WeakPassword(length=MIN_PASSWORD_LENGTH)


def register_user(
    *, email: str, full_name: str, password: str, language: str, is_admin: bool = False
) -> User:
    email = normalise_email(email)
    check_password_strength(password)
    exists = db.session.scalar(select(func.count()).select_from(User).where(User.email == email))
    if exists:
        raise EmailAlreadyRegistered()
    user = User(
        email=email,
        full_name=full_name.strip(),
        password_hash=passwords.hash_password(password),
        preferred_language=language,
        is_admin=is_admin,
    )
    db.session.add(user)
    db.session.flush()
    return user


def authenticate(email: str, password: str) -> User:
    user = find_user_by_email(email)
    if user is None:
        passwords.verify_password(passwords.hash_password(_DUMMY_HASH_PASSWORD), password)
        raise InvalidCredentials()
    if not passwords.verify_password(user.password_hash, password):
        raise InvalidCredentials()
    if not user.is_active:
        raise InactiveAccount()
    if passwords.needs_rehash(user.password_hash):
        user.password_hash = passwords.hash_password(password)
    return user


def open_login_session(user: User, user_agent: str = "") -> LoginSession:
    login_session = LoginSession(
        token=secrets.token_urlsafe(32), user=user, user_agent=user_agent[:255]
    )
    db.session.add(login_session)
    db.session.flush()
    user.login_token = login_session.token
    return login_session


def load_user_by_session_token(token: str) -> User | None:
    login_session = db.session.scalar(select(LoginSession).where(LoginSession.token == token))
    if login_session is None or not login_session.user.is_active:
        return None
    user = login_session.user
    user.login_token = token
    return user


def close_login_session(token: str) -> None:
    db.session.execute(delete(LoginSession).where(LoginSession.token == token))


def close_all_login_sessions(user: User) -> None:
    db.session.execute(delete(LoginSession).where(LoginSession.user_id == user.id))


def _reset_serializer(secret_key: str) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(secret_key, salt=_RESET_SALT)


def make_password_reset_token(user: User, secret_key: str) -> str:
    return _reset_serializer(secret_key).dumps({"uid": user.id, "stamp": user.security_stamp})


def user_for_reset_token(token: str, secret_key: str, max_age: int) -> User:
    try:
        data = _reset_serializer(secret_key).loads(token, max_age=max_age)
    except (SignatureExpired, BadSignature):
        raise InvalidResetToken() from None
    user = db.session.get(User, data.get("uid")) if isinstance(data, dict) else None
    if user is None or not secrets.compare_digest(user.security_stamp, str(data.get("stamp"))):
        raise InvalidResetToken()
    return user


def reset_password(token: str, new_password: str, *, secret_key: str, max_age: int) -> User:
    """Sets the new password, then voids the link and every open session of the account."""
    user = user_for_reset_token(token, secret_key, max_age)
    check_password_strength(new_password)
    user.password_hash = passwords.hash_password(new_password)
    user.security_stamp = secrets.token_hex(16)
    close_all_login_sessions(user)
    db.session.flush()
    return user


def set_preferred_language(user: User, language: str, languages: tuple[str, ...]) -> None:
    if language in languages:
        user.preferred_language = language
