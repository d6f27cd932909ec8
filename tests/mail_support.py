"""Reading the mails a test's actions caused, as the customer would receive them.

Order news is written as notices and turned into mails by the worker after the request;
these helpers run that step first, as the worker would have."""

from __future__ import annotations

from sqlalchemy import select

from shop.extensions import db
from shop.mail.models import OutboxMessage
from shop.mail.notices import handle_notices


def written_mails(recipient: str | None = None) -> list[OutboxMessage]:
    """Every mail in the outbox (to `recipient` only, if given), oldest first."""
    handle_notices()
    query = select(OutboxMessage).order_by(OutboxMessage.id)
    if recipient is not None:
        query = query.where(OutboxMessage.recipient == recipient)
    return list(db.session.scalars(query))


def last_mail() -> OutboxMessage:
    return written_mails()[-1]
