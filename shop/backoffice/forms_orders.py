"""Forms of the seller's order screens: one button each, plus the shipping and the
cancellation details."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from wtforms import StringField, SubmitField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional

from shop.forms import Form


class PartActionForm(Form):
    """Accept, ready for pickup, delivered: nothing to fill in but the CSRF token."""

    submit = SubmitField(_l("Confirm"))


class ShipForm(Form):
    carrier = StringField(
        _l("Carrier (for example Amana, CTM, a courier)"),
        validators=[DataRequired(), Length(max=60)],
    )
    tracking_number = StringField(
        _l("Tracking number (if you have one)"), validators=[Optional(), Length(max=120)]
    )
    submit = SubmitField(_l("The parcel has left"))

    def tracking_note(self) -> str:
        carrier = (self.carrier.data or "").strip()
        number = (self.tracking_number.data or "").strip()
        return f"{carrier} {number}".strip()


class CancelPartForm(Form):
    reason = TextAreaField(
        _l("Why can you not prepare this order?"),
        validators=[DataRequired(), Length(max=300)],
    )
    submit = SubmitField(_l("Cancel this order"))


class CancelLineForm(Form):
    reason = TextAreaField(
        _l("Why can you not supply this product?"),
        validators=[DataRequired(), Length(max=300)],
    )
    submit = SubmitField(_l("Cancel this product"))
