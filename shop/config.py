"""Configuration read from the environment, with development defaults."""

from __future__ import annotations

import os
from decimal import Decimal
from pathlib import Path
from typing import ClassVar

PROJECT_ROOT = Path(__file__).resolve().parent.parent
_PACKAGED_ASSETS = Path(__file__).resolve().parent / "_assets"

DEFAULT_SECRET_KEY = "dev-only-secret-key-change-me"  # noqa: S105 - refused in production below
LANGUAGES = ("ar", "fr", "zgh")
DEFAULT_LANGUAGE = "fr"


def asset_dir(name: str) -> Path:
    """`static/` or `translations/`: beside the packages in a checkout, inside `shop` in a wheel."""
    checkout = PROJECT_ROOT / name
    return checkout if checkout.is_dir() else _PACKAGED_ASSETS / name


def _data_dir() -> Path:
    return Path(os.environ.get("SOUK_DATA_DIR", PROJECT_ROOT / "instance")).resolve()


class ConfigError(RuntimeError):
    """The environment asks for something the application refuses to run with."""


class Config:
    ENV_NAME = "development"
    DEBUG = False
    TESTING = False

    def __init__(self) -> None:
        data_dir = _data_dir()
        self.DATA_DIR = data_dir
        self.UPLOAD_DIR = Path(os.environ.get("SOUK_UPLOAD_DIR", data_dir / "uploads"))
        self.SEARCH_INDEX_DIR = data_dir / "search-index"
        self.SECRET_KEY = os.environ.get("SOUK_SECRET_KEY", DEFAULT_SECRET_KEY)
        self.SQLALCHEMY_DATABASE_URI = os.environ.get(
            "SOUK_DATABASE_URL", f"sqlite:///{data_dir / 'souk.sqlite3'}"
        )
        self.REDIS_URL = os.environ.get("SOUK_REDIS_URL", "")
        self.RATELIMIT_STORAGE_URI = self.REDIS_URL or "memory://"
        self.STRIPE_SECRET_KEY = os.environ.get("STRIPE_SECRET_KEY", "")
        self.STRIPE_PUBLISHABLE_KEY = os.environ.get("STRIPE_PUBLISHABLE_KEY", "")
        self.STRIPE_WEBHOOK_SECRET = os.environ.get("STRIPE_WEBHOOK_SECRET", "")
        self.STRIPE_API_BASE = os.environ.get("STRIPE_API_BASE", "")
        self.MAIL_SERVER = os.environ.get("SOUK_MAIL_SERVER", "")
        self.MAIL_PORT = int(os.environ.get("SOUK_MAIL_PORT", "587"))
        self.MAIL_USERNAME = os.environ.get("SOUK_MAIL_USERNAME", "")
        self.MAIL_PASSWORD = os.environ.get("SOUK_MAIL_PASSWORD", "")
        self.MAIL_USE_TLS = os.environ.get("SOUK_MAIL_USE_TLS", "1") == "1"
        # The shop's public host (e.g. souk-tadamon.ma): links in mails written by the worker,
        # away from any request, need it.
        self.SERVER_NAME = os.environ.get("SOUK_SERVER_NAME") or None
        self.MAIL_SENDER = os.environ.get(
            "SOUK_MAIL_SENDER", "Souk Tadamon <no-reply@souk-tadamon.ma>"
        )

    SQLALCHEMY_ENGINE_OPTIONS: ClassVar[dict] = {"pool_pre_ping": True}
    SQLALCHEMY_RECORD_QUERIES = False
    STATIC_FOLDER = asset_dir("static")
    BABEL_TRANSLATION_DIRECTORIES = str(asset_dir("translations"))
    BABEL_DEFAULT_LOCALE = DEFAULT_LANGUAGE
    BABEL_DEFAULT_TIMEZONE = "Africa/Casablanca"
    LANGUAGES = LANGUAGES
    MAX_CONTENT_LENGTH = 16 * 1024 * 1024
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    WTF_CSRF_TIME_LIMIT = None  # tied to the session instead, so long forms don't expire
    PASSWORD_RESET_MAX_AGE = 2 * 3600
    # The marketplace's own fee on each sale, on top of the grouping's commission.
    PLATFORM_FEE_RATE = Decimal(os.environ.get("SOUK_PLATFORM_FEE_RATE", "0.05"))
    LOGIN_RATE_LIMIT = "5 per minute;20 per hour"
    RATELIMIT_HEADERS_ENABLED = True
    ARGON2_TIME_COST = 3
    ARGON2_MEMORY_COST = 64 * 1024


class DevelopmentConfig(Config):
    ENV_NAME = "development"
    DEBUG = True


class ProductionConfig(Config):
    ENV_NAME = "production"
    SESSION_COOKIE_SECURE = True
    PREFERRED_URL_SCHEME = "https"

    def __init__(self) -> None:
        super().__init__()
        if self.SECRET_KEY == DEFAULT_SECRET_KEY or len(self.SECRET_KEY) < 32:
            raise ConfigError(
                "SOUK_SECRET_KEY must be set to a random value of at least 32 characters "
                "in production; generate one with: "
                "python -c 'import secrets; print(secrets.token_hex(32))'"
            )


class TestingConfig(Config):
    ENV_NAME = "testing"
    TESTING = True
    WTF_CSRF_ENABLED = True
    # Weak hashing keeps the suite fast; production keeps the defaults above.
    ARGON2_TIME_COST = 1
    ARGON2_MEMORY_COST = 1024
    RATELIMIT_STORAGE_URI = "memory://"


CONFIGS = {
    "development": DevelopmentConfig,
    "production": ProductionConfig,
    "testing": TestingConfig,
}


def load_config(name: str | None = None) -> Config:
    name = name or os.environ.get("SOUK_ENV", "development")
    try:
        return CONFIGS[name]()
    except KeyError:
        raise ConfigError(f"Unknown SOUK_ENV {name!r}; expected one of {sorted(CONFIGS)}") from None
