"""The label registry: only platform admins add and edit labels, named in three languages."""

import io

import pytest
from PIL import Image
from sqlalchemy import select

from catalog import labels
from catalog.models import QualityLabel
from shop.errors import AccessDenied
from tests.conftest import csrf_token_from, login
from tests.factories import PASSWORD, create_label, create_user


def _details(**overrides) -> labels.LabelDetails:
    values = {
        "code": "aop-safran",
        "kind": "aop",
        "issuing_body": "Ministère de l'Agriculture",
        "names": {"fr": "AOP Safran de Taliouine", "ar": "زعفران تالوين", "zgh": ""},
        "descriptions": {"fr": "Appellation d'origine protégée.", "ar": "", "zgh": ""},
    }
    return labels.LabelDetails(**{**values, **overrides})


def test_admin_adds_a_label_with_names_per_language(app, db_session):
    admin = create_user(is_admin=True)
    label = labels.save_label(admin, _details(), upload_dir=app.config["UPLOAD_DIR"])
    assert {row.language: row.name for row in label.translations} == {
        "fr": "AOP Safran de Taliouine",
        "ar": "زعفران تالوين",
    }
    assert label.translation("zgh").name == "AOP Safran de Taliouine"  # falls back to French


def test_codes_are_unique(app, db_session):
    admin = create_user(is_admin=True)
    create_label(code="aop-safran")
    with pytest.raises(labels.LabelCodeTaken):
        labels.save_label(admin, _details(code="AOP-Safran"), upload_dir=app.config["UPLOAD_DIR"])


def test_only_admins_edit_the_registry(app, db_session):
    with pytest.raises(AccessDenied):
        labels.save_label(create_user(), _details(), upload_dir=app.config["UPLOAD_DIR"])


def test_registry_pages_add_and_edit_a_label_with_a_logo(app, client, db_session):
    create_user(email="admin@example.ma", is_admin=True)
    login(client, "admin@example.ma", PASSWORD)
    page = client.get("/fr/admin/labels/registry").get_data(as_text=True)
    logo = io.BytesIO()
    Image.new("RGB", (200, 200), (30, 120, 60)).save(logo, "PNG")
    response = client.post(
        "/fr/admin/labels/registry",
        data={
            "csrf_token": csrf_token_from(page),
            "code": "handmade-ma",
            "kind": "handmade",
            "issuing_body": "Maison de l'Artisan",
            "name_fr": "Fait main",
            "name_ar": "صنع يدوي",
            "name_zgh": "ⵙ ⵓⴼⵓⵙ",
            "logo": (io.BytesIO(logo.getvalue()), "logo.png"),
        },
        content_type="multipart/form-data",
    )
    assert response.status_code == 302
    label = db_session.scalar(select(QualityLabel).where(QualityLabel.code == "handmade-ma"))
    assert label.logo_key and label.translation("zgh").name == "ⵙ ⵓⴼⵓⵙ"

    page = client.get("/fr/admin/labels/registry/handmade-ma").get_data(as_text=True)
    assert 'value="Fait main"' in page
    client.post(
        "/fr/admin/labels/registry/handmade-ma",
        data={
            "csrf_token": csrf_token_from(page),
            "code": "handmade-ma",
            "kind": "handmade",
            "issuing_body": "Maison de l'Artisan",
            "name_fr": "Fait main au Maroc",
        },
    )
    db_session.refresh(label)
    assert label.translation("fr").name == "Fait main au Maroc"
    assert label.translation("ar") is None or label.translation("ar").language != "ar"


def test_consumers_cannot_open_the_registry(client, db_session):
    create_user(email="c@example.ma")
    login(client, "c@example.ma", PASSWORD)
    assert client.get("/fr/admin/labels/registry").status_code == 403
