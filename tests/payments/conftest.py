"""Stripe for the payment tests: localstripe (a session fixture), the application pointed
at it, and events signed by the suite itself."""

from __future__ import annotations

import hashlib
import hmac
import json
import time

import pytest

from tests.payments.localstripe_server import localstripe  # noqa: F401 - a fixture

WEBHOOK_SECRET = "whsec_souk_tadamon_tests"


@pytest.fixture
def stripe_config(app, localstripe, monkeypatch):  # noqa: F811 - the fixture above
    """The shared test application, talking to localstripe for the length of one test."""
    for key, value in localstripe.app_config(WEBHOOK_SECRET).items():
        monkeypatch.setitem(app.config, key, value)
    return app.config


def sign(payload: str, *, secret: str = WEBHOOK_SECRET, timestamp: int | None = None) -> str:
    """A `Stripe-Signature` header, computed as Stripe documents it."""
    moment = int(time.time()) if timestamp is None else timestamp
    digest = hmac.new(secret.encode(), f"{moment}.{payload}".encode(), hashlib.sha256)
    return f"t={moment},v1={digest.hexdigest()}"


def event_body(event_id: str, event_type: str, intent: dict) -> str:
    return json.dumps(
        {
            "id": event_id,
            "object": "event",
            "type": event_type,
            "created": int(time.time()),
            "api_version": "2017-08-15",
            "data": {"object": intent},
        }
    )
