"""The import's bulk writes on a team database (PostgreSQL): the same statements, COPY for rows.

The import's writer (``bulk_write``, ``import_batches``) speaks to the driver's cursor the
way SQLite's ``sqlite3`` cursor does: ``?`` placeholders, ``lastrowid``, ``executemany`` of
an ``INSERT``, ``PRAGMA table_info``. :class:`PgCursor` gives it that cursor over psycopg,
so every check of the import runs unchanged on both engines, in the caller's one
transaction:

* ``?`` becomes ``%s`` (outside quoted text); a single-row ``INSERT`` into a table with an
  ``id`` gets ``RETURNING id`` for ``lastrowid``;
* ``executemany`` of an ``INSERT ... VALUES (?, ..., constants)`` streams the rows with
  ``COPY ... FROM STDIN`` (one round trip for the lot, not a statement per row) when the
  server allows COPY into that table for this user; PostgreSQL refuses ``COPY FROM`` into
  a table whose row-level security applies to the user (a rep, a manager under the team's
  policies): those rows are copied into a temporary table and written with one
  ``INSERT ... SELECT``, which the policies check row by row;
* ``PRAGMA table_info`` is answered from ``information_schema``; SQLite's catalogue
  (``sqlite_master``: dropping indexes around a large insert) has no rows here: PostgreSQL
  keeps its indexes;
* dates and timestamps read back come as the ISO text SQLite stores, so what the import
  saves in ``import_changes.before_json`` (and puts back on undo) reads the same on both.

:func:`copy_rows` is the COPY itself, for any writer of many rows (the demo company, moving a
workspace in); :func:`reset_sequences` sets each table's id sequence past its largest id
after rows were written with their ids.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

#: psycopg's type OIDs of the values converted to SQLite's text forms when read
_DATE_OID = 1082
_TIMESTAMP_OIDS = frozenset({1114, 1184})
#: tables without an ``id`` column (no ``RETURNING id`` for their inserts)
_NO_ID = frozenset({"settings", "alembic_version", "team_members", "team_settings"})
#: fewer rows than this go through ``executemany`` (a COPY costs a round trip of its own)
COPY_MIN_ROWS = 200

_INSERT = re.compile(
    r"^\s*INSERT\s+INTO\s+(?P<table>\w+)\s*\((?P<cols>[^)]*)\)\s*VALUES\s*\((?P<values>.*)\)\s*$",
    re.IGNORECASE | re.DOTALL,
)
_PRAGMA_TABLE_INFO = re.compile(r"^\s*PRAGMA\s+table_info\((\w+)\)\s*$", re.IGNORECASE)
_QUOTED = re.compile(r"('(?:[^']|'')*')")


def adapt_sql(sql: str) -> str:
    """SQLite's ``?`` placeholders as psycopg's ``%s`` (a literal ``%`` doubled)."""
    parts = _QUOTED.split(sql)
    out = []
    for i, part in enumerate(parts):
        part = part.replace("%", "%%")
        out.append(part if i % 2 else part.replace("?", "%s"))
    return "".join(out)


def _sqlite_value(value: Any) -> Any:
    """A value read from PostgreSQL in the form SQLite returns it (ISO text for dates)."""
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _constant(text: str) -> Any:
    """The Python value of a constant in a VALUES list (a number, quoted text or NULL)."""
    text = text.strip()
    if text.upper() == "NULL":
        return None
    if text.startswith("'") and text.endswith("'"):
        return text[1:-1].replace("''", "'")
    try:
        return int(text)
    except ValueError:
        return float(text)


def _split_values(values: str) -> list[str]:
    """The items of a VALUES list, commas inside quoted text kept."""
    items: list[str] = []
    current: list[str] = []
    quoted = False
    for ch in values:
        if ch == "'":
            quoted = not quoted
        if ch == "," and not quoted:
            items.append("".join(current))
            current = []
        else:
            current.append(ch)
    items.append("".join(current))
    return [i.strip() for i in items]


def copy_rows(
    cursor: Any, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]
) -> int:
    """Write ``rows`` into ``table`` with one ``COPY FROM STDIN``; the number written."""
    n = 0
    cols = ", ".join(columns)
    with cursor.copy(f"COPY {table} ({cols}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)
            n += 1
    return n


def reset_sequences(cursor: Any, tables: Iterable[str]) -> None:
    """Set each table's ``id`` sequence past its largest id (after rows written with ids)."""
    for table in tables:
        if table in _NO_ID:
            continue
        cursor.execute(
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
            f"COALESCE((SELECT max(id) FROM {table}), 0) + 1, false) "
            f"WHERE pg_get_serial_sequence('{table}', 'id') IS NOT NULL"
        )


def _staged_copy(
    cursor: Any, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]
) -> int:
    """COPY into a temporary table of ``columns``, then one ``INSERT ... SELECT``: for a
    table whose row-level security applies to the user (no COPY there), the policies then
    check every row of the one INSERT; the rows written."""
    cols = ", ".join(columns)
    cursor.execute("DROP TABLE IF EXISTS pg_temp.dealbook_rows")
    cursor.execute(f"CREATE TEMP TABLE dealbook_rows AS SELECT {cols} FROM {table} WITH NO DATA")
    copy_rows(cursor, "pg_temp.dealbook_rows", columns, rows)
    cursor.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM pg_temp.dealbook_rows")
    written = int(cursor.rowcount)
    cursor.execute("DROP TABLE pg_temp.dealbook_rows")
    return written


def copy_allowed(cursor: Any, table: str) -> bool:
    """True when this user may COPY into ``table`` (no row-level security applies)."""
    cursor.execute("SELECT row_security_active(%s::regclass)", (table,))
    row = cursor.fetchone()
    return not (row and row[0])


class PgCursor:
    """A psycopg cursor that answers like SQLite's ``sqlite3.Cursor`` (see the module)."""

    def __init__(self, connection: Any) -> None:
        self._conn = connection
        self._cur = connection.cursor()
        self._convert: list[int] = []
        self._copy_ok: dict[str, bool] = {}
        self.lastrowid: int | None = None
        self.rowcount = -1

    @property
    def description(self) -> Any:
        return self._cur.description

    def _run(self, sql: str, params: Sequence[Any] | None) -> None:
        if params:
            self._cur.execute(adapt_sql(sql), list(params))
        else:
            self._cur.execute(sql)
        desc = self._cur.description or []
        self._convert = [
            i
            for i, d in enumerate(desc)
            if d.type_code == _DATE_OID or d.type_code in _TIMESTAMP_OIDS
        ]
        self.rowcount = self._cur.rowcount

    def execute(self, sql: str, params: Sequence[Any] = ()) -> PgCursor:
        """Run one statement (SQLite's forms translated); returns the cursor, as sqlite3."""
        self.lastrowid = None
        pragma = _PRAGMA_TABLE_INFO.match(sql)
        if pragma:
            self._run(
                "SELECT ordinal_position - 1, column_name, data_type, "
                "CASE WHEN is_nullable = 'NO' THEN 1 ELSE 0 END, column_default, 0 "
                "FROM information_schema.columns WHERE table_schema = current_schema() "
                "AND table_name = ? ORDER BY ordinal_position",
                [pragma.group(1)],
            )
            return self
        if "sqlite_master" in sql:  # SQLite's own catalogue: nothing of it here
            self._run("SELECT NULL, NULL, NULL WHERE false", None)
            return self
        insert = _INSERT.match(sql)
        if insert and insert.group("table") not in _NO_ID and "RETURNING" not in sql.upper():
            self._run(sql.rstrip() + " RETURNING id", params)
            row = self._cur.fetchone()
            self.lastrowid = int(row[0]) if row else None
            self.rowcount = 1 if row else 0
            return self
        self._run(sql, params)
        return self

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> PgCursor:
        """Run ``sql`` for every row; an INSERT of many rows goes as one COPY."""
        rows = list(rows)
        self.lastrowid = None
        if not rows:
            self.rowcount = 0
            return self
        insert = _INSERT.match(sql)
        if insert and len(rows) >= COPY_MIN_ROWS:
            table = insert.group("table")
            columns = [c.strip() for c in insert.group("cols").split(",")]
            items = _split_values(insert.group("values"))
            slots = [i for i, item in enumerate(items) if item == "?"]
            constants = {i: _constant(item) for i, item in enumerate(items) if item != "?"}

            whole = self._integer_columns(table)
            to_int = [i for i, c in enumerate(columns) if c in whole]

            def full(row: Sequence[Any]) -> list[Any]:
                values = iter(row)
                out = [next(values) if i in slots else constants[i] for i in range(len(items))]
                for i in to_int:  # COPY reads "24.0" as no integer; an INSERT rounds it
                    if isinstance(out[i], float):
                        out[i] = None if out[i] != out[i] else round(out[i])
                return out

            lines = (full(r) for r in rows)
            if self._may_copy(table):
                self.rowcount = copy_rows(self._cur, table, columns, lines)
            else:
                self.rowcount = _staged_copy(self._cur, table, columns, lines)
            return self
        self._cur.executemany(adapt_sql(sql), [list(r) for r in rows])
        self.rowcount = self._cur.rowcount
        return self

    def _integer_columns(self, table: str) -> set[str]:
        """The columns of ``table`` that hold whole numbers."""
        self._cur.execute(
            "SELECT column_name FROM information_schema.columns "
            "WHERE table_schema = current_schema() AND table_name = %s "
            "AND data_type IN ('smallint', 'integer', 'bigint')",
            (table,),
        )
        return {str(r[0]) for r in self._cur.fetchall()}

    def _may_copy(self, table: str) -> bool:
        if table not in self._copy_ok:
            self._copy_ok[table] = copy_allowed(self._cur, table)
        return self._copy_ok[table]

    def _row(self, row: Any) -> tuple[Any, ...] | None:
        if row is None:
            return None
        if not self._convert:
            return tuple(row)
        out = list(row)
        for i in self._convert:
            out[i] = _sqlite_value(out[i])
        return tuple(out)

    def fetchone(self) -> tuple[Any, ...] | None:
        return self._row(self._cur.fetchone())

    def fetchall(self) -> list[tuple[Any, ...]]:
        rows = self._cur.fetchall()
        if not self._convert:
            return [tuple(r) for r in rows]
        return [r for r in (self._row(x) for x in rows) if r is not None]

    def __iter__(self) -> Iterator[tuple[Any, ...]]:
        for row in self._cur:
            converted = self._row(row)
            if converted is not None:
                yield converted

    def close(self) -> None:
        self._cur.close()
