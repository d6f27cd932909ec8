from flask_babel import lazy_gettext as _l
from flask_wtf.file import FileField, FileRequired, FileSize
from wtforms import DateField, SelectField, StringField, SubmitField, TextAreaField
from wtforms.validators import DataRequired, Length, Regexp

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


class LabelForm(Form):
    code = StringField(
        _l("Code"),
        validators=[
            DataRequired(),
            Length(max=40),
            Regexp(r"^[a-z0-9-]+$", message=_l("Use lowercase letters, digits and dashes.")),
        ],
    )
    kind = SelectField(_l("Kind of label"), validators=[DataRequired()])
    issuing_body = StringField(_l("Issued by"), validators=[DataRequired(), Length(max=200)])
    name_ar = StringField(_l("Name in Arabic"), validators=[Length(max=200)])
    name_fr = StringField(_l("Name in French"), validators=[DataRequired(), Length(max=200)])
    name_zgh = StringField(_l("Name in Tamazight"), validators=[Length(max=200)])
    description_ar = TextAreaField(_l("Description in Arabic"), validators=[Length(max=2000)])
    description_fr = TextAreaField(_l("Description in French"), validators=[Length(max=2000)])
    description_zgh = TextAreaField(_l("Description in Tamazight"), validators=[Length(max=2000)])
    logo = FileField(
        _l("Logo (JPEG, PNG or WebP)"),
        validators=[FileSize(MAX_DOCUMENT_BYTES, message=_l("The file is larger than 10 MB."))],
    )
    submit = SubmitField(_l("Save"))
