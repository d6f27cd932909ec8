"""Every domain's models in one import, so metadata (and Alembic) sees all tables."""

from catalog.models import (  # noqa: F401
    Category,
    CategoryTranslation,
    LabelClaim,
    ListingDraft,
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
from shop.cart.models import Cart, CartLine  # noqa: F401
from shop.ledger.models import LedgerEntry, PayoutBatch, PayoutLine  # noqa: F401
from shop.mail.models import Notice, OutboxMessage  # noqa: F401
from shop.orders.models import Order, OrderEvent, OrderLine, OrderPart, ReceiptCounter  # noqa: F401
from shop.payments.models import Payment, ProcessedEvent, Refund  # noqa: F401
