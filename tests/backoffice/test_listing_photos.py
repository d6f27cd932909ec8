"""Photos: stored through catalog.images, refused files explained with nothing stored,
reordered, removed and described."""

from decimal import Decimal

import pytest
from flask_babel import force_locale

from catalog import listing_photos
from catalog.listing_errors import ChangeRefused, PhotoNotFound
from catalog.listing_photos import PhotoUpload, add_photos, store_photos
from shop.errors import AccessDenied
from tests.backoffice.listing_support import create_listed_product, create_shop, jpeg

FEE = Decimal("0.05")
SVG = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'


pytestmark = pytest.mark.databases  # SQLite and PostgreSQL


@pytest.fixture(autouse=True)
def _english(db_session):
    """Messages compared as written in the code, whatever the translators did since."""
    with force_locale("en"):
        yield


@pytest.fixture
def shop(db_session):
    return create_shop("tifaout")


def _files(directory):
    return sorted(p for p in directory.rglob("*") if p.is_file())


def test_good_photos_are_stored_and_each_refused_file_is_explained(shop, tmp_path):
    uploads = [
        PhotoUpload("argan.jpg", jpeg()),
        PhotoUpload("drawing.svg", SVG),
        PhotoUpload("broken.jpg", jpeg()[:200]),
    ]
    stored, refused = store_photos(shop.owner, shop.supplier, uploads, upload_dir=tmp_path)
    assert len(stored) == 1 and len(stored[0].key) == 40
    assert [str(r).split(":")[0] for r in refused] == ["drawing.svg", "broken.jpg"]
    assert "JPEG, PNG or WebP" in str(refused[0])
    assert len(_files(tmp_path)) == 3  # one photo, three sizes; nothing of the refused ones


def test_a_refused_upload_stores_nothing(shop, tmp_path):
    stored, refused = store_photos(
        shop.owner, shop.supplier, [PhotoUpload("x.jpg", SVG)], upload_dir=tmp_path
    )
    assert stored == [] and len(refused) == 1
    assert _files(tmp_path) == []


def test_staff_cannot_upload(shop, tmp_path):
    with pytest.raises(AccessDenied):
        store_photos(shop.staff, shop.supplier, [PhotoUpload("a.jpg", jpeg())], upload_dir=tmp_path)
    assert _files(tmp_path) == []


def test_photos_are_added_after_the_others_up_to_the_limit(shop, tmp_path, monkeypatch):
    product = create_listed_product(shop.supplier, photos=1, names={"fr": "Miel", "ar": "عسل"})
    monkeypatch.setattr(listing_photos, "MAX_PHOTOS", 3)
    uploads = [PhotoUpload(f"{n}.jpg", jpeg()) for n in range(3)]
    refused = add_photos(shop.owner, product, uploads, upload_dir=tmp_path)
    assert len(product.images) == 3
    assert [image.position for image in product.images] == [0, 1, 2]
    assert (product.images[2].alt_fr, product.images[2].alt_ar) == ("Miel", "عسل")
    assert len(refused) == 1 and "2.jpg" in str(refused[0])


def test_photos_are_reordered_and_removed(shop):
    product = create_listed_product(shop.supplier, photos=3)
    first, second, third = (image.id for image in product.images)
    listing_photos.move_photo(shop.owner, product, third, -1)
    assert [i.id for i in product.images] == [first, third, second]
    listing_photos.move_photo(shop.owner, product, first, -1)  # already first: stays
    assert [i.id for i in product.images] == [first, third, second]
    listing_photos.remove_photo(shop.owner, product, first, platform_fee_rate=FEE)
    assert [(i.id, i.position) for i in product.images] == [(third, 0), (second, 1)]


def test_the_last_photo_of_a_product_on_sale_stays(shop, db_session):
    product = create_listed_product(shop.supplier, photos=1, status="published")
    image_id = product.images[0].id
    with pytest.raises(ChangeRefused) as refusal:
        listing_photos.remove_photo(shop.owner, product, image_id, platform_fee_rate=FEE)
    assert [str(r) for r in refusal.value.reasons] == ["Add at least one photo of the product."]
    db_session.expire_all()
    assert [i.id for i in product.images] == [image_id]


def test_a_photo_of_another_product_is_not_found(shop):
    mine = create_listed_product(shop.supplier)
    theirs = create_listed_product(create_shop("atlas").supplier)
    with pytest.raises(PhotoNotFound):
        listing_photos.remove_photo(shop.owner, mine, theirs.images[0].id, platform_fee_rate=FEE)
    with pytest.raises(PhotoNotFound):
        listing_photos.move_photo(shop.owner, mine, theirs.images[0].id, 1)
    assert len(theirs.images) == 1


def test_alt_texts_default_to_the_name(shop):
    product = create_listed_product(shop.supplier, names={"fr": "Miel", "zgh": "ⵜⴰⵎⵏⴷ"})
    image = product.images[0]
    listing_photos.describe_photo(
        shop.owner, product, image.id, {"fr": "Pot de miel ouvert", "ar": "", "zgh": " "}
    )
    assert (image.alt_fr, image.alt_ar, image.alt_zgh) == ("Pot de miel ouvert", "", "ⵜⴰⵎⵏⴷ")
