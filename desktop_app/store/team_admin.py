"""Set up a team database and its people: ``team init``, ``team add-user``, ``team status``.

Two group roles hold the privileges (both ``NOLOGIN``; roles belong to the whole server):

* ``dealbook_manager``: reads and writes every table of the workspace;
* ``dealbook_rep``: reads every table; writes deals, leads, activities and their stage
  history (row-level security lets a rep write only rows their rep owns, see migration
  0004), and adds accounts, sources and products a form names for the first time. A rep
  changes no reps, pipeline stages, quotas, settings, imports or members.

A person logs in with a role of their own that is a member of one of the groups, and a row
of ``team_members`` says which rep they are. Only the logins added to a database may
connect to it, and the policies read ``team_members`` of the database itself: a login of
another Dealbook database on the same server cannot use this one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import Connection, text
from sqlalchemy import exc as sa_exc

from desktop_app.errors import UserError
from desktop_app.store import team_faults
from desktop_app.store.engine import open_database
from desktop_app.store.location import describe, is_server_url, safe_display
from desktop_app.translation import translate

MANAGER_ROLE = "dealbook_manager"
REP_ROLE = "dealbook_rep"
ROLES = {"manager": MANAGER_ROLE, "rep": REP_ROLE}

# what a rep may add (never change): the names a deal form may type for the first time
REP_INSERTS = ("accounts", "sources", "products")
# what a rep writes, row by row as the policies allow
REP_WRITES = ("deals", "leads", "activities", "stage_history")
# counted by ``team status`` and ``team push``
COUNTED = ("deals", "leads", "activities", "accounts", "reps")

_LOGIN = re.compile(r"^[a-z_][a-z0-9_.\-]{0,62}$")


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _require_url(target: str) -> None:
    if not is_server_url(target):
        raise UserError(
            translate(
                "errors",
                "{0} is not a team database. Give its URL, like postgresql://user@server/database.",
            ).format(safe_display(target))
        )


def grant_privileges(conn: Connection) -> None:
    """Create the two group roles when missing and grant them what they may do."""
    for role in (MANAGER_ROLE, REP_ROLE):
        exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role})
        if exists.first() is None:
            conn.exec_driver_sql(f"CREATE ROLE {role} NOLOGIN")
    database = str(conn.exec_driver_sql("SELECT current_database()").scalar())
    schema = _quote(str(conn.exec_driver_sql("SELECT current_schema()").scalar()))
    both = f"{MANAGER_ROLE}, {REP_ROLE}"
    for sql in (
        # only the logins added to this database connect to it (``add_user`` grants them)
        f"REVOKE CONNECT ON DATABASE {_quote(database)} FROM PUBLIC",
        f"GRANT USAGE ON SCHEMA {schema} TO {both}",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO {both}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {schema} TO {both}",
        f"GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {schema} TO {MANAGER_ROLE}",
        f"REVOKE INSERT, UPDATE, DELETE ON alembic_version FROM {MANAGER_ROLE}",
        f"GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA {schema} TO {both}",
        # tables a later Dealbook adds get the same privileges
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA {schema} GRANT SELECT ON TABLES TO {both}",
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA {schema} "
        f"GRANT INSERT, UPDATE, DELETE ON TABLES TO {MANAGER_ROLE}",
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA {schema} GRANT USAGE, SELECT ON SEQUENCES TO {both}",
    ):
        conn.exec_driver_sql(sql)
    for table in REP_WRITES:
        conn.exec_driver_sql(f"GRANT INSERT, UPDATE, DELETE ON {table} TO {REP_ROLE}")
    for table in REP_INSERTS:
        conn.exec_driver_sql(f"GRANT INSERT ON {table} TO {REP_ROLE}")


def init_team(target: str) -> None:
    """Give the database at ``target`` Dealbook's schema (if it has none), the two group
    roles and their privileges. Run again, it renews the privileges and changes no data.

    The connecting user must own the database's schema and may create roles (the server's
    administrator, or a user with CREATEROLE).
    """
    _require_url(target)
    engine = open_database(target)
    try:
        with engine.begin() as conn:
            can = conn.exec_driver_sql(
                "SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user"
            ).scalar()
            if not can:
                raise _needs_admin(target)
            grant_privileges(conn)
    except sa_exc.DBAPIError as exc:
        raise team_faults.server_error(exc, target) from exc
    finally:
        engine.dispose()


def _needs_admin(target: str) -> UserError:
    _database, host, user = describe(target)
    return UserError(
        translate(
            "errors",
            "The user {0} may not create users on the server {1}. Run this as the server's "
            "administrator (or a user with the CREATEROLE privilege).",
        ).format(user, host)
    )


def add_user(
    target: str,
    login: str,
    role: str,
    rep_name: str | None = None,
    *,
    password: str | None = None,
    create_rep: bool = False,
) -> None:
    """Let ``login`` use the team database at ``target`` as a manager or a rep.

    The login is created on the server (with ``password``) or, when it exists, its password
    is changed (when given) and its group set. A rep login must name a rep of the workspace
    (``create_rep`` adds a missing one). One transaction: on any refusal nothing changes.
    """
    _require_url(target)
    if role not in ROLES:
        raise UserError(
            translate("errors", "The role must be manager or rep, not {0}.").format(role)
        )
    if not _LOGIN.match(login):
        raise UserError(
            translate(
                "errors",
                "{0} cannot be a login: use lowercase letters, digits, '.', '-' or '_', "
                "starting with a letter, at most 63 characters.",
            ).format(login)
        )
    if role == "rep" and not rep_name:
        raise UserError(
            translate("errors", 'A rep login needs the rep it is: add --rep "Rep name".')
        )
    engine = open_database(target, create=False)
    try:
        with engine.begin() as conn:
            rep_id = _rep_id(conn, rep_name, create_rep) if rep_name else None
            can = conn.exec_driver_sql(
                "SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user"
            ).scalar()
            if not can:
                raise _needs_admin(target)
            groups = conn.execute(
                text("SELECT count(*) FROM pg_roles WHERE rolname IN (:m, :r)"),
                {"m": MANAGER_ROLE, "r": REP_ROLE},
            ).scalar()
            if groups == 2:  # roles of the server: granted on this database's tables?
                groups += int(
                    bool(
                        conn.execute(
                            text("SELECT has_table_privilege(:r, 'alembic_version', 'SELECT')"),
                            {"r": REP_ROLE},
                        ).scalar()
                    )
                )
            if groups != 3:
                raise UserError(
                    translate(
                        "errors",
                        "The team database is not set up for a team yet: run "
                        "`dealbook team init` with its URL first.",
                    )
                )
            exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": login})
            secret = f" PASSWORD {_literal(password)}" if password is not None else ""
            if exists.first() is None:
                if password is None:
                    raise UserError(
                        translate(
                            "errors",
                            "{0} is a new login: give it a password (typed, or with "
                            "--password-stdin).",
                        ).format(login)
                    )
                conn.exec_driver_sql(f"CREATE ROLE {_quote(login)} LOGIN{secret}")
            elif secret:
                conn.exec_driver_sql(f"ALTER ROLE {_quote(login)} LOGIN{secret}")
            other = ROLES["manager" if role == "rep" else "rep"]
            conn.exec_driver_sql(f"REVOKE {other} FROM {_quote(login)}")
            conn.exec_driver_sql(f"GRANT {ROLES[role]} TO {_quote(login)}")
            database = _quote(str(conn.exec_driver_sql("SELECT current_database()").scalar()))
            conn.exec_driver_sql(f"GRANT CONNECT ON DATABASE {database} TO {_quote(login)}")
            conn.execute(
                text(
                    "INSERT INTO team_members (login, rep_id, role) VALUES (:l, :r, :role) "
                    "ON CONFLICT (login) DO UPDATE SET rep_id = :r, role = :role"
                ),
                {"l": login, "r": rep_id, "role": role},
            )
    except sa_exc.DBAPIError as exc:
        raise team_faults.server_error(exc, target) from exc
    finally:
        engine.dispose()


def _rep_id(conn: Connection, rep_name: str, create: bool) -> int:
    row = conn.execute(text("SELECT id FROM reps WHERE name = :n"), {"n": rep_name}).first()
    if row is not None:
        return int(row[0])
    if not create:
        names = [str(r[0]) for r in conn.exec_driver_sql("SELECT name FROM reps ORDER BY name")]
        raise UserError(
            translate(
                "errors",
                "The workspace has no rep named {0}. Use one of: {1}.",
            ).format(rep_name, ", ".join(names) or "-")
        )
    return int(
        conn.execute(
            text("INSERT INTO reps (name, active) VALUES (:n, true) RETURNING id"),
            {"n": rep_name},
        ).scalar_one()
    )


@dataclass(frozen=True)
class TeamStatus:
    """Who the connecting login is on the team database, and what it can see."""

    login: str
    role: str  # 'manager', 'rep', 'administrator' (owner or superuser) or 'none'
    rep: str | None
    database: str
    host: str
    reps_see_only_own: bool
    counts: dict[str, int]


def team_status(target: str) -> TeamStatus:
    """The login's role and rep, the team setting, and the rows it sees of each table."""
    _require_url(target)
    engine = open_database(target, create=False)
    try:
        with engine.connect() as conn:
            return _status(conn, target)
    except sa_exc.DBAPIError as exc:
        raise team_faults.server_error(exc, target) from exc
    finally:
        engine.dispose()


def _status(conn: Connection, target: str) -> TeamStatus:
    login = str(conn.exec_driver_sql("SELECT current_user").scalar())
    member = conn.execute(
        text(
            "SELECT m.role, r.name FROM team_members m LEFT JOIN reps r ON r.id = m.rep_id "
            "WHERE m.login = :l"
        ),
        {"l": login},
    ).first()
    admin = conn.exec_driver_sql(
        "SELECT rolsuper OR pg_has_role(current_user, "
        "(SELECT tableowner FROM pg_tables WHERE tablename = 'deals' "
        "AND schemaname = current_schema()), 'USAGE') FROM pg_roles "
        "WHERE rolname = current_user"
    ).scalar()
    role = str(member[0]) if member else ("administrator" if admin else "none")
    rep = str(member[1]) if member and member[1] is not None else None
    own = bool(
        conn.exec_driver_sql("SELECT reps_see_only_own FROM team_settings WHERE id = 1").scalar()
    )
    counts = {
        table: int(conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar() or 0)
        for table in COUNTED
    }
    database, host, _user = describe(target)
    return TeamStatus(login, role, rep, database, host, own, counts)


def set_reps_see_only_own(target: str, only_own: bool) -> None:
    """The team setting: reps see only their own deals, leads and activities (or all)."""
    _require_url(target)
    engine = open_database(target, create=False)
    try:
        with engine.begin() as conn:
            conn.execute(
                text("UPDATE team_settings SET reps_see_only_own = :v WHERE id = 1"),
                {"v": only_own},
            )
    except sa_exc.DBAPIError as exc:
        if team_faults.sqlstate(exc) == team_faults.INSUFFICIENT_PRIVILEGE:
            raise UserError(
                translate("errors", "Only a manager can change the team's settings.")
            ) from exc
        raise team_faults.server_error(exc, target) from exc
    finally:
        engine.dispose()
