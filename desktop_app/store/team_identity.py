"""Who the window is connected as on a team database: login, role and rep.

The title bar says "Team database: dealbook on nas.local as anna (rep)". The role comes
from the server, as the server enforces it: membership of the ``dealbook_manager`` or
``dealbook_rep`` group role (a superuser or the database's owner counts as a manager), and
the rep the login speaks for from ``team_members``. A SQLite file has no identity (None).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, text
from sqlalchemy.exc import SQLAlchemyError

MANAGER = "manager"
REP = "rep"

_ROLE_SQL = text(
    """
    SELECT current_user AS login,
           r.rolsuper AS superuser,
           CASE WHEN EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'dealbook_manager')
                THEN pg_has_role(current_user, 'dealbook_manager', 'MEMBER')
                ELSE false END AS manager,
           CASE WHEN EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'dealbook_rep')
                THEN pg_has_role(current_user, 'dealbook_rep', 'MEMBER')
                ELSE false END AS rep,
           pg_get_userbyid(d.datdba) = current_user AS owner
    FROM pg_roles r, pg_database d
    WHERE r.rolname = current_user AND d.datname = current_database()
    """
)

_MEMBER_SQL = text(
    """
    SELECT m.role, reps.name
    FROM team_members m LEFT JOIN reps ON reps.id = m.rep_id
    WHERE m.login = current_user
    """
)


@dataclass(frozen=True)
class TeamIdentity:
    """The login, its role (``manager`` or ``rep``, None when neither) and its rep's name."""

    login: str
    role: str | None
    rep_name: str | None = None


def who_am_i(engine: Engine) -> TeamIdentity | None:
    """The identity of ``engine``'s login on a team database; None for a SQLite file."""
    if engine.dialect.name != "postgresql":
        return None
    with engine.connect() as conn:
        row = conn.execute(_ROLE_SQL).mappings().one()
        role: str | None = None
        rep_name: str | None = None
        try:
            member = conn.execute(_MEMBER_SQL).first()
        except SQLAlchemyError:  # a database without team tables yet (before `team init`)
            conn.rollback()
            member = None
        if member is not None:
            role = str(member[0]) if member[0] else None
            rep_name = str(member[1]) if member[1] else None
        if row["manager"] or row["superuser"] or row["owner"]:
            role = MANAGER
        elif row["rep"] and role is None:
            role = REP
        return TeamIdentity(str(row["login"]), role, rep_name)
