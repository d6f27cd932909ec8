"""Certificates and attestations: a PDF or a picture, verified, stored under its content hash."""

from __future__ import annotations

import hashlib
from pathlib import Path

from flask_babel import lazy_gettext as _l

from catalog import images
from shop.errors import ShopError

MAX_DOCUMENT_BYTES = 10 * 1024 * 1024


class InvalidDocument(ShopError):
    message = _l(
        "This document must be a PDF file or a photo (JPEG, PNG or WebP) of at most 10 MB."
    )


def document_path(upload_dir: Path, key: str) -> Path:
    return upload_dir / "documents" / key[:2] / f"{key}.pdf"


def _private_images(upload_dir: Path) -> Path:
    # Photos of certificates and loan attestations live outside the public image folder
    # that /media/images serves: only the access-checked document routes read them.
    return upload_dir / "documents" / "photos"


def stored_document(upload_dir: Path, key: str | None) -> tuple[Path, str] | None:
    """The file and its media type for a key made by store_document, if it exists."""
    if not key:
        return None
    if key.startswith("img-"):
        path = images.image_path(_private_images(upload_dir), key[4:], "large")
        mimetype = "image/webp"
    else:
        path, mimetype = document_path(upload_dir, key), "application/pdf"
    return (path, mimetype) if path.is_file() else None


def _looks_like_pdf(data: bytes) -> bool:
    # A PDF starts with its version header and ends with an end-of-file marker;
    # HTML or scripts renamed to .pdf fail one or the other.
    return data[:8].startswith((b"%PDF-1.", b"%PDF-2.")) and b"%%EOF" in data[-1024:]


def store_document(data: bytes, upload_dir: Path) -> str:
    """Stores a PDF as is, or a photo through the image pipeline; returns the key.

    Photo keys are prefixed `img-` so the download route knows which store to read."""
    if not data or len(data) > MAX_DOCUMENT_BYTES:
        raise InvalidDocument()
    if data.startswith(b"%PDF"):
        if not _looks_like_pdf(data):
            raise InvalidDocument()
        key = hashlib.sha256(data).hexdigest()[:40]
        target = document_path(upload_dir, key)
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_suffix(".part")
        temporary.write_bytes(data)
        temporary.replace(target)
        return key
    try:
        return "img-" + images.store_image(data, _private_images(upload_dir)).key
    except images.InvalidImage:
        raise InvalidDocument() from None
