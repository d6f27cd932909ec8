"""The worker: notices become mails after the request, once each even with several workers,
with links to the shop's public address."""

from __future__ import annotations

import threading
from collections import Counter

import pytest
from sqlalchemy import func, select

from shop import worker
from shop.extensions import db
from shop.mail import notices
from shop.mail.models import Notice, OutboxMessage
from tests.factories import create_user
from tests.orders.committed import committed_app
from tests.orders.shopping import create_shop_product, create_shop_supplier, place

_handled: Counter = Counter()
_handled_lock = threading.Lock()


@notices.handles("test_counted")
def _count_handling(data: dict) -> None:
    with _handled_lock:
        _handled[data["n"]] += 1


def _an_order_placed():
    supplier, _owner, grouping = create_shop_supplier()
    product = create_shop_product(supplier, grouping, stock=5)
    return place(create_user(email="amina@example.ma", language="zgh"), {product: 1})


def test_one_round_of_the_worker_command_writes_the_mails(app, db_session, runner):
    order_id = _an_order_placed().id
    db_session.commit()

    result = runner.invoke(args=["worker", "--once"])

    assert result.exit_code == 0, result.output
    assert "1 notice(s) handled, 0 message(s) sent, 0 order(s) past due." in result.output
    mails = db.session.scalars(
        select(OutboxMessage).where(OutboxMessage.recipient == "amina@example.ma")
    ).all()
    assert [mail.language for mail in mails] == ["zgh"]
    assert f"ST-{order_id:06d}" in mails[0].subject
    assert db.session.scalar(select(func.count()).where(Notice.handled_at.is_(None))) == 0


def test_mails_written_away_from_any_request_link_to_the_shops_address(app, db_session):
    order = _an_order_placed()
    db_session.commit()
    app.config["SERVER_NAME"] = "souk-tadamon.ma"
    try:
        worker.run_round(app)  # its own application context, no request
    finally:
        app.config["SERVER_NAME"] = None
    body = db.session.scalar(
        select(OutboxMessage.body).where(OutboxMessage.recipient == "amina@example.ma")
    )
    assert f"http://souk-tadamon.ma/zgh/orders/{order.id}" in body


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_workers_side_by_side_handle_each_notice_once(kind, tmp_path):
    with committed_app(kind, tmp_path) as app:
        with app.app_context():
            for n in range(60):
                notices.notify("test_counted", n=n)
            db.session.commit()
        _handled.clear()
        barrier = threading.Barrier(3)
        errors: list[BaseException] = []

        def one_worker() -> None:
            barrier.wait()
            try:
                worker.run_round(app)
            except BaseException as error:  # re-raised below, in the test's thread
                errors.append(error)

        threads = [threading.Thread(target=one_worker) for _ in range(3)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)

        assert not errors, errors
        assert sorted(_handled) == list(range(60))
        assert set(_handled.values()) == {1}
        with app.app_context():
            attempts = db.session.scalars(select(Notice.attempts)).all()
            assert attempts == [1] * 60


def test_the_worker_command_tells_of_notices_it_gave_up_on(app, db_session, runner):
    db_session.add(
        Notice(
            topic="order_paid",
            data={"order_id": 999_999},
            attempts=notices.MAX_ATTEMPTS,
            last_error="NoResultFound()",
        )
    )
    db_session.commit()

    result = runner.invoke(args=["worker", "--once"])

    assert result.exit_code == 0, result.output
    assert "0 notice(s) handled" in result.output
    assert f"1 notice(s) failed {notices.MAX_ATTEMPTS} times" in result.output
