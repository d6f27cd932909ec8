"""Who may do what: every access check of the application is decided here.

Views guard routes with `@requires(...)`; services call `ensure(...)` with the object
they are about to touch, so a forged form field or API call meets the same rule."""

from __future__ import annotations

from enum import StrEnum
from functools import wraps

from flask import abort
from flask_babel import lazy_gettext as _l
from flask_login import current_user

from shop.errors import AccessDenied


class Permission(StrEnum):
    ACCOUNT = "account"  # any logged-in user (consumers included)
    ADMIN = "admin"  # platform administration
    SUPPLIER_VIEW = "supplier.view"  # read a supplier's back-office (any team member)
    SUPPLIER_MANAGE = "supplier.manage"  # change listings, stock, team (owner or manager)
    SUPPLIER_OWN = "supplier.own"  # bank details, team invitations (owner)
    GROUPING_MANAGE = "grouping.manage"  # a grouping's members, evidence and rules
    ORGANISATION_BUY = "organisation.buy"  # bulk purchases for a public buyer


SUPPLIER_ROLES = {
    Permission.SUPPLIER_VIEW: {"owner", "manager", "staff"},
    Permission.SUPPLIER_MANAGE: {"owner", "manager"},
    Permission.SUPPLIER_OWN: {"owner"},
}


def _supplier_role(user, supplier_id: int) -> str | None:
    for membership in user.supplier_memberships:
        if membership.supplier_id == supplier_id:
            return membership.role
    return None


def can(user, permission: Permission, target=None) -> bool:
    """`target` is the supplier, grouping or organisation the permission is about;
    without one, the question is "in at least one"."""
    if user is None or not getattr(user, "is_authenticated", False):
        return False
    if permission is Permission.ACCOUNT:
        return True
    if user.is_admin:
        # The operator can see and fix everything, except buying in an organisation's name.
        return permission is not Permission.ORGANISATION_BUY
    if permission in SUPPLIER_ROLES:
        allowed = SUPPLIER_ROLES[permission]
        if target is None:
            return any(m.role in allowed for m in user.supplier_memberships)
        return _supplier_role(user, target.id) in allowed
    if permission is Permission.GROUPING_MANAGE:
        return any(target is None or r.grouping_id == target.id for r in user.grouping_roles)
    if permission is Permission.ORGANISATION_BUY:
        return any(
            target is None or m.organisation_id == target.id for m in user.organisation_memberships
        )
    return False


def can_verify_evidence(user, supplier) -> bool:
    """A platform admin, or a manager of one of the groupings the supplier belongs to,
    may verify or reject its microcredit and honour-loan attestations; never someone
    who works for that supplier (nobody vouches for their own loan)."""
    if user is None or not getattr(user, "is_authenticated", False):
        return False
    if _supplier_role(user, supplier.id) is not None:
        return False
    if user.is_admin:
        return True
    managed = {role.grouping_id for role in user.grouping_roles}
    return any(m.grouping_id in managed for m in supplier.grouping_memberships)


def ensure(user, permission: Permission, target=None) -> None:
    if not can(user, permission, target):
        raise AccessDenied()


def requires(permission: Permission):
    """Route guard: anonymous visitors go to the login page, others without the right get 403."""

    def decorator(view):
        @wraps(view)
        def wrapped(*args, **kwargs):
            if not current_user.is_authenticated:
                from shop.extensions import login_manager

                return login_manager.unauthorized()
            if not can(current_user, permission):
                abort(403)
            return view(*args, **kwargs)

        return wrapped

    return decorator


def roles_of(user) -> list[str]:
    """The role names a user holds, for the account page and the navigation."""
    roles = ["consumer"]
    if user.supplier_memberships:
        roles.append("supplier")
    if user.grouping_roles:
        roles.append("grouping_manager")
    if user.organisation_memberships:
        roles.append("public_buyer")
    if user.is_admin:
        roles.append("admin")
    return roles


ROLE_NAMES = {
    "consumer": _l("Customer"),
    "supplier": _l("Seller (cooperative or micro-entrepreneur)"),
    "grouping_manager": _l("Solidarity grouping manager"),
    "public_buyer": _l("Public or corporate buyer"),
    "admin": _l("Platform administrator"),
}
