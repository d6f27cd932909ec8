from __future__ import annotations

import secrets
from datetime import datetime

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from shop.database import UTCDateTime, utcnow
from shop.extensions import db


class User(db.Model):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    full_name: Mapped[str] = mapped_column(String(120))
    password_hash: Mapped[str] = mapped_column(String(255))
    preferred_language: Mapped[str] = mapped_column(String(8), default="fr")
    is_admin: Mapped[bool] = mapped_column(default=False)
    is_active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # Changes on every password change: reset links signed with the old stamp stop working.
    security_stamp: Mapped[str] = mapped_column(String(32), default=lambda: secrets.token_hex(16))

    sessions: Mapped[list[LoginSession]] = relationship(
        back_populates="user", cascade="all, delete-orphan"
    )
    supplier_memberships: Mapped[list[SupplierMember]] = relationship(  # noqa: F821
        back_populates="user", cascade="all, delete-orphan"
    )
    grouping_roles: Mapped[list[GroupingManager]] = relationship(  # noqa: F821
        back_populates="user", cascade="all, delete-orphan"
    )
    organisation_memberships: Mapped[list[OrganisationMember]] = relationship(
        back_populates="user", cascade="all, delete-orphan"
    )

    # Flask-Login reads these; `get_id` returns the login session's token, not the user id,
    # so that deleting the session row logs the cookie out everywhere it was copied.
    login_token = None

    @property
    def is_authenticated(self) -> bool:
        return True

    @property
    def is_anonymous(self) -> bool:
        return False

    def get_id(self) -> str | None:
        return self.login_token

    def __repr__(self) -> str:
        return f"<User {self.email}>"


class LoginSession(db.Model):
    """A server-side record of one login; logout deletes it, which voids the cookie."""

    __tablename__ = "login_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    token: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    user_agent: Mapped[str] = mapped_column(String(255), default="")

    user: Mapped[User] = relationship(back_populates="sessions")


class Organisation(db.Model):
    """A public buyer: ministry, administration, local authority or company."""

    __tablename__ = "organisations"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(80), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(
        String(32)
    )  # ministry, administration, local_authority, company
    ice: Mapped[str | None] = mapped_column(String(15))
    city: Mapped[str] = mapped_column(String(80), default="")

    members: Mapped[list[OrganisationMember]] = relationship(
        back_populates="organisation", cascade="all, delete-orphan"
    )


class OrganisationMember(db.Model):
    __tablename__ = "organisation_members"
    __table_args__ = (UniqueConstraint("organisation_id", "user_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE"), index=True
    )
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(16), default="buyer")  # buyer, approver

    organisation: Mapped[Organisation] = relationship(back_populates="members")
    user: Mapped[User] = relationship(back_populates="organisation_memberships")
