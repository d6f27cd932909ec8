"""supplier back office: bank details, invitations, stock movements

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 01:19:44.921834

"""

import sqlalchemy as sa
from alembic import op

import shop.database

# revision identifiers, used by Alembic.
revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "supplier_invitations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("supplier_id", sa.Integer(), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("invited_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", shop.database.UTCDateTime(timezone=True), nullable=False),
        sa.Column("expires_at", shop.database.UTCDateTime(timezone=True), nullable=False),
        sa.Column("accepted_at", shop.database.UTCDateTime(timezone=True), nullable=True),
        sa.Column("accepted_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["accepted_by_id"],
            ["users.id"],
            name=op.f("fk_supplier_invitations_accepted_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["invited_by_id"],
            ["users.id"],
            name=op.f("fk_supplier_invitations_invited_by_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["supplier_id"],
            ["suppliers.id"],
            name=op.f("fk_supplier_invitations_supplier_id_suppliers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_supplier_invitations")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_supplier_invitations_token_hash")),
    )
    with op.batch_alter_table("supplier_invitations", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_supplier_invitations_supplier_id"), ["supplier_id"], unique=False
        )

    op.create_table(
        "stock_movements",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=True),
        sa.Column("reason", sa.String(length=16), nullable=False),
        sa.Column("before", sa.Integer(), nullable=False),
        sa.Column("after", sa.Integer(), nullable=False),
        sa.Column("note", sa.String(length=500), nullable=False),
        sa.Column("created_at", shop.database.UTCDateTime(timezone=True), nullable=False),
        sa.CheckConstraint("after >= 0", name=op.f("ck_stock_movements_after_not_negative")),
        sa.ForeignKeyConstraint(
            ["actor_id"],
            ["users.id"],
            name=op.f("fk_stock_movements_actor_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["product_id"],
            ["products.id"],
            name=op.f("fk_stock_movements_product_id_products"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stock_movements")),
    )
    with op.batch_alter_table("stock_movements", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_stock_movements_created_at"), ["created_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_stock_movements_product_id"), ["product_id"], unique=False
        )

    with op.batch_alter_table("suppliers", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("commune", sa.String(length=80), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("rib", sa.String(length=24), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("bank_name", sa.String(length=120), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("account_holder", sa.String(length=200), nullable=False, server_default="")
        )


def downgrade():
    with op.batch_alter_table("suppliers", schema=None) as batch_op:
        batch_op.drop_column("account_holder")
        batch_op.drop_column("bank_name")
        batch_op.drop_column("rib")
        batch_op.drop_column("commune")

    with op.batch_alter_table("stock_movements", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_stock_movements_product_id"))
        batch_op.drop_index(batch_op.f("ix_stock_movements_created_at"))

    op.drop_table("stock_movements")
    with op.batch_alter_table("supplier_invitations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_supplier_invitations_supplier_id"))

    op.drop_table("supplier_invitations")
