"""A seller who cannot supply: a whole part, or one line of it.

Cash on delivery owes nothing yet, so the amounts simply shrink; a paid part or line is
refunded in the same step (through Stripe for cards, by the operator for transfers), so a
customer never pays for goods that will not come. Either way the stock goes back and the
customer reads the seller's reason in their own language."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from shop.accounts.models import User
from shop.extensions import db
from shop.orders import notifications, services
from shop.orders.errors import OrderNotFound
from shop.orders.models import OrderLine, OrderPart
from shop.payments import refunds


def cancel_part(
    actor: User, part: OrderPart, *, reason: str, config: Mapping[str, Any], now: datetime
) -> None:
    if part.order.payment_method == "cash":
        services.cancel_part_as_supplier(actor, part, reason=reason, now=now)
    else:
        refunds.refund_part_for_seller(actor, part, reason=reason, config=config, now=now)


def cancel_line(
    actor: User,
    part: OrderPart,
    line_id: int,
    *,
    reason: str,
    config: Mapping[str, Any],
    now: datetime,
) -> None:
    """Raises `OrderNotFound` for a line of another part, `CancellationRefused` once the
    goods have left. The part's last line cancels the whole part."""
    line = db.session.get(OrderLine, line_id)
    if line is None or line.part_id != part.id or line.is_cancelled:
        raise OrderNotFound()
    if [open_line.id for open_line in part.open_lines] == [line.id]:
        cancel_part(actor, part, reason=reason, config=config, now=now)
        return
    services.cancel_line(actor, part, line, reason=reason, now=now)
    paid = part.order.payment_method != "cash" and part.order.paid_at is not None
    if paid:
        refunds.refund_line(actor, line, reason=reason, config=config, now=now)
    notifications.line_cancelled(part, line, refunded=paid)
