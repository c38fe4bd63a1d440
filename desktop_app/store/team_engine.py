"""Open a team database: a PostgreSQL database named by a URL, at this version's schema.

``open_server_database(url)`` returns a SQLAlchemy ``Engine`` (psycopg 3 driver) whose
database is at the Alembic head:

* an empty database gets the whole schema (``create=False`` refuses it);
* a database at an older revision is brought up to date in one transaction (PostgreSQL
  changes its schema transactionally: an update that fails leaves nothing half done); a
  user who may not change the schema is told to ask the administrator;
* a database holding other tables, or written by a newer Dealbook, is refused;
* the server not answering, a refused user or password and a missing database each get
  their own sentence (``desktop_app.store.team_faults``).

Two clients creating or updating the same database take turns on an advisory lock. No copy
is made before an update: a team database is backed up with ``pg_dump`` (docs/team.md).
"""

from __future__ import annotations

from alembic import command
from sqlalchemy import Connection, create_engine
from sqlalchemy import Engine as Engine
from sqlalchemy import exc as sa_exc

from desktop_app.errors import UserError
from desktop_app.store import team_faults
from desktop_app.store.location import server_url

VERSION_TABLE = "alembic_version"
#: pg_advisory_xact_lock key taken while the schema is created or updated
SCHEMA_LOCK = 0x6465616C  # "deal"
CONNECT_TIMEOUT_S = 5


def make_server_engine(target: str) -> Engine:
    """An engine on the team database ``target`` (no schema work, no connection yet)."""
    try:
        url = server_url(target)
    except ValueError as exc:
        raise UserError(str(exc)) from exc
    return create_engine(
        url,
        pool_pre_ping=True,
        connect_args={"connect_timeout": CONNECT_TIMEOUT_S, "application_name": "Dealbook"},
    )


def server_state(conn: Connection) -> tuple[bool, str | None]:
    """(has any table in the current schema, alembic revision or None) of a database."""
    tables = {
        str(r[0])
        for r in conn.exec_driver_sql(
            "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')"
        )
    }
    revision = None
    if VERSION_TABLE in tables:
        row = conn.exec_driver_sql(f"SELECT version_num FROM {VERSION_TABLE}").first()
        revision = str(row[0]) if row else None
    return bool(tables), revision


def _check_known(target: str, has_tables: bool, revision: str | None) -> None:
    from desktop_app.store.engine import known_revisions

    if revision is None and has_tables:
        raise team_faults.not_dealbook(target)
    if revision is not None and revision not in known_revisions():
        raise team_faults.newer(target)


def prepare_server_schema(target: str, engine: Engine, create: bool = True) -> bool:
    """Bring the team database to head; return whether anything was created or updated."""
    from desktop_app.store.engine import alembic_config, head_revision

    head = head_revision()
    with engine.connect() as conn:
        has_tables, revision = server_state(conn)
        conn.rollback()
    _check_known(target, has_tables, revision)
    if revision == head:
        return False
    if not has_tables and not create:
        raise team_faults.empty(target)
    cfg = alembic_config()
    with engine.connect() as conn:
        try:
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({SCHEMA_LOCK})")
            has_tables, revision = server_state(conn)  # another client may have done it
            _check_known(target, has_tables, revision)
            if revision == head:
                conn.rollback()
                return False
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
            conn.commit()
        except sa_exc.DBAPIError as exc:
            conn.rollback()
            if team_faults.sqlstate(exc) == team_faults.INSUFFICIENT_PRIVILEGE:
                raise team_faults.needs_admin(target) from exc
            raise
    return True


def open_server_database(target: str, create: bool = True) -> Engine:
    """Open the team database at ``target`` (a PostgreSQL URL) at this version's schema.

    Raises ``UserError`` with one sentence (see the module docstring).
    """
    engine = make_server_engine(target)
    try:
        prepare_server_schema(target, engine, create)
    except UserError:
        engine.dispose()
        raise
    except (sa_exc.DBAPIError, OSError) as exc:
        engine.dispose()
        raise team_faults.server_error(exc, target) from exc
    return engine


def driver_description() -> str:
    """The PostgreSQL driver this build carries: psycopg's version, its implementation and
    the libpq it loaded (the frozen self-test prints it, so a bundle without them fails)."""
    import psycopg

    return f"psycopg {psycopg.__version__} ({psycopg.pq.__impl__}), libpq {psycopg.pq.version()}"
