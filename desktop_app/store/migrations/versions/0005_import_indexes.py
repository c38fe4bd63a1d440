"""Drop the indexes no query uses: each one cost a rebuild on every large import.

No statement of Dealbook filters or sorts deals by status, created_on or closed_on, nor
deals or leads by content_hash or created_on: the loader reads whole tables in id order,
and an import matches rows by reading every external id and content hash of the table in
one pass (``desktop_app.store.bulk_write.plan``). ``EXPLAIN QUERY PLAN`` of every query
names none of these indexes, while a large import rebuilt each of them (about a fifth of a
second per index per 500,000 rows). The indexes queries do use stay: external ids (the
activities' deal link), the lookups and the batch (foreign keys, undo), owners (team mode).

The dataset stamp triggers of 0003 are not touched (dropping an index writes no row).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30 10:00:00
"""

from __future__ import annotations

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels = None
depends_on = None

#: (index, table, columns) as 0001 created them (frozen here: a migration never changes)
DROPPED = (
    ("ix_deals_status", "deals", ["status"]),
    ("ix_deals_status_closed_on", "deals", ["status", "closed_on"]),
    ("ix_deals_closed_on", "deals", ["closed_on"]),
    ("ix_deals_created_on", "deals", ["created_on"]),
    ("ix_deals_content_hash", "deals", ["content_hash"]),
    ("ix_leads_created_on", "leads", ["created_on"]),
    ("ix_leads_content_hash", "leads", ["content_hash"]),
)


def upgrade() -> None:
    for name, table, _columns in DROPPED:
        op.drop_index(name, table_name=table)


def downgrade() -> None:
    for name, table, columns in DROPPED:
        op.create_index(name, table, columns)
