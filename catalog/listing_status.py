"""Publishing and archiving a listing, and every check a product must pass to be on sale.

Checks return all their reasons, never only the first: a supplier fixes everything in one
visit. Status transitions: draft → published → archived → published again (same checks)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from decimal import Decimal

from flask_babel import LazyString
from flask_babel import lazy_gettext as _l

from catalog.listing_errors import ChangeRefused, PublishRefused, StatusUnchanged
from catalog.models import Product
from catalog.vocabulary import PRODUCT_STATUS_NAMES
from groupings.models import Grouping, Supplier
from groupings.services import is_eligible, split_price
from shop.accounts.models import User
from shop.accounts.permissions import Permission, ensure
from shop.extensions import db

Reason = LazyString


def _percent(rate: Decimal) -> str:
    """0.7 → "70", 0.125 → "12.5": a rate as people write a percentage."""
    text = f"{rate * 100:.1f}"
    return text.removesuffix(".0")


def grouping_rule_reasons(
    grouping: Grouping, price: Decimal, platform_fee_rate: Decimal
) -> list[Reason]:
    """The grouping's rules that apply to one product at this price."""
    reasons: list[Reason] = []
    for rule in grouping.rules:
        if rule.value is None:
            continue
        if rule.kind == "min_producer_share" and price > 0:
            producer = split_price(price, grouping, platform_fee_rate).producer
            if producer < price * rule.value:
                reasons.append(
                    _l(
                        "In the grouping %(grouping)s the producer must receive at least "
                        "%(required)s%% of the price; after the grouping's commission and the "
                        "platform fee you would receive %(share)s%%.",
                        grouping=grouping.name,
                        required=_percent(rule.value),
                        share=_percent(producer / price),
                    )
                )
        elif rule.kind == "max_commission" and grouping.commission_rate > rule.value:
            reasons.append(
                _l(
                    "The grouping %(grouping)s takes a commission of %(commission)s%%, above "
                    "its own limit of %(limit)s%%. Choose another grouping, or none.",
                    grouping=grouping.name,
                    commission=_percent(grouping.commission_rate),
                    limit=_percent(rule.value),
                )
            )
    return reasons


def product_reasons(product: Product, platform_fee_rate: Decimal) -> list[Reason]:
    """What the product itself lacks to be on sale (whoever sells it)."""
    reasons: list[Reason] = []
    if not product.images:
        reasons.append(_l("Add at least one photo of the product."))
    if not any(row.name.strip() for row in product.translations):
        reasons.append(_l("Write the product's name in at least one language."))
    if product.price is None or product.price <= 0:
        reasons.append(_l("Set a price of more than 0 dirhams."))
    if product.category_id is None:
        reasons.append(_l("Choose a category."))
    grouping = product.grouping
    if grouping is not None:
        members = {membership.supplier_id for membership in grouping.memberships}
        if product.supplier_id not in members:
            reasons.append(
                _l(
                    "Your shop is not a member of the grouping %(grouping)s. Choose another "
                    "grouping, or none.",
                    grouping=grouping.name,
                )
            )
        if product.price is not None:
            reasons.extend(grouping_rule_reasons(grouping, product.price, platform_fee_rate))
    return reasons


def supplier_reasons(supplier: Supplier, today: date) -> list[Reason]:
    """What the seller must settle before any of its products goes on sale."""
    reasons: list[Reason] = []
    if supplier.status == "pending":
        reasons.append(_l("Your shop is waiting for approval by the platform team."))
    elif supplier.status != "active":
        reasons.append(_l("Your shop is suspended: its products cannot be put on sale."))
    if not is_eligible(supplier, today):
        reasons.append(
            _l(
                "Your microcredit or honour-loan attestation must be verified and still "
                "valid. Send it, or a renewed one, from your shop's page."
            )
        )
    return reasons


def publish_reasons(product: Product, *, today: date, platform_fee_rate: Decimal) -> list[Reason]:
    return [
        *product_reasons(product, platform_fee_rate),
        *supplier_reasons(product.supplier, today),
    ]


def publish_product(
    actor: User, product: Product, *, today: date, platform_fee_rate: Decimal
) -> Product:
    """Puts a draft or archived product on sale, or raises PublishRefused with every reason."""
    ensure(actor, Permission.SUPPLIER_MANAGE, product.supplier)
    if product.status == "published":
        raise StatusUnchanged(status=PRODUCT_STATUS_NAMES["published"])
    reasons = publish_reasons(product, today=today, platform_fee_rate=platform_fee_rate)
    if reasons:
        raise PublishRefused(reasons)
    product.status = "published"
    db.session.flush()  # the search index follows at commit (catalog.search.sync)
    return product


def archive_product(actor: User, product: Product) -> Product:
    """Takes a product off the shop and out of search; it can be published again later."""
    ensure(actor, Permission.SUPPLIER_MANAGE, product.supplier)
    if product.status == "archived":
        raise StatusUnchanged(status=PRODUCT_STATUS_NAMES["archived"])
    product.status = "archived"
    db.session.flush()
    return product


@contextmanager
def keeping_publishable(product: Product, platform_fee_rate: Decimal) -> Iterator[None]:
    """Runs a change in a savepoint; if the product is on sale and the change leaves it
    failing a product check (last photo removed, price below a grouping's rule…), the
    savepoint is rolled back and ChangeRefused lists the reasons."""
    db.session.flush()
    with db.session.begin_nested():
        yield
        db.session.flush()
        if product.status == "published":
            db.session.expire(product, ["grouping"])
            reasons = product_reasons(product, platform_fee_rate)
            if reasons:
                raise ChangeRefused(reasons)
