"""Uploaded pictures: real images in, clean WebP out; anything else refused, nothing stored."""

import io
import struct
import zlib

import pytest
from PIL import Image

from catalog.images import SIZES, ImageTooLarge, InvalidImage, image_path, store_image


def _jpeg(size=(1200, 800), exif=None, colour=(200, 120, 40)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, "JPEG", exif=exif or b"")
    return out.getvalue()


def _png(size=(640, 480), mode="RGBA") -> bytes:
    out = io.BytesIO()
    Image.new(mode, size, (10, 200, 30, 128) if mode == "RGBA" else (10, 200, 30)).save(out, "PNG")
    return out.getvalue()


def _stored_files(upload_dir):
    return sorted(p for p in upload_dir.rglob("*") if p.is_file())


def _exif_with_gps_and_rotation() -> bytes:
    exif = Image.Exif()
    exif[0x0112] = 6  # orientation: rotate 90° clockwise to display
    exif[0x010F] = "PhoneMaker"
    gps = {1: "N", 2: (33.0, 35.0, 0.0), 3: "W", 4: (7.0, 36.0, 0.0)}
    exif[0x8825] = gps
    return exif.tobytes()


def test_jpeg_is_stored_as_three_webp_sizes_under_its_content_hash(tmp_path):
    data = _jpeg((2400, 1600))
    stored = store_image(data, tmp_path)
    assert len(stored.key) == 40
    for name, longest in SIZES.items():
        with Image.open(image_path(tmp_path, stored.key, name)) as image:
            assert image.format == "WEBP"
            assert max(image.size) == min(longest, 2400)
    assert store_image(data, tmp_path).key == stored.key  # same bytes, same name, stored once
    assert len(_stored_files(tmp_path)) == 3


def test_exif_orientation_is_applied_and_metadata_stripped(tmp_path):
    stored = store_image(_jpeg((1200, 800), exif=_exif_with_gps_and_rotation()), tmp_path)
    assert (stored.width, stored.height) == (800, 1200)  # portrait, as the phone showed it
    for name in SIZES:
        with Image.open(image_path(tmp_path, stored.key, name)) as image:
            assert not image.getexif()
            assert "exif" not in image.info and "xmp" not in image.info
            assert image.height > image.width
        raw = image_path(tmp_path, stored.key, name).read_bytes()
        assert b"PhoneMaker" not in raw and b"EXIF" not in raw.upper()[:64]


def test_png_with_transparency_keeps_it(tmp_path):
    stored = store_image(_png(), tmp_path)
    with Image.open(image_path(tmp_path, stored.key, "thumb")) as image:
        assert image.mode == "RGBA"


def _bomb_png(width: int, height: int) -> bytes:
    """A tiny file declaring a huge picture: the header promises width×height pixels."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        checksum = struct.pack(">I", zlib.crc32(kind + body))
        return struct.pack(">I", len(body)) + kind + body + checksum

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    rows = zlib.compress(b"\x00" * (width + 1) * 16)
    chunks = chunk(b"IHDR", header) + chunk(b"IDAT", rows) + chunk(b"IEND", b"")
    return b"\x89PNG\r\n\x1a\n" + chunks


HOSTILE = {
    "svg": b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    "html": b"<!doctype html><html><body><script>alert(1)</script></body></html>",
    "empty": b"",
    "text renamed .jpg": b"just some text pretending to be a picture",
    "truncated jpeg": _jpeg()[:2000],
    "jpeg with appended script": _jpeg() + b"<script>alert(document.cookie)</script>",
    "jpeg with appended zip": _jpeg() + b"PK\x03\x04" + b"\x00" * 200,
    "gif": (
        b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04\x01"
        b"\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;"
    ),
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_files_are_refused_and_nothing_is_stored(tmp_path, name):
    with pytest.raises(InvalidImage):
        store_image(HOSTILE[name], tmp_path)
    assert _stored_files(tmp_path) == []


def test_hundred_megapixel_bomb_is_refused_before_decoding(tmp_path):
    bomb = _bomb_png(10_000, 10_000)
    assert len(bomb) < 100_000
    with pytest.raises(ImageTooLarge) as refused:
        store_image(bomb, tmp_path)
    assert "40" in str(refused.value)
    assert _stored_files(tmp_path) == []


def test_refusal_message_is_translated(app):
    with app.test_request_context("/ar/"):
        from flask import g

        g.lang_code = "ar"
        with pytest.raises(InvalidImage) as refused:
            store_image(HOSTILE["svg"], app.config["UPLOAD_DIR"])
        assert str(refused.value) != InvalidImage.message._args[0]
