"""Benchmark of the product search: our whoosh index against SQLite FTS5 on the same rows.

Not a test. Run from the project root:

    .venv/bin/python bench/search.py --products 100000

Steps, each in its own process so that peak memory figures belong to one job:
1. populate: a fresh SQLite database built by the real migrations, filled with N products
   (French, Arabic and Tifinagh names and descriptions from word lists, fixed seed);
2. index: `catalog.search.reindex_all()` — wall time and peak RSS;
3. serve: a process that opens the app and the index and runs the queries through
   `catalog.search.search()` — latencies and peak RSS;
4. fts5: the same queries against an FTS5 table over the same rows (bm25 ranking, COUNT
   for the total, GROUP BY for the facet counts).
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SEED = 20260101
QUERIES_PER_CASE = 200
WARMUP_QUERIES = 20
CASES = ("one term", "two terms", "typo", "one term + facets")
TARGETS = {
    "one term + facets": "p95 <= 50 ms and no worse than FTS5",
    "indexing peak": "<= 1 GB",
    "serving peak": "<= 250 MB",
}

# --- word lists: (French, Arabic, Amazigh in IRCAM Latin, turned into Tifinagh) ---------------

PRODUCTS = [
    ("huile", "زيت", "zzit"),
    ("argan", "أركان", "argan"),
    ("miel", "عسل", "tamment"),
    ("amlou", "أملو", "amlu"),
    ("savon", "صابون", "ssabun"),
    ("tapis", "زربية", "tazerbit"),
    ("dattes", "تمر", "tiyni"),
    ("amandes", "لوز", "lluz"),
    ("olives", "زيتون", "azemmur"),
    ("safran", "زعفران", "zzeɛfran"),
    ("couscous", "كسكس", "seksu"),
    ("tajine", "طاجين", "tajin"),
    ("figues", "تين", "tazart"),
    ("raisins", "عنب", "aḍil"),
    ("thé", "شاي", "atay"),
    ("menthe", "نعناع", "nneɛneɛ"),
    ("rose", "ورد", "lward"),
    ("poterie", "فخار", "tulli"),
    ("panier", "سلة", "tasellit"),
    ("babouches", "بلغة", "idukan"),
    ("coussin", "وسادة", "tasumta"),
    ("bijoux", "حلي", "tinaḍin"),
    ("cumin", "كمون", "lkamun"),
    ("thym", "زعتر", "azukni"),
    ("sel", "ملح", "tisent"),
    ("orge", "شعير", "timzin"),
    ("farine", "دقيق", "aren"),
    ("lait", "حليب", "ayefki"),
    ("fromage", "جبن", "taklilt"),
    ("beurre", "زبدة", "tulussi"),
    ("confiture", "مربى", "ljam"),
    ("henné", "حناء", "lḥenni"),
    ("ghassoul", "غاسول", "aɣasul"),
    ("caroube", "خروب", "tikharrubt"),
    ("cactus", "صبار", "aknari"),
    ("grenade", "رمان", "tarummant"),
    ("noix", "جوز", "tagusimt"),
    ("lavande", "خزامى", "timzzit"),
    ("laine", "صوف", "taḍuṭ"),
    ("cuir", "جلد", "ilem"),
]
QUALIFIERS = [
    ("bio", "عضوي", "abiyu"),
    ("naturel", "طبيعي", "agamay"),
    ("artisanal", "تقليدي", "anaṣli"),
    ("pressé à froid", "معصور على البارد", "yettwasfaḍ"),
    ("fait main", "يدوي", "s ufus"),
    ("premium", "ممتاز", "yelha"),
    ("sauvage", "بري", "aɣmis"),
    ("parfumé", "معطر", "yettwaḥemmen"),
    ("traditionnel", "أصيل", "aqbur"),
    ("de montagne", "جبلي", "n udrar"),
    ("doux", "حلو", "izid"),
    ("épicé", "حار", "yeqqed"),
    ("brodé", "مطرز", "yettwarqem"),
    ("tissé", "منسوج", "yettwazeṭ"),
    ("séché", "مجفف", "yeqqur"),
]
ORIGINS = [
    ("du Souss", "من سوس", "n Sus"),
    ("de l'Atlas", "من الأطلس", "n Waṭlas"),
    ("de Tafilalet", "من تافيلالت", "n Tafilalt"),
    ("du Rif", "من الريف", "n Arif"),
    ("de Tiznit", "من تيزنيت", "n Tiznit"),
    ("d'Essaouira", "من الصويرة", "n Tassurt"),
    ("de Ouarzazate", "من ورزازات", "n Warzazat"),
    ("de Taliouine", "من تالوين", "n Taliwin"),
    ("du Drâa", "من درعة", "n Dderɛa"),
    ("de Chefchaouen", "من شفشاون", "n Ccawen"),
]
DESCRIPTION_WORDS = [
    ("coopérative", "تعاونية", "tamsmunt"),
    ("femmes", "نساء", "tisednan"),
    ("récolte", "جني", "tamegra"),
    ("qualité", "جودة", "taɣara"),
    ("village", "قرية", "taddart"),
    ("savoir-faire", "خبرة", "tussna"),
    ("fraîche", "طازجة", "tamaynut"),
    ("pure", "صافية", "tazdigt"),
    ("famille", "عائلة", "tawacult"),
    ("soleil", "شمس", "tafukt"),
    ("eau", "ماء", "aman"),
    ("terre", "أرض", "akal"),
    ("arbre", "شجرة", "taseklut"),
    ("main", "يد", "afus"),
    ("tradition", "تقليد", "ansay"),
    ("goût", "ذوق", "tamimt"),
    ("cuisine", "مطبخ", "anwal"),
    ("marché", "سوق", "asuq"),
    ("hiver", "شتاء", "tagrest"),
    ("été", "صيف", "anebdu"),
    ("récipient", "وعاء", "tagdurt"),
    ("ancienne", "قديمة", "taqburt"),
    ("solidaire", "تضامني", "amsmun"),
    ("montagne", "جبل", "adrar"),
    ("vallée", "واد", "asif"),
    ("jardin", "حديقة", "urti"),
    ("fleurs", "أزهار", "ijejjigen"),
    ("ciel", "سماء", "igenni"),
    ("pierre", "حجر", "aẓru"),
    ("bois", "خشب", "asɣar"),
]
CATEGORIES = [
    ("alimentation", ["huiles", "miels", "epices", "fruits-secs", "cereales"]),
    ("cosmetiques", ["soins-visage", "soins-corps", "savons"]),
    ("artisanat", ["tapis", "poterie", "vannerie", "bijoux", "cuir"]),
    ("textile", ["broderie", "tissage"]),
]
REGIONS = [
    "tanger-tetouan-al-hoceima",
    "oriental",
    "fes-meknes",
    "rabat-sale-kenitra",
    "beni-mellal-khenifra",
    "casablanca-settat",
    "marrakech-safi",
    "draa-tafilalet",
    "souss-massa",
    "guelmim-oued-noun",
    "laayoune-sakia-el-hamra",
    "dakhla-oued-ed-dahab",
]
LABELS = ["igp-argan", "bio-maroc", "label-cooperative", "commerce-equitable", "fait-main", "aop"]
SYLLABLES = ["ta", "ma", "ri", "za", "lu", "ka", "ne", "so", "di", "ba", "ya", "ou", "fi", "gh"]
ARABIC_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"


def _tifinagh(latin: str) -> str:
    from catalog.search.transliteration import latin_to_tifinagh

    words = []
    for word in latin.split():
        readings = latin_to_tifinagh(word.lower())
        words.append(readings[0] if readings else word)
    return " ".join(words)


def _brand(rng: random.Random) -> tuple[str, str, str]:
    """A made-up cooperative brand in each script, so the name lexicons are large."""
    latin = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))
    arabic = "".join(rng.choice(ARABIC_LETTERS) for _ in range(rng.randint(3, 6)))
    return latin.capitalize(), arabic, _tifinagh(latin.replace("ou", "u").replace("gh", "ɣ"))


# --- step 1: populate -------------------------------------------------------------------------


def _make_app(workdir: Path):
    from shop.app import create_app
    from shop.config import TestingConfig

    return create_app(
        TestingConfig(),
        SQLALCHEMY_DATABASE_URI=f"sqlite:///{workdir / 'bench.sqlite3'}",
        DATA_DIR=workdir,
        UPLOAD_DIR=workdir / "uploads",
        SEARCH_INDEX_DIR=workdir / "search-index",
        SEARCH_WRITER_LIMITMB=128,
    )


def populate(workdir: Path, products: int) -> dict:
    from flask_migrate import upgrade
    from sqlalchemy import insert, text

    from catalog.models import (
        Category,
        CategoryTranslation,
        LabelClaim,
        Product,
        ProductTranslation,
        QualityLabel,
        QualityLabelTranslation,
    )
    from groupings.models import Grouping, GroupingTranslation, Supplier, SupplierTranslation
    from shop.extensions import db

    if (workdir / "bench.sqlite3").exists():
        return {"populate_seconds": "reused"}  # a --workdir from an earlier run
    rng = random.Random(SEED)
    app = _make_app(workdir)
    started = time.perf_counter()
    with app.app_context():
        upgrade()
        session = db.session
        now = datetime.now(UTC)
        category_ids, leaf_ids = 0, []
        for position, (top, children) in enumerate(CATEGORIES):
            category_ids += 1
            top_id = category_ids
            session.execute(insert(Category), [{"id": top_id, "slug": top, "position": position}])
            session.execute(
                insert(CategoryTranslation),
                [{"category_id": top_id, "language": "fr", "name": top.capitalize()}],
            )
            for child in children:
                category_ids += 1
                leaf_ids.append(category_ids)
                session.execute(
                    insert(Category),
                    [{"id": category_ids, "slug": child, "parent_id": top_id, "position": 0}],
                )
                session.execute(
                    insert(CategoryTranslation),
                    [{"category_id": category_ids, "language": "fr", "name": child}],
                )
        groupings = [f"groupement-{n}" for n in range(1, 6)]
        session.execute(
            insert(Grouping),
            [
                {"id": n, "slug": slug, "region": "souss-massa"}
                for n, slug in enumerate(groupings, 1)
            ],
        )
        session.execute(
            insert(GroupingTranslation),
            [{"grouping_id": n, "language": "fr", "name": f"Groupement {n}"} for n in range(1, 6)],
        )
        session.execute(
            insert(QualityLabel),
            [
                {"id": n, "code": code, "kind": "organic", "issuing_body": "Bench"}
                for n, code in enumerate(LABELS, 1)
            ],
        )
        session.execute(
            insert(QualityLabelTranslation),
            [
                {"label_id": n, "language": "fr", "name": code.replace("-", " ").title()}
                for n, code in enumerate(LABELS, 1)
            ],
        )
        supplier_count = max(10, products // 200)
        suppliers = []
        for n in range(1, supplier_count + 1):
            suppliers.append(
                {
                    "id": n,
                    "slug": f"cooperative-{n}",
                    "kind": "cooperative" if n % 3 else "micro_entrepreneur",
                    "status": "active" if n % 50 else "suspended",
                    "region": rng.choice(REGIONS),
                    "members": 10,
                    "women_members": 6,
                }
            )
        session.execute(insert(Supplier), suppliers)
        session.execute(
            insert(SupplierTranslation),
            [
                {"supplier_id": s["id"], "language": "fr", "name": f"Coopérative {s['id']}"}
                for s in suppliers
            ],
        )
        today = date.today()  # noqa: DTZ011 - label validity is a calendar day
        claims = []
        for s in suppliers[::7]:  # supplier-wide claims, some expired
            valid_until = today + timedelta(days=rng.choice([-30, 200, 400]))
            claims.append(_claim(rng, s["id"], None, today, valid_until))
        brands = [_brand(rng) for _ in range(3000)]
        batch_products, batch_translations = [], []
        for pid in range(1, products + 1):
            supplier = suppliers[rng.randrange(supplier_count)]
            product, qualifier, origin = (
                rng.choice(PRODUCTS),
                rng.choice(QUALIFIERS),
                rng.choice(ORIGINS),
            )
            brand = rng.choice(brands)
            batch_products.append(
                {
                    "id": pid,
                    "sku": f"BENCH-{pid:07d}",
                    "supplier_id": supplier["id"],
                    "category_id": rng.choice(leaf_ids),
                    "grouping_id": rng.choice([None, None, *range(1, 6)]),
                    "price": Decimal(rng.randint(500, 250000)) / 100,
                    "stock": rng.randint(0, 50),
                    "region": supplier["region"],
                    "status": "published" if pid % 20 else "draft",
                    "created_at": now - timedelta(minutes=pid),
                    "updated_at": now,
                }
            )
            for i, lang in enumerate(("fr", "ar", "zgh")):
                words = [product[i], qualifier[i], origin[i], brand[i]]
                description = [rng.choice(DESCRIPTION_WORDS)[i] for _ in range(rng.randint(12, 25))]
                if lang == "zgh":
                    words = [_tifinagh(w) if w != brand[i] else w for w in words]
                    description = [_tifinagh(w) for w in description]
                batch_translations.append(
                    {
                        "product_id": pid,
                        "language": lang,
                        "name": " ".join(words),
                        "description": " ".join(description),
                    }
                )
            if rng.random() < 0.1:
                valid_until = today + timedelta(days=rng.choice([-10, 100, 300]))
                claims.append(_claim(rng, supplier["id"], pid, today, valid_until))
            if len(batch_products) == 5000:
                session.execute(insert(Product), batch_products)
                session.execute(insert(ProductTranslation), batch_translations)
                batch_products, batch_translations = [], []
        if batch_products:
            session.execute(insert(Product), batch_products)
            session.execute(insert(ProductTranslation), batch_translations)
        session.execute(insert(LabelClaim), claims)
        session.commit()
        _build_fts(session)
        session.commit()
        session.execute(text("ANALYZE"))  # planner statistics, as any DBA would have
        session.commit()
    return {"populate_seconds": round(time.perf_counter() - started, 1)}


def _claim(rng, supplier_id, product_id, today, valid_until) -> dict:
    return {
        "label_id": rng.randint(1, len(LABELS)),
        "supplier_id": supplier_id,
        "product_id": product_id,
        "certificate_number": f"C-{rng.randint(1, 10**6)}",
        "valid_from": today - timedelta(days=400),
        "valid_until": valid_until,
        "status": "verified",
    }


def _build_fts(session) -> None:
    from sqlalchemy import text

    session.execute(
        text(
            "CREATE VIRTUAL TABLE fts_products USING fts5(name_fr, name_ar, name_zgh, desc_fr, "
            "desc_ar, desc_zgh, tokenize = 'unicode61 remove_diacritics 2')"
        )
    )
    # Only the rows our index holds: published products of active suppliers.
    session.execute(
        text(
            "INSERT INTO fts_products(rowid, name_fr, name_ar, name_zgh, desc_fr, desc_ar, "
            "desc_zgh) SELECT p.id, fr.name, ar.name, zgh.name, fr.description, ar.description, "
            "zgh.description FROM products p JOIN suppliers s ON s.id = p.supplier_id "
            "LEFT JOIN product_translations fr ON fr.product_id = p.id AND fr.language = 'fr' "
            "LEFT JOIN product_translations ar ON ar.product_id = p.id AND ar.language = 'ar' "
            "LEFT JOIN product_translations zgh ON zgh.product_id = p.id AND zgh.language = 'zgh' "
            "WHERE p.status = 'published' AND s.status = 'active'"
        )
    )


# --- queries (the same for both engines) ------------------------------------------------------


def make_queries(count: int) -> dict[str, list[str]]:
    rng = random.Random(SEED + 1)
    singles = [w for triple in PRODUCTS for w in triple[:2]] + [
        _tifinagh(triple[2]) for triple in PRODUCTS
    ]
    singles = [w for w in singles if " " not in w]

    def typo(word: str) -> str:
        i = rng.randrange(1, len(word) - 1)
        edit = rng.choice(("swap", "drop", "double"))
        if edit == "swap":
            return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        if edit == "drop":
            return word[:i] + word[i + 1 :]
        return word[:i] + word[i] + word[i:]

    long_words = [w for w in singles if len(w) >= 5]
    queries = {
        "one term": [rng.choice(singles) for _ in range(count)],
        "two terms": [],
        "typo": [typo(rng.choice(long_words)) for _ in range(count)],
        "one term + facets": [rng.choice(singles) for _ in range(count)],
    }
    for _ in range(count):
        i = rng.randrange(3)
        product, qualifier = rng.choice(PRODUCTS)[i], rng.choice(QUALIFIERS)[i]
        if i == 2:
            product, qualifier = _tifinagh(product), _tifinagh(qualifier)
        queries["two terms"].append(f"{product} {qualifier.split()[-1]}")
    return queries


def _summary(latencies: list[float]) -> dict:
    ms = sorted(x * 1000 for x in latencies)
    return {
        "median_ms": round(statistics.median(ms), 2),
        "p95_ms": round(statistics.quantiles(ms, n=20)[-1], 2),
    }


def _peak_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)  # KiB on Linux


# --- step 2: index ----------------------------------------------------------------------------


def index(workdir: Path) -> dict:
    app = _make_app(workdir)
    with app.app_context():
        from catalog.search import reindex_all

        before = _peak_mb()
        started = time.perf_counter()
        count = reindex_all()
        seconds = time.perf_counter() - started
    size = sum(f.stat().st_size for f in (workdir / "search-index").rglob("*") if f.is_file())
    return {
        "indexed": count,
        "index_seconds": round(seconds, 1),
        "index_peak_mb": _peak_mb(),
        "index_rss_before_mb": before,
        "index_size_mb": round(size / 2**20, 1),
    }


# --- step 3: serve (ours) ---------------------------------------------------------------------


def serve(workdir: Path, count: int) -> dict:
    from catalog.search import SearchQuery, search

    app = _make_app(workdir)
    queries = make_queries(count)
    results: dict = {}
    with app.app_context():
        started = time.perf_counter()
        search(SearchQuery(text="argan"))  # opens the index, reads the facet columns
        results["first_query_ms"] = round((time.perf_counter() - started) * 1000, 1)
        for case in CASES:
            texts = queries[case]
            for text in texts[:WARMUP_QUERIES]:
                search(SearchQuery(text=text))
            latencies, totals = [], []
            for text in texts:
                started = time.perf_counter()
                found = search(SearchQuery(text=text, lang="fr"))
                latencies.append(time.perf_counter() - started)
                totals.append(found.total)
            results[case] = {**_summary(latencies), "mean_hits": round(statistics.mean(totals))}
    results["serve_peak_mb"] = _peak_mb()
    with app.app_context():
        browse = search(SearchQuery())
        results["browse_facets"] = {
            name: {entry.value: entry.count for entry in entries}
            for name, entries in browse.facets.items()
        }
    return results


# --- step 4: FTS5 baseline --------------------------------------------------------------------


def _fts_match(text: str) -> str:
    # Each word quoted: FTS5 syntax characters in a word can't break the query.
    return " ".join('"' + word.replace('"', '""') + '"' for word in text.split())


# Over a temporary table of the matching ids (filled once per query), joined on primary keys.
# Each returns (facet value, count) with the values our search uses, so that the browse
# case (every visible product) can check our facet counts against SQL.
FACET_SQL = {
    "category": "SELECT c.slug, COUNT(*) FROM hits h JOIN products p ON p.id = h.id "
    "JOIN categories c ON c.id = p.category_id GROUP BY 1 UNION ALL "
    "SELECT parent.slug, COUNT(*) FROM hits h JOIN products p ON p.id = h.id "
    "JOIN categories c ON c.id = p.category_id JOIN categories parent ON parent.id = c.parent_id "
    "GROUP BY 1",
    "region": "SELECT p.region, COUNT(*) FROM hits h JOIN products p ON p.id = h.id GROUP BY 1",
    "grouping": "SELECT g.slug, COUNT(*) FROM hits h JOIN products p ON p.id = h.id "
    "JOIN groupings g ON g.id = p.grouping_id GROUP BY 1",
    "supplier_kind": "SELECT s.kind, COUNT(*) FROM hits h JOIN products p ON p.id = h.id "
    "JOIN suppliers s ON s.id = p.supplier_id GROUP BY 1",
    "price": "SELECT CASE WHEN price < 50 THEN '0-50' WHEN price < 100 THEN '50-100' "
    "WHEN price < 200 THEN '100-200' WHEN price < 500 THEN '200-500' "
    "WHEN price < 1000 THEN '500-1000' ELSE '1000-' END, COUNT(*) "
    "FROM hits h JOIN products p ON p.id = h.id GROUP BY 1",
    # Join order and indexes forced: left to itself SQLite walks the claims the slow way.
    "label": "SELECT l.code, COUNT(DISTINCT claimed.id) FROM ("
    "SELECT c.label_id, p.id FROM hits h CROSS JOIN products p ON p.id = h.id "
    "CROSS JOIN label_claims c INDEXED BY ix_label_claims_product_id "
    "ON c.product_id = p.id AND c.supplier_id = p.supplier_id "
    "WHERE c.status = 'verified' AND c.valid_from <= date('now') "
    "AND c.valid_until >= date('now') UNION ALL "
    "SELECT c.label_id, p.id FROM hits h CROSS JOIN products p ON p.id = h.id "
    "CROSS JOIN label_claims c INDEXED BY ix_label_claims_supplier_id "
    "ON c.product_id IS NULL AND c.supplier_id = p.supplier_id "
    "WHERE c.status = 'verified' AND c.valid_from <= date('now') "
    "AND c.valid_until >= date('now')) AS claimed JOIN quality_labels l ON l.id = claimed.label_id "
    "GROUP BY 1",
}


def _sql_facets(connection: sqlite3.Connection) -> dict[str, dict[str, int]]:
    return {name: dict(connection.execute(sql).fetchall()) for name, sql in FACET_SQL.items()}


def fts5(workdir: Path, count: int) -> dict:
    connection = sqlite3.connect(workdir / "bench.sqlite3")
    queries = make_queries(count)

    def run(text: str, with_facets: bool) -> int:
        match = _fts_match(text)
        connection.execute(
            "SELECT rowid, bm25(fts_products, 3, 3, 3, 1, 1, 1) AS rank FROM fts_products "
            "WHERE fts_products MATCH :q ORDER BY rank LIMIT 24",
            {"q": match},
        ).fetchall()
        if not with_facets:
            return connection.execute(
                "SELECT COUNT(*) FROM fts_products WHERE fts_products MATCH :q", {"q": match}
            ).fetchone()[0]
        connection.execute("DROP TABLE IF EXISTS temp.hits")
        connection.execute(
            "CREATE TEMP TABLE hits AS SELECT rowid AS id FROM fts_products "
            "WHERE fts_products MATCH :q",
            {"q": match},
        )
        total = connection.execute("SELECT COUNT(*) FROM hits").fetchone()[0]
        _sql_facets(connection)
        return total

    results: dict = {}
    for case in CASES:
        texts = queries[case]
        for text in texts[:WARMUP_QUERIES]:
            run(text, case.endswith("facets"))
        latencies, totals = [], []
        for text in texts:
            started = time.perf_counter()
            totals.append(run(text, case.endswith("facets")))
            latencies.append(time.perf_counter() - started)
        results[case] = {**_summary(latencies), "mean_hits": round(statistics.mean(totals))}
    results["fts5_peak_mb"] = _peak_mb()
    connection.execute("DROP TABLE IF EXISTS temp.hits")
    connection.execute("CREATE TEMP TABLE hits AS SELECT rowid AS id FROM fts_products")
    results["browse_facets"] = _sql_facets(connection)
    return results


# --- orchestration ----------------------------------------------------------------------------


def _child(step: str, workdir: Path, args: argparse.Namespace) -> dict:
    command = [sys.executable, __file__, "--step", step, "--workdir", str(workdir)]
    command += ["--products", str(args.products), "--queries", str(args.queries)]
    output = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=False)
    if output.returncode:
        sys.exit(f"step {step} failed:\n{output.stderr}")
    return json.loads(output.stdout.strip().splitlines()[-1])


def _report(args: argparse.Namespace, figures: dict) -> None:
    print(
        f"\nSouk Tadamon search benchmark — {args.products} products, {args.queries} queries/case"
    )
    print(
        f"populate {figures['populate_seconds']} s | indexed {figures['indexed']} visible products "
        f"in {figures['index_seconds']} s, index {figures['index_size_mb']} MB"
    )
    print(
        f"\n{'case':<20}{'ours p50/p95 ms':>20}{'FTS5 p50/p95 ms':>20}{'ratio p50/p95':>16}  hits"
    )
    for case in CASES:
        ours, base = figures["ours"][case], figures["fts5"][case]
        ratio = f"{ours['median_ms'] / base['median_ms']:.1f}/{ours['p95_ms'] / base['p95_ms']:.1f}"
        print(
            f"{case:<20}{ours['median_ms']:>9.2f} /{ours['p95_ms']:>8.2f}"
            f"{base['median_ms']:>11.2f} /{base['p95_ms']:>7.2f}{ratio:>16}"
            f"  {ours['mean_hits']} / {base['mean_hits']}"
        )
    print("\n(ours always includes facet counts and highlighted hits; FTS5 has no typo tolerance,")
    print(" so its 'typo' row is the plain query for the misspelt word)")
    print(f"\nfirst query after opening the index: {figures['ours']['first_query_ms']} ms")
    print(
        f"indexing peak RSS {figures['index_peak_mb']} MB (app loaded: "
        f"{figures['index_rss_before_mb']} MB)  target {TARGETS['indexing peak']}"
    )
    print(
        f"serving peak RSS {figures['ours']['serve_peak_mb']} MB  target {TARGETS['serving peak']}"
    )
    print(f"target for one term + facets: {TARGETS['one term + facets']}")
    agree = figures["ours"]["browse_facets"] == figures["fts5"]["browse_facets"]
    print(f"facet counts over all products equal SQL GROUP BY counts: {'yes' if agree else 'NO'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--products", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=QUERIES_PER_CASE)
    parser.add_argument("--workdir", type=Path, help="keep the data here (default: a temp dir)")
    parser.add_argument("--json", type=Path, help="also write every figure to this file")
    parser.add_argument(
        "--step", choices=("populate", "index", "serve", "fts5"), help=argparse.SUPPRESS
    )
    args = parser.parse_args()
    if args.step:
        steps = {
            "populate": lambda: populate(args.workdir, args.products),
            "index": lambda: index(args.workdir),
            "serve": lambda: serve(args.workdir, args.queries),
            "fts5": lambda: fts5(args.workdir, args.queries),
        }
        print(json.dumps(steps[args.step]()))
        return
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="souk-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    try:
        figures: dict = {}
        for step in ("populate", "index"):
            print(f"{step}…", file=sys.stderr, flush=True)  # progress, apart from the report
            figures.update(_child(step, workdir, args))
        print("queries…", file=sys.stderr, flush=True)
        figures["ours"] = _child("serve", workdir, args)
        figures["fts5"] = _child("fts5", workdir, args)
        _report(args, figures)
        if args.json:
            args.json.write_text(json.dumps(figures, indent=2, ensure_ascii=False))
    finally:
        if args.workdir is None:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
