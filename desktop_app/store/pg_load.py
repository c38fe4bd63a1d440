"""Load the workspace from a team database (PostgreSQL) with server-side COPY, not row by row.

Each frame's SELECT (the same one the SQLite reader runs, ``loader.select_sql``: lookups as
ids, dates as stored) is sent as ``COPY (SELECT ...) TO STDOUT (FORMAT csv)``; the server
writes the rows as one CSV stream, psycopg hands it over in large blocks and pandas' C
parser reads it into columns. The columns then go through the loader's own conversion
(the loader's ``_column``: names from the lookups, dates parsed, numbers typed), so both
engines give the same frames.

All frames are read in one read-only ``REPEATABLE READ`` transaction: a write committed by
someone else during the load is either wholly in the dataset or wholly out of it.

A lost server raises :class:`desktop_app.store.conflicts.ServerAway` (the window keeps the
dataset it has and tries again).
"""

from __future__ import annotations

import io
from typing import Any

import numpy as np
import pandas as pd
from sqlalchemy import Engine

from desktop_app.store import conflicts
from desktop_app.store import loader as loader_mod
from desktop_app.store.kinds import KINDS
from kpi_core.dataset import COLUMNS, INTEGER, NUMBER, Dataset

#: the NULL marker of the CSV stream (an empty quoted field stays an empty text)
_NULL = r"\N"
_LOOKUPS = ("accounts", "reps", "sources", "products")


def _dtypes(frame: str) -> dict[str, Any]:
    """pandas' dtype per column of ``frame``'s SELECT: ids and numbers as floats (a NULL
    becomes NaN), text and dates as text (dates are parsed by the loader's own parser)."""
    lookups = KINDS[frame].lookups
    out: dict[str, Any] = {}
    for column, kind in COLUMNS[frame].items():
        if column in lookups or kind in (NUMBER, INTEGER):
            out[column] = "float64"
        else:
            out[column] = object
    return out


def _copy_csv(cursor: Any, sql: str) -> io.BytesIO:
    """The result of ``sql`` as one CSV stream with a header line."""
    buf = io.BytesIO()
    statement = f"COPY ({sql}) TO STDOUT WITH (FORMAT csv, HEADER true, NULL '{_NULL}')"
    with cursor.copy(statement) as copy:
        for block in copy:
            buf.write(block)
    buf.seek(0)
    return buf


def _read(cursor: Any, sql: str, dtypes: dict[str, Any]) -> pd.DataFrame:
    buf = _copy_csv(cursor, sql)
    return pd.read_csv(
        buf,
        dtype=dtypes,
        keep_default_na=False,
        na_values=[_NULL],
        encoding="utf-8",
        engine="c",
    )


def _lookup_names(cursor: Any, table: str) -> np.ndarray:
    """Object array ``names[id]`` for a lookup table (index 0 and gaps are None)."""
    frame = _read(cursor, f"SELECT id, name FROM {table}", {"id": "int64", "name": object})
    ids = frame["id"].to_numpy(dtype=np.int64)
    out = np.full(int(ids.max()) + 1 if len(ids) else 1, None, dtype=object)
    names = frame["name"].to_numpy(dtype=object)
    out[ids] = np.where(pd.isna(names), None, names)
    return out


def _texts(values: pd.Series) -> np.ndarray:
    """A text column: str or None (pandas reads a NULL as NaN)."""
    arr = values.to_numpy(dtype=object)
    return np.asarray(np.where(pd.isna(arr), None, arr), dtype=object)


def _frame(cursor: Any, frame: str, names: dict[str, np.ndarray]) -> pd.DataFrame:
    raw = _read(cursor, loader_mod.select_sql(frame), _dtypes(frame))
    lookups = KINDS[frame].lookups
    columns: dict[str, Any] = {}
    for column, kind in COLUMNS[frame].items():
        series = raw[column]
        value = series if column in lookups or kind in (NUMBER, INTEGER) else _texts(series)
        columns[column] = loader_mod._column(frame, column, kind, value, names)
    return pd.DataFrame(columns, copy=False)


def load_dataset(engine: Engine) -> Dataset:
    """Every frame of the team database, read with COPY in one consistent snapshot."""
    try:
        with engine.connect() as conn:
            conn = conn.execution_options(isolation_level="REPEATABLE READ")
            with conn.begin():
                driver = conn.connection.driver_connection
                if driver is None:
                    raise RuntimeError("the connection is closed")
                with driver.cursor() as cursor:
                    names = {t: _lookup_names(cursor, t) for t in _LOOKUPS}
                    frames = {frame: _frame(cursor, frame, names) for frame in COLUMNS}
    except Exception as exc:  # SQLAlchemy's wrapper or psycopg's own (the COPY cursor)
        if conflicts.is_server_away(exc):
            raise conflicts.ServerAway() from exc
        raise
    return Dataset(**frames)
