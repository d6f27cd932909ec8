from __future__ import annotations

from urllib.parse import urlsplit

from flask import Blueprint, current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required, login_user, logout_user

from shop.accounts import services
from shop.accounts.errors import AccountError
from shop.accounts.forms import (
    ForgotPasswordForm,
    LoginForm,
    LogoutForm,
    ProfileForm,
    RegistrationForm,
    ResetPasswordForm,
)
from shop.accounts.permissions import ROLE_NAMES, roles_of
from shop.extensions import limiter
from shop.i18n import current_language
from shop.mail.services import queue_mail

bp = Blueprint("accounts", __name__, url_prefix="/<lang_code>/account", template_folder="templates")


def _login_limit() -> str:
    return current_app.config["LOGIN_RATE_LIMIT"]


def _login_email_key() -> str:
    return "login-email:" + services.normalise_email(request.form.get("email", ""))


def _safe_next(target: str | None) -> str | None:
    """Only same-site paths, so a crafted link can't bounce users to another site after login."""
    if not target:
        return None
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//"):
        return None
    return target


def _start_session(user) -> None:
    services.open_login_session(user, request.headers.get("User-Agent", ""))
    login_user(user)


@bp.route("/register", methods=["GET", "POST"])
def register():
    if current_user.is_authenticated:
        return redirect(url_for("accounts.profile"))
    form = RegistrationForm()
    if form.validate_on_submit():
        try:
            user = services.register_user(
                email=form.email.data,
                full_name=form.full_name.data,
                password=form.password.data,
                language=current_language(),
            )
        except AccountError as error:
            form.email.errors.append(str(error))
        else:
            _start_session(user)
            flash(_("Welcome to Souk Tadamon, %(name)s!", name=user.full_name), "success")
            return redirect(_safe_next(request.args.get("next")) or url_for("main.home"))
    return render_template("accounts/register.html", form=form)


@bp.route("/login", methods=["GET", "POST"])
@limiter.limit(_login_limit, methods=["POST"])
@limiter.limit(_login_limit, methods=["POST"], key_func=_login_email_key)
def login():
    form = LoginForm()
    if form.validate_on_submit():
        try:
            user = services.authenticate(form.email.data, form.password.data)
        except AccountError as error:
            flash(str(error), "error")
        else:
            _start_session(user)
            flash(_("You are logged in."), "success")
            return redirect(
                _safe_next(request.args.get("next"))
                or url_for("main.home", lang_code=user.preferred_language)
            )
    return render_template("accounts/login.html", form=form)


@bp.route("/logout", methods=["POST"])
def logout():
    form = LogoutForm()
    if form.validate_on_submit() and current_user.is_authenticated:
        services.close_login_session(current_user.login_token)
        logout_user()
        flash(_("You are logged out."), "info")
    return redirect(url_for("main.home"))


@bp.route("/password/forgot", methods=["GET", "POST"])
@limiter.limit(_login_limit, methods=["POST"])
def forgot_password():
    form = ForgotPasswordForm()
    if form.validate_on_submit():
        user = services.find_user_by_email(form.email.data)
        if user is not None and user.is_active:
            token = services.make_password_reset_token(user, current_app.config["SECRET_KEY"])
            queue_mail(
                recipient=user.email,
                template="password_reset",
                language=user.preferred_language,
                user=user,
                reset_url=url_for(
                    "accounts.reset_password",
                    token=token,
                    lang_code=user.preferred_language,
                    _external=True,
                ),
            )
        # Same answer whether or not the address is known: no account enumeration.
        flash(_("If an account exists for this address, a reset link is on its way."), "info")
        return redirect(url_for("accounts.login"))
    return render_template("accounts/forgot_password.html", form=form)


@bp.route("/password/reset/<token>", methods=["GET", "POST"])
def reset_password(token: str):
    config = current_app.config
    try:
        services.user_for_reset_token(token, config["SECRET_KEY"], config["PASSWORD_RESET_MAX_AGE"])
    except AccountError as error:
        flash(str(error), "error")
        return redirect(url_for("accounts.forgot_password"))
    form = ResetPasswordForm()
    if form.validate_on_submit():
        try:
            services.reset_password(
                token,
                form.password.data,
                secret_key=config["SECRET_KEY"],
                max_age=config["PASSWORD_RESET_MAX_AGE"],
            )
        except AccountError as error:
            form.password.errors.append(str(error))
        else:
            logout_user()
            flash(_("Your password has been changed. Please log in."), "success")
            return redirect(url_for("accounts.login"))
    return render_template("accounts/reset_password.html", form=form)


@bp.route("/", methods=["GET", "POST"])
@login_required
def profile():
    form = ProfileForm(obj=current_user)
    if form.validate_on_submit():
        current_user.full_name = form.full_name.data
        services.set_preferred_language(
            current_user, form.preferred_language.data, current_app.config["LANGUAGES"]
        )
        flash(_("Your profile has been saved."), "success")
        return redirect(url_for("accounts.profile", lang_code=current_user.preferred_language))
    return render_template(
        "accounts/profile.html", form=form, roles=roles_of(current_user), role_names=ROLE_NAMES
    )
