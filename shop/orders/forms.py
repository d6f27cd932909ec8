from flask_babel import lazy_gettext as _l
from wtforms import SelectField, StringField, SubmitField
from wtforms.validators import DataRequired, Length

from shop.forms import Form


class CancelOrderForm(Form):
    submit = SubmitField(_l("Cancel my order"))


class RefundForm(Form):
    # "all", or the id of one supplier's part.
    part = SelectField(_l("What to refund"), validators=[DataRequired()])
    reason = StringField(_l("Reason"), validators=[DataRequired(), Length(max=300)])
    submit = SubmitField(_l("Refund"))


class TransferReceivedForm(Form):
    reference = StringField(
        _l("Bank reference of the transfer"), validators=[DataRequired(), Length(max=120)]
    )
    submit = SubmitField(_l("Transfer received"))
