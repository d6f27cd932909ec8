"""Sending a stored certificate or attestation, once a view has checked who may read it."""

from __future__ import annotations

from pathlib import Path

from flask import abort, send_file

from catalog.documents import stored_document


def send_document(upload_dir: Path, key: str | None):
    """A PDF as a download, a photo inline; never cached, never sniffed as something else."""
    found = stored_document(upload_dir, key)
    if found is None:
        abort(404)
    path, mimetype = found
    response = send_file(path, mimetype=mimetype, as_attachment=mimetype == "application/pdf")
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Cache-Control"] = "private, no-store"
    return response
