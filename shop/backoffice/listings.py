"""The supplier's listings: products list, the guided flow for a new product (photos, then
texts, then details), and each product's page with its photos, texts, details and status.

Views only translate HTTP: the rules and access checks are in catalog.listings,
catalog.listing_photos and catalog.listing_status."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from flask import current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from catalog import listing_drafts, listing_photos, listing_status, listings
from catalog.listing_completeness import completeness, product_completeness
from catalog.listing_errors import ChecksFailed, ListingError, NoPhotoChosen
from catalog.models import PRODUCT_STATUSES
from catalog.stock import is_low_on_stock
from catalog.vocabulary import PRODUCT_STATUS_NAMES
from shop.accounts.permissions import Permission, can, ensure, requires
from shop.backoffice import bp
from shop.backoffice.forms_listings import (
    ActionForm,
    DetailsForm,
    DraftState,
    NewDetailsForm,
    PhotosForm,
    TextsForm,
    details_from,
    draft_facts,
    dump_draft,
    load_draft,
    new_details_form,
    product_details_form,
    product_texts_form,
    texts_form,
    typed_details,
    uploads,
    with_detail_choices,
)
from shop.dashboards.services import supplier_for

PRODUCT = "/supplier/<slug>/products/<int:product_id>"


@bp.context_processor
def _listing_vocabulary() -> dict:
    return {"product_status_names": PRODUCT_STATUS_NAMES, "is_low_on_stock": is_low_on_stock}


def _today() -> date:
    return date.today()  # noqa: DTZ011 - attestations are valid by Moroccan calendar day


def _fee_rate() -> Decimal:
    return Decimal(current_app.config["PLATFORM_FEE_RATE"])


def _upload_dir():
    return current_app.config["UPLOAD_DIR"]


def _manageable_supplier(slug: str):
    supplier = supplier_for(current_user, slug)
    ensure(current_user, Permission.SUPPLIER_MANAGE, supplier)
    return supplier


def _product(slug: str, product_id: int, permission=Permission.SUPPLIER_VIEW):
    supplier = supplier_for(current_user, slug)
    return listings.get_supplier_product(current_user, supplier, product_id, permission=permission)


# --- the products list -----------------------------------------------------------------------


@bp.route("/supplier/<slug>/products")
@requires(Permission.SUPPLIER_VIEW)
def listing_index(slug: str):
    supplier = supplier_for(current_user, slug)
    status = request.args.get("status")
    status = status if status in PRODUCT_STATUSES else None
    products = listings.supplier_listings(current_user, supplier, status)
    manager = can(current_user, Permission.SUPPLIER_MANAGE, supplier)
    return render_template(
        "backoffice/listings/index.html",
        supplier=supplier,
        unfinished=[
            (draft, DraftState.from_payload(draft.state))
            for draft in (
                listing_drafts.unfinished_listings(current_user, supplier) if manager else []
            )
        ],
        discard_form=ActionForm(),
        products=products,
        status=status,
        statuses=PRODUCT_STATUSES,
        completeness={product.id: product_completeness(product) for product in products},
    )


# --- the guided flow: photos, texts, details --------------------------------------------------


def _render_step(step: str, supplier, state: DraftState, form, **context):
    if request.method == "POST":  # what was just sent is kept, should the seller leave now
        state.saved_id = listing_drafts.save_draft(
            current_user, supplier, state.saved_id, step=step, state=state.payload()
        ).id
    form.draft.data = dump_draft(supplier.id, state)
    return render_template(
        f"backoffice/listings/new_{step}.html",
        supplier=supplier,
        state=state,
        form=form,
        meter=completeness(draft_facts(state)),
        step=step,
        **context,
    )


def _draft_or_restart(supplier, token: str | None) -> DraftState | None:
    state = load_draft(supplier.id, token)
    if state is None and token:
        flash(_("This page was open too long. Please start again."), "error")
    return state


@bp.route("/supplier/<slug>/products/new", methods=["GET", "POST"])
@requires(Permission.SUPPLIER_MANAGE)
def listing_new(slug: str):
    supplier = _manageable_supplier(slug)
    form = PhotosForm()
    state = _draft_or_restart(supplier, form.draft.data) if request.method == "POST" else None
    state = state or DraftState()
    if request.method == "GET" or not form.validate():
        return _render_step("photos", supplier, state, form)
    action, _sep, index = request.form.get("action", "upload").partition(":")
    if action in ("up", "down", "remove") and index.isdigit():
        position = int(index)
        if action == "remove":
            state.photos = listing_photos.removed(state.photos, position)
        else:
            state.photos = listing_photos.moved(state.photos, position, -1 if action == "up" else 1)
        return _render_step("photos", supplier, state, form)
    stored, refused = listing_photos.store_photos(
        current_user, supplier, uploads(form), upload_dir=_upload_dir(), already=len(state.photos)
    )
    state.photos.extend(stored)
    if refused or action != "next":
        return _render_step("photos", supplier, state, form, refused=refused)
    return _render_step("texts", supplier, state, texts_form(state))


@bp.route("/supplier/<slug>/products/new/texts", methods=["GET", "POST"])
@requires(Permission.SUPPLIER_MANAGE)
def listing_new_texts(slug: str):
    supplier = _manageable_supplier(slug)
    form = TextsForm()
    state = _draft_or_restart(supplier, form.draft.data)
    if request.method == "GET" or state is None:
        return redirect(url_for("backoffice.listing_new", slug=slug))
    state.names, state.descriptions = form.names(), form.descriptions()
    if request.form.get("action") == "back":
        return _render_step("photos", supplier, state, PhotosForm(formdata=None))
    if not form.validate():
        return _render_step("texts", supplier, state, form)
    try:
        listings.ListingTexts(state.names, state.descriptions).cleaned()
    except ListingError as error:
        return _render_step("texts", supplier, state, form, error=str(error))
    return _render_step("details", supplier, state, new_details_form(supplier, state))


@bp.route("/supplier/<slug>/products/new/details", methods=["GET", "POST"])
@requires(Permission.SUPPLIER_MANAGE)
def listing_new_details(slug: str):
    supplier = _manageable_supplier(slug)
    form = with_detail_choices(NewDetailsForm(), supplier)
    state = _draft_or_restart(supplier, form.draft.data)
    if request.method == "GET" or state is None:
        return redirect(url_for("backoffice.listing_new", slug=slug))
    state.details = typed_details(request.form)
    if request.form.get("action") == "back":
        return _render_step("texts", supplier, state, texts_form(state))
    if not form.validate():
        return _render_step("details", supplier, state, form)
    new = listings.NewListing(
        photos=state.photos,
        texts=listings.ListingTexts(state.names, state.descriptions),
        details=details_from(form),
        stock=form.stock.data,
        sku=(form.sku.data or "").strip() or None,
    )
    try:
        product = listings.create_listing(current_user, supplier, new)
    except ListingError as error:
        return _render_step("details", supplier, state, form, error=str(error))
    if state.saved_id is not None:
        listing_drafts.discard_draft(current_user, supplier, state.saved_id)
    flash(_("Your product is saved as a draft. Check it, then put it on sale."), "success")
    return redirect(url_for("backoffice.listing_detail", slug=slug, product_id=product.id))


@bp.route("/supplier/<slug>/products/unfinished/<int:draft_id>")
@requires(Permission.SUPPLIER_MANAGE)
def listing_resume(slug: str, draft_id: int):
    """An unfinished product, back at the step where it was left."""
    supplier = _manageable_supplier(slug)
    saved = listing_drafts.get_draft(current_user, supplier, draft_id)
    state = DraftState.from_payload(saved.state, saved.id)
    if saved.step == "details":
        return _render_step("details", supplier, state, new_details_form(supplier, state))
    if saved.step == "texts":
        return _render_step("texts", supplier, state, texts_form(state))
    return _render_step("photos", supplier, state, PhotosForm(formdata=None))


@bp.route("/supplier/<slug>/products/unfinished/<int:draft_id>/discard", methods=["POST"])
@requires(Permission.SUPPLIER_MANAGE)
def listing_discard(slug: str, draft_id: int):
    supplier = _manageable_supplier(slug)
    if ActionForm().validate():
        listing_drafts.discard_draft(current_user, supplier, draft_id)
        flash(_("The unfinished product is deleted."), "info")
    return redirect(url_for("backoffice.listing_index", slug=slug))


# --- one product -----------------------------------------------------------------------------


def _render_detail(product, refusal: ChecksFailed | None = None, status: int = 200):
    blocking = []
    if product.status != "published":
        blocking = listing_status.publish_reasons(
            product, today=_today(), platform_fee_rate=_fee_rate()
        )
    page = render_template(
        "backoffice/listings/detail.html",
        supplier=product.supplier,
        product=product,
        meter=product_completeness(product),
        claims=listings.product_label_claims(current_user, product),
        blocking=blocking,
        refusal=refusal,
        form=ActionForm(),
        today=_today(),
    )
    return page, status


@bp.route(PRODUCT)
@requires(Permission.SUPPLIER_VIEW)
def listing_detail(slug: str, product_id: int):
    return _render_detail(_product(slug, product_id))


@bp.route(f"{PRODUCT}/publish", methods=["POST"])
@requires(Permission.SUPPLIER_MANAGE)
def listing_publish(slug: str, product_id: int):
    product = _product(slug, product_id, Permission.SUPPLIER_MANAGE)
    if not ActionForm().validate():
        return redirect(url_for("backoffice.listing_detail", slug=slug, product_id=product_id))
    try:
        listing_status.publish_product(
            current_user, product, today=_today(), platform_fee_rate=_fee_rate()
        )
    except ChecksFailed as refusal:
        # 422: the request's transaction is rolled back, and the reasons show on the page.
        return _render_detail(product, refusal, 422)
    except ListingError as error:
        flash(str(error), "info")
    else:
        flash(_("Your product is on sale. Customers can find it now."), "success")
    return redirect(url_for("backoffice.listing_detail", slug=slug, product_id=product_id))


@bp.route(f"{PRODUCT}/archive", methods=["POST"])
@requires(Permission.SUPPLIER_MANAGE)
def listing_archive(slug: str, product_id: int):
    product = _product(slug, product_id, Permission.SUPPLIER_MANAGE)
    if ActionForm().validate():
        try:
            listing_status.archive_product(current_user, product)
        except ListingError as error:
            flash(str(error), "info")
        else:
            flash(_("The product is hidden from the shop. You can put it on sale again."), "info")
    return redirect(url_for("backoffice.listing_detail", slug=slug, product_id=product_id))


@bp.route(f"{PRODUCT}/duplicate", methods=["POST"])
@requires(Permission.SUPPLIER_MANAGE)
def listing_duplicate(slug: str, product_id: int):
    product = _product(slug, product_id, Permission.SUPPLIER_MANAGE)
    if not ActionForm().validate():
        return redirect(url_for("backoffice.listing_detail", slug=slug, product_id=product_id))
    copy = listings.duplicate_listing(current_user, product)
    flash(
        _("This is the copy, saved as a draft. Change what differs, then put it on sale."),
        "success",
    )
    return redirect(url_for("backoffice.listing_detail", slug=slug, product_id=copy.id))


def _render_edit(template: str, product, status: int = 200, **context):
    return (
        render_template(
            f"backoffice/listings/{template}.html",
            supplier=product.supplier,
            product=product,
            meter=product_completeness(product),
            **context,
        ),
        status,
    )


def _apply_photo_action(product, form: PhotosForm) -> list:
    action = request.form.get("action", "upload")
    image_id = request.form.get("image_id", type=int) or 0
    if action == "upload":
        files = uploads(form)
        if not files:
            raise NoPhotoChosen()
        return listing_photos.add_photos(current_user, product, files, upload_dir=_upload_dir())
    if action in ("up", "down"):
        offset = -1 if action == "up" else 1
        listing_photos.move_photo(current_user, product, image_id, offset)
    elif action == "remove":
        listing_photos.remove_photo(current_user, product, image_id, platform_fee_rate=_fee_rate())
    elif action == "describe":
        alts = {lang: request.form.get(f"alt_{lang}", "") for lang in listings.LANGUAGES}
        listing_photos.describe_photo(current_user, product, image_id, alts)
    return []


@bp.route(f"{PRODUCT}/photos", methods=["GET", "POST"])
@requires(Permission.SUPPLIER_MANAGE)
def listing_photos_edit(slug: str, product_id: int):
    product = _product(slug, product_id, Permission.SUPPLIER_MANAGE)
    form = PhotosForm()
    if request.method == "GET" or not form.validate():
        return _render_edit("photos", product, form=form, refused=[])
    try:
        refused = _apply_photo_action(product, form)
    except ChecksFailed as refusal:
        return _render_edit("photos", product, 422, form=form, refusal=refusal, refused=[])
    except ListingError as error:
        return _render_edit("photos", product, form=form, error=str(error), refused=[])
    if refused:
        return _render_edit("photos", product, form=form, refused=refused)
    flash(_("Your photos are saved."), "success")
    return redirect(url_for("backoffice.listing_photos_edit", slug=slug, product_id=product_id))


@bp.route(f"{PRODUCT}/texts", methods=["GET", "POST"])
@requires(Permission.SUPPLIER_MANAGE)
def listing_texts_edit(slug: str, product_id: int):
    product = _product(slug, product_id, Permission.SUPPLIER_MANAGE)
    form = TextsForm() if request.method == "POST" else product_texts_form(product)
    if request.method == "POST" and form.validate():
        texts = listings.ListingTexts(form.names(), form.descriptions())
        try:
            listings.update_texts(current_user, product, texts, platform_fee_rate=_fee_rate())
        except ChecksFailed as refusal:
            return _render_edit("texts", product, 422, form=form, refusal=refusal)
        except ListingError as error:
            return _render_edit("texts", product, form=form, error=str(error))
        flash(_("Your changes are saved."), "success")
        return redirect(url_for("backoffice.listing_detail", slug=slug, product_id=product_id))
    return _render_edit("texts", product, form=form)


@bp.route(f"{PRODUCT}/details", methods=["GET", "POST"])
@requires(Permission.SUPPLIER_MANAGE)
def listing_details_edit(slug: str, product_id: int):
    product = _product(slug, product_id, Permission.SUPPLIER_MANAGE)
    if request.method == "POST":
        form = with_detail_choices(DetailsForm(), product.supplier)
    else:
        form = product_details_form(product)
    if request.method == "POST" and form.validate():
        try:
            listings.update_details(
                current_user, product, details_from(form), platform_fee_rate=_fee_rate()
            )
        except ChecksFailed as refusal:
            return _render_edit("details", product, 422, form=form, refusal=refusal)
        except ListingError as error:
            return _render_edit("details", product, form=form, error=str(error))
        flash(_("Your changes are saved."), "success")
        return redirect(url_for("backoffice.listing_detail", slug=slug, product_id=product_id))
    return _render_edit("details", product, form=form)
