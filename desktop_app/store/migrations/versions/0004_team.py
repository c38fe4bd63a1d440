"""Team mode: a version and who-changed-it on every row a form edits; the team's members.

Both engines:

* ``version`` (starts at 1, one more with every change of the row), ``created_by`` and
  ``updated_by`` on every table the window edits. Saving a form changes a row only where its
  version is still the one the form read, so two people editing one deal cannot overwrite
  each other unseen. SQLite counts the version up by trigger and leaves ``created_by`` and
  ``updated_by`` empty (one person, one file);
* ``team_members`` (a server login, its role ``manager`` or ``rep`` and, for a rep, the rep
  it is) and the one row of ``team_settings`` (whether reps see only their own records).

PostgreSQL only (a team database):

* a BEFORE trigger on the edited tables sets ``created_by``/``updated_by`` to the login that
  wrote the row and counts the version up: the server records who did it, not the window;
* every other table the window shows notifies the channel ``dealbook_changes`` (payload: the
  table name) once per statement, as the dataset's tables do since 0003;
* row-level security on deals, leads, activities and their stage history: a manager reads
  and writes every row; a rep reads every row (only their own when
  ``team_settings.reps_see_only_own``) and inserts, changes or deletes only rows whose owner
  is their rep. The table privileges of the roles ``dealbook_manager`` and ``dealbook_rep``
  are granted by ``dealbook team init`` (roles belong to the whole server).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30 09:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels = None
depends_on = None

#: the tables of the kinds the window edits (frozen here: a migration never changes)
VERSIONED = (
    "deals",
    "leads",
    "activities",
    "spend",
    "nps",
    "quotas",
    "forecasts",
    "accounts",
    "rates",
)
#: tables whose rows belong to a rep (owner_id): row-level security on a team database
OWNED = ("deals", "leads", "activities")
#: tables the window shows that 0003's stamp triggers do not cover: notify on change
NOTIFY_ONLY = (
    "pipeline_stages",
    "settings",
    "import_batches",
    "mapping_presets",
    "team_members",
    "team_settings",
)

PG_FUNCTIONS = (
    """
CREATE OR REPLACE FUNCTION dealbook_audit() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        NEW.created_by := current_user;
        NEW.version := COALESCE(NEW.version, 1);
    ELSE
        NEW.created_by := OLD.created_by;
        IF NEW.version IS NOT DISTINCT FROM OLD.version THEN
            NEW.version := OLD.version + 1;
        END IF;
    END IF;
    NEW.updated_by := current_user;
    RETURN NEW;
END
$$
""",
    """
CREATE OR REPLACE FUNCTION dealbook_notify_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('dealbook_changes', TG_TABLE_NAME);
    RETURN NULL;
END
$$
""",
    """
CREATE OR REPLACE FUNCTION dealbook_my_role() RETURNS text
LANGUAGE sql STABLE SET search_path = {schema}, pg_temp AS $$
    SELECT role FROM team_members WHERE login = current_user
$$
""",
    """
CREATE OR REPLACE FUNCTION dealbook_my_rep_id() RETURNS integer
LANGUAGE sql STABLE SET search_path = {schema}, pg_temp AS $$
    SELECT rep_id FROM team_members WHERE login = current_user
$$
""",
    """
CREATE OR REPLACE FUNCTION dealbook_is_manager() RETURNS boolean
LANGUAGE sql STABLE SET search_path = {schema}, pg_temp AS $$
    SELECT COALESCE(dealbook_my_role() = 'manager', false)
$$
""",
    """
CREATE OR REPLACE FUNCTION dealbook_sees_all() RETURNS boolean
LANGUAGE sql STABLE SET search_path = {schema}, pg_temp AS $$
    SELECT dealbook_is_manager()
        OR (dealbook_my_role() = 'rep'
            AND NOT COALESCE((SELECT reps_see_only_own FROM team_settings WHERE id = 1), false))
$$
""",
)

#: the helper functions read team_members of the database's own schema, never a temporary
#: table of the same name a login could create (pg_temp is searched last)
#: (SELECT f()) makes the planner evaluate f once per statement, not once per row
MINE = "(SELECT dealbook_is_manager()) OR owner_id = (SELECT dealbook_my_rep_id())"
SEES = "(SELECT dealbook_sees_all()) OR owner_id = (SELECT dealbook_my_rep_id())"
HISTORY_MINE = (
    "(SELECT dealbook_is_manager()) OR EXISTS (SELECT 1 FROM deals d WHERE "
    "d.id = stage_history.deal_id AND d.owner_id = (SELECT dealbook_my_rep_id()))"
)
HISTORY_SEES = (
    "(SELECT dealbook_sees_all()) OR EXISTS "
    "(SELECT 1 FROM deals d WHERE d.id = stage_history.deal_id)"
)


def _policies(table: str, sees: str, mine: str) -> list[str]:
    return [
        f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
        f"CREATE POLICY dealbook_read ON {table} FOR SELECT USING ({sees})",
        f"CREATE POLICY dealbook_add ON {table} FOR INSERT WITH CHECK ({mine})",
        f"CREATE POLICY dealbook_change ON {table} FOR UPDATE USING ({mine}) WITH CHECK ({mine})",
        f"CREATE POLICY dealbook_remove ON {table} FOR DELETE USING ({mine})",
    ]


def upgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    for table in VERSIONED:
        # plain ALTER TABLE ... ADD COLUMN: no table rebuild, 0003's triggers stay in place
        op.add_column(table, sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
        op.add_column(table, sa.Column("created_by", sa.String(length=63), nullable=True))
        op.add_column(table, sa.Column("updated_by", sa.String(length=63), nullable=True))
    op.create_table(
        "team_members",
        sa.Column("login", sa.String(length=63), nullable=False),
        sa.Column("rep_id", sa.Integer(), nullable=True),
        sa.Column("role", sa.String(length=10), nullable=False),
        sa.CheckConstraint("role IN ('manager', 'rep')", name=op.f("ck_team_members_role")),
        sa.ForeignKeyConstraint(
            ["rep_id"], ["reps.id"], name=op.f("fk_team_members_rep_id_reps"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("login", name=op.f("pk_team_members")),
    )
    op.create_table(
        "team_settings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reps_see_only_own", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.CheckConstraint("id = 1", name=op.f("ck_team_settings_one_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_team_settings")),
    )
    settings = sa.table(
        "team_settings", sa.column("id", sa.Integer), sa.column("reps_see_only_own", sa.Boolean)
    )
    op.bulk_insert(settings, [{"id": 1, "reps_see_only_own": False}])
    if not postgres:
        for table in VERSIONED:
            op.execute(
                f"CREATE TRIGGER IF NOT EXISTS version_{table} AFTER UPDATE ON {table} "
                "FOR EACH ROW WHEN NEW.version = OLD.version BEGIN "
                f"UPDATE {table} SET version = OLD.version + 1 WHERE id = NEW.id; "
                "END"
            )
        return
    schema = str(op.get_bind().exec_driver_sql("SELECT current_schema()").scalar())
    quoted = '"' + schema.replace('"', '""') + '"'
    for sql in PG_FUNCTIONS:
        op.execute(sql.replace("{schema}", quoted))
    for table in VERSIONED:
        op.execute(
            f"CREATE TRIGGER audit_{table} BEFORE INSERT OR UPDATE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION dealbook_audit()"
        )
    for table in NOTIFY_ONLY:
        op.execute(
            f"CREATE TRIGGER notify_{table} AFTER INSERT OR UPDATE OR DELETE ON {table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION dealbook_notify_change()"
        )
    for table in OWNED:
        for sql in _policies(table, SEES, MINE):
            op.execute(sql)
    for sql in _policies("stage_history", HISTORY_SEES, HISTORY_MINE):
        op.execute(sql)


def downgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    if postgres:
        for table in (*OWNED, "stage_history"):
            for name in ("dealbook_read", "dealbook_add", "dealbook_change", "dealbook_remove"):
                op.execute(f"DROP POLICY IF EXISTS {name} ON {table}")
            op.execute(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
        for table in NOTIFY_ONLY:
            op.execute(f"DROP TRIGGER IF EXISTS notify_{table} ON {table}")
        for table in VERSIONED:
            op.execute(f"DROP TRIGGER IF EXISTS audit_{table} ON {table}")
    else:
        for table in VERSIONED:
            op.execute(f"DROP TRIGGER IF EXISTS version_{table}")
    op.drop_table("team_settings")
    op.drop_table("team_members")
    if postgres:
        for name in (
            "dealbook_sees_all",
            "dealbook_is_manager",
            "dealbook_my_rep_id",
            "dealbook_my_role",
            "dealbook_notify_change",
            "dealbook_audit",
        ):
            op.execute(f"DROP FUNCTION IF EXISTS {name}()")
    for table in VERSIONED:
        if postgres:
            for column in ("updated_by", "created_by", "version"):
                op.drop_column(table, column)
        else:
            # SQLite >= 3.35 drops a column in place (no rebuild: 0003's triggers stay)
            for column in ("updated_by", "created_by", "version"):
                op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
