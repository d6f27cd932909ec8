"""A live shop served by a real HTTP server in a thread, and headless Chromium to visit it."""

from __future__ import annotations

import os
import shutil
import threading

import pytest
from flask_migrate import upgrade
from werkzeug.serving import make_server

from shop.extensions import db
from tests.conftest import make_test_app
from tests.databases import skip_or_fail

CHROMIUM = os.environ.get("SOUK_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]


@pytest.fixture(scope="session")
def live_app(tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("live")
    app = make_test_app(f"sqlite:///{data_dir / 'live.sqlite3'}", data_dir)
    with app.app_context():
        upgrade()
        db.session.remove()
    return app


@pytest.fixture(scope="session")
def live_server(live_app):
    server = make_server("127.0.0.1", 0, live_app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join(timeout=5)


@pytest.fixture(scope="session")
def browser():
    if not shutil.which(CHROMIUM):
        skip_or_fail(f"Chromium is not installed at {CHROMIUM} (Debian package `chromium`)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    yield page
    context.close()
