"""E-mail: written to the outbox in the caller's transaction, delivered by SMTP when configured."""

from __future__ import annotations

import logging
import smtplib
from email.message import EmailMessage

from flask import current_app, render_template
from flask_babel import force_locale
from sqlalchemy import select

from shop.database import utcnow
from shop.extensions import db
from shop.mail.models import OutboxMessage

log = logging.getLogger(__name__)


def queue_mail(*, recipient: str, template: str, language: str, **context: object) -> OutboxMessage:
    """Renders `mail/<template>.txt` in the recipient's language and queues it.

    The template's first line is the subject. The message is written with the caller's
    next flush or commit, so that a request's mails go in one INSERT."""
    with force_locale(language):
        rendered = render_template(f"mail/{template}.txt", language=language, **context)
    subject, _, body = rendered.strip().partition("\n")
    message = OutboxMessage(
        recipient=recipient, subject=subject.strip(), body=body.strip(), language=language
    )
    db.session.add(message)
    if current_app.config.get("MAIL_SERVER"):  # bodies hold addresses: not for the log
        log.info("Mail queued for %s: %s", recipient, message.subject)
    else:  # without SMTP, the log is where development and the demo read their mails
        log.info("Mail queued for %s: %s\n%s", recipient, message.subject, message.body)
    return message


def deliver_pending(config: dict, limit: int = 100) -> int:
    """Sends queued mail through SMTP; returns how many were sent. Needs MAIL_SERVER."""
    if not config.get("MAIL_SERVER"):
        return 0
    pending = db.session.scalars(
        select(OutboxMessage)
        .where(OutboxMessage.sent_at.is_(None))
        .order_by(OutboxMessage.id)
        .limit(limit)
    ).all()
    sent = 0
    with smtplib.SMTP(config["MAIL_SERVER"], config["MAIL_PORT"], timeout=30) as smtp:
        if config.get("MAIL_USE_TLS"):
            smtp.starttls()
        if config.get("MAIL_USERNAME"):
            smtp.login(config["MAIL_USERNAME"], config["MAIL_PASSWORD"])
        for message in pending:
            email = EmailMessage()
            email["From"] = config["MAIL_SENDER"]
            email["To"] = message.recipient
            email["Subject"] = message.subject
            email["Content-Language"] = message.language
            email.set_content(message.body)
            message.attempts += 1
            try:
                smtp.send_message(email)
            except smtplib.SMTPException as error:
                message.last_error = str(error)
                continue
            message.sent_at = utcnow()
            sent += 1
    return sent
