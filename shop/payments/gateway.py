"""The project's one door to Stripe: the only module that imports the `stripe` SDK.

Everything here takes the application's config (a mapping) and returns plain values, so the
rest of the shop never touches Stripe objects. Amounts cross this door as `Decimal` dirhams
and become minor units (centimes) only on the Stripe side of it.

Each call builds its requests from `STRIPE_SECRET_KEY` and `STRIPE_API_BASE` (a local test
server such as localstripe) through a `StripeClient` rather than the SDK's module globals,
so two applications in one process (as in the tests) cannot see each other's settings."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from typing import Any

import stripe
from flask_babel import lazy_gettext as _l

from shop.errors import ShopError

log = logging.getLogger(__name__)

CURRENCY = "mad"
STRIPE_JS_URL = "https://js.stripe.com/v3/"
# Stripe's own default: a signed event older than five minutes is refused (replays).
SIGNATURE_TOLERANCE_SECONDS = 300
_CENTS = Decimal(100)


class GatewayError(ShopError):
    message = _l("The card payment service did not answer. Please try again in a moment.")
    status_code = 502


class CardPaymentsUnavailable(GatewayError):
    message = _l("Card payment is not available at the moment. Please choose another method.")
    status_code = 409


class InvalidWebhook(ShopError):
    """The body is not a Stripe event signed with our secret, recently."""

    message = _l("Invalid webhook signature.")
    status_code = 400


@dataclass(frozen=True)
class Intent:
    """What the shop needs to know of a PaymentIntent. `client_secret` goes to the
    customer's browser only (it lets Stripe.js confirm the payment); it is never stored."""

    id: str
    status: str
    amount: int
    currency: str
    metadata: dict[str, str] = field(default_factory=dict)
    failure_message: str = ""
    client_secret: str = field(default="", repr=False)

    @property
    def amount_decimal(self) -> Decimal:
        return from_minor_units(self.amount)


@dataclass(frozen=True)
class Event:
    id: str
    type: str
    intent: Intent | None  # for payment_intent.* events


def is_configured(config: Mapping[str, Any]) -> bool:
    """Card payment is offered only with both keys; without them it is hidden, not broken."""
    return bool(config.get("STRIPE_SECRET_KEY") and config.get("STRIPE_PUBLISHABLE_KEY"))


def stripe_js_url(config: Mapping[str, Any]) -> str:
    """Stripe.js from Stripe, or from the local test server that stands in for Stripe."""
    base = (config.get("STRIPE_API_BASE") or "").rstrip("/")
    return f"{base}/js.stripe.com/v3/" if base else STRIPE_JS_URL


def to_minor_units(amount: Decimal) -> int:
    minor = amount * _CENTS
    if minor != minor.to_integral_value():
        raise ValueError(f"{amount} has more than two decimal places")
    return int(minor)


def from_minor_units(amount: int) -> Decimal:
    return (Decimal(amount) / _CENTS).quantize(Decimal("0.01"))


# Seconds for one call to Stripe, retries apart. The SDK's default (80) would let a slow
# Stripe hold the server's few request threads (gunicorn.conf.py) for over a minute.
STRIPE_TIMEOUT = 20


@lru_cache(maxsize=8)
def _client_for(secret_key: str, api_base: str) -> stripe.StripeClient:
    return stripe.StripeClient(
        secret_key,
        base_addresses={"api": api_base} if api_base else {},
        max_network_retries=2,
        http_client=stripe.new_default_http_client(timeout=STRIPE_TIMEOUT),
    )


def _client(config: Mapping[str, Any]) -> stripe.StripeClient:
    if not is_configured(config):
        raise CardPaymentsUnavailable()
    return _client_for(config["STRIPE_SECRET_KEY"], (config.get("STRIPE_API_BASE") or ""))


def _plain(obj: Any) -> dict[str, Any]:
    """The SDK's objects as plain dicts (they stopped being dicts in recent versions)."""
    return obj.to_dict() if hasattr(obj, "to_dict") else dict(obj)


def _intent(obj: Any) -> Intent:
    obj = _plain(obj)
    error = obj.get("last_payment_error") or {}
    metadata = obj.get("metadata") or {}
    return Intent(
        id=obj["id"],
        status=obj["status"],
        amount=int(obj["amount"]),
        currency=str(obj["currency"]).lower(),
        metadata={str(key): str(value) for key, value in metadata.items()},
        failure_message=str(error.get("message") or "") if error else "",
        client_secret=obj.get("client_secret") or "",
    )


def create_payment_intent(
    config: Mapping[str, Any],
    *,
    amount: Decimal,
    metadata: dict[str, str],
    idempotency_key: str,
) -> Intent:
    """One attempt to take `amount` dirhams by card. The same idempotency key returns the
    same PaymentIntent, so a retried request never creates a second charge."""
    params: dict[str, Any] = {
        "amount": to_minor_units(amount),
        "currency": CURRENCY,
        "metadata": metadata,
        "payment_method_types": ["card"],
    }
    try:
        obj = _client(config).v1.payment_intents.create(
            params, options={"idempotency_key": idempotency_key}
        )
    except stripe.StripeError as error:
        log.warning("Stripe refused to create a PaymentIntent: %s", error)
        raise GatewayError() from error
    return _intent(obj)


def retrieve_payment_intent(config: Mapping[str, Any], intent_id: str) -> Intent:
    try:
        return _intent(_client(config).v1.payment_intents.retrieve(intent_id))
    except stripe.StripeError as error:
        log.warning("Stripe did not return PaymentIntent %s: %s", intent_id, error)
        raise GatewayError() from error


def cancel_payment_intent(config: Mapping[str, Any], intent_id: str) -> Intent:
    """Cancels the intent if Stripe still allows it; either way returns its current state
    (a payment that succeeded meanwhile stays succeeded, and the caller sees it)."""
    try:
        return _intent(_client(config).v1.payment_intents.cancel(intent_id))
    except stripe.InvalidRequestError:
        return retrieve_payment_intent(config, intent_id)
    except stripe.StripeError as error:
        log.warning("Stripe did not cancel PaymentIntent %s: %s", intent_id, error)
        raise GatewayError() from error


def create_refund(
    config: Mapping[str, Any],
    *,
    intent_id: str,
    amount: Decimal,
    idempotency_key: str,
    metadata: dict[str, str],
) -> str:
    """Refunds `amount` dirhams of a succeeded PaymentIntent; returns Stripe's refund id."""
    try:
        refund = _client(config).v1.refunds.create(
            {
                "payment_intent": intent_id,
                "amount": to_minor_units(amount),
                "metadata": metadata,
            },
            options={"idempotency_key": idempotency_key},
        )
    except stripe.StripeError as error:
        log.warning("Stripe refused a refund on %s: %s", intent_id, error)
        raise GatewayError() from error
    return _plain(refund)["id"]


def parse_webhook(config: Mapping[str, Any], payload: bytes, signature: str | None) -> Event:
    """Checks the `Stripe-Signature` header against STRIPE_WEBHOOK_SECRET (and its
    timestamp against replays) with the SDK, then reads the event."""
    secret = config.get("STRIPE_WEBHOOK_SECRET") or ""
    if not secret:
        raise InvalidWebhook()
    try:
        event = stripe.Webhook.construct_event(
            payload, signature, secret, SIGNATURE_TOLERANCE_SECONDS
        )
        data = _plain(event)
        obj = data["data"]["object"]
        intent = _intent(obj) if obj.get("object") == "payment_intent" else None
        return Event(id=str(data["id"]), type=str(data["type"]), intent=intent)
    except (stripe.SignatureVerificationError, ValueError, KeyError, TypeError) as error:
        # Signed by us but not an event we can read is refused too: nothing acts on it.
        log.warning("Refused a Stripe webhook: %s", error)
        raise InvalidWebhook() from error
