from flask_babel import lazy_gettext as _l

from shop.errors import ShopError


class AccountError(ShopError):
    pass


class EmailAlreadyRegistered(AccountError):
    message = _l("An account already exists with this e-mail address.")


class InvalidCredentials(AccountError):
    message = _l("E-mail address or password is incorrect.")
    status_code = 401


class InactiveAccount(AccountError):
    message = _l("This account is disabled. Please contact the support team.")
    status_code = 403


class InvalidResetToken(AccountError):
    message = _l("This password reset link is invalid or has expired. Please ask for a new one.")


class WeakPassword(AccountError):
    message = _l("The password must be at least %(length)s characters long.")
