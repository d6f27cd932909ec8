"""Forms of the listing, stock and product-file screens, and the guided flow's draft.

A product row needs a price and a category (the schema says so), which the guided flow
asks for on its third screen. Until then what the supplier gave — stored photos, names,
descriptions — travels with the form as a signed token: nothing is half-saved if the
phone drops the connection, and a forged token is simply not read."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from flask import current_app
from flask_babel import gettext
from flask_babel import lazy_gettext as _l
from flask_wtf.file import FileField, FileRequired, MultipleFileField
from itsdangerous import BadData, URLSafeTimedSerializer
from wtforms import (
    HiddenField,
    IntegerField,
    RadioField,
    SelectField,
    StringField,
    TextAreaField,
)
from wtforms.fields.choices import SelectChoice
from wtforms.validators import InputRequired, Length, NumberRange, Optional, ValidationError

from catalog.imports.cells import parse_price
from catalog.imports.tabular import InvalidCell
from catalog.listing_completeness import ListingFacts
from catalog.listing_photos import PhotoUpload
from catalog.listings import (
    LANGUAGES,
    MAX_DESCRIPTION,
    MAX_NAME,
    MAX_UNIT,
    DraftPhoto,
    ListingDetails,
    category_choices,
    supplier_groupings,
)
from catalog.models import Product
from catalog.stock import ADJUSTMENT_REASONS, MAX_THRESHOLD
from groupings.models import Supplier
from shop.forms import Form
from shop.phones import western_digits

DRAFT_SALT = "backoffice.listing-draft"
DRAFT_MAX_AGE = 24 * 3600
MAX_STOCK_INPUT = 1_000_000

ARABIC_DECIMAL_SEPARATOR = "\u066b"


def normalised_number(text: str) -> str:
    # Phones with an Arabic keyboard type Eastern Arabic digits; prices are stored in Latin ones.
    text = western_digits(text.strip()).replace(ARABIC_DECIMAL_SEPARATOR, ".")
    text = text.replace(" ", "").replace("\u00a0", "")
    if text.count(",") == 1 and "." not in text:
        text = text.replace(",", ".")  # 12,50 is how prices are written in Morocco
    return text


def typed_price(text: str) -> Decimal | None:
    """The price typed, or None when it is not a valid one (yet)."""
    try:
        return parse_price(normalised_number(text)) if text.strip() else None
    except InvalidCell:
        return None


class PriceField(StringField):
    """A price in dirhams, typed as people write it; `price` holds the Decimal once valid."""

    price: Decimal | None = None

    def pre_validate(self, form) -> None:
        self.price = None
        if not self.data:
            return
        try:
            self.price = parse_price(normalised_number(self.data))
        except InvalidCell as error:
            raise ValidationError(str(error.reason)) from None


def _optional_int(value):
    if value in (None, ""):
        return None
    return int(value)


class PhotosForm(Form):
    photos = MultipleFileField(_l("Take or choose photos"))
    draft = HiddenField()


class TextsForm(Form):
    name_ar = StringField(_l("Name in Arabic"), validators=[Length(max=MAX_NAME)])
    name_fr = StringField(_l("Name in French"), validators=[Length(max=MAX_NAME)])
    name_zgh = StringField(_l("Name in Tamazight"), validators=[Length(max=MAX_NAME)])
    description_ar = TextAreaField(
        _l("Description in Arabic"), validators=[Length(max=MAX_DESCRIPTION)]
    )
    description_fr = TextAreaField(
        _l("Description in French"), validators=[Length(max=MAX_DESCRIPTION)]
    )
    description_zgh = TextAreaField(
        _l("Description in Tamazight"), validators=[Length(max=MAX_DESCRIPTION)]
    )
    draft = HiddenField()

    def names(self) -> dict[str, str]:
        return {lang: getattr(self, f"name_{lang}").data or "" for lang in LANGUAGES}

    def descriptions(self) -> dict[str, str]:
        return {lang: getattr(self, f"description_{lang}").data or "" for lang in LANGUAGES}


class DetailsForm(Form):
    price = PriceField(
        _l("Price in dirhams (MAD)"),
        description=_l("For example: 120 or 85.50"),
        validators=[InputRequired()],
    )
    unit = StringField(
        _l("Unit sold"),
        description=_l("For example: jar of 250 g, bottle of 1 litre, one carpet"),
        validators=[Length(max=MAX_UNIT)],
    )
    category = SelectField(_l("Category"), coerce=_optional_int, validators=[InputRequired()])
    grouping = SelectField(_l("Solidarity grouping"), coerce=str, default="")


class NewDetailsForm(DetailsForm):
    stock = IntegerField(
        _l("How many do you have ready to sell?"),
        validators=[InputRequired(), NumberRange(min=0, max=MAX_STOCK_INPUT)],
    )
    sku = StringField(
        _l("Your own reference (optional)"),
        description=_l("Leave empty: we give the product a reference."),
        validators=[Optional(), Length(max=64)],
    )
    draft = HiddenField()


class ActionForm(Form):
    """Buttons that only need the CSRF token (publish, archive, duplicate, move…)."""


STOCK_REASON_LABELS = {
    "restock": _l("I made or received more"),
    "return": _l("A customer sent items back"),
    "loss": _l("Items were lost, broken or spoiled"),
    "correction": _l("I counted my stock"),
}

# The history's words for every reason, those recorded by orders included.
STOCK_REASON_NAMES = {
    "restock": _l("Restock"),
    "return": _l("Returned by a customer"),
    "loss": _l("Loss"),
    "correction": _l("Count"),
    "sale": _l("Sale"),
    "cancellation": _l("Order cancelled"),
}


class StockForm(Form):
    reason = RadioField(
        _l("What happened?"),
        choices=[
            SelectChoice(reason, STOCK_REASON_LABELS[reason]) for reason in ADJUSTMENT_REASONS
        ],
        validators=[InputRequired(_l("Choose what happened."))],
    )
    quantity = IntegerField(
        _l("How many items?"),
        description=_l("When you counted: how many items you have now."),
        validators=[InputRequired(), NumberRange(min=0, max=MAX_STOCK_INPUT)],
    )
    note = TextAreaField(_l("Note (optional)"), validators=[Length(max=500)])


class ThresholdForm(Form):
    threshold = IntegerField(
        _l("Warn me when the stock is at or below"),
        validators=[InputRequired(), NumberRange(min=0, max=MAX_THRESHOLD)],
    )


class ProductFileForm(Form):
    file = FileField(
        _l("CSV file of your products"),
        validators=[FileRequired(_l("Choose the CSV file to import."))],
    )


# --- the guided flow's draft -----------------------------------------------------------------


@dataclass
class DraftState:
    photos: list[DraftPhoto] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)
    descriptions: dict[str, str] = field(default_factory=dict)
    details: dict[str, str] = field(default_factory=dict)  # as typed, for "back" then "next"
    saved_id: int | None = None  # its copy among the supplier's unfinished listings

    def title(self, language: str) -> str:
        """Its name in `language`, else in the first language given; empty before any."""
        return self.names.get(language) or next((n for n in self.names.values() if n), "")

    def payload(self) -> dict:
        """As JSON, for the form's signed token and the saved copy."""
        return {
            "photos": [[p.key, p.width, p.height] for p in self.photos],
            "names": self.names,
            "descriptions": self.descriptions,
            "details": self.details,
        }

    @classmethod
    def from_payload(cls, data: dict, saved_id: int | None = None) -> DraftState:
        return cls(
            photos=[DraftPhoto(str(k), int(w), int(h)) for k, w, h in data["photos"]],
            names={str(k): str(v) for k, v in data["names"].items()},
            descriptions={str(k): str(v) for k, v in data["descriptions"].items()},
            details={str(k): str(v) for k, v in data["details"].items()},
            saved_id=saved_id,
        )


def _serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.secret_key, salt=DRAFT_SALT)


def dump_draft(supplier_id: int, state: DraftState) -> str:
    return _serializer().dumps(
        {"supplier": supplier_id, "saved": state.saved_id, **state.payload()}
    )


def load_draft(supplier_id: int, token: str | None) -> DraftState | None:
    """The draft, or None when the token is missing, expired, forged or another shop's."""
    if not token:
        return None
    try:
        data = _serializer().loads(token, max_age=DRAFT_MAX_AGE)
        if data.get("supplier") != supplier_id:
            return None
        saved = data.get("saved")
        return DraftState.from_payload(data, int(saved) if saved is not None else None)
    except (BadData, KeyError, TypeError, ValueError, AttributeError):
        return None


# --- building and reading the forms ------------------------------------------------------------

DETAIL_FIELDS = ("price", "unit", "category", "grouping", "stock", "sku")


def uploads(form: PhotosForm) -> list[PhotoUpload]:
    files = [f for f in form.photos.data or [] if f and f.filename]
    return [PhotoUpload(f.filename, f.read()) for f in files]


def with_detail_choices(form: DetailsForm, supplier: Supplier) -> DetailsForm:
    """The category tree, and the groupings this supplier belongs to (or none)."""
    form.category.choices = [SelectChoice(None, gettext("Choose a category"))] + [
        SelectChoice(category_id, "\u00a0\u00a0" * depth + name)
        for category_id, name, depth in category_choices()
    ]
    form.grouping.choices = [SelectChoice("", gettext("No grouping"))] + [
        SelectChoice(str(grouping.id), grouping.name) for grouping in supplier_groupings(supplier)
    ]
    return form


def details_from(form: DetailsForm) -> ListingDetails:
    grouping = form.grouping.data
    return ListingDetails(
        price=form.price.price,
        unit=form.unit.data or "",
        category_id=form.category.data,
        grouping_id=int(grouping) if grouping else None,
    )


def typed_details(formdata) -> dict[str, str]:
    """The third screen's fields as typed, kept in the draft when going back."""
    return {name: formdata.get(name, "")[:200] for name in DETAIL_FIELDS}


def draft_facts(state: DraftState) -> ListingFacts:
    """The meter's facts for a product not saved yet, from what was typed so far."""
    details = state.details
    stock = normalised_number(details.get("stock", ""))
    category = details.get("category", "")
    return ListingFacts(
        photos=len(state.photos),
        names=state.names,
        descriptions=state.descriptions,
        price=typed_price(details.get("price", "")),
        unit=details.get("unit", ""),
        stock=int(stock) if stock.isdigit() else None,
        category_id=int(category) if category.isdigit() else None,
    )


def texts_form(state: DraftState) -> TextsForm:
    data = {f"name_{lang}": text for lang, text in state.names.items()}
    data.update({f"description_{lang}": text for lang, text in state.descriptions.items()})
    return TextsForm(formdata=None, data=data)


def new_details_form(supplier: Supplier, state: DraftState) -> NewDetailsForm:
    return with_detail_choices(NewDetailsForm(formdata=None, data=dict(state.details)), supplier)


def product_texts_form(product: Product) -> TextsForm:
    data = {f"name_{row.language}": row.name for row in product.translations}
    data.update({f"description_{row.language}": row.description for row in product.translations})
    return TextsForm(formdata=None, data=data)


def product_details_form(product: Product) -> DetailsForm:
    data = {
        "price": f"{product.price:.2f}",
        "unit": product.unit,
        "category": product.category_id,
        "grouping": str(product.grouping_id or ""),
    }
    return with_detail_choices(DetailsForm(formdata=None, data=data), product.supplier)
