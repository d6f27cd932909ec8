"""HTTP security headers for every response.

The policy allows our own scripts and styles only (no inline script), plus Stripe's card
element, which must be served by Stripe itself so card numbers never reach our server."""

from __future__ import annotations

from flask import Flask, Response

STRIPE_ORIGINS = "https://js.stripe.com https://api.stripe.com"
CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        f"script-src 'self' {STRIPE_ORIGINS}",
        f"frame-src {STRIPE_ORIGINS}",
        f"connect-src 'self' {STRIPE_ORIGINS}",
        "img-src 'self' data:",
        "style-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)


def _add_headers(response: Response) -> Response:
    headers = response.headers
    headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
    headers.setdefault("X-Content-Type-Options", "nosniff")
    headers.setdefault("Referrer-Policy", "strict-origin-when-cross-origin")
    headers.setdefault("X-Frame-Options", "DENY")
    headers.setdefault("Permissions-Policy", "geolocation=(), microphone=()")
    return response


def init_app(app: Flask) -> None:
    app.after_request(_add_headers)
