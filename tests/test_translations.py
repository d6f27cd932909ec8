"""Catalog completeness: a UI string untranslated, fuzzy or stale in any language fails here."""

import re
import subprocess
import sys

import pytest
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po

from shop.commands import extract_arguments
from shop.config import PROJECT_ROOT

TRANSLATIONS = PROJECT_ROOT / "translations"
LANGUAGES = ("ar", "fr", "zgh")
PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]")


def _catalog(lang: str):
    with (TRANSLATIONS / lang / "LC_MESSAGES" / "messages.po").open("rb") as po:
        return read_po(po, locale=lang)


def _hashable(value):
    return tuple(value) if isinstance(value, list | tuple) else value


def _strings(message) -> tuple:
    return message.string if isinstance(message.string, tuple) else (message.string,)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_string_is_translated_and_none_is_fuzzy(lang):
    catalog = _catalog(lang)
    untranslated = [m.id for m in catalog if m.id and not all(_strings(m))]
    fuzzy = [m.id for m in catalog if m.id and m.fuzzy]
    assert untranslated == []
    assert fuzzy == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_translations_keep_their_placeholders(lang):
    wrong = []
    for message in _catalog(lang):
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        expected = set(PLACEHOLDER.findall(ids[-1]))
        for translated in _strings(message):
            if set(PLACEHOLDER.findall(translated)) != expected:
                wrong.append((ids[0], translated))
    assert wrong == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_catalog_holds_every_string_of_the_template(lang):
    with (TRANSLATIONS / "messages.pot").open("rb") as pot:
        template_ids = {m.id for m in read_po(pot) if m.id}
    catalog_ids = {m.id for m in _catalog(lang) if m.id}
    assert template_ids - catalog_ids == set(), "run `souk translate update`"


def test_template_holds_every_string_of_the_code(tmp_path):
    fresh = tmp_path / "messages.pot"
    subprocess.run(
        [sys.executable, "-m", "babel.messages.frontend", *extract_arguments(fresh)],
        check=True,
        capture_output=True,
    )
    with fresh.open("rb") as new, (TRANSLATIONS / "messages.pot").open("rb") as old:
        missing = {m.id for m in read_po(new) if m.id} - {m.id for m in read_po(old) if m.id}
    assert missing == set(), "run `souk translate extract` then `souk translate update`"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_compiled_catalog_matches_the_sources(lang):
    mo_path = TRANSLATIONS / lang / "LC_MESSAGES" / "messages.mo"
    assert mo_path.exists(), "run `souk translate compile` (the install does it too)"
    with mo_path.open("rb") as mo:
        compiled = {_hashable(m.id): _hashable(m.string) for m in read_mo(mo) if m.id}
    sources = {_hashable(m.id): _hashable(m.string) for m in _catalog(lang) if m.id}
    assert compiled == sources, "run `souk translate compile`"


def test_tamazight_has_one_plural_form():
    catalog = _catalog("zgh")
    assert catalog.num_plurals == 1
    assert catalog.plural_expr == "0"


def test_arabic_has_six_plural_forms():
    assert _catalog("ar").num_plurals == 6
