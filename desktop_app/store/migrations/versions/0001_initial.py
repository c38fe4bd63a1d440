"""Initial schema: every table of ``desktop_app.store.models``, and the built-in pipeline.

Revision ID: 0001
Revises:
Create Date: 2026-11-22 18:56:06.342432
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels = None
depends_on = None

#: the built-in pipeline (name, default probability in percent), as of this revision
BUILT_IN_STAGES = (
    ("Lead-in", 10.0),
    ("Qualified", 20.0),
    ("Meeting", 40.0),
    ("Proposal", 60.0),
    ("Negotiation", 80.0),
)


def upgrade() -> None:
    op.create_table(
        "import_batches",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("file_name", sa.String(length=500), nullable=False),
        sa.Column("preset", sa.String(length=50), nullable=True),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("report_json", sa.Text(), nullable=True),
        sa.Column("undone_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_batches")),
    )
    op.create_table(
        "mapping_presets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("header_signature", sa.String(length=64), nullable=False),
        sa.Column("mapping_json", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mapping_presets")),
    )
    op.create_index(
        op.f("ix_mapping_presets_header_signature"), "mapping_presets", ["header_signature"]
    )

    op.create_table(
        "pipeline_stages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("probability", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pipeline_stages")),
        sa.UniqueConstraint("name", name=op.f("uq_pipeline_stages_name")),
    )
    op.create_table(
        "products",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_products")),
        sa.UniqueConstraint("name", name=op.f("uq_products_name")),
    )
    op.create_table(
        "reps",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reps")),
        sa.UniqueConstraint("name", name=op.f("uq_reps_name")),
    )
    op.create_table(
        "settings",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_settings")),
    )
    op.create_table(
        "sources",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sources")),
        sa.UniqueConstraint("name", name=op.f("uq_sources_name")),
    )
    op.create_table(
        "accounts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("created_on", sa.Date(), nullable=True),
        sa.Column("churned_on", sa.Date(), nullable=True),
        sa.Column("batch_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["import_batches.id"],
            name=op.f("fk_accounts_batch_id_import_batches"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_accounts")),
        sa.UniqueConstraint("name", name=op.f("uq_accounts_name")),
    )
    op.create_index(op.f("ix_accounts_batch_id"), "accounts", ["batch_id"])
    op.create_index(op.f("ix_accounts_churned_on"), "accounts", ["churned_on"])

    op.create_table(
        "forecasts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("amount", sa.Float(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("content_hash", sa.String(length=40), nullable=True),
        sa.Column("batch_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["import_batches.id"],
            name=op.f("fk_forecasts_batch_id_import_batches"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(["owner_id"], ["reps.id"], name=op.f("fk_forecasts_owner_id_reps")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_forecasts")),
    )
    op.create_index(op.f("ix_forecasts_batch_id"), "forecasts", ["batch_id"])
    op.create_index(op.f("ix_forecasts_content_hash"), "forecasts", ["content_hash"])
    op.create_index(op.f("ix_forecasts_owner_id"), "forecasts", ["owner_id"])
    op.create_index(op.f("ix_forecasts_period_start"), "forecasts", ["period_start"])

    op.create_table(
        "import_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("batch_id", sa.Integer(), nullable=False),
        sa.Column("table_name", sa.String(length=50), nullable=False),
        sa.Column("row_id", sa.Integer(), nullable=False),
        sa.Column("before_json", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["import_batches.id"],
            name=op.f("fk_import_changes_batch_id_import_batches"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_changes")),
    )
    op.create_index(op.f("ix_import_changes_batch_id"), "import_changes", ["batch_id"])

    op.create_table(
        "quotas",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("amount", sa.Float(), nullable=False),
        sa.Column("content_hash", sa.String(length=40), nullable=True),
        sa.Column("batch_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["import_batches.id"],
            name=op.f("fk_quotas_batch_id_import_batches"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(["owner_id"], ["reps.id"], name=op.f("fk_quotas_owner_id_reps")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quotas")),
    )
    op.create_index(op.f("ix_quotas_batch_id"), "quotas", ["batch_id"])
    op.create_index(op.f("ix_quotas_content_hash"), "quotas", ["content_hash"])
    op.create_index(op.f("ix_quotas_owner_id"), "quotas", ["owner_id"])
    op.create_index(op.f("ix_quotas_period_start"), "quotas", ["period_start"])

    op.create_table(
        "rates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("rate", sa.Float(), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("content_hash", sa.String(length=40), nullable=True),
        sa.Column("batch_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["import_batches.id"],
            name=op.f("fk_rates_batch_id_import_batches"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rates")),
    )
    op.create_index(op.f("ix_rates_batch_id"), "rates", ["batch_id"])
    op.create_index(op.f("ix_rates_content_hash"), "rates", ["content_hash"])
    op.create_index(op.f("ix_rates_currency"), "rates", ["currency"])

    op.create_table(
        "spend",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("spent_on", sa.Date(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=True),
        sa.Column("category", sa.String(length=20), nullable=False),
        sa.Column("amount", sa.Float(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("content_hash", sa.String(length=40), nullable=True),
        sa.Column("batch_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["import_batches.id"],
            name=op.f("fk_spend_batch_id_import_batches"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["source_id"], ["sources.id"], name=op.f("fk_spend_source_id_sources")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_spend")),
    )
    op.create_index(op.f("ix_spend_batch_id"), "spend", ["batch_id"])
    op.create_index(op.f("ix_spend_content_hash"), "spend", ["content_hash"])
    op.create_index(op.f("ix_spend_source_id"), "spend", ["source_id"])
    op.create_index(op.f("ix_spend_spent_on"), "spend", ["spent_on"])

    op.create_table(
        "deals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("external_id", sa.String(length=200), nullable=True),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=True),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("source_id", sa.Integer(), nullable=True),
        sa.Column("product_id", sa.Integer(), nullable=True),
        sa.Column("product_type", sa.String(length=200), nullable=True),
        sa.Column("stage", sa.String(length=100), nullable=True),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("amount", sa.Float(), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=True),
        sa.Column("cost", sa.Float(), nullable=True),
        sa.Column("probability", sa.Float(), nullable=True),
        sa.Column("created_on", sa.Date(), nullable=True),
        sa.Column("expected_close_on", sa.Date(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("lost_reason", sa.String(length=500), nullable=True),
        sa.Column("contract_months", sa.Integer(), nullable=True),
        sa.Column("one_time_fee", sa.Float(), nullable=True),
        sa.Column("content_hash", sa.String(length=40), nullable=True),
        sa.Column("batch_id", sa.Integer(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"], ["accounts.id"], name=op.f("fk_deals_account_id_accounts")
        ),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["import_batches.id"],
            name=op.f("fk_deals_batch_id_import_batches"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(["owner_id"], ["reps.id"], name=op.f("fk_deals_owner_id_reps")),
        sa.ForeignKeyConstraint(
            ["product_id"], ["products.id"], name=op.f("fk_deals_product_id_products")
        ),
        sa.ForeignKeyConstraint(
            ["source_id"], ["sources.id"], name=op.f("fk_deals_source_id_sources")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deals")),
    )
    op.create_index(op.f("ix_deals_account_id"), "deals", ["account_id"])
    op.create_index(op.f("ix_deals_batch_id"), "deals", ["batch_id"])
    op.create_index(op.f("ix_deals_closed_on"), "deals", ["closed_on"])
    op.create_index(op.f("ix_deals_content_hash"), "deals", ["content_hash"])
    op.create_index(op.f("ix_deals_created_on"), "deals", ["created_on"])
    op.create_index(op.f("ix_deals_external_id"), "deals", ["external_id"])
    op.create_index(op.f("ix_deals_owner_id"), "deals", ["owner_id"])
    op.create_index(op.f("ix_deals_product_id"), "deals", ["product_id"])
    op.create_index(op.f("ix_deals_source_id"), "deals", ["source_id"])
    op.create_index(op.f("ix_deals_status"), "deals", ["status"])
    op.create_index("ix_deals_status_closed_on", "deals", ["status", "closed_on"])

    op.create_table(
        "leads",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("external_id", sa.String(length=200), nullable=True),
        sa.Column("name", sa.String(length=500), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=True),
        sa.Column("source_id", sa.Integer(), nullable=True),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("created_on", sa.Date(), nullable=True),
        sa.Column("sql_on", sa.Date(), nullable=True),
        sa.Column("converted_on", sa.Date(), nullable=True),
        sa.Column("deal_external_id", sa.String(length=200), nullable=True),
        sa.Column("disqualified_on", sa.Date(), nullable=True),
        sa.Column("content_hash", sa.String(length=40), nullable=True),
        sa.Column("batch_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["account_id"], ["accounts.id"], name=op.f("fk_leads_account_id_accounts")
        ),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["import_batches.id"],
            name=op.f("fk_leads_batch_id_import_batches"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(["owner_id"], ["reps.id"], name=op.f("fk_leads_owner_id_reps")),
        sa.ForeignKeyConstraint(
            ["source_id"], ["sources.id"], name=op.f("fk_leads_source_id_sources")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_leads")),
    )
    op.create_index(op.f("ix_leads_account_id"), "leads", ["account_id"])
    op.create_index(op.f("ix_leads_batch_id"), "leads", ["batch_id"])
    op.create_index(op.f("ix_leads_content_hash"), "leads", ["content_hash"])
    op.create_index(op.f("ix_leads_created_on"), "leads", ["created_on"])
    op.create_index(op.f("ix_leads_external_id"), "leads", ["external_id"])
    op.create_index(op.f("ix_leads_owner_id"), "leads", ["owner_id"])
    op.create_index(op.f("ix_leads_source_id"), "leads", ["source_id"])

    op.create_table(
        "nps",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("responded_on", sa.Date(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=True),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=True),
        sa.Column("content_hash", sa.String(length=40), nullable=True),
        sa.Column("batch_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["account_id"], ["accounts.id"], name=op.f("fk_nps_account_id_accounts")
        ),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["import_batches.id"],
            name=op.f("fk_nps_batch_id_import_batches"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_nps")),
    )
    op.create_index(op.f("ix_nps_account_id"), "nps", ["account_id"])
    op.create_index(op.f("ix_nps_batch_id"), "nps", ["batch_id"])
    op.create_index(op.f("ix_nps_content_hash"), "nps", ["content_hash"])
    op.create_index(op.f("ix_nps_responded_on"), "nps", ["responded_on"])

    op.create_table(
        "stage_history",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("deal_id", sa.Integer(), nullable=False),
        sa.Column("stage", sa.String(length=100), nullable=False),
        sa.Column("entered_on", sa.Date(), nullable=False),
        sa.Column("batch_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["import_batches.id"],
            name=op.f("fk_stage_history_batch_id_import_batches"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["deal_id"],
            ["deals.id"],
            name=op.f("fk_stage_history_deal_id_deals"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stage_history")),
    )
    op.create_index(op.f("ix_stage_history_batch_id"), "stage_history", ["batch_id"])
    op.create_index(op.f("ix_stage_history_deal_id"), "stage_history", ["deal_id"])

    stages = sa.table(
        "pipeline_stages",
        sa.column("name", sa.String),
        sa.column("position", sa.Integer),
        sa.column("probability", sa.Float),
    )
    op.bulk_insert(
        stages,
        [
            {"name": name, "position": i, "probability": prob}
            for i, (name, prob) in enumerate(BUILT_IN_STAGES, start=1)
        ],
    )


def downgrade() -> None:
    for table in (
        "stage_history",
        "nps",
        "leads",
        "deals",
        "spend",
        "rates",
        "quotas",
        "import_changes",
        "forecasts",
        "accounts",
        "sources",
        "settings",
        "reps",
        "products",
        "pipeline_stages",
        "mapping_presets",
        "import_batches",
    ):
        op.drop_table(table)
