"""The one door to Pillow: verifying, cleaning and storing uploaded pictures.

An upload becomes three WebP files named by the SHA-256 of the original bytes, so the
same photo uploaded twice is stored once and names never collide or leak user input."""

from __future__ import annotations

import hashlib
import io
import warnings
from dataclasses import dataclass
from pathlib import Path

from flask_babel import lazy_gettext as _l
from PIL import Image, ImageOps, UnidentifiedImageError

from shop.errors import ShopError

ACCEPTED_FORMATS = {"JPEG", "PNG", "WEBP"}
SIZES = {"thumb": 320, "medium": 800, "large": 1600}
# Pillow's own default (~89 Mpx) lets a small file expand to gigabytes in memory.
MAX_PIXELS = 40_000_000
MAX_BYTES = 15 * 1024 * 1024
WEBP_QUALITY = 82
WEBP_METHOD = 3  # a little larger files than 4-6, encoded two to three times faster
Image.MAX_IMAGE_PIXELS = MAX_PIXELS


class InvalidImage(ShopError):
    message = _l("This file is not a picture we can use. Please send a JPEG, PNG or WebP photo.")


class ImageTooLarge(InvalidImage):
    message = _l(
        "This picture is too large. Please send a photo of at most %(megapixels)s megapixels."
    )


@dataclass(frozen=True)
class StoredImage:
    key: str
    width: int
    height: int


def image_path(upload_dir: Path, key: str, size: str) -> Path:
    return upload_dir / "images" / key[:2] / f"{key}-{size}.webp"


def _open_verified(data: bytes) -> Image.Image:
    if not data or len(data) > MAX_BYTES:
        raise InvalidImage()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            probe = Image.open(io.BytesIO(data))
            if probe.format not in ACCEPTED_FORMATS:
                raise InvalidImage()
            if probe.width * probe.height > MAX_PIXELS:
                raise ImageTooLarge(megapixels=MAX_PIXELS // 1_000_000)
            probe.verify()  # structure check; the object is unusable afterwards
            image = Image.open(io.BytesIO(data))
            image.load()  # decodes every pixel: truncated files fail here
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ImageTooLarge(megapixels=MAX_PIXELS // 1_000_000) from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise InvalidImage() from None
    if image.format == "JPEG" and not data.rstrip(b"\x00").endswith(b"\xff\xd9"):
        # Bytes after the end-of-image marker (an appended script, an archive) are refused.
        raise InvalidImage()
    return image


def _normalised(image: Image.Image) -> Image.Image:
    image = ImageOps.exif_transpose(image)  # phones store rotation in EXIF, not in pixels
    mode = "RGBA" if image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info else "RGB"
    # A fresh image carries pixels only: EXIF (GPS, camera serial), ICC and XMP are left behind.
    clean = Image.new(mode, image.size)
    clean.paste(image.convert(mode))
    return clean


def image_key(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:40]


def process_image(data: bytes) -> tuple[str, dict[str, bytes], tuple[int, int]]:
    """Verifies `data` and returns (key, WebP bytes per size, upright size); stores nothing."""
    image = _normalised(_open_verified(data))
    key = image_key(data)
    encoded = {}
    for name, longest in SIZES.items():
        copy = image.copy()
        copy.thumbnail((longest, longest), Image.Resampling.LANCZOS)
        out = io.BytesIO()
        copy.save(out, "WEBP", quality=WEBP_QUALITY, method=WEBP_METHOD)
        encoded[name] = out.getvalue()
    return key, encoded, image.size


def _already_stored(upload_dir: Path, key: str) -> StoredImage | None:
    """The same bytes were verified and stored before: their name is their hash."""
    paths = [image_path(upload_dir, key, name) for name in SIZES]
    if not all(path.is_file() for path in paths):
        return None
    with Image.open(paths[-1]) as largest:
        return StoredImage(key=key, width=largest.width, height=largest.height)


def store_image(data: bytes, upload_dir: Path) -> StoredImage:
    """Verifies and stores an upload; on any refusal nothing is written.

    The recorded size is the largest stored rendition's, the one pages show."""
    stored = _already_stored(upload_dir, image_key(data))
    if stored is not None:
        return stored
    key, encoded, _size = process_image(data)
    for name, webp in encoded.items():
        target = image_path(upload_dir, key, name)
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_suffix(".part")
        temporary.write_bytes(webp)
        temporary.replace(target)  # atomic: readers never see half a file
    with Image.open(io.BytesIO(encoded[list(SIZES)[-1]])) as largest:
        return StoredImage(key=key, width=largest.width, height=largest.height)
