"""localstripe, a fake Stripe server, started on 127.0.0.1 by the test suite.

The application's Stripe gateway talks to it with the real SDK (STRIPE_API_BASE points at
it), and it sends signed webhooks to URLs registered through its `/_config/webhooks/<name>`
endpoint. It is started from Python rather than with its `localstripe` script so that it
listens on 127.0.0.1 only, on a free port, and keeps its objects in memory (the script
pickles them all into /tmp/localstripe.pickle after every request)."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
import requests

from tests.databases import skip_or_fail

SECRET_KEY = "sk_test_souk_tadamon"
PUBLISHABLE_KEY = "pk_test_souk_tadamon"

LAUNCHER = """
import sys
from aiohttp import web
from localstripe import resources, server
resources.Store.dump_to_disk = lambda self: None
web.run_app(server.app, host="127.0.0.1", port=int(sys.argv[1]), print=None, access_log=None)
"""


@dataclass(frozen=True)
class LocalStripe:
    api_base: str
    secret_key: str = SECRET_KEY
    publishable_key: str = PUBLISHABLE_KEY

    def app_config(self, webhook_secret: str) -> dict:
        return {
            "STRIPE_SECRET_KEY": self.secret_key,
            "STRIPE_PUBLISHABLE_KEY": self.publishable_key,
            "STRIPE_WEBHOOK_SECRET": webhook_secret,
            "STRIPE_API_BASE": self.api_base,
        }

    def register_webhook(self, name: str, url: str, secret: str) -> None:
        response = requests.post(
            f"{self.api_base}/_config/webhooks/{name}",
            data={"url": url, "secret": secret},
            timeout=10,
        )
        response.raise_for_status()

    def _call(self, method: str, path: str, **data) -> dict:
        response = requests.request(
            method, f"{self.api_base}{path}", data=data, auth=(self.secret_key, ""), timeout=10
        )
        return {"status": response.status_code, **response.json()}

    def get(self, path: str) -> dict:
        return self._call("GET", path)

    def pay(self, intent_id: str, card_number: str = "4242424242424242") -> dict:
        """What Stripe.js does in the customer's browser: the card goes to Stripe, which
        confirms the PaymentIntent. Our server never sees the number."""
        method = self._call(
            "POST",
            "/v1/payment_methods",
            type="card",
            **{
                "card[number]": card_number,
                "card[exp_month]": "12",
                "card[exp_year]": "2030",
                "card[cvc]": "123",
            },
        )
        self._call("POST", f"/v1/payment_intents/{intent_id}", payment_method=method["id"])
        return self._call("POST", f"/v1/payment_intents/{intent_id}/confirm")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _answers(port: int) -> bool:
    with socket.socket() as probe:
        probe.settimeout(0.2)
        return probe.connect_ex(("127.0.0.1", port)) == 0


@pytest.fixture(scope="session")
def localstripe(tmp_path_factory) -> LocalStripe:
    try:
        import localstripe as _installed  # noqa: F401
    except ImportError:
        skip_or_fail("localstripe is not installed (pip install -e '.[test]')")
    port = _free_port()
    log_path = Path(tmp_path_factory.mktemp("localstripe")) / "localstripe.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-c", LAUNCHER, str(port)], stdout=log, stderr=subprocess.STDOUT
        )
    try:
        deadline = time.monotonic() + 30
        while not _answers(port):
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"localstripe did not start:\n{log_path.read_text()}")
            time.sleep(0.1)
        yield LocalStripe(f"http://127.0.0.1:{port}")
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
