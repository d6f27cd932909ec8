"""Every domain's models in one import, so metadata (and Alembic) sees all tables."""

from catalog.models import (  # noqa: F401
    Category,
    CategoryTranslation,
    LabelClaim,
    Product,
    ProductImage,
    ProductTranslation,
    QualityLabel,
    QualityLabelTranslation,
    StockMovement,
)
from groupings.models import (  # noqa: F401
    EligibilityEvidence,
    Grouping,
    GroupingManager,
    GroupingMembership,
    GroupingRule,
    GroupingTranslation,
    Supplier,
    SupplierInvitation,
    SupplierMember,
    SupplierTranslation,
)
from shop.accounts.models import LoginSession, Organisation, OrganisationMember, User  # noqa: F401
from shop.mail.models import OutboxMessage  # noqa: F401
