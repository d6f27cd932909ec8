"""Product search: languages, typos, facets, filters, sorting, paging, suggestions, safety.

Each test gets its own index directory and builds it with reindex_all() from the rows it
created (the database is rolled back after every test, the index directory thrown away)."""

import time
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from flask_babel import force_locale

from catalog.models import LabelClaim
from catalog.search import (
    SearchQuery,
    autocomplete,
    index_products,
    index_status,
    querying,
    reindex_all,
    remove_products,
    search,
)
from catalog.search.facets import price_bucket_bounds
from catalog.search.searchers import close_searchers
from groupings.vocabulary import SUPPLIER_KIND_NAMES
from shop.extensions import db
from shop.regions import region_name
from tests.catalog.test_search_analysis import HOSTILE
from tests.factories import (
    create_category,
    create_grouping,
    create_label,
    create_label_claim,
    create_product,
    create_supplier,
)

pytestmark = pytest.mark.databases
TODAY = date.today()  # noqa: DTZ011 - the search's notion of today


@pytest.fixture
def index(app, db_session, tmp_path, monkeypatch):
    """An index directory of the test's own (its open files closed afterwards)."""
    monkeypatch.setitem(app.config, "SEARCH_INDEX_DIR", tmp_path / "search-index")
    yield tmp_path / "search-index"
    close_searchers()


def product(fr=None, ar=None, zgh=None, **kw):
    names = {lang: name for lang, name in (("fr", fr), ("ar", ar), ("zgh", zgh)) if name}
    return create_product(names=names, **kw)


def find(text="", **kw):
    return search(SearchQuery(text=text, **kw))


def skus(results):
    return [hit.sku for hit in results.hits]


def facet(results, name):
    return {entry.value: entry.count for entry in results.facets[name]}


# --- an index that isn't there yet ---


def test_searching_before_the_first_build_gives_an_empty_result(index):
    assert not index.exists()
    results = find("huile")
    assert results.total == 0 and results.hits == [] and results.suggestion is None
    assert set(results.facets) == {
        "category",
        "region",
        "label",
        "grouping",
        "supplier_kind",
        "price",
    }
    assert autocomplete("hu", "fr") == []
    assert index_status() == "missing"


def test_reindex_holds_only_published_products_of_active_suppliers(index):
    suspended = create_supplier(status="suspended")
    shown = product("Huile d'argan")
    product("Huile brouillon", status="draft")
    product("Huile archivée", status="archived")
    product("Huile d'un vendeur suspendu", supplier=suspended)
    assert reindex_all() == 1
    assert reindex_all() == 1  # a rebuild replaces, never duplicates
    assert skus(find("huile")) == [shown.sku]
    assert index_status() == "ok"


# --- languages ---


@pytest.mark.parametrize("typed", ["huile", "huiles", "HUILE", "Huilé"])
def test_french_plural_case_and_accents_find_the_product(index, typed):
    oil = product("Huile d'argan")
    reindex_all()
    assert skus(find(typed)) == [oil.sku]


def test_french_accents_are_optional(index):
    cream = product("Crème de henné")
    reindex_all()
    assert skus(find("creme henne")) == [cream.sku]


@pytest.mark.parametrize("typed", ["الزيت", "بالزيت", "زيت", "وَالزَّيْتُ", "زيـت"])
def test_arabic_article_prefixes_and_tashkeel_find_the_product(index, typed):
    oil = product(ar="زيت")
    other = product(ar="عسل")
    reindex_all()
    assert skus(find(typed, lang="ar")) == [oil.sku]
    assert other.sku not in skus(find(typed, lang="ar"))


@pytest.mark.parametrize("typed", ["اركان", "أركان", "إركان", "آركان"])
def test_arabic_alef_variants_find_each_other(index, typed):
    argan = product(ar="زيت الأركان")
    reindex_all()
    assert skus(find(typed, lang="ar")) == [argan.sku]


@pytest.mark.parametrize("typed", ["argan", "Argan", "ⴰⵔⴳⴰⵏ"])
def test_amazigh_typed_in_latin_letters_finds_tifinagh_names(index, typed):
    # Only the Tifinagh name says argan: the French one doesn't.
    argan = product(fr="Huile de beauté", zgh="ⴰⵔⴳⴰⵏ")
    reindex_all()
    results = find(typed, lang="zgh")
    assert skus(results) == [argan.sku]
    assert str(results.hits[0].highlighted_name) == "<mark>ⴰⵔⴳⴰⵏ</mark>"


def test_argan_finds_its_annexed_state_in_tifinagh_names(index):
    oil = product(fr="Huile", zgh="ⵍⵣⵉⵜ ⵏ ⵡⴰⵔⴳⴰⵏ")
    reindex_all()
    hit = find("argan", lang="zgh").hits[0]
    assert (hit.sku, str(hit.highlighted_name)) == (oil.sku, "ⵍⵣⵉⵜ ⵏ <mark>ⵡⴰⵔⴳⴰⵏ</mark>")
    assert autocomplete("arg", "zgh") == ["ⵍⵣⵉⵜ ⵏ ⵡⴰⵔⴳⴰⵏ"]


def test_informal_and_emphatic_latin_spellings_find_tifinagh(index):
    amlou = product(fr="Pâte d'amandes", zgh="ⴰⵎⵍⵓ")
    house = product(fr="Maison d'hôtes", zgh="ⵜⴰⴷⴷⴰⵔⵜ ⵏ ⴹⴰⵕ")
    reindex_all()
    assert skus(find("amlou")) == [amlou.sku]
    assert skus(find("dar")) == [house.sku]  # ⴹⴰⵕ typed without the dots


def test_a_query_in_one_language_finds_names_in_the_others(index):
    honey = product(fr="Miel de thym", ar="عسل الزعتر", zgh="ⵜⴰⵎⵎⵏⵜ")
    reindex_all()
    for text, lang in (("miel", "ar"), ("عسل", "fr"), ("ⵜⴰⵎⵎⵏⵜ", "fr"), ("tammnt", "ar")):
        assert skus(find(text, lang=lang)) == [honey.sku], text


def test_hits_are_named_in_the_shoppers_language_with_french_then_any_fallback(index):
    both = product(fr="Miel de thym", ar="عسل الزعتر")
    arabic_only = product(ar="عسل السدر")
    reindex_all()
    names = {hit.sku: hit.name for hit in find("عسل", lang="zgh", sort="price_asc").hits}
    assert names == {both.sku: "Miel de thym", arabic_only.sku: "عسل السدر"}
    assert {hit.name for hit in find("عسل", lang="ar").hits} == {"عسل الزعتر", "عسل السدر"}


def test_every_word_must_match(index):
    thyme_honey = product("Miel de thym")
    product("Miel d'oranger")
    reindex_all()
    assert skus(find("miel thym")) == [thyme_honey.sku]
    assert find("miel chocolat").total == 0


# --- typos and suggestions ---


@pytest.mark.parametrize(("typed", "name"), [("hiule", "Huile d'olive"), ("argn", "Savon argan")])
def test_one_typo_still_finds_the_product(index, typed, name):
    found = product(name)
    reindex_all()
    assert skus(find(typed)) == [found.sku]


def test_short_words_get_no_typo_tolerance(index):
    product("Thé vert")
    reindex_all()
    assert find("tha").total == 0


def test_exact_matches_rank_above_typo_matches(index):
    savon = product("Savon noir", price=Decimal("10"))
    sabon = product("Sabon bleu", price=Decimal("20"))
    reindex_all()
    assert skus(find("savon")) == [savon.sku, sabon.sku]


def test_a_misspelt_query_with_few_results_gets_a_suggestion(index):
    product("Huile d'olive")
    product("Huile d'argan")
    reindex_all()
    results = find("hiule")
    assert results.suggestion == "huile"
    assert find("huile").suggestion is None
    assert find("xqzwv").suggestion is None  # nothing close: no suggestion


def test_matches_are_highlighted_and_names_escaped(index):
    product("<script>alert('x')</script> Huile & miel")
    reindex_all()
    hit = find("huiles").hits[0]
    assert str(hit.highlighted_name) == (
        "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; <mark>Huile</mark> &amp; miel"
    )
    assert hit.name == "<script>alert('x')</script> Huile & miel"


# --- hostile input ---


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_queries_return_a_normal_result_quickly(index, text):
    product("Huile d'argan")
    reindex_all()
    started = time.perf_counter()
    results = find(text)
    autocomplete(text, "fr")
    assert time.perf_counter() - started < 2
    assert results.total >= 0 and results.page == 1


def test_hostile_filters_and_paging_are_tolerated(index):
    product("Huile")
    reindex_all()
    odd = SearchQuery(
        text="huile",
        lang="xx",
        sort="drop table",
        page=-5,
        per_page=10**9,
        min_price=Decimal("NaN"),
        max_price=Decimal("Infinity"),
        category="' OR 1=1 --",
    )
    results = search(odd)
    assert (results.page, results.per_page, results.query.lang) == (1, 100, "fr")
    assert results.total == 0  # the unknown category matches nothing


# --- facets and filters ---


@pytest.fixture
def catalogue(index):
    """Nine products spread over categories, regions, groupings, kinds, prices and labels."""
    food = create_category(slug="food", names={"fr": "Alimentation", "ar": "تغذية"})
    oils = create_category(slug="oils", parent_id=food.id, names={"fr": "Huiles", "ar": "زيوت"})
    crafts = create_category(slug="crafts", names={"fr": "Artisanat"})
    coop = create_supplier(region="souss-massa", kind="cooperative")
    coop2 = create_supplier(region="oriental", kind="cooperative")
    micro = create_supplier(region="souss-massa", kind="micro_entrepreneur")
    grouping = create_grouping(slug="souss-solidaire", name="Souss solidaire")
    organic = create_label(code="bio-maroc", name="Bio Maroc")
    igp = create_label(code="igp-argan", name="IGP Argan")
    rows = [
        # name, category, supplier, price, grouping
        ("Huile d'argan", oils, coop, "45", grouping),
        ("Huile d'olive", oils, coop2, "80", None),
        ("Huile de figue", oils, micro, "150", grouping),
        ("Miel de thym", food, coop, "199.99", None),
        ("Miel d'euphorbe", food, micro, "200", None),
        ("Tapis huile de lin", crafts, coop2, "999", None),
        ("Panier", crafts, micro, "1000", grouping),
        ("Poterie", crafts, coop, "4500", None),
        ("Couscous", food, coop2, "30", None),
    ]
    made = {}
    for name, category, supplier, price, group in rows:
        made[name] = product(
            name, category=category, supplier=supplier, price=Decimal(price), grouping=group
        )
    create_label_claim(organic, made["Huile d'argan"])
    create_label_claim(igp, made["Huile d'argan"])
    create_label_claim(organic, made["Huile de figue"], status="pending")  # not shown
    # A supplier-wide claim covers every product of that supplier (product_id NULL).
    db.session.add(
        LabelClaim(
            label=organic,
            supplier=coop2,
            product=None,
            valid_from=TODAY - timedelta(days=1),
            valid_until=TODAY + timedelta(days=1),
            status="verified",
        )
    )
    db.session.flush()
    reindex_all()
    return made


def test_facet_counts_are_exact(catalogue):
    results = find("huile")
    assert results.total == 4
    assert facet(results, "category") == {"food": 3, "oils": 3, "crafts": 1}
    assert facet(results, "region") == {"souss-massa": 2, "oriental": 2}
    assert facet(results, "supplier_kind") == {"cooperative": 3, "micro_entrepreneur": 1}
    assert facet(results, "grouping") == {"souss-solidaire": 2}
    assert facet(results, "label") == {"bio-maroc": 3, "igp-argan": 1}
    assert facet(results, "price") == {"0-50": 1, "50-100": 1, "100-200": 1, "500-1000": 1}


def test_facet_entries_are_named_in_the_shoppers_language(catalogue):
    results = find("huile", lang="ar")
    names = {
        facet_name: {e.value: e.label for e in entries}
        for facet_name, entries in results.facets.items()
    }
    assert names["category"] == {"food": "تغذية", "oils": "زيوت", "crafts": "Artisanat"}
    assert names["label"]["igp-argan"] == "IGP Argan"  # no Arabic name: French
    assert names["grouping"] == {"souss-solidaire": "Souss solidaire"}
    with force_locale("ar"):
        assert names["region"]["oriental"] == region_name("oriental")
        assert names["supplier_kind"]["cooperative"] == str(SUPPLIER_KIND_NAMES["cooperative"])
    assert [entry.value for entry in results.facets["price"]] == [
        "0-50",
        "50-100",
        "100-200",
        "500-1000",
    ]
    assert "50" in results.facets["price"][0].label  # "Under 50 MAD", in Arabic


def test_a_facet_ignores_its_own_filter_and_narrows_the_others(catalogue):
    results = find("huile", region="oriental")
    assert results.total == 2
    assert facet(results, "region") == {"souss-massa": 2, "oriental": 2}
    assert facet(results, "supplier_kind") == {"cooperative": 2}
    assert facet(results, "category") == {"food": 1, "oils": 1, "crafts": 1}


def test_every_facet_count_is_the_total_its_filter_gives(catalogue):
    """The defining property of the facet semantics, checked for every entry shown."""
    for base in (
        SearchQuery(text="huile"),
        SearchQuery(),
        SearchQuery(text="", region="souss-massa"),
    ):
        results = search(base)
        for name, entries in results.facets.items():
            for entry in entries:
                if name == "price":
                    low, high = price_bucket_bounds(entry.value)
                    narrowed = SearchQuery(**{**vars(base), "min_price": low, "max_price": high})
                else:
                    narrowed = SearchQuery(**{**vars(base), name: entry.value})
                assert search(narrowed).total == entry.count, (base, name, entry)


def test_category_filter_includes_descendant_categories(catalogue):
    assert find(category="food").total == 6
    assert find(category="oils").total == 3
    assert find("miel", category="oils").total == 0


def test_filters_combine(catalogue):
    assert skus(find("huile", supplier_kind="micro_entrepreneur")) == [
        catalogue["Huile de figue"].sku
    ]
    assert find(grouping="souss-solidaire", region="souss-massa").total == 3
    assert find(label="bio-maroc").total == 4  # 1 own claim + 3 products of the supplier claim
    assert find(label="igp-argan", region="oriental").total == 0


def test_price_bounds_are_inclusive(catalogue):
    prices = [
        hit.price
        for hit in find(min_price=Decimal("45"), max_price=Decimal("200"), sort="price_asc").hits
    ]
    assert prices == [
        Decimal("45.00"),
        Decimal("80.00"),
        Decimal("150.00"),
        Decimal("199.99"),
        Decimal("200.00"),
    ]
    assert find(min_price=Decimal("4500")).total == 1
    assert find(max_price=Decimal("29.99")).total == 0


def test_hits_carry_what_the_results_page_shows(catalogue):
    hit = find("argan").hits[0]
    argan = catalogue["Huile d'argan"]
    assert (hit.product_id, hit.sku, hit.price, hit.currency) == (
        argan.id,
        argan.sku,
        Decimal("45.00"),
        "MAD",
    )
    assert (hit.supplier_slug, hit.supplier_name) == (argan.supplier.slug, "Coopérative test")
    assert (hit.category_slug, hit.region, hit.image_key) == ("oils", "souss-massa", None)
    assert hit.labels == ["bio-maroc", "igp-argan"]
    assert hit.score > 0


def _claimed(code, valid_from, valid_until):
    label = create_label(code=code, name=code)
    item = product(f"Produit {code}")
    create_label_claim(label, item, valid_from=valid_from, valid_until=valid_until)
    return item


def test_labels_expire_by_date_without_reindexing(index, monkeypatch):
    ends_tomorrow = _claimed("ends-tomorrow", TODAY - timedelta(days=5), TODAY + timedelta(days=1))
    _claimed("ended", TODAY - timedelta(days=5), TODAY - timedelta(days=1))
    starts_later = _claimed("starts-later", TODAY + timedelta(days=2), TODAY + timedelta(days=30))
    reindex_all()
    assert facet(find(), "label") == {"ends-tomorrow": 1}
    assert skus(find(label="ends-tomorrow")) == [ends_tomorrow.sku]
    assert find(label="ended").total == 0
    # Three days later, with the very same index:
    monkeypatch.setattr(querying, "_today", lambda: TODAY + timedelta(days=3))
    assert facet(find(), "label") == {"starts-later": 1}
    assert find(label="ends-tomorrow").total == 0
    assert skus(find(label="starts-later")) == [starts_later.sku]
    assert find("produit ends").hits[0].labels == []


# --- sorting and paging ---


def test_sort_orders(index):
    old = product("Miel ancien", price=Decimal("50"), created_at=datetime(2024, 1, 1, tzinfo=UTC))
    new = product("Miel nouveau", price=Decimal("20"), created_at=datetime(2025, 1, 1, tzinfo=UTC))
    mid = product("Miel moyen", price=Decimal("30"), created_at=datetime(2024, 6, 1, tzinfo=UTC))
    reindex_all()
    assert skus(find("miel", sort="price_asc")) == [new.sku, mid.sku, old.sku]
    assert skus(find("miel", sort="price_desc")) == [old.sku, mid.sku, new.sku]
    assert skus(find("miel", sort="newest")) == [new.sku, mid.sku, old.sku]
    assert skus(find(sort="relevance")) == [new.sku, mid.sku, old.sku]  # no text: newest


def test_equal_prices_keep_a_stable_order(index):
    first = product("Savon A", price=Decimal("10"))
    second = product("Savon B", price=Decimal("10"))
    reindex_all()
    assert skus(find("savon", sort="price_asc")) == [first.sku, second.sku]


def test_relevance_puts_names_above_descriptions_and_short_names_first(index):
    in_description = product("Panier tressé")
    in_description.translations[0].description = "Pour ranger le savon."
    long_name = product("Savon noir beldi à l'eucalyptus du Souss")
    short_name = product("Savon noir")
    reindex_all()
    assert skus(find("savon")) == [short_name.sku, long_name.sku, in_description.sku]


def test_pages(index):
    made = [product(f"Datte {n}", price=Decimal(n + 1)) for n in range(25)]
    reindex_all()
    pages = [find("datte", sort="price_asc", per_page=10, page=n) for n in (1, 2, 3, 4)]
    assert [len(page.hits) for page in pages] == [10, 10, 5, 0]
    assert all(page.total == 25 and page.pages == 3 for page in pages)
    assert [sku for page in pages for sku in skus(page)] == [p.sku for p in made]
    assert pages[0].has_next and not pages[0].has_prev and not pages[2].has_next


def test_equal_scores_page_without_repeats_or_gaps(index):
    made = [product("Datte medjool") for _ in range(17)]
    reindex_all()
    pages = [skus(find("datte", per_page=5, page=n)) for n in (1, 2, 3, 4)]
    seen = [sku for page in pages for sku in page]
    assert seen == [p.sku for p in sorted(made, key=lambda p: -p.id)]  # latest first


# --- autocomplete ---


def test_autocomplete_in_each_language(index):
    product(fr="Huile d'argan", ar="زيت الأركان", zgh="ⴰⵎⵍⵓ ⵏ ⵓⵔⴳⴰⵏ")
    product(fr="Miel de thym", ar="عسل الزعتر")
    reindex_all()
    assert autocomplete("hu", "fr") == ["Huile d'argan"]
    assert autocomplete("arg", "fr") == ["Huile d'argan"]  # a later word
    assert autocomplete("زي", "ar") == ["زيت الأركان"]  # the article is optional
    assert autocomplete("الزع", "ar") == ["عسل الزعتر"]
    assert autocomplete("ⴰⵎ", "zgh") == ["ⴰⵎⵍⵓ ⵏ ⵓⵔⴳⴰⵏ"]
    assert autocomplete("aml", "zgh") == ["ⴰⵎⵍⵓ ⵏ ⵓⵔⴳⴰⵏ"]  # Latin typing
    assert autocomplete("mi", "zgh") == ["Miel de thym"]  # no Tifinagh name: French


def test_autocomplete_puts_names_starting_with_the_prefix_first(index):
    product("Savon à l'huile")
    product("Huile de figue de barbarie")
    product("Huile d'olive")
    reindex_all()
    assert autocomplete("hui", "fr") == [
        "Huile d'olive",
        "Huile de figue de barbarie",
        "Savon à l'huile",
    ]
    assert autocomplete("hui", "fr", limit=1) == ["Huile d'olive"]
    assert autocomplete("huile fi", "fr") == ["Huile de figue de barbarie"]
    assert autocomplete("h", "fr") == []


# --- writing ---


def test_index_products_and_remove_products(index):
    oil = product("Huile d'argan")
    reindex_all()
    oil.price = Decimal("321")
    db.session.flush()
    index_products([oil.id])
    assert find("huile").hits[0].price == Decimal("321.00")
    remove_products([oil.id])
    assert find("huile").total == 0
    index_products([oil.id])
    assert find("huile").total == 1


def test_souk_search_reindex_command(index, runner):
    product("Huile d'argan")
    product("Miel")
    result = runner.invoke(args=["search", "reindex"])
    assert result.exit_code == 0, result.output
    assert "2" in result.output
    assert find("miel").total == 1
