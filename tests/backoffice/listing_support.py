"""Factories and helpers for the listing, stock and product-file tests."""

from __future__ import annotations

import io
import itertools
from dataclasses import dataclass
from datetime import date

from PIL import Image

from catalog.models import Product, ProductImage
from groupings.models import Supplier
from shop.accounts.models import User
from shop.extensions import db
from tests.conftest import csrf_token_from, login
from tests.factories import (
    PASSWORD,
    add_supplier_member,
    create_evidence,
    create_product,
    create_supplier,
    create_user,
)

TODAY = date.today()  # noqa: DTZ011 - the views' notion of today
_colours = itertools.count(1)


def jpeg(size: tuple[int, int] = (640, 480)) -> bytes:
    """A real JPEG, a different one on every call (so a different content key)."""
    n = next(_colours)
    out = io.BytesIO()
    Image.new("RGB", size, (n * 37 % 256, n * 91 % 256, n * 13 % 256)).save(out, "JPEG")
    return out.getvalue()


def eligible_supplier(**kw) -> Supplier:
    """Active, with a verified attestation that does not expire."""
    supplier = create_supplier(**kw)
    create_evidence(supplier, status="verified")
    return supplier


@dataclass
class Shop:
    supplier: Supplier
    owner: User
    manager: User
    staff: User


def create_shop(slug: str, **kw) -> Shop:
    supplier = eligible_supplier(slug=slug, **kw)
    people = {}
    for role in ("owner", "manager", "staff"):
        people[role] = create_user(email=f"{role}@{slug}.ma")
        add_supplier_member(supplier, people[role], role)
    return Shop(supplier, people["owner"], people["manager"], people["staff"])


def add_image(product: Product, key: str | None = None) -> ProductImage:
    image = ProductImage(
        key=key or f"{next(_colours):040x}",
        position=len(product.images),
        width=800,
        height=600,
        alt_fr=product.name,
    )
    product.images.append(image)
    db.session.flush()
    return image


def create_listed_product(supplier: Supplier, *, photos: int = 1, **kw) -> Product:
    """A product of `supplier` that passes every publishing check (draft unless told)."""
    kw.setdefault("status", "draft")
    product = create_product(supplier=supplier, **kw)
    for _ in range(photos):
        add_image(product)
    return product


def log_in(client, user: User, lang: str = "fr") -> None:
    response = login(client, user.email, PASSWORD, lang)
    assert response.status_code == 302


def token(client, lang: str = "fr") -> str:
    return csrf_token_from(client.get(f"/{lang}/account/").get_data(as_text=True))
