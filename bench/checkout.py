"""How fast orders are placed under concurrency (target: p95 ≤ 300 ms with 32 buyers).

    .venv/bin/python bench/checkout.py [--orders 400] [--postgres [ADMIN_URL]] [--sqlite]
                                       [--workers N] [--threads N]

Builds a throwaway PostgreSQL database (created through ADMIN_URL, dropped afterwards; or a
SQLite file with --sqlite) with the real migrations, 8 suppliers (each with an owner, told
of every order) and 40 products with stock that never runs out, and one customer per buyer.
Then, for 1, 8 and 32 buyers placing orders at the same time (each order: 3 products of 2
or 3 suppliers, home delivery, cash):

- **checkout**: `shop.checkout.placing.place_order` and the commit, as the checkout request
  runs it (cart review, prices, quote, order, parts, lines, events, the notice the worker
  later turns into the customer's and sellers' e-mails, the conditional stock updates in
  id order);
- **baseline**: the same three conditional `UPDATE products SET stock = stock - :q WHERE
  id = :id AND stock >= :q` statements in id order and a commit, nothing else: what the
  database alone costs for the same stock changes.

The buyers are dealt to worker processes (as many as gunicorn.conf.py starts on this
machine, unless --workers says otherwise), each with its own application, connection pool
and request threads (--threads, or gunicorn.conf.py's); a buyer's order waits for a free
request thread, as a request does in gunicorn's threaded worker. Every order has its own
customer whose cart was
filled (and whose review page computed the total) before the clock starts: only placing
the order is timed. Figures are printed
(orders per second, median and 95th percentile latency, and checkout ÷ baseline), never
asserted: they depend on the machine."""

from __future__ import annotations

import argparse
import multiprocessing
import random
import runpy
import statistics
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from decimal import Decimal
from multiprocessing.connection import Connection
from pathlib import Path

import psycopg
from flask import Flask
from flask_migrate import upgrade
from sqlalchemy import func, select, text
from sqlalchemy.engine import make_url

from catalog.models import Category, CategoryTranslation, Product, ProductTranslation
from groupings.models import (
    Grouping,
    GroupingMembership,
    Supplier,
    SupplierMember,
    SupplierTranslation,
)
from shop.accounts.models import User
from shop.app import create_app
from shop.cart import services as cart_services
from shop.cart.models import Cart, CartLine
from shop.checkout import placing
from shop.checkout.services import make_address
from shop.config import TestingConfig
from shop.database import utcnow
from shop.extensions import db
from shop.mail.models import OutboxMessage
from shop.worker import run_round

DEFAULT_POSTGRES_ADMIN_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
CONCURRENCY = (1, 8, 32)
SUPPLIERS = 8
PRODUCTS = 40
LINES_PER_ORDER = 3
REGIONS = ("souss-massa", "fes-meknes", "oriental", "draa-tafilalet", "casablanca-settat")
SETTINGS = placing.CheckoutSettings(platform_fee_rate=Decimal("0.05"), card_enabled=False)
ADDRESS = make_address(
    full_name="Bench Buyer",
    phone="0612345678",
    region="casablanca-settat",
    city="Casablanca",
    street="1 rue du Banc",
)
CHOICES = placing.CheckoutChoices(ADDRESS, "cash")


def make_app(database_url: str, data_dir: Path) -> Flask:
    return create_app(
        TestingConfig(),
        SQLALCHEMY_DATABASE_URI=database_url,
        DATA_DIR=data_dir,
        UPLOAD_DIR=data_dir / "uploads",
        SEARCH_INDEX_DIR=data_dir / "search-index",
    )


@contextmanager
def database(use_sqlite: bool, admin_url: str, workdir: Path) -> Iterator[str]:
    if use_sqlite:
        yield f"sqlite:///{workdir / 'bench.sqlite3'}"
        return
    name = f"souk_bench_{uuid.uuid4().hex[:10]}"
    dsn = make_url(admin_url).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(dsn, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    try:
        yield make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with psycopg.connect(dsn, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def seed() -> list[int]:
    """Suppliers, each with its owner (told of every order), and products with stock for
    every run; returns the product ids."""
    category = Category(slug="bench", translations=[CategoryTranslation(language="fr", name="B")])
    grouping = Grouping(slug="bench-grouping", region="souss-massa")
    db.session.add_all([category, grouping])
    products = []
    for number in range(SUPPLIERS):
        supplier = Supplier(
            slug=f"bench-supplier-{number}",
            kind="cooperative",
            status="active",
            region=REGIONS[number % len(REGIONS)],
            city="Agadir",
            translations=[SupplierTranslation(language="fr", name=f"Coopérative {number}")],
        )
        owner = User(
            email=f"owner{number}@bench.ma",
            full_name=f"Owner {number}",
            password_hash="!",  # noqa: S106 - a bench account that never logs in
            preferred_language=("ar", "fr", "zgh")[number % 3],
        )
        db.session.add_all(
            [
                GroupingMembership(
                    grouping=grouping, supplier=supplier, admitted_on=utcnow().date()
                ),
                SupplierMember(supplier=supplier, user=owner, role="owner"),
            ]
        )
        for index in range(PRODUCTS // SUPPLIERS):
            product = Product(
                sku=f"BENCH-{number}-{index}",
                supplier=supplier,
                category=category,
                grouping=grouping if number % 2 == 0 else None,
                price=Decimal("49.90") + index,
                stock=10_000_000,
                weight_grams=700,
                region=supplier.region,
                status="published",
                translations=[ProductTranslation(language="fr", name=f"Produit {number}-{index}")],
            )
            products.append(product)
    db.session.add_all(products)
    db.session.commit()
    return [p.id for p in products]


_customers = iter(range(10**9))


def customers_with_carts(
    rng: random.Random, product_ids: list[int], count: int
) -> list[tuple[int, Decimal]]:
    """Untimed: customers who filled a cart and saw its total on the review page."""
    users = [
        User(
            email=f"buyer{number}@bench.ma",
            full_name=f"Buyer {number}",
            password_hash="!",  # noqa: S106 - a bench account that never logs in
            preferred_language="fr",
        )
        for number in (next(_customers) for _ in range(count))
    ]
    db.session.add_all(users)
    db.session.flush()
    customers = []
    for user in users:
        lines = sorted(rng.sample(product_ids, LINES_PER_ORDER))
        cart = Cart(
            user_id=user.id,
            lines=[CartLine(product_id=pid, quantity=rng.randint(1, 3)) for pid in lines],
        )
        db.session.add(cart)
        customers.append((user, cart))
    db.session.commit()
    prepared = []
    for user, cart in customers:
        prepared.append((user.id, placing.quote_cart(cart, CHOICES, SETTINGS).total))
    db.session.remove()
    return prepared


def place_one(customer_id: int, expected_total: Decimal) -> None:
    """Timed: what the "Place my order" request does, commit included."""
    customer = db.session.get(User, customer_id)
    cart = cart_services.find_cart(user=customer)
    placing.place_order(
        customer, cart, CHOICES, SETTINGS, expected_total=expected_total, now=utcnow()
    )
    db.session.commit()


BARE_UPDATE = text("UPDATE products SET stock = stock - :q WHERE id = :id AND stock >= :q")


def bare_updates(lines: list[tuple[int, int]]) -> None:
    with db.engine.begin() as connection:
        for product_id, quantity in lines:
            if connection.execute(BARE_UPDATE, {"id": product_id, "q": quantity}).rowcount != 1:
                raise RuntimeError("the benchmark's stock ran out")


def run(
    pool: WorkerPool, app: Flask, buyers: int, orders: int, product_ids: list[int], mode: str
) -> tuple[float, list[float]]:
    """`orders` orders spread over `buyers` threads, themselves spread over the pool's
    worker processes; returns wall time and latencies."""
    per_buyer = max(1, orders // buyers)
    rng = random.Random(buyers * 1000 + orders)
    work: list[list] = []
    with app.app_context():
        for _ in range(buyers):
            if mode == "checkout":
                work.append(customers_with_carts(rng, product_ids, per_buyer))
            else:
                work.append(
                    [
                        [(pid, rng.randint(1, 3)) for pid in sorted(rng.sample(product_ids, 3))]
                        for _ in range(per_buyer)
                    ]
                )
    return pool.run(mode, work)


class WorkerPool:
    """Worker processes, each with its own application, connection pool and request
    threads, as the server's (gunicorn.conf.py) would hold them. Buyers are dealt to the
    processes in turn, as the server's socket deals connections; all start together."""

    def __init__(self, processes: int, threads: int, database_url: str, data_dir: Path) -> None:
        context = multiprocessing.get_context("spawn")
        self.pipes = []
        self.processes = []
        for _ in range(processes):
            ours, theirs = context.Pipe()
            process = context.Process(
                target=serve_worker,
                args=(theirs, database_url, data_dir, threads),
                daemon=True,
            )
            process.start()
            self.pipes.append(ours)
            self.processes.append(process)

    def run(self, mode: str, work: list[list]) -> tuple[float, list[float]]:
        shares = [work[index :: len(self.pipes)] for index in range(len(self.pipes))]
        for pipe, share in zip(self.pipes, shares, strict=True):
            pipe.send((mode, share))
        for pipe in self.pipes:
            if pipe.recv() != "ready":
                raise RuntimeError("a bench worker failed to start")
        started = time.perf_counter()
        for pipe in self.pipes:
            pipe.send("go")
        latencies: list[float] = []
        failures = []
        for pipe in self.pipes:
            mine, failure = pipe.recv()
            latencies.extend(mine)
            if failure:
                failures.append(failure)
        wall = time.perf_counter() - started
        if failures:
            raise RuntimeError(failures[0])
        return wall, latencies

    def close(self) -> None:
        for pipe in self.pipes:
            pipe.send(None)
        for process in self.processes:
            process.join(timeout=30)


def serve_worker(pipe: Connection, database_url: str, data_dir: Path, threads: int) -> None:
    """One worker process, as gunicorn's threaded worker runs it: requests wait for one of
    its `threads` request threads. For each task, the buyers start together on "go"."""
    app = make_app(database_url, data_dir)
    with ThreadPoolExecutor(max_workers=threads) as request_threads:
        while (task := pipe.recv()) is not None:
            mode, shares = task
            go = threading.Event()
            with ThreadPoolExecutor(max_workers=max(1, len(shares))) as buyer_threads:
                buyers = [
                    buyer_threads.submit(buy, request_threads, app, mode, items, go)
                    for items in shares
                ]
                pipe.send("ready")
                pipe.recv()
                go.set()
                results = [future.result() for future in buyers]
            latencies = [latency for mine, _failure in results for latency in mine]
            failures = [failure for _mine, failure in results if failure]
            pipe.send((latencies, failures[0] if failures else ""))
    with app.app_context():
        db.engine.dispose()


def buy(
    request_threads: ThreadPoolExecutor, app: Flask, mode: str, items: list, go: threading.Event
) -> tuple[list[float], str]:
    """One buyer's orders, one after the other, each timed from sending the request to its
    answer (waiting for a free request thread included); its latencies and any failure."""
    latencies: list[float] = []
    go.wait()
    try:
        for item in items:
            started = time.perf_counter()
            request_threads.submit(handle_request, app, mode, item).result()
            latencies.append(time.perf_counter() - started)
    except Exception as error:  # reported by the main process
        return latencies, repr(error)
    return latencies, ""


def handle_request(app: Flask, mode: str, item) -> None:
    with app.app_context():
        try:
            if mode == "checkout":
                place_one(*item)
            else:
                bare_updates(item)
        finally:
            db.session.remove()


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--orders", type=int, default=400, help="orders per run (default 400)")
    parser.add_argument(
        "--postgres",
        nargs="?",
        const=DEFAULT_POSTGRES_ADMIN_URL,
        default=DEFAULT_POSTGRES_ADMIN_URL,
        metavar="ADMIN_URL",
    )
    parser.add_argument("--sqlite", action="store_true", help="use a SQLite file instead")
    parser.add_argument(
        "--workers",
        type=int,
        default=server_setting("workers"),
        help="worker processes (default: as many as gunicorn.conf.py starts on this machine)",
    )
    parser.add_argument(
        "--threads",
        type=int,
        default=server_setting("threads"),
        help="request threads per worker process (default: as in gunicorn.conf.py)",
    )
    args = parser.parse_args()

    with (
        tempfile.TemporaryDirectory() as tmp,
        database(args.sqlite, args.postgres, Path(tmp)) as url,
    ):
        app = make_app(url, Path(tmp))
        with app.app_context():
            upgrade()
            product_ids = seed()
            db.session.remove()
        pool = WorkerPool(args.workers, args.threads, url, Path(tmp))
        backend = "SQLite" if args.sqlite else "PostgreSQL"
        print(
            f"{backend}, {args.orders} orders per run, {LINES_PER_ORDER} lines per order, "
            f"{len(product_ids)} products of {SUPPLIERS} suppliers, "
            f"buyers spread over {args.workers} worker processes of {args.threads} request "
            "threads"
        )
        header = f"{'buyers':>6} {'mode':<9} {'orders/s':>9} {'p50 ms':>8} {'p95 ms':>8}"
        print(header)
        rows: dict[tuple[int, str], tuple[float, float, float]] = {}
        for buyers in CONCURRENCY:
            for mode in ("baseline", "checkout"):
                # A warm-up first: connections, caches, compiled templates.
                run(pool, app, buyers, min(args.orders, 4 * buyers), product_ids, mode)
                wall, latencies = run(pool, app, buyers, args.orders, product_ids, mode)
                rate = len(latencies) / wall
                p50 = statistics.median(latencies) * 1000
                p95 = percentile(latencies, 0.95) * 1000
                rows[(buyers, mode)] = (rate, p50, p95)
                print(f"{buyers:>6} {mode:<9} {rate:>9.1f} {p50:>8.1f} {p95:>8.1f}")
        print("\ncheckout ÷ baseline")
        print(f"{'buyers':>6} {'orders/s':>9} {'p95':>8}")
        for buyers in CONCURRENCY:
            ours, bare = rows[(buyers, "checkout")], rows[(buyers, "baseline")]
            print(f"{buyers:>6} {ours[0] / bare[0]:>9.2f} {ours[2] / bare[2]:>8.1f}")
        p95_32 = rows[(32, "checkout")][2]
        verdict = "met" if p95_32 <= 300 else "NOT met"
        print(f"\nTarget p95 ≤ 300 ms at 32 buyers: {p95_32:.0f} ms, {verdict}.")
        pool.close()
        report_mail_worker(app)
        with app.app_context():
            db.engine.dispose()


def report_mail_worker(app: Flask) -> None:
    """The mails the orders above left to the worker, written by one round of `souk worker`
    in this process: what placing an order no longer does itself."""
    started = time.perf_counter()
    handled = run_round(app).notices
    wall = time.perf_counter() - started
    with app.app_context():
        mails = db.session.scalar(select(func.count()).select_from(OutboxMessage))
    print(
        f"\nWorker, one process: {handled} order notices written as {mails} mails in "
        f"{wall:.1f} s ({handled / wall:.0f} orders/s, {mails / wall:.0f} mails/s)."
    )


def server_setting(name: str) -> int:
    config = Path(__file__).resolve().parent.parent / "gunicorn.conf.py"
    return int(runpy.run_path(str(config))[name])


if __name__ == "__main__":
    main()
