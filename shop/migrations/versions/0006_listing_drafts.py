"""listing drafts: the guided listing flow saved at every step

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25 04:40:00.000000

"""

import sqlalchemy as sa
from alembic import op

import shop.database

# revision identifiers, used by Alembic.
revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "listing_drafts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("supplier_id", sa.Integer(), nullable=False),
        sa.Column("started_by_id", sa.Integer(), nullable=True),
        sa.Column("step", sa.String(length=16), nullable=False),
        sa.Column("state", sa.JSON(), nullable=False),
        sa.Column("created_at", shop.database.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", shop.database.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["started_by_id"],
            ["users.id"],
            name=op.f("fk_listing_drafts_started_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["supplier_id"],
            ["suppliers.id"],
            name=op.f("fk_listing_drafts_supplier_id_suppliers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_listing_drafts")),
    )
    with op.batch_alter_table("listing_drafts", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_listing_drafts_supplier_id"), ["supplier_id"], unique=False
        )


def downgrade():
    with op.batch_alter_table("listing_drafts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_listing_drafts_supplier_id"))
    op.drop_table("listing_drafts")
