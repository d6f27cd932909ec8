from flask_babel import lazy_gettext as _l
from wtforms import HiddenField, IntegerField, SubmitField
from wtforms.validators import DataRequired, InputRequired, NumberRange

from shop.cart.services import MAX_QUANTITY
from shop.forms import Form


class AddToCartForm(Form):
    sku = HiddenField(validators=[DataRequired()])
    quantity = IntegerField(
        _l("Quantity"), default=1, validators=[InputRequired(), NumberRange(1, MAX_QUANTITY)]
    )
    submit = SubmitField(_l("Add to cart"))


class QuantityForm(Form):
    quantity = IntegerField(
        _l("Quantity"), validators=[InputRequired(), NumberRange(0, MAX_QUANTITY)]
    )
    submit = SubmitField(_l("Update"))


class RemoveForm(Form):
    submit = SubmitField(_l("Remove"))
