"""A stamp that changes with every write to the data the KPIs read.

The one row of the ``dataset_stamp`` table holds a random 64-bit number; a trigger on every
table the dataset is read from (the facts and their name lookups) sets a new random number
whenever a row is inserted, updated or deleted, in the same transaction as the write. The
loader keeps a columnar snapshot of the dataset beside the database and uses it only while
the stamp it was read with is still the stamp of the database
(``desktop_app.store.snapshot``). A random number, not a counter: a database restored from
a backup and edited again can never come back to a stamp it had with other content.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30 08:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels = None
depends_on = None

#: the tables ``desktop_app.store.loader`` reads (frozen here: a migration never changes)
TABLES = (
    "deals",
    "stage_history",
    "leads",
    "spend",
    "nps",
    "quotas",
    "forecasts",
    "accounts",
    "rates",
    "activities",
    "reps",
    "sources",
    "products",
)
EVENTS = ("INSERT", "UPDATE", "DELETE")


#: PostgreSQL: one trigger function, run once per statement, sets a new random stamp and
#: tells every listening window which table changed (channel ``dealbook_changes``)
PG_FUNCTION = """
CREATE OR REPLACE FUNCTION dealbook_dataset_changed() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = {schema}, pg_temp AS $$
BEGIN
    UPDATE dataset_stamp
       SET stamp = floor((random() - 0.5) * 9.0e18)::bigint
     WHERE id = 1;
    PERFORM pg_notify('dealbook_changes', TG_TABLE_NAME);
    RETURN NULL;
END
$$
"""


def upgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    op.create_table(
        "dataset_stamp",
        sa.Column("id", sa.Integer(), nullable=False),
        # SQLite's random() is a 64-bit integer in an INTEGER column already
        sa.Column("stamp", sa.BigInteger() if postgres else sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dataset_stamp")),
    )
    if postgres:
        op.execute(
            "INSERT INTO dataset_stamp (id, stamp) "
            "VALUES (1, floor((random() - 0.5) * 9.0e18)::bigint)"
        )
        schema = str(op.get_bind().exec_driver_sql("SELECT current_schema()").scalar())
        op.execute(PG_FUNCTION.replace("{schema}", '"' + schema.replace('"', '""') + '"'))
        for table in TABLES:
            op.execute(
                f"CREATE TRIGGER dataset_stamp_{table} "
                f"AFTER INSERT OR UPDATE OR DELETE ON {table} "
                "FOR EACH STATEMENT EXECUTE FUNCTION dealbook_dataset_changed()"
            )
        return
    op.execute("INSERT INTO dataset_stamp (id, stamp) VALUES (1, random())")
    for table in TABLES:
        for event in EVENTS:
            op.execute(
                f"CREATE TRIGGER IF NOT EXISTS dataset_stamp_{table}_{event.lower()} "
                f"AFTER {event} ON {table} BEGIN "
                "UPDATE dataset_stamp SET stamp = random() WHERE id = 1; "
                "END"
            )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in TABLES:
            op.execute(f"DROP TRIGGER IF EXISTS dataset_stamp_{table} ON {table}")
        op.execute("DROP FUNCTION IF EXISTS dealbook_dataset_changed()")
        op.drop_table("dataset_stamp")
        return
    for table in TABLES:
        for event in EVENTS:
            op.execute(f"DROP TRIGGER IF EXISTS dataset_stamp_{table}_{event.lower()}")
    op.drop_table("dataset_stamp")
