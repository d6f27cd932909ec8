"""How text becomes index terms in each language, and how typed queries are cleaned.

Pure functions: no application, no database."""

import time

import pytest

from catalog.search.analysis import (
    arabic_analyzer,
    french_analyzer,
    tamazight_analyzer,
    terms,
)
from catalog.search.highlight import highlight
from catalog.search.spelling import edit_distance
from catalog.search.text import MAX_QUERY_CHARS, MAX_QUERY_WORDS, clean_query, query_words
from catalog.search.transliteration import latin_to_tifinagh

FRENCH = french_analyzer()
ARABIC = arabic_analyzer()
TAMAZIGHT = tamazight_analyzer()


@pytest.mark.parametrize(
    ("typed", "indexed"),
    [
        ("huiles", "Huile"),
        ("creme", "Crème"),
        ("épicées", "EPICE"),
        ("oeufs", "Œuf"),
        ("naturelles", "naturel"),
    ],
)
def test_french_folds_case_accents_and_plurals(typed, indexed):
    assert terms(FRENCH, typed) == terms(FRENCH, indexed)


def test_french_drops_stop_words_and_elisions():
    assert terms(FRENCH, "L'huile d’argan de la vallée") == ["huil", "argan", "vall"]


@pytest.mark.parametrize("typed", ["الزيت", "بالزيت", "وَالزَّيْتُ", "زيت", "زَيْت", "زيـــت", "للزيت"])
def test_arabic_article_prefixes_tashkeel_and_tatweel_are_removed(typed):
    assert terms(ARABIC, typed) == ["زيت"]


@pytest.mark.parametrize("typed", ["أركان", "إركان", "آركان", "ٱركان", "اركان"])
def test_arabic_alef_forms_are_one_letter(typed):
    assert terms(ARABIC, typed) == terms(ARABIC, "اركان")


def test_arabic_ya_and_taa_marbuta_are_normalised():
    assert terms(ARABIC, "حلوى") == terms(ARABIC, "حلوي")
    assert terms(ARABIC, "زيتونة") == terms(ARABIC, "زيتونه")


def test_arabic_light_stemming_strips_suffixes_but_keeps_short_stems():
    assert terms(ARABIC, "منتجاتها") == ["منتج"]
    assert terms(ARABIC, "تين") == ["تين"]  # not تـ + ين
    assert terms(ARABIC, "ورد") == ["ورد"]  # its و is part of the word
    assert terms(ARABIC, "ورده") == ["ورد"]


def test_arabic_presentation_forms_and_digits_are_normalised():
    assert terms(ARABIC, "\ufeaf\ufef3\ufe96") == ["زيت"]  # زيت in presentation forms
    assert terms(FRENCH, "٥٠٠") == ["500"]


def test_tamazight_folds_emphatics_and_labialisation():
    assert terms(TAMAZIGHT, "ⴹⴰⵕ") == terms(TAMAZIGHT, "ⴷⴰⵔ")
    assert terms(TAMAZIGHT, "ⴰⴳⵯⵎⴰ") == terms(TAMAZIGHT, "ⴰⴳⵡⵎⴰ")


def test_tamazight_annexed_state_meets_the_free_state():
    assert terms(TAMAZIGHT, "ⵍⵣⵉⵜ ⵏ ⵡⴰⵔⴳⴰⵏ") == ["ⵍⵣⵉⵜ", "ⴰⵔⴳⴰⵏ"]  # ⵏ: one letter, dropped
    assert terms(TAMAZIGHT, "ⵢⵉⵎⵏⵙⵉ") == terms(TAMAZIGHT, "ⵉⵎⵏⵙⵉ")
    assert terms(TAMAZIGHT, "ⵡⴰⵏ") == ["ⵡⴰⵏ"]  # too short to be an annexed noun


@pytest.mark.parametrize(
    ("latin", "tifinagh"),
    [
        ("argan", "ⴰⵔⴳⴰⵏ"),
        ("tamazight", "ⵜⴰⵎⴰⵣⵉⵖⵜ"),
        ("aɣrum", "ⴰⵖⵔⵓⵎ"),
        ("axxam", "ⴰⵅⵅⴰⵎ"),
        ("akhkham", "ⴰⵅⵅⴰⵎ"),
        ("tacurt", "ⵜⴰⵛⵓⵔⵜ"),
        ("ḍar", "ⴹⴰⵔ"),
        ("gʷma", "ⴳⵯⵎⴰ"),
        ("ɛli", "ⵄⵍⵉ"),
    ],
)
def test_ircam_latin_is_transliterated_to_tifinagh(latin, tifinagh):
    assert latin_to_tifinagh(latin)[0] == tifinagh


def test_informal_latin_spellings_get_a_second_reading():
    assert latin_to_tifinagh("amlou") == ["ⴰⵎⵍⵓ"]  # o has no IRCAM letter: informal reading only
    assert latin_to_tifinagh("shal") == ["ⵙⵀⴰⵍ", "ⵛⴰⵍ"]
    assert latin_to_tifinagh("500") == []
    assert latin_to_tifinagh("pizza") == []


@pytest.mark.parametrize(
    ("a", "b", "distance"),
    [("huile", "hiule", 1), ("argan", "argn", 1), ("miel", "miel", 0), ("savon", "sabot", 2)],
)
def test_edit_distance_counts_a_swap_as_one_edit(a, b, distance):
    assert edit_distance(a, b) == distance


HOSTILE = [
    '"huile',
    "(argan",
    "argan)]}",
    "AND",
    "OR NOT",
    "* ? ~ ^ :",
    "name_fr:huile",
    "huile^100",
    "hu*",
    "\x00\x01\x1b[31m",
    "\u202ehuile\u202c",
    "\u2066argan\u2069",
    "hu\u200bile\u200d",
    "\ufeff",
    "x" * 10_000,
    "huile " * 2_000,
    "🫒🍯" * 50,
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_becomes_a_few_plain_words(text):
    started = time.perf_counter()
    words = query_words(text)
    assert time.perf_counter() - started < 0.1
    assert len(clean_query(text)) <= MAX_QUERY_CHARS
    assert len(words) <= MAX_QUERY_WORDS
    for word in words:
        assert word.isprintable() and not set(word) & set('"()[]{}*?~^:\u200b\u202e')


def test_invisible_characters_do_not_split_words():
    assert query_words("hu\u200bile \u202eargan\u202c") == ["huile", "argan"]
    assert query_words("miel\tbio\nsouss") == ["miel", "bio", "souss"]


def test_highlight_marks_matched_words_and_escapes_the_rest():
    html = highlight("<script>alert(1)</script> Huiles & miel", "fr", {"huil"})
    assert str(html) == ("&lt;script&gt;alert(1)&lt;/script&gt; <mark>Huiles</mark> &amp; miel")


def test_highlight_follows_arabic_analysis():
    assert str(highlight("زيت الأركان", "ar", {"زيت"})) == "<mark>زيت</mark> الأركان"
