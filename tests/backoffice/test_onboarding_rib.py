"""RIB, phone and ICE checks: the bank details a seller is paid to must be typed right."""

import pytest

from groupings.errors import InvalidIce, InvalidPhone, InvalidRib, WrongRibKey
from groupings.rib import (
    format_rib,
    normalise_ice,
    normalise_phone,
    normalise_rib,
    rib_check_key,
)
from tests.backoffice.onboarding_support import OTHER_VALID_RIB, VALID_RIB


def test_check_key_of_a_constructed_rib_follows_the_formula():
    body = "011" + "780" + "0000001234567890"  # bank, locality, account
    # 117800000001234567890 x 100 = 11780000000123456789000, which is 50 more than a
    # multiple of 97; the key is 97 - 50 = 47.
    assert int(body) * 100 % 97 == 50
    assert rib_check_key(body) == 47
    assert body + "47" == VALID_RIB


@pytest.mark.parametrize("rib", [VALID_RIB, OTHER_VALID_RIB])
def test_a_valid_rib_is_a_multiple_of_97(rib):
    assert int(rib) % 97 == 0
    assert normalise_rib(rib) == rib


def test_key_97_when_the_body_is_itself_a_multiple_of_97():
    body = str(97 * 10**19).zfill(22)
    assert rib_check_key(body) == 97
    assert normalise_rib(body + "97") == body + "97"


@pytest.mark.parametrize(
    "typed",
    [
        "011 780 0000001234567890 47",
        "011-780-0000001234567890-47",
        "011.780.0000001234567890.47",
        " 011780000000123456789047 ",
        "٠١١٧٨٠٠٠٠٠٠٠١٢٣٤٥٦٧٨٩٠٤٧",  # Arabic-Indic digits from a phone keyboard
    ],
)
def test_rib_is_accepted_with_separators_and_stored_as_24_digits(typed):
    assert normalise_rib(typed) == VALID_RIB


@pytest.mark.parametrize(
    "wrong",
    [
        VALID_RIB[:-2] + "48",  # wrong key
        "1" + VALID_RIB[1:],  # one digit mistyped
        VALID_RIB[:12] + VALID_RIB[13] + VALID_RIB[12] + VALID_RIB[14:],  # two digits swapped
    ],
)
def test_rib_with_a_wrong_key_is_refused_with_a_clear_message(app, wrong):
    with pytest.raises(WrongRibKey) as refused:
        normalise_rib(wrong)
    with app.test_request_context("/fr/"):
        assert "clé de contrôle" in str(refused.value)


@pytest.mark.parametrize("wrong", ["", "0117800000001234567890", VALID_RIB + "1", "A" * 24])
def test_rib_of_the_wrong_shape_is_refused(wrong):
    with pytest.raises(InvalidRib) as refused:
        normalise_rib(wrong)
    assert not isinstance(refused.value, WrongRibKey)


def test_rib_is_shown_grouped_as_on_bank_papers():
    assert format_rib(VALID_RIB) == "011 780 0000001234567890 47"


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("06 12 34 56 78", "+212612345678"),
        ("+212 7 12 34 56 78", "+212712345678"),
        ("00212528123456", "+212528123456"),
        ("0528-12-34-56", "+212528123456"),
        ("٠٦١٢٣٤٥٦٧٨", "+212612345678"),
    ],
)
def test_moroccan_phone_numbers_are_stored_as_plus_212(typed, stored):
    assert normalise_phone(typed) == stored


@pytest.mark.parametrize("wrong", ["0812345678", "061234567", "+33612345678", "phone"])
def test_other_phone_numbers_are_refused(wrong):
    with pytest.raises(InvalidPhone):
        normalise_phone(wrong)


def test_ice_is_exactly_15_digits():
    assert normalise_ice(" 001234567000089 ") == "001234567000089"
    for wrong in ("00123456700008", "0012345670000891", "00123456700008X"):
        with pytest.raises(InvalidIce):
            normalise_ice(wrong)
