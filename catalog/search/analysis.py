"""How names and descriptions become index terms, per language.

The filters are whoosh analysis filters. Their classes are pickled into the index's
schema, so renaming or moving one means rebuilding the index (`souk search reindex`);
bump `schema.INDEX_NAME` when their output changes."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

from whoosh.analysis import CompositeAnalyzer, Filter, RegexTokenizer, StemFilter, StopFilter
from whoosh.analysis.acore import Token
from whoosh.lang import stopwords_for_language

from catalog.search.text import WORD_PATTERN

# --- shared -----------------------------------------------------------------------------

_DIGITS_AND_INVISIBLES = {
    **{0x0660 + n: str(n) for n in range(10)},  # Arabic-Indic digits
    **{0x06F0 + n: str(n) for n in range(10)},  # Eastern Arabic-Indic digits
    **dict.fromkeys([0x00AD, 0x061C, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2060, 0xFEFF]),
    **dict.fromkeys(range(0x202A, 0x202F)),
    **dict.fromkeys(range(0x2066, 0x206A)),
}


def normalize_text(text: str) -> str:
    """NFKC (presentation forms, ligatures, full-width letters), lowercase, no invisible
    characters, Latin digits."""
    return unicodedata.normalize("NFKC", text).translate(_DIGITS_AND_INVISIBLES).lower()


class NormalizeFilter(Filter):
    """`normalize_text` on every token; tokens left empty are dropped."""

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        for token in tokens:
            token.text = normalize_text(token.text)
            if token.text:
                yield token


def tokenizer() -> RegexTokenizer:
    # The same word pattern as the query side, so both split text identically.
    return RegexTokenizer(WORD_PATTERN)


# --- French -----------------------------------------------------------------------------

_LIGATURES = str.maketrans({"œ": "oe", "æ": "ae", "ß": "ss"})


def fold_accents(text: str) -> str:
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFD", text.translate(_LIGATURES))
    return "".join(char for char in decomposed if unicodedata.category(char) != "Mn")


class FoldAccentsFilter(Filter):
    """crème → creme, œuf → oeuf. Runs after the stemmer, which knows French accents."""

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        for token in tokens:
            token.text = fold_accents(token.text)
            yield token


FRENCH_STOPWORDS = frozenset(stopwords_for_language("fr"))


# --- Arabic -----------------------------------------------------------------------------

_ARABIC_FOLD = {
    **dict.fromkeys(range(0x0610, 0x061B)),  # Quranic annotation signs
    **dict.fromkeys(range(0x064B, 0x0660)),  # tashkeel (fatha, damma, kasra, shadda, sukun…)
    0x0670: None,  # superscript alef
    0x0640: None,  # tatweel
    **dict.fromkeys(range(0x06D6, 0x06EE)),  # Quranic marks
    **{ord(alef): "ا" for alef in "أإآٱ"},
    ord("ى"): "ي",  # alef maqsura
    ord("ی"): "ي",  # Persian ya, from some keyboards
    ord("ک"): "ك",  # Persian kaf, likewise
    ord("ة"): "ه",  # taa marbuta
}


def normalize_arabic(text: str) -> str:
    return text.translate(_ARABIC_FOLD)


class ArabicNormalizeFilter(Filter):
    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        for token in tokens:
            token.text = normalize_arabic(token.text)
            if token.text:
                yield token


# Light stemming in the spirit of Larkey's "light10": strip the conjunction و, the article
# and its prepositional forms, then common suffixes, never leaving too short a stem.
ARABIC_ARTICLES = ("وال", "بال", "كال", "فال", "لل", "ال")
ARABIC_SUFFIXES = ("ها", "ان", "ات", "ون", "ين", "يه", "ية", "ه", "ة", "ي")
MIN_STEM_AFTER_PREFIX = 2
MIN_STEM_AFTER_SUFFIX = 3


def strip_arabic_article(word: str, min_stem: int = MIN_STEM_AFTER_PREFIX) -> str:
    for article in ARABIC_ARTICLES:
        if word.startswith(article) and len(word) - len(article) >= min_stem:
            return word[len(article) :]
    return word


def arabic_light_stem(word: str) -> str:
    # Only a long word loses its و: ورد (roses) and ورده (a rose) must keep theirs.
    if word.startswith("و") and len(word) >= 5:
        word = word[1:]
    word = strip_arabic_article(word)
    for suffix in ARABIC_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_STEM_AFTER_SUFFIX:
            word = word[: -len(suffix)]
    return word


class ArabicStemFilter(Filter):
    is_morph = True

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        for token in tokens:
            token.text = arabic_light_stem(token.text)
            yield token


class ArabicArticleVariantsFilter(Filter):
    """For prefix matching (autocomplete): each word also without its article, so that
    typing زي completes الزيت."""

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        for token in tokens:
            word = token.text
            yield token
            bare = strip_arabic_article(word, min_stem=1)
            if bare != word:
                token.text = bare
                yield token


# Normalised forms (after ArabicNormalizeFilter), so إلى is listed as الى.
ARABIC_STOPWORDS = frozenset(
    normalize_arabic(word)
    for word in [
        "في",
        "من",
        "على",
        "إلى",
        "عن",
        "مع",
        "أو",
        "ثم",
        "هذا",
        "هذه",
        "ذلك",
        "تلك",
        "التي",
        "الذي",
        "الذين",
        "كل",
        "بعض",
        "كما",
        "لكن",
        "بين",
        "عند",
        "قد",
        "لا",
        "ما",
        "هو",
        "هي",
    ]
)


# --- Tamazight (Tifinagh) ---------------------------------------------------------------

# Emphatics fold onto plain letters, because people typing Latin rarely write the dots
# (ḍ ṭ ṣ ṛ ẓ ḥ). The labialisation mark ⵯ needs nothing here: NFKC has already made it ⵡ,
# just as it makes the Latin ʷ a w, so ⴳⵯ and a typed gʷ or gw meet as ⴳⵡ.
_TIFINAGH_FOLD = {
    ord("ⴹ"): "ⴷ",
    ord("ⵟ"): "ⵜ",
    ord("ⵚ"): "ⵙ",
    ord("ⵕ"): "ⵔ",
    ord("ⵥ"): "ⵣ",
    ord("ⵃ"): "ⵀ",
    0x2D7F: None,  # consonant joiner
}


def fold_tifinagh(text: str) -> str:
    return text.translate(_TIFINAGH_FOLD)


class TifinaghFoldFilter(Filter):
    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        for token in tokens:
            token.text = fold_tifinagh(token.text)
            if token.text:
                yield token


# --- the analyzers the schema uses --------------------------------------------------------


def french_analyzer() -> CompositeAnalyzer:
    # Stop words are matched before stemming and folding, in their written form.
    return (
        tokenizer()
        | NormalizeFilter()
        | StopFilter(stoplist=FRENCH_STOPWORDS, minsize=2)
        | StemFilter(lang="fr")
        | FoldAccentsFilter()
    )


def arabic_analyzer() -> CompositeAnalyzer:
    return (
        tokenizer()
        | NormalizeFilter()
        | ArabicNormalizeFilter()
        | StopFilter(stoplist=ARABIC_STOPWORDS, minsize=2)
        | ArabicStemFilter()
    )


def strip_annexed_state(word: str) -> str:
    """Nouns after a preposition take the annexed state: ⴰⵔⴳⴰⵏ (argan) becomes ⵡⴰⵔⴳⴰⵏ in
    ⵍⵣⵉⵜ ⵏ ⵡⴰⵔⴳⴰⵏ (argan oil), ⵉⵎⵏⵙⵉ ⵢⵉ… likewise. The added ⵡ/ⵢ is dropped so both forms
    meet. (The other change, initial ⴰ → ⵓ, can't be undone without a dictionary.)"""
    if len(word) >= 4 and word[:2] in ("ⵡⴰ", "ⵢⵉ"):
        return word[1:]
    return word


class TamazightStateFilter(Filter):
    is_morph = True

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        for token in tokens:
            token.text = strip_annexed_state(token.text)
            yield token


class TamazightStateVariantsFilter(Filter):
    """For prefix matching: each word also in its free state (typing ⴰⵔⴳ completes ⵡⴰⵔⴳⴰⵏ)."""

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        for token in tokens:
            word = token.text
            yield token
            free = strip_annexed_state(word)
            if free != word:
                token.text = free
                yield token


def tamazight_analyzer() -> CompositeAnalyzer:
    return (
        tokenizer()
        | NormalizeFilter()
        | TifinaghFoldFilter()
        | StopFilter(stoplist=(), minsize=2)
        | TamazightStateFilter()
    )


def french_prefix_analyzer() -> CompositeAnalyzer:
    """Unstemmed, for autocompletion: a stem (huil) is not a prefix of what people type."""
    return tokenizer() | NormalizeFilter() | FoldAccentsFilter()


def arabic_prefix_analyzer() -> CompositeAnalyzer:
    return tokenizer() | NormalizeFilter() | ArabicNormalizeFilter() | ArabicArticleVariantsFilter()


def tamazight_prefix_analyzer() -> CompositeAnalyzer:
    return tokenizer() | NormalizeFilter() | TifinaghFoldFilter() | TamazightStateVariantsFilter()


def spelling_analyzer() -> CompositeAnalyzer:
    """Words as written (accents kept, Arabic normalised), for "did you mean"."""
    return (
        tokenizer()
        | NormalizeFilter()
        | ArabicNormalizeFilter()
        | StopFilter(stoplist=(), minsize=3)
    )


def terms(analyzer: CompositeAnalyzer, text: str) -> list[str]:
    return [token.text for token in analyzer(text)]
