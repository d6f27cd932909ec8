from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, Date, ForeignKey, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from shop.database import Money, UTCDateTime, utcnow
from shop.extensions import db
from shop.i18n import pick_translation

SUPPLIER_KINDS = ("cooperative", "micro_entrepreneur")
SUPPLIER_STATUSES = ("pending", "active", "suspended")
MEMBER_ROLES = ("owner", "manager", "staff")
EVIDENCE_KINDS = ("microcredit", "honour_loan")
EVIDENCE_STATUSES = ("pending", "verified", "rejected")


class Supplier(db.Model):
    """A cooperative or a micro-entrepreneur selling on the marketplace."""

    __tablename__ = "suppliers"
    __table_args__ = (
        CheckConstraint("women_members <= members", name="women_within_members"),
        CheckConstraint("members >= 0 AND women_members >= 0", name="members_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(80), unique=True)
    kind: Mapped[str] = mapped_column(String(24))
    status: Mapped[str] = mapped_column(String(16), default="pending", index=True)
    status_reason: Mapped[str] = mapped_column(Text, default="")
    region: Mapped[str] = mapped_column(String(40), index=True)
    city: Mapped[str] = mapped_column(String(80), default="")
    commune: Mapped[str] = mapped_column(String(80), default="", server_default="")
    registration_number: Mapped[str] = mapped_column(String(40), default="")
    ice: Mapped[str] = mapped_column(String(15), default="")
    members: Mapped[int] = mapped_column(default=1)
    women_members: Mapped[int] = mapped_column(default=0)
    founded: Mapped[date | None] = mapped_column(Date)
    phone: Mapped[str] = mapped_column(String(20), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    logo_key: Mapped[str | None] = mapped_column(String(80))
    # Payouts go by bank transfer: a Moroccan RIB (24 digits, its last two a check key).
    rib: Mapped[str] = mapped_column(String(24), default="", server_default="")
    bank_name: Mapped[str] = mapped_column(String(120), default="", server_default="")
    account_holder: Mapped[str] = mapped_column(String(200), default="", server_default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    translations: Mapped[list[SupplierTranslation]] = relationship(
        back_populates="supplier", cascade="all, delete-orphan", lazy="selectin"
    )
    team: Mapped[list[SupplierMember]] = relationship(
        back_populates="supplier", cascade="all, delete-orphan"
    )
    evidence: Mapped[list[EligibilityEvidence]] = relationship(
        back_populates="supplier", cascade="all, delete-orphan", order_by="EligibilityEvidence.id"
    )
    grouping_memberships: Mapped[list[GroupingMembership]] = relationship(
        back_populates="supplier", cascade="all, delete-orphan"
    )

    def translation(self, lang: str | None = None) -> SupplierTranslation | None:
        return pick_translation(self.translations, lang)

    @property
    def name(self) -> str:
        row = self.translation()
        return row.name if row else self.slug

    @property
    def is_active(self) -> bool:
        return self.status == "active"


class SupplierTranslation(db.Model):
    __tablename__ = "supplier_translations"
    __table_args__ = (UniqueConstraint("supplier_id", "language"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    supplier_id: Mapped[int] = mapped_column(ForeignKey("suppliers.id", ondelete="CASCADE"))
    language: Mapped[str] = mapped_column(String(8))
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")

    supplier: Mapped[Supplier] = relationship(back_populates="translations")


class SupplierMember(db.Model):
    """A person working for a supplier; one person may belong to several suppliers."""

    __tablename__ = "supplier_members"
    __table_args__ = (UniqueConstraint("supplier_id", "user_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    supplier_id: Mapped[int] = mapped_column(
        ForeignKey("suppliers.id", ondelete="CASCADE"), index=True
    )
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(16), default="staff")

    supplier: Mapped[Supplier] = relationship(back_populates="team")
    user: Mapped[User] = relationship(back_populates="supplier_memberships")  # noqa: F821


class SupplierInvitation(db.Model):
    """An e-mailed link that lets someone join a supplier's team; only its hash is stored."""

    __tablename__ = "supplier_invitations"

    id: Mapped[int] = mapped_column(primary_key=True)
    supplier_id: Mapped[int] = mapped_column(
        ForeignKey("suppliers.id", ondelete="CASCADE"), index=True
    )
    email: Mapped[str] = mapped_column(String(254))
    role: Mapped[str] = mapped_column(String(16))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    invited_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    accepted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    accepted_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))

    supplier: Mapped[Supplier] = relationship()


class EligibilityEvidence(db.Model):
    """A microcredit or honour-loan attestation: what makes a supplier eligible."""

    __tablename__ = "eligibility_evidence"

    id: Mapped[int] = mapped_column(primary_key=True)
    supplier_id: Mapped[int] = mapped_column(
        ForeignKey("suppliers.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(16))
    lender: Mapped[str] = mapped_column(String(200))
    reference: Mapped[str] = mapped_column(String(80))
    granted_on: Mapped[date] = mapped_column(Date)
    amount: Mapped[Decimal | None] = mapped_column(Money)
    document_key: Mapped[str | None] = mapped_column(String(80))
    status: Mapped[str] = mapped_column(String(16), default="pending")
    rejection_reason: Mapped[str] = mapped_column(Text, default="")
    verified_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    verified_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    valid_until: Mapped[date | None] = mapped_column(Date)

    supplier: Mapped[Supplier] = relationship(back_populates="evidence")

    def is_valid_on(self, day: date) -> bool:
        return self.status == "verified" and (self.valid_until is None or day <= self.valid_until)


class Grouping(db.Model):
    """A solidarity grouping of commerce: members, funders, managers, a charter and rules."""

    __tablename__ = "groupings"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(80), unique=True)
    region: Mapped[str] = mapped_column(String(40))
    commission_rate: Mapped[Decimal] = mapped_column(Numeric(5, 4), default=Decimal("0.1000"))
    funders: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    translations: Mapped[list[GroupingTranslation]] = relationship(
        back_populates="grouping", cascade="all, delete-orphan", lazy="selectin"
    )
    memberships: Mapped[list[GroupingMembership]] = relationship(
        back_populates="grouping", cascade="all, delete-orphan"
    )
    managers: Mapped[list[GroupingManager]] = relationship(
        back_populates="grouping", cascade="all, delete-orphan"
    )
    rules: Mapped[list[GroupingRule]] = relationship(
        back_populates="grouping", cascade="all, delete-orphan", order_by="GroupingRule.id"
    )

    def translation(self, lang: str | None = None) -> GroupingTranslation | None:
        return pick_translation(self.translations, lang)

    @property
    def name(self) -> str:
        row = self.translation()
        return row.name if row else self.slug


class GroupingTranslation(db.Model):
    __tablename__ = "grouping_translations"
    __table_args__ = (UniqueConstraint("grouping_id", "language"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    grouping_id: Mapped[int] = mapped_column(ForeignKey("groupings.id", ondelete="CASCADE"))
    language: Mapped[str] = mapped_column(String(8))
    name: Mapped[str] = mapped_column(String(200))
    charter: Mapped[str] = mapped_column(Text, default="")

    grouping: Mapped[Grouping] = relationship(back_populates="translations")


class GroupingMembership(db.Model):
    __tablename__ = "grouping_memberships"
    __table_args__ = (UniqueConstraint("grouping_id", "supplier_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    grouping_id: Mapped[int] = mapped_column(
        ForeignKey("groupings.id", ondelete="CASCADE"), index=True
    )
    supplier_id: Mapped[int] = mapped_column(
        ForeignKey("suppliers.id", ondelete="CASCADE"), index=True
    )
    admitted_on: Mapped[date] = mapped_column(Date)

    grouping: Mapped[Grouping] = relationship(back_populates="memberships")
    supplier: Mapped[Supplier] = relationship(back_populates="grouping_memberships")


class GroupingManager(db.Model):
    __tablename__ = "grouping_managers"
    __table_args__ = (UniqueConstraint("grouping_id", "user_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    grouping_id: Mapped[int] = mapped_column(
        ForeignKey("groupings.id", ondelete="CASCADE"), index=True
    )
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)

    grouping: Mapped[Grouping] = relationship(back_populates="managers")
    user: Mapped[User] = relationship(back_populates="grouping_roles")  # noqa: F821


RULE_KINDS = (
    "verified_attestation",  # members hold a verified, unexpired microcredit/honour loan proof
    "min_producer_share",  # the producer receives at least `value` of the retail price
    "max_commission",  # the grouping's commission is at most `value`
    "max_payment_days",  # producers are paid within `value` days of delivery
)


class GroupingRule(db.Model):
    __tablename__ = "grouping_rules"
    __table_args__ = (UniqueConstraint("grouping_id", "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    grouping_id: Mapped[int] = mapped_column(
        ForeignKey("groupings.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(32))
    value: Mapped[Decimal | None] = mapped_column(Numeric(8, 4))

    grouping: Mapped[Grouping] = relationship(back_populates="rules")
