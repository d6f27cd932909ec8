import pytest

from catalog.search import reindex_all
from shop.app import create_app
from shop.config import ConfigError, ProductionConfig
from tests.conftest import make_test_app
from tests.factories import create_product


@pytest.mark.databases
def test_healthz_answers_when_the_database_and_the_index_do(client):
    reindex_all()
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json == {"status": "ok", "checks": {"database": "ok", "search_index": "ok"}}


def test_healthz_fails_without_a_search_index(app, tmp_path):
    other = make_test_app(app.config["SQLALCHEMY_DATABASE_URI"], tmp_path)
    response = other.test_client().get("/healthz")
    assert response.status_code == 503
    assert response.json["checks"] == {"database": "ok", "search_index": "missing"}


def test_production_refuses_the_default_secret_key(monkeypatch):
    monkeypatch.delenv("SOUK_SECRET_KEY", raising=False)
    with pytest.raises(ConfigError, match="SOUK_SECRET_KEY"):
        create_app("production")


def test_production_accepts_a_long_random_secret_key(monkeypatch, tmp_path):
    monkeypatch.setenv("SOUK_SECRET_KEY", "x" * 48)
    monkeypatch.setenv("SOUK_DATA_DIR", str(tmp_path))
    app = create_app("production")
    assert app.config["SECRET_KEY"] == "x" * 48
    assert app.config["SESSION_COOKIE_SECURE"] is True


def test_configuration_comes_from_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("SOUK_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("SOUK_REDIS_URL", "redis://127.0.0.1:6379/3")
    monkeypatch.setenv("STRIPE_SECRET_KEY", "sk_test_123")
    config = ProductionConfig.__mro__[1]()  # the base Config, development defaults
    assert f"sqlite:///{tmp_path / 'souk.sqlite3'}" == config.SQLALCHEMY_DATABASE_URI
    assert config.RATELIMIT_STORAGE_URI == "redis://127.0.0.1:6379/3"
    assert config.STRIPE_SECRET_KEY == "sk_test_123"
    assert tmp_path / "uploads" == config.UPLOAD_DIR


def test_unknown_page_is_a_translated_404(client):
    response = client.get("/ar/no-such-page")
    assert response.status_code == 404
    assert 'dir="rtl"' in response.get_data(as_text=True)


def test_unknown_language_prefix_is_404(client):
    assert client.get("/en/").status_code == 404


def test_product_page_renders_in_each_language(client):
    product = create_product(names={"fr": "Miel de thym", "ar": "عسل الزعتر", "zgh": "ⵜⴰⵎⵎⴰⵏⵜ"})
    for lang, name in (("fr", "Miel de thym"), ("ar", "عسل الزعتر"), ("zgh", "ⵜⴰⵎⵎⴰⵏⵜ")):
        response = client.get(f"/{lang}/p/{product.sku}")
        assert response.status_code == 200
        assert name in response.get_data(as_text=True)


def test_responses_carry_security_headers(client):
    response = client.get("/fr/")
    policy = response.headers["Content-Security-Policy"]
    assert "default-src 'self'" in policy and "frame-ancestors 'none'" in policy
    assert "'unsafe-inline'" not in policy
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_templates_have_no_inline_scripts_or_handlers():
    """The content security policy forbids them; a browser would silently ignore them."""
    import re
    from pathlib import Path

    from shop.config import PROJECT_ROOT

    offending = []
    for package in ("shop", "catalog", "groupings"):
        for template in Path(PROJECT_ROOT / package).rglob("templates/**/*.html"):
            text = template.read_text()
            if re.search(r"\son[a-z]+=\"|<script(?![^>]*\bsrc=)|\sstyle=\"", text):
                offending.append(template.name)
    assert offending == []
