"""Move a workspace file into a new team database, whole: ``dealbook team push FILE URL``.

The manager's data becomes the team's: every table of the file is copied, rows and ids as
they are, into an empty team database at the same schema revision, in one transaction:

1. the file is opened as usual (an older file is brought up to date, after its copy);
2. the team database is opened (an empty one gets the schema) and must hold no data: the
   built-in pipeline a new database starts with is replaced by the file's own;
3. each table is sent with ``COPY ... FROM STDIN`` (parents before children), read from one
   read transaction of the file, so the copy is of one moment of it;
4. each table's id sequence is set past the highest id copied;
5. the rows of every table are counted on both sides; any difference, or any row the server
   refuses, rolls the whole move back and says which table.

The team's own tables (``team_members``, ``team_settings``) and the dataset stamp stay the
server's. The rows' ``created_by``/``updated_by`` become the login that moved them in.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path

import psycopg
from psycopg import sql

from desktop_app.errors import UserError
from desktop_app.store import team_faults
from desktop_app.store.engine import head_revision, open_database
from desktop_app.store.location import describe, is_server_url, libpq_url, safe_display
from desktop_app.store.models import Base
from desktop_app.translation import translate

# kept as the server has them: the team's people and settings, and the server's own stamp
SERVER_OWN = frozenset({"team_members", "team_settings", "dataset_stamp"})
# a new database holds the built-in pipeline: replaced by the workspace's own
SEEDED = frozenset({"pipeline_stages"})
PUSH_LOCK = 0x70757368  # "push"

Progress = Callable[[str, int], None]


def pushed_tables() -> list[str]:
    """The tables a push copies, parents before children."""
    return [t.name for t in Base.metadata.sorted_tables if t.name not in SERVER_OWN]


def push_workspace(
    source: str | Path, target: str, progress: Progress | None = None
) -> dict[str, int]:
    """Copy the workspace file ``source`` into the empty team database ``target``.

    Returns the rows of each table (equal on both sides). Raises ``UserError`` with one
    sentence, and changes nothing on the server, when the file or the server is not usable,
    the team database already holds data, or a table's rows cannot be copied whole.
    """
    if is_server_url(str(source)):
        raise UserError(
            translate(
                "errors",
                "{0} is a team database, not a workspace file. Give the .sqlite file to move "
                "in first, then the team database's URL.",
            ).format(safe_display(str(source)))
        )
    if not is_server_url(target):
        raise UserError(
            translate(
                "errors",
                "{0} is not a team database. Give its URL, like postgresql://user@server/database.",
            ).format(safe_display(target))
        )
    path = Path(source).expanduser()
    open_database(path, create=False).dispose()  # a Dealbook file, brought up to date
    open_database(target).dispose()  # the schema on the server, at the same revision
    try:
        return _push(path, target, progress)
    except UserError:
        raise
    except (psycopg.Error, OSError) as exc:
        raise team_faults.server_error(exc, target) from exc


def _push(path: Path, target: str, progress: Progress | None) -> dict[str, int]:
    tables = pushed_tables()
    lite = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        lite.execute("BEGIN")  # one read transaction: the copy is of one moment of the file
        source_revision = lite.execute("SELECT version_num FROM alembic_version").fetchone()
        with psycopg.connect(libpq_url(target), connect_timeout=10) as pg, pg.transaction():
            pg.execute("SELECT pg_advisory_xact_lock(%s)", (PUSH_LOCK,))
            _check_can_push(pg, target)
            revision = pg.execute("SELECT version_num FROM alembic_version").fetchone()
            if source_revision != revision or revision != (head_revision(),):
                raise UserError(
                    translate(
                        "errors",
                        "The workspace file and the team database are at different schema "
                        "versions. Open both with this version of Dealbook, then try again.",
                    )
                )
            _check_empty(pg, target, tables)
            for table in SEEDED:
                pg.execute(sql.SQL("DELETE FROM {}").format(sql.Identifier(table)))
            counts: dict[str, int] = {}
            for table in tables:
                counts[table] = _copy_table(lite, pg, table)
                if progress is not None:
                    progress(table, counts[table])
            for table in tables:
                _reset_sequence(pg, table)
            _check_counts(lite, pg, target, counts)
    finally:
        lite.close()
    return counts


def _check_can_push(pg: psycopg.Connection[tuple[object, ...]], target: str) -> None:
    row = pg.execute(
        "SELECT r.rolsuper OR pg_has_role(current_user, t.tableowner, 'USAGE') "
        "FROM pg_roles r, pg_tables t WHERE r.rolname = current_user "
        "AND t.tablename = 'deals' AND t.schemaname = current_schema()"
    ).fetchone()
    if not row or not row[0]:
        database, host, user = describe(target)
        raise UserError(
            translate(
                "errors",
                "The user {0} cannot move a workspace into {1} on {2}: only the team "
                "database's administrator (who ran `dealbook team init`) can.",
            ).format(user, database, host)
        )


def _check_empty(
    pg: psycopg.Connection[tuple[object, ...]], target: str, tables: Sequence[str]
) -> None:
    for table in tables:
        if table in SEEDED:
            continue
        query = sql.SQL("SELECT EXISTS (SELECT 1 FROM {})").format(sql.Identifier(table))
        row = pg.execute(query).fetchone()
        if row and row[0]:
            database, host, _user = describe(target)
            raise UserError(
                translate(
                    "errors",
                    "The team database {0} on {1} already holds data (its table {2} has "
                    "rows): move a workspace only into a new, empty team database.",
                ).format(database, host, table)
            )


def _columns(lite: sqlite3.Connection, table: str) -> list[str]:
    return [str(r[1]) for r in lite.execute(f'PRAGMA table_info("{table}")')]


def _integer_columns(pg: psycopg.Connection[tuple[object, ...]], table: str) -> set[str]:
    rows = pg.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_schema = "
        "current_schema() AND table_name = %s AND data_type IN ('integer', 'bigint', "
        "'smallint')",
        (table,),
    ).fetchall()
    return {str(r[0]) for r in rows}


def _copy_table(
    lite: sqlite3.Connection, pg: psycopg.Connection[tuple[object, ...]], table: str
) -> int:
    """``COPY table FROM STDIN`` of every row of the file's ``table``; the rows sent."""
    columns = _columns(lite, table)
    whole = _integer_columns(pg, table)
    integers = [i for i, c in enumerate(columns) if c in whole]
    names = sql.SQL(", ").join(sql.Identifier(c) for c in columns)
    copy_sql = sql.SQL("COPY {} ({}) FROM STDIN").format(sql.Identifier(table), names)
    select = "SELECT " + ", ".join(f'"{c}"' for c in columns) + f' FROM "{table}" ORDER BY rowid'
    sent = 0
    try:
        with pg.cursor() as cur, cur.copy(copy_sql) as copy:
            rows = lite.execute(select)
            while batch := rows.fetchmany(5000):
                for row in batch:
                    if integers:
                        row = _whole_numbers(row, integers)
                    copy.write_row(row)
                sent += len(batch)
    except psycopg.Error as exc:
        if team_faults.is_server_away(exc):
            raise
        raise _refused_rows(table, exc) from exc
    return sent


def _whole_numbers(row: tuple[object, ...], positions: list[int]) -> tuple[object, ...]:
    """SQLite may hold 3.0 in an INTEGER column; PostgreSQL reads only 3 there."""
    values = list(row)
    for i in positions:
        value = values[i]
        if isinstance(value, float) and value.is_integer():
            values[i] = int(value)
    return tuple(values)


def _reset_sequence(pg: psycopg.Connection[tuple[object, ...]], table: str) -> None:
    row = pg.execute(
        "SELECT pg_get_serial_sequence(table_name, column_name) FROM information_schema.columns "
        "WHERE table_schema = current_schema() AND table_name = %s AND column_name = 'id'",
        (table,),
    ).fetchone()
    if not row or row[0] is None:
        return
    query = sql.SQL("SELECT setval(%s, COALESCE(MAX(id), 1), MAX(id) IS NOT NULL) FROM {}").format(
        sql.Identifier(table)
    )
    pg.execute(query, (row[0],))


def _check_counts(
    lite: sqlite3.Connection,
    pg: psycopg.Connection[tuple[object, ...]],
    target: str,
    counts: dict[str, int],
) -> None:
    for table, sent in counts.items():
        here = lite.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]
        query = sql.SQL("SELECT COUNT(*) FROM {}").format(sql.Identifier(table))
        row = pg.execute(query).fetchone()
        there = int(str(row[0])) if row else -1
        if not here == sent == there:
            raise UserError(
                translate(
                    "errors",
                    "The table {0} has {1} rows in the file but {2} in the team database: "
                    "nothing was moved. Try again; if it happens again, ask the team "
                    "database's administrator to check the server.",
                ).format(table, here, there)
            )


def _refused_rows(table: str, exc: psycopg.Error) -> UserError:
    detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return UserError(
        translate(
            "errors",
            "The team database refused rows of the table {0} ({1}): nothing was moved. "
            "Correct those rows in the workspace file, then try again.",
        ).format(table, detail)
    )
