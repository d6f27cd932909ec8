from __future__ import annotations

from flask_babel import lazy_gettext as _l
from wtforms import HiddenField, RadioField, SelectField, StringField, SubmitField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional, Regexp, ValidationError

from shop.forms import Form
from shop.phones import normalise_moroccan_phone
from shop.regions import REGIONS


def _moroccan_phone(form, field) -> None:
    if normalise_moroccan_phone(field.data or "") is None:
        raise ValidationError(
            _l("Please enter a Moroccan phone number, for example 06 12 34 56 78.")
        )


class AddressForm(Form):
    full_name = StringField(
        _l("Name of the person receiving the parcel"),
        validators=[DataRequired(), Length(max=120)],
    )
    phone = StringField(
        _l("Phone number"),
        validators=[DataRequired(), Length(max=30), _moroccan_phone],
        description=_l("The delivery person calls this number. Example: 06 12 34 56 78"),
        render_kw={"inputmode": "tel", "autocomplete": "tel"},
    )
    region = SelectField(_l("Region"), validators=[DataRequired()])
    city = StringField(
        _l("City or village"),
        validators=[DataRequired(), Length(max=80)],
        render_kw={"autocomplete": "address-level2"},
    )
    street = TextAreaField(
        _l("Address"),
        validators=[DataRequired(), Length(max=500)],
        description=_l("Street, number, district, and any landmark that helps to find you."),
        render_kw={"rows": 3, "autocomplete": "street-address"},
    )
    postal_code = StringField(
        _l("Postal code (if you know it)"),
        validators=[Optional(), Regexp(r"^\d{5}$", message=_l("A postal code has 5 digits."))],
        render_kw={"inputmode": "numeric", "autocomplete": "postal-code"},
    )
    submit = SubmitField(_l("Continue"))

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.region.choices = [("", _l("Choose your region"))] + [
            (slug, name) for slug, name in REGIONS.items()
        ]


class DeliveryForm(Form):
    """Gets one `delivery_<supplier id>` radio field per supplier (see `delivery_form`)."""

    payment_method = RadioField(_l("How will you pay?"), validators=[DataRequired()])
    submit = SubmitField(_l("Continue"))


def delivery_form(
    suppliers: list[tuple[int, str, list[tuple[str, str]]]],
    payment_choices: list[tuple[str, str]],
    data: dict | None = None,
) -> DeliveryForm:
    """`suppliers`: (id, name, [(method, label)]) for each supplier in the cart."""

    class PerSupplierDeliveryForm(DeliveryForm):
        pass

    for supplier_id, name, _choices in suppliers:
        setattr(
            PerSupplierDeliveryForm,
            f"delivery_{supplier_id}",
            RadioField(name, validators=[DataRequired()]),
        )
    form = PerSupplierDeliveryForm(data=data)
    for supplier_id, _name, choices in suppliers:
        form[f"delivery_{supplier_id}"].choices = choices
    form.payment_method.choices = payment_choices
    return form


class PlaceOrderForm(Form):
    # The total the customer saw: the order is placed only if it is still the total.
    expected_total = HiddenField(validators=[DataRequired()])
    submit = SubmitField(_l("Place my order"))
