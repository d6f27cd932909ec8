"""Order news: written as one notice in the change's transaction, turned into mails by the
worker afterwards, oldest first, in each reader's language; failures are kept and retried."""

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from shop.cart import services as cart_services
from shop.checkout import placing
from shop.extensions import db
from shop.mail import notices
from shop.mail.models import Notice, OutboxMessage
from shop.orders import services
from shop.orders.errors import SoldOut
from shop.orders.models import Order
from tests.factories import create_user
from tests.mail_support import written_mails
from tests.orders.shopping import (
    NOW,
    choices,
    fill_cart,
    place,
    settings,
    two_sellers,
)

pytestmark = pytest.mark.databases


@pytest.fixture
def world(db_session):
    customer = create_user(email="amina@example.ma", language="ar")
    return two_sellers(olive_stock=1) | {"customer": customer}


def _count(model) -> int:
    return db.session.scalar(select(func.count()).select_from(model))


def _pending() -> list[Notice]:
    return list(db.session.scalars(select(Notice).where(Notice.handled_at.is_(None))))


def test_placing_writes_one_notice_and_no_mail_until_the_worker_runs(world):
    order = place(world["customer"], {world["oil"]: 1, world["olives"]: 1})

    [notice] = _pending()
    assert (notice.topic, notice.data) == ("order_placed", {"order_id": order.id})
    assert _count(OutboxMessage) == 0

    assert notices.handle_notices() == 1
    recipients = sorted(mail.recipient for mail in written_mails())
    owners = sorted([world["souss_owner"].email, world["fes_owner"].email])
    assert recipients == sorted(["amina@example.ma", *owners])
    assert notice.handled_at is not None and _pending() == []
    assert notices.handle_notices() == 0  # handled once
    assert _count(OutboxMessage) == 3


def test_a_sold_out_order_leaves_no_notice(world, monkeypatch):
    customer = world["customer"]
    cart = fill_cart(customer, {world["oil"]: 1, world["olives"]: 1})
    seen = cart_services.review_cart(cart)
    total = placing.quote_cart(cart, choices(), settings()).total
    # The last jar goes to someone else after this customer's review: the order is written,
    # then its stock update fails, and everything in its savepoint goes, the notice too.
    world["olives"].stock = 0
    db.session.flush()
    monkeypatch.setattr(cart_services, "review_cart", lambda _cart: seen)

    with pytest.raises(SoldOut):
        placing.place_order(customer, cart, choices(), settings(), expected_total=total, now=NOW)
    assert _count(Notice) == 0 and _count(Order) == 0


def test_mails_follow_the_order_of_events_with_the_facts_of_their_moment(world):
    order = place(world["customer"], {world["oil"]: 1})
    part = order.parts[0]
    owner = world["souss_owner"]
    services.start_preparing(owner, part, now=NOW)
    services.mark_shipped(owner, part, now=NOW + timedelta(hours=1), tracking_note="Amana 42")

    # Written after both changes, the "preparing" mail still says "preparing".
    mails = written_mails("amina@example.ma")
    assert len(mails) == 3 and all(mail.language == "ar" for mail in mails)
    placed, preparing, shipped = (mail.body for mail in mails)
    assert "Amana 42" in shipped and "Amana 42" not in preparing
    assert preparing != shipped
    assert order.reference in placed


def test_a_failing_notice_keeps_its_error_and_does_not_stop_the_others(world):
    order = place(world["customer"], {world["oil"]: 1})
    broken = Notice(topic="order_paid", data={"order_id": order.id + 1000})
    db.session.add(broken)
    db.session.flush()

    assert notices.handle_notices() == 1  # the order_placed notice
    assert broken.handled_at is None and broken.attempts == 1
    assert "NoResultFound" in broken.last_error
    assert len(written_mails("amina@example.ma")) == 1

    assert notices.given_up() == 0
    for _ in range(notices.MAX_ATTEMPTS + 2):
        notices.handle_notices()
    assert broken.attempts == notices.MAX_ATTEMPTS  # then left for someone to look at
    assert notices.given_up() == 1


def test_only_known_topics_can_be_written(world):
    with pytest.raises(LookupError):
        notices.notify("order_teleported", order_id=1)
    assert _count(Notice) == 0
