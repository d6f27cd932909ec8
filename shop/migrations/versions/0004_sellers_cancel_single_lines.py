"""sellers cancel single lines: cancelled lines keep their reason; a refund may be for one line

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25 02:49:58.502465

"""

import sqlalchemy as sa
from alembic import op

import shop.database

# revision identifiers, used by Alembic.
revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("order_lines", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("cancelled_at", shop.database.UTCDateTime(timezone=True), nullable=True)
        )
        batch_op.add_column(
            sa.Column("cancel_reason", sa.String(length=500), server_default="", nullable=False)
        )

    with op.batch_alter_table("refunds", schema=None) as batch_op:
        batch_op.add_column(sa.Column("line_id", sa.Integer(), nullable=True))
        batch_op.drop_constraint(batch_op.f("uq_refunds_part_id"), type_="unique")
        batch_op.create_unique_constraint(batch_op.f("uq_refunds_line_id"), ["line_id"])
        batch_op.create_index(
            "uq_refunds_whole_part",
            ["part_id"],
            unique=True,
            sqlite_where=sa.text("line_id IS NULL"),
            postgresql_where=sa.text("line_id IS NULL"),
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_refunds_line_id_order_lines"),
            "order_lines",
            ["line_id"],
            ["id"],
            ondelete="CASCADE",
        )


def downgrade():
    with op.batch_alter_table("refunds", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_refunds_line_id_order_lines"), type_="foreignkey")
        batch_op.drop_index(
            "uq_refunds_whole_part",
            sqlite_where=sa.text("line_id IS NULL"),
            postgresql_where=sa.text("line_id IS NULL"),
        )
        batch_op.drop_constraint(batch_op.f("uq_refunds_line_id"), type_="unique")
        batch_op.create_unique_constraint(batch_op.f("uq_refunds_part_id"), ["part_id"])
        batch_op.drop_column("line_id")

    with op.batch_alter_table("order_lines", schema=None) as batch_op:
        batch_op.drop_column("cancel_reason")
        batch_op.drop_column("cancelled_at")
