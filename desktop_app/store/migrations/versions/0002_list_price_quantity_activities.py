"""Version-2 data: a deal's list price and quantity, and the activities table.

Existing rows keep every value; the two new deal columns start empty (unknown). The
workspace setting ``working_hours_per_week`` needs no schema change (settings are rows of
the ``settings`` table; its default lives in ``desktop_app.store.settings``).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-30 07:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # plain ALTER TABLE ... ADD COLUMN: SQLite adds a nullable column without copying rows
    op.add_column("deals", sa.Column("list_amount", sa.Float(), nullable=True))
    op.add_column("deals", sa.Column("quantity", sa.Float(), nullable=True))
    op.create_table(
        "activities",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("type", sa.String(length=20), nullable=False),
        sa.Column("hours", sa.Float(), nullable=True),
        sa.Column("deal_external_id", sa.String(length=200), nullable=True),
        sa.Column("account_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("content_hash", sa.String(length=40), nullable=True),
        sa.Column("batch_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["account_id"], ["accounts.id"], name=op.f("fk_activities_account_id_accounts")
        ),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["import_batches.id"],
            name=op.f("fk_activities_batch_id_import_batches"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["reps.id"], name=op.f("fk_activities_owner_id_reps")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activities")),
    )
    op.create_index(op.f("ix_activities_account_id"), "activities", ["account_id"])
    op.create_index(op.f("ix_activities_batch_id"), "activities", ["batch_id"])
    op.create_index(op.f("ix_activities_content_hash"), "activities", ["content_hash"])
    op.create_index(op.f("ix_activities_deal_external_id"), "activities", ["deal_external_id"])
    op.create_index(op.f("ix_activities_done_on"), "activities", ["done_on"])
    op.create_index(op.f("ix_activities_owner_id"), "activities", ["owner_id"])


def downgrade() -> None:
    op.drop_table("activities")
    with op.batch_alter_table("deals") as batch:
        batch.drop_column("quantity")
        batch.drop_column("list_amount")
