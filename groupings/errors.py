"""What the supplier back-office's rules refuse: onboarding, lifecycle, team and evidence.

Each message is written for the person who made the mistake, in plain words."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l

from shop.errors import NotFound, ShopError


class SupplierError(ShopError):
    pass


# Sign-up and profile


class InvalidRib(SupplierError):
    message = _l(
        "A RIB has exactly 24 digits: bank code (3), city code (3), account number (16) "
        "and check key (2)."
    )


class WrongRibKey(InvalidRib):
    message = _l(
        "This RIB's check key is wrong: please copy the 24 digits again from your bank "
        "document. One digit is probably mistyped."
    )


class InvalidPhone(SupplierError):
    message = _l(
        "Please give a Moroccan phone number: +212 or 0, then 9 digits starting with 5, 6 or 7."
    )


class InvalidIce(SupplierError):
    message = _l("An ICE (common company identifier) is exactly 15 digits.")


class IceAlreadyRegistered(SupplierError):
    message = _l("A seller with this ICE is already registered. Ask its owner to invite you.")


class MissingRegistrationNumber(SupplierError):
    message = _l("Please give your registration number.")


class MissingIce(SupplierError):
    message = _l("Please give your cooperative's ICE (15 digits).")


class MissingFoundingDate(SupplierError):
    message = _l("Please give the date your cooperative was founded.")


class FoundedInFuture(SupplierError):
    message = _l("The founding date cannot be in the future.")


class InvalidMemberCount(SupplierError):
    message = _l("A cooperative has at least one member.")


class TooManyWomenMembers(SupplierError):
    message = _l("There cannot be more women members than members.")


class NameRequired(SupplierError):
    message = _l("Please write your name in at least one language.")


class UnknownRegion(SupplierError):
    message = _l("Please choose your region from the list.")


class UnknownSupplierKind(SupplierError):
    message = _l("Please choose: cooperative or micro-entrepreneur.")


class BankDetailsIncomplete(SupplierError):
    message = _l("Please give the bank's name and the account holder's name with the RIB.")


# Lifecycle


class SupplierNotPending(SupplierError):
    message = _l("This seller is not waiting for approval.")


class SupplierNotSuspended(SupplierError):
    message = _l("This seller is not suspended.")


class SupplierAlreadySuspended(SupplierError):
    message = _l("This seller is already suspended.")


class SuspensionNeedsReason(SupplierError):
    message = _l("Please give the reason for the suspension: the seller will read it.")


# Team


class InvitationInvalid(SupplierError):
    message = _l(
        "This invitation link is not valid any more: it was already used, cancelled, or is "
        "older than 7 days. Ask for a new invitation."
    )
    status_code = 404


class InvitationForAnotherEmail(SupplierError):
    message = _l(
        "This invitation was sent to %(email)s. Please log in with that e-mail address to "
        "accept it."
    )
    status_code = 403


class AlreadyMember(SupplierError):
    message = _l("%(email)s is already a member of this team.")


class InvalidRole(SupplierError):
    message = _l("Please choose a role from the list.")


class LastOwner(SupplierError):
    message = _l("The team must always keep at least one owner. Make someone else owner first.")


class MemberNotFound(NotFound):
    pass


# Eligibility evidence


class EvidenceError(SupplierError):
    pass


class GrantedInFuture(EvidenceError):
    message = _l("The date the loan was granted cannot be in the future.")


class InvalidLoanAmount(EvidenceError):
    message = _l("The loan amount must be more than 0 dirhams, with at most two decimals.")


class UnknownEvidenceKind(EvidenceError):
    message = _l("Please choose: microcredit or honour loan.")


class EvidenceIncomplete(EvidenceError):
    message = _l("Please give the lending institution and the loan reference.")


class EvidenceAlreadyDecided(EvidenceError):
    message = _l("This attestation has already been verified or rejected.")


class EvidenceRejectionNeedsReason(EvidenceError):
    message = _l("Please give the reason for the rejection: the seller will read it.")


class ValidityBeforeGrant(EvidenceError):
    message = _l("The end of validity must come after the date the loan was granted.")


class ValidityInPast(EvidenceError):
    message = _l(
        "With this end date the attestation would already be expired. Give a later date, "
        "or reject it and ask for a recent one."
    )
