from flask_babel import lazy_gettext as _l
from flask_wtf.file import FileField, FileRequired, FileSize
from wtforms import DateField, SelectField, StringField, SubmitField, TextAreaField
from wtforms.validators import DataRequired, Length

from catalog.documents import MAX_DOCUMENT_BYTES
from shop.forms import Form


class LabelClaimForm(Form):
    label = SelectField(_l("Quality label"), validators=[DataRequired()])
    product = SelectField(_l("For"), validators=[DataRequired()])
    certificate_number = StringField(
        _l("Certificate number"), validators=[DataRequired(), Length(max=80)]
    )
    issuing_body = StringField(_l("Issued by"), validators=[DataRequired(), Length(max=200)])
    valid_from = DateField(_l("Valid from"), validators=[DataRequired()])
    valid_until = DateField(_l("Valid until"), validators=[DataRequired()])
    certificate = FileField(
        _l("Certificate (PDF or photo)"),
        validators=[
            FileRequired(_l("Please attach the certificate.")),
            FileSize(MAX_DOCUMENT_BYTES, message=_l("The file is larger than 10 MB.")),
        ],
    )
    submit = SubmitField(_l("Send for verification"))


class VerifyClaimForm(Form):
    submit = SubmitField(_l("Verify"))


class RejectClaimForm(Form):
    reason = TextAreaField(
        _l("Reason for rejection"), validators=[DataRequired(), Length(max=1000)]
    )
    submit = SubmitField(_l("Reject"))
