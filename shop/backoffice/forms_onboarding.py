"""Forms of the seller sign-up, profile, team, attestations and their review.

Field checks call the same functions as the services (groupings.rib), so the page shows
the service's own words next to the field; the services check again whatever arrives."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from flask_babel import lazy_gettext as _l
from flask_wtf.file import FileField, FileRequired, FileSize
from wtforms import (
    DateField,
    EmailField,
    Field,
    IntegerField,
    RadioField,
    SelectField,
    StringField,
    SubmitField,
    TextAreaField,
)
from wtforms.fields.choices import SelectChoice
from wtforms.validators import (
    DataRequired,
    Email,
    InputRequired,
    Length,
    NumberRange,
    Optional,
    ValidationError,
)
from wtforms.widgets import TextInput

from catalog.documents import MAX_DOCUMENT_BYTES
from catalog.images import MAX_BYTES as MAX_IMAGE_BYTES
from groupings import onboarding
from groupings.eligibility import MAX_LENDER, MAX_REASON, MAX_REFERENCE
from groupings.rib import normalise_ice, normalise_phone, normalise_rib, western_digits
from groupings.team import INVITABLE_ROLES, MEMBER_ROLE_NAMES
from groupings.vocabulary import EVIDENCE_KIND_NAMES
from shop.config import LANGUAGES
from shop.errors import ShopError
from shop.forms import Form
from shop.regions import REGIONS


def _checked_by(normaliser):
    """A field validator that runs a service check and shows its message."""

    def validator(form, field):
        if field.data and field.data.strip():
            try:
                normaliser(field.data)
            except ShopError as error:
                raise ValidationError(str(error)) from None

    return validator


def _region_choices():
    return [
        SelectChoice("", _l("Choose your region")),
        *(SelectChoice(slug, name) for slug, name in REGIONS.items()),
    ]


def _choices(names: dict, values=None) -> list[SelectChoice]:
    return [SelectChoice(value, names[value]) for value in (values or names)]


class AmountField(Field):
    """An amount in dirhams as people write it: "30 000", "30000,50", Arabic digits."""

    widget = TextInput()

    def _value(self) -> str:
        if self.raw_data:
            return self.raw_data[0]
        return "" if self.data is None else f"{self.data:.2f}"

    def process_formdata(self, valuelist):
        self.data = None
        if not valuelist or not valuelist[0].strip():
            return
        text = re.sub(r"[\s\u00a0\u202f']", "", western_digits(valuelist[0]))
        text = text.replace("٫", ".").replace(",", ".")
        try:
            if not re.fullmatch(r"[0-9]+(\.[0-9]{1,2})?", text):
                raise InvalidOperation
            self.data = Decimal(text)
        except InvalidOperation:
            raise ValueError(
                _l("Write the amount in dirhams with digits, for example 30000 or 30000.50.")
            ) from None


class _ProfileFields(Form):
    name_ar = StringField(_l("Name in Arabic"), validators=[Length(max=onboarding.MAX_NAME)])
    description_ar = TextAreaField(
        _l("Description in Arabic"), validators=[Length(max=onboarding.MAX_DESCRIPTION)]
    )
    name_fr = StringField(_l("Name in French"), validators=[Length(max=onboarding.MAX_NAME)])
    description_fr = TextAreaField(
        _l("Description in French"), validators=[Length(max=onboarding.MAX_DESCRIPTION)]
    )
    name_zgh = StringField(_l("Name in Tamazight"), validators=[Length(max=onboarding.MAX_NAME)])
    description_zgh = TextAreaField(
        _l("Description in Tamazight"), validators=[Length(max=onboarding.MAX_DESCRIPTION)]
    )
    logo = FileField(
        _l("Logo or photo (optional)"),
        validators=[
            FileSize(MAX_IMAGE_BYTES, message=_l("The picture is larger than 15 MB.")),
        ],
        description=_l("A JPEG, PNG or WebP picture, for example taken with your phone."),
    )
    region = SelectField(
        _l("Region"),
        choices=_region_choices,
        validators=[DataRequired(_l("Please choose your region from the list."))],
    )
    commune = StringField(
        _l("Commune"), validators=[DataRequired(), Length(max=onboarding.MAX_PLACE)]
    )
    city = StringField(
        _l("City or village"), validators=[DataRequired(), Length(max=onboarding.MAX_PLACE)]
    )
    phone = StringField(
        _l("Phone number"),
        validators=[DataRequired(), Length(max=30), _checked_by(normalise_phone)],
        description=_l("For example 06 12 34 56 78"),
    )

    def validate(self, extra_validators=None) -> bool:
        valid = super().validate(extra_validators)
        if not any((getattr(self, f"name_{lang}").data or "").strip() for lang in LANGUAGES):
            self.name_fr.errors = [
                *self.name_fr.errors,
                _l("Please write your name in at least one language."),
            ]
            return False
        return valid

    def presentations(self) -> dict[str, onboarding.Presentation]:
        return {
            lang: onboarding.Presentation(
                name=getattr(self, f"name_{lang}").data or "",
                description=getattr(self, f"description_{lang}").data or "",
            )
            for lang in LANGUAGES
        }

    def profile(self) -> onboarding.SupplierProfile:
        return onboarding.SupplierProfile(
            presentations=self.presentations(),
            region=self.region.data,
            commune=self.commune.data or "",
            city=self.city.data or "",
            phone=self.phone.data or "",
            logo=self.logo.data.read() if self.logo.data else None,
        )


class _BankFields(Form):
    rib = StringField(
        _l("RIB (24 digits)"),
        validators=[DataRequired(), Length(max=40), _checked_by(normalise_rib)],
        description=_l("Copy it from your bank card or bank paper. Spaces are fine."),
    )
    bank_name = StringField(
        _l("Bank"), validators=[DataRequired(), Length(max=onboarding.MAX_BANK_NAME)]
    )
    account_holder = StringField(
        _l("Account holder"),
        validators=[DataRequired(), Length(max=onboarding.MAX_HOLDER)],
        description=_l("The name written on the bank account."),
    )

    def bank(self) -> onboarding.BankDetails:
        return onboarding.BankDetails(
            rib=self.rib.data or "",
            bank_name=self.bank_name.data or "",
            account_holder=self.account_holder.data or "",
        )


class BankForm(_BankFields):
    submit = SubmitField(_l("Save the bank details"))


class _ApplicationFields(_ProfileFields, _BankFields):
    submit = SubmitField(_l("Send my application"))


class CooperativeApplicationForm(_ApplicationFields):
    registration_number = StringField(
        _l("Registration number of the cooperative"),
        validators=[DataRequired(), Length(max=onboarding.MAX_REGISTRATION)],
    )
    ice = StringField(
        _l("ICE (15 digits)"),
        validators=[DataRequired(), Length(max=30), _checked_by(normalise_ice)],
    )
    founded = DateField(_l("Date the cooperative was founded"), validators=[DataRequired()])
    members = IntegerField(
        _l("Number of members"),
        validators=[InputRequired(), NumberRange(min=1, max=onboarding.MAX_MEMBERS)],
    )
    women_members = IntegerField(
        _l("Number of women members"),
        validators=[InputRequired(), NumberRange(min=0, max=onboarding.MAX_MEMBERS)],
    )

    def validate_women_members(self, field):
        members = self.members.data
        if field.data is not None and members is not None and field.data > members:
            raise ValidationError(_l("There cannot be more women members than members."))


class MicroEntrepreneurApplicationForm(_ApplicationFields):
    registration_number = StringField(
        _l("Auto-entrepreneur number"),
        validators=[DataRequired(), Length(max=onboarding.MAX_REGISTRATION)],
    )
    ice = StringField(
        _l("ICE (15 digits, if you have one)"),
        validators=[Optional(), Length(max=30), _checked_by(normalise_ice)],
    )


class ProfileForm(_ProfileFields):
    members = IntegerField(
        _l("Number of members"),
        validators=[Optional(), NumberRange(min=1, max=onboarding.MAX_MEMBERS)],
    )
    women_members = IntegerField(
        _l("Number of women members"),
        validators=[Optional(), NumberRange(min=0, max=onboarding.MAX_MEMBERS)],
    )
    submit = SubmitField(_l("Save"))


class InviteForm(Form):
    email = EmailField(
        _l("E-mail address of the person"), validators=[DataRequired(), Email(), Length(max=254)]
    )
    role = RadioField(
        _l("What they may do"),
        choices=_choices(MEMBER_ROLE_NAMES, INVITABLE_ROLES),
        default="staff",
        validators=[DataRequired()],
    )
    submit = SubmitField(_l("Send the invitation"))


class MemberRoleForm(Form):
    role = SelectField(_l("Role"), choices=_choices(MEMBER_ROLE_NAMES), validators=[DataRequired()])
    submit = SubmitField(_l("Change"))


class ConfirmForm(Form):
    """Buttons whose only input is the CSRF token (remove, cancel, accept, approve…)."""

    submit = SubmitField(_l("Confirm"))


class SuspendForm(Form):
    reason = TextAreaField(
        _l("Reason for the suspension"),
        validators=[DataRequired(), Length(max=2000)],
        description=_l("The seller will read this reason."),
    )
    submit = SubmitField(_l("Suspend"))


class EvidenceForm(Form):
    kind = RadioField(
        _l("Kind of loan"),
        choices=_choices(EVIDENCE_KIND_NAMES),
        validators=[DataRequired(_l("Please choose: microcredit or honour loan."))],
    )
    lender = StringField(
        _l("Lending institution"),
        validators=[DataRequired(), Length(max=MAX_LENDER)],
        description=_l(
            "The microcredit association, or the regional Initiative platform for an honour loan."
        ),
    )
    reference = StringField(
        _l("Loan reference"), validators=[DataRequired(), Length(max=MAX_REFERENCE)]
    )
    granted_on = DateField(_l("Date the loan was granted"), validators=[DataRequired()])
    amount = AmountField(
        _l("Amount of the loan (dirhams)"),
        validators=[InputRequired(_l("Please give the amount of the loan."))],
    )
    document = FileField(
        _l("The attestation (PDF or photo)"),
        validators=[
            FileRequired(_l("Please attach the attestation.")),
            FileSize(MAX_DOCUMENT_BYTES, message=_l("The file is larger than 10 MB.")),
        ],
    )
    submit = SubmitField(_l("Send for verification"))


class VerifyEvidenceForm(Form):
    valid_until = DateField(
        _l("Valid until"),
        validators=[Optional()],
        description=_l("Leave empty for 3 years after the loan was granted."),
    )
    submit = SubmitField(_l("Verify"))


class RejectEvidenceForm(Form):
    reason = TextAreaField(
        _l("Reason for rejection"), validators=[DataRequired(), Length(max=MAX_REASON)]
    )
    submit = SubmitField(_l("Reject"))
