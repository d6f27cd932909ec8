"""A listing's photos: stored through catalog.images (the one door to Pillow), ordered,
removed and described. A refused file is explained and nothing of it is stored; the other
files of the same upload are kept. Files are never deleted: duplicates share them by key."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TypeVar

from catalog.images import store_image
from catalog.listing_errors import PhotoNotFound, PhotoRefused, TextTooLong, TooManyPhotos
from catalog.listing_status import keeping_publishable
from catalog.listings import LANGUAGES, DraftPhoto
from catalog.models import Product, ProductImage
from groupings.models import Supplier
from shop.accounts.models import User
from shop.accounts.permissions import Permission, ensure
from shop.errors import ShopError
from shop.extensions import db

MAX_PHOTOS = 10
MAX_ALT = 200  # ProductImage.alt_*
T = TypeVar("T")


@dataclass(frozen=True)
class PhotoUpload:
    filename: str
    data: bytes


def store_photos(
    actor: User,
    supplier: Supplier,
    uploads: Sequence[PhotoUpload],
    *,
    upload_dir: Path,
    already: int = 0,
) -> tuple[list[DraftPhoto], list[PhotoRefused]]:
    """Stores each acceptable photo; returns them and one refusal per other file."""
    ensure(actor, Permission.SUPPLIER_MANAGE, supplier)
    stored: list[DraftPhoto] = []
    refused: list[PhotoRefused] = []
    for upload in uploads:
        if already + len(stored) >= MAX_PHOTOS:
            reason = str(TooManyPhotos(limit=MAX_PHOTOS))
            refused.append(PhotoRefused(filename=upload.filename, reason=reason))
            continue
        try:
            image = store_image(upload.data, upload_dir)
        except ShopError as error:
            refused.append(PhotoRefused(filename=upload.filename, reason=str(error)))
            continue
        stored.append(DraftPhoto(image.key, image.width, image.height))
    return stored, refused


def add_photos(
    actor: User, product: Product, uploads: Sequence[PhotoUpload], *, upload_dir: Path
) -> list[PhotoRefused]:
    """Adds the acceptable photos after the product's others; returns the refusals."""
    ensure(actor, Permission.SUPPLIER_MANAGE, product.supplier)
    stored, refused = store_photos(
        actor, product.supplier, uploads, upload_dir=upload_dir, already=len(product.images)
    )
    names = {row.language: row.name for row in product.translations}
    start = max((image.position for image in product.images), default=-1) + 1
    for offset, photo in enumerate(stored):
        product.images.append(
            ProductImage(
                key=photo.key,
                position=start + offset,
                width=photo.width,
                height=photo.height,
                **{f"alt_{lang}": names.get(lang, "") for lang in LANGUAGES},
            )
        )
    db.session.flush()
    return refused


def _photo_of(product: Product, image_id: int) -> ProductImage:
    image = next((image for image in product.images if image.id == image_id), None)
    if image is None:
        raise PhotoNotFound()
    return image


def moved(items: Sequence[T], index: int, offset: int) -> list[T]:
    """`items` with the one at `index` moved by `offset` places (clamped at the ends)."""
    result = list(items)
    if not 0 <= index < len(result):
        return result
    target = min(max(index + offset, 0), len(result) - 1)
    result.insert(target, result.pop(index))
    return result


def removed(items: Sequence[T], index: int) -> list[T]:
    return [item for position, item in enumerate(items) if position != index]


def _renumber(images: Sequence[ProductImage]) -> None:
    for position, image in enumerate(images):
        image.position = position


def move_photo(actor: User, product: Product, image_id: int, offset: int) -> None:
    """The first photo is the one the shop shows on lists; moving one up makes it earlier."""
    ensure(actor, Permission.SUPPLIER_MANAGE, product.supplier)
    images = list(product.images)
    image = _photo_of(product, image_id)
    _renumber(moved(images, images.index(image), offset))
    db.session.flush()
    db.session.expire(product, ["images"])  # reloaded in the new order


def remove_photo(
    actor: User, product: Product, image_id: int, *, platform_fee_rate: Decimal
) -> None:
    """Refused (ChangeRefused) for the last photo of a product on sale."""
    ensure(actor, Permission.SUPPLIER_MANAGE, product.supplier)
    image = _photo_of(product, image_id)
    with keeping_publishable(product, platform_fee_rate):
        product.images.remove(image)
        _renumber(product.images)


def describe_photo(actor: User, product: Product, image_id: int, alts: Mapping[str, str]) -> None:
    """Alt texts per language, read aloud to visitors who cannot see the photo."""
    ensure(actor, Permission.SUPPLIER_MANAGE, product.supplier)
    image = _photo_of(product, image_id)
    names = {row.language: row.name for row in product.translations}
    for lang in LANGUAGES:
        text = (alts.get(lang) or "").strip()
        if len(text) > MAX_ALT:
            raise TextTooLong(limit=MAX_ALT)
        setattr(image, f"alt_{lang}", text or names.get(lang, ""))
    db.session.flush()
