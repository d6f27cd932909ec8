from flask_babel import lazy_gettext as _l
from wtforms import StringField, SubmitField
from wtforms.validators import DataRequired, Length

from shop.forms import Form


class CreateBatchForm(Form):
    submit = SubmitField(_l("Prepare a payout batch"))


class MarkPaidForm(Form):
    bank_reference = StringField(
        _l("Bank reference of the transfers"), validators=[DataRequired(), Length(max=120)]
    )
    submit = SubmitField(_l("Mark as paid"))


class CancelBatchForm(Form):
    submit = SubmitField(_l("Cancel this batch"))
