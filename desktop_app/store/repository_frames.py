"""Columnar table loads for the window's tables, and exporting the rows a table shows.

A frame has one column per field (names for lookups), dates as ``datetime64[ns]``, numbers
as ``float64``; it is read with raw SQL so a million rows load without a Python object
per cell being built by the ORM.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from sqlalchemy import Engine, text

from desktop_app.store import kinds as declared
from desktop_app.store.repository import KINDS

#: kind -> the frame's columns in display order: id, the declared fields, batch_id
FRAME_COLUMNS: dict[str, tuple[str, ...]] = {
    name: ("id", *decl.names, "batch_id") for name, decl in declared.KINDS.items() if decl.editable
}

#: kind -> the columns read as float64 (money, numbers, percentages, whole numbers, batch)
NUMERIC: dict[str, frozenset[str]] = {
    name: frozenset(
        {f.name for f in decl.fields if f.type in ("money", "number", "percent", "int")}
        | {"batch_id"}
    )
    for name, decl in declared.KINDS.items()
}


def _select_sql(kind_name: str) -> str:
    spec = KINDS[kind_name]
    table = spec.table.name
    parts, joins = [], []
    for col in FRAME_COLUMNS[kind_name]:
        if col in spec.lookups:
            fk, lookup = spec.lookups[col]
            alias = f"j_{col}"
            parts.append(f"{alias}.name AS {col}")
            joins.append(f"LEFT JOIN {lookup} {alias} ON {alias}.id = t.{fk}")
        else:
            parts.append(f"t.{col} AS {col}")
    return f"SELECT {', '.join(parts)} FROM {table} t {' '.join(joins)} ORDER BY t.id"


def table_frame(engine: Engine, kind_name: str) -> pd.DataFrame:
    """All rows of a kind as a columnar frame (see module docstring)."""
    spec = KINDS[kind_name]
    with engine.connect() as conn:
        result = conn.execute(text(_select_sql(kind_name)))
        columns = list(result.keys())
        rows = result.fetchall()
    data = list(zip(*rows, strict=True)) if rows else [()] * len(columns)
    out: dict[str, Any] = {}
    for col, values in zip(columns, data, strict=True):
        if col in spec.dates:
            out[col] = pd.to_datetime(
                pd.Series(values, dtype=object), format="ISO8601", errors="coerce"
            ).astype("datetime64[ns]")
        elif col == "id":
            out[col] = np.asarray(values, dtype=np.int64)
        elif col in NUMERIC[kind_name]:
            out[col] = pd.to_numeric(pd.Series(values, dtype=object), errors="coerce").astype(
                "float64"
            )
        else:
            out[col] = pd.Series(values, dtype=object)
    return pd.DataFrame(out, columns=columns)


# --- export ---------------------------------------------------------------------------

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def escape_cell(value: Any) -> Any:
    """Text a spreadsheet would evaluate (``=``, ``+``, ``-``, ``@``, tab) gets a quote."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _kind_of(series: pd.Series) -> str:
    if np.issubdtype(series.dtype, np.datetime64):
        return "date"
    if np.issubdtype(series.dtype, np.number):
        return "number"
    return "text"


def export_frame(frame: pd.DataFrame, path: str | Path) -> Path:
    """Write ``frame`` to CSV (UTF-8 with BOM, for Excel) or XLSX, formula-like text escaped.

    Uses the store's exporter (``desktop_app.store.export.write_table``): in CSV formula-like
    text gets a leading quote, in XLSX it is stored as text with Excel's quote prefix.
    """
    from desktop_app.store.export import write_table

    path = Path(path)
    kinds = [_kind_of(frame[c]) for c in frame.columns]
    columns = []
    for column, kind in zip(frame.columns, kinds, strict=True):
        values = frame[column]
        if kind == "date":
            values = values.dt.date.astype(object).where(values.notna(), None)
        elif kind == "text":
            values = values.astype(object).where(values.notna(), None)
        columns.append(values.tolist())
    rows = zip(*columns, strict=True) if columns else iter(())
    write_table(path, [str(c) for c in frame.columns], rows, kinds)
    return path
