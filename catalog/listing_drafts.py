"""Unfinished listings: the guided flow's work, saved at every step for its supplier.

Only people who may manage the supplier's products see, continue or discard its drafts;
another supplier's draft is "not found", as its products are. What a draft holds is the
back office's business (shop.backoffice.forms_listings): this module keeps it safe."""

from __future__ import annotations

from sqlalchemy import select

from catalog.listing_errors import ListingDraftNotFound
from catalog.models import ListingDraft
from groupings.models import Supplier
from shop.accounts.models import User
from shop.accounts.permissions import Permission, ensure
from shop.extensions import db

STEPS = ("photos", "texts", "details")


def save_draft(
    actor: User, supplier: Supplier, draft_id: int | None, *, step: str, state: dict
) -> ListingDraft:
    """Updates the supplier's draft `draft_id`, or creates one (also when that draft was
    discarded meanwhile, from another tab: what the seller just sent is kept). Flushes."""
    if step not in STEPS:
        raise ValueError(f"Unknown listing step {step!r}")
    ensure(actor, Permission.SUPPLIER_MANAGE, supplier)
    draft = None if draft_id is None else _find(supplier, draft_id)
    if draft is None:
        draft = ListingDraft(supplier_id=supplier.id, started_by_id=actor.id, step=step, state={})
        db.session.add(draft)
    draft.step, draft.state = step, state
    db.session.flush()
    return draft


def _find(supplier: Supplier, draft_id: int) -> ListingDraft | None:
    return db.session.scalar(
        select(ListingDraft).where(
            ListingDraft.id == draft_id, ListingDraft.supplier_id == supplier.id
        )
    )


def get_draft(actor: User, supplier: Supplier, draft_id: int) -> ListingDraft:
    ensure(actor, Permission.SUPPLIER_MANAGE, supplier)
    draft = _find(supplier, draft_id)
    if draft is None:
        raise ListingDraftNotFound()
    return draft


def unfinished_listings(actor: User, supplier: Supplier) -> list[ListingDraft]:
    ensure(actor, Permission.SUPPLIER_MANAGE, supplier)
    return list(
        db.session.scalars(
            select(ListingDraft)
            .where(ListingDraft.supplier_id == supplier.id)
            .order_by(ListingDraft.updated_at.desc(), ListingDraft.id.desc())
        )
    )


def discard_draft(actor: User, supplier: Supplier, draft_id: int) -> None:
    """Also called when the draft became a product, whose photos are the draft's: the
    stored photos are left where they are."""
    db.session.delete(get_draft(actor, supplier, draft_id))
    db.session.flush()
