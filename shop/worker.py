"""The worker: what the shop does after the requests that caused it.

Each round, notices become e-mails (shop.mail.notices), queued mail is sent when an SMTP
server is configured, and unpaid orders past their time are cancelled. `souk worker` runs a
round every few seconds; `souk worker --once` runs one, for a scheduler such as cron. The
demo runs the same rounds in a thread beside its server."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field

import click
from flask import Flask, current_app
from flask.cli import with_appcontext

from shop.database import utcnow
from shop.extensions import db
from shop.mail.notices import MAX_ATTEMPTS, given_up, handle_notices
from shop.mail.services import deliver_pending
from shop.payments.expiry import expire_past_due

log = logging.getLogger(__name__)

NOTICES_PER_BATCH = 200


@dataclass
class Round:
    notices: int = 0
    given_up: int = 0  # notices that failed too often, left with their error
    mails_sent: int = 0
    expired: dict[str, int] = field(default_factory=dict)


def write_pending_mails() -> int:
    """Every pending notice as mails, a committed batch at a time; returns how many."""
    written = 0
    while (handled := handle_notices(NOTICES_PER_BATCH)) > 0:
        db.session.commit()
        written += handled
        if handled < NOTICES_PER_BATCH:
            break
    db.session.commit()  # failed notices keep their error and attempt count
    return written


def run_round(app: Flask) -> Round:
    """One round, each step committed on its own."""
    done = Round()
    with app.app_context():
        try:
            done.notices = write_pending_mails()
            done.given_up = given_up()
            if app.config.get("MAIL_SERVER"):
                done.mails_sent = deliver_pending(app.config)
                db.session.commit()
            done.expired = expire_past_due(config=app.config, now=utcnow())
        finally:
            db.session.remove()
    return done


def run_forever(app: Flask, *, interval: float, stop: threading.Event | None = None) -> None:
    """Rounds until `stop` is set; a failed round is logged and the next one tries again
    (the database may be restarting)."""
    stop = stop or threading.Event()
    while not stop.is_set():
        try:
            run_round(app)
        except Exception:
            log.exception("Worker round failed")
        stop.wait(interval)


def start_in_thread(app: Flask, *, interval: float) -> threading.Event:
    """Rounds in a daemon thread of this process; set the returned event to stop them."""
    stop = threading.Event()
    thread = threading.Thread(
        target=run_forever, args=(app,), kwargs={"interval": interval, "stop": stop}, daemon=True
    )
    thread.start()
    return stop


@click.command("worker")
@click.option("--once", is_flag=True, help="Run one round and stop.")
@click.option("--interval", default=2.0, show_default=True, help="Seconds between rounds.")
@with_appcontext
def worker_command(once: bool, interval: float) -> None:
    """Turn notices into e-mails, send mail, cancel unpaid orders past their time."""
    app = current_app._get_current_object()
    if once:
        done = run_round(app)
        expired = sum(done.expired.values())
        click.echo(
            f"{done.notices} notice(s) handled, {done.mails_sent} message(s) sent, "
            f"{expired} order(s) past due."
        )
        if done.given_up:
            click.echo(
                f"{done.given_up} notice(s) failed {MAX_ATTEMPTS} times: see their last_error."
            )
        return
    click.echo(f"Worker running, a round every {interval:g} s (Ctrl+C to stop).")
    run_forever(app, interval=interval)
