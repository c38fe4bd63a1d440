"""Small numeric helpers shared by the KPI families (None instead of NaN/inf)."""

from __future__ import annotations

import math
from collections.abc import Iterable

import numpy as np
import pandas as pd

from kpi_core.types import Row


def clean(value: object) -> float | None:
    """A python float, or None for None/NaN/inf."""
    if value is None:
        return None
    try:
        f = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return f if math.isfinite(f) else None


def ratio(num: object, den: object) -> float | None:
    """``num / den``; None when either is undefined or ``den`` is 0."""
    n, d = clean(num), clean(den)
    if n is None or d is None or d == 0:
        return None
    return clean(n / d)


def msum(values: np.ndarray) -> float:
    """Sum that treats NaN (unknown amount) as 0."""
    return float(np.nansum(values)) if len(values) else 0.0


def mean_or_none(values: np.ndarray) -> float | None:
    """Mean of the finite values; None when there is none."""
    v = np.asarray(values, dtype="float64")
    v = v[np.isfinite(v)]
    return clean(v.mean()) if len(v) else None


def to_day(ts: object) -> str | None:
    """ISO date of a timestamp (None for NaT)."""
    return None if pd.isna(ts) else pd.Timestamp(ts).date().isoformat()


def _sort_key(row: Row, field: str) -> tuple[bool, float, bool, str]:
    v = row.get(field)
    key = row.get("key")
    return (v is None, -(v or 0.0), key is None, str(key))


def sort_rows(rows: Iterable[Row], field: str = "value") -> list[Row]:
    """Rows by ``field`` largest first; None values last; ties by key (None last)."""
    return sorted(rows, key=lambda r: _sort_key(r, field))


def py_key(value: object) -> str | None:
    """A breakdown key: the text, or None for a missing one."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    return str(value)


def positions(ids: np.ndarray, wanted: np.ndarray) -> np.ndarray:
    """Row in ``ids`` of each of ``wanted`` (-1 when absent; the first row for a repeated id).

    Whole-number ids in a compact range (database ids) go through a lookup table indexed
    by id, a gather instead of a hash per row; anything else through ``pandas.Index``.
    """
    ids, wanted = np.asarray(ids), np.asarray(wanted)
    if ids.dtype.kind in "iu" and wanted.dtype.kind in "iu" and len(ids):
        lo, hi = int(ids.min()), int(ids.max())
        if lo >= 0 and hi <= 4 * len(ids) + 1_000_000:
            kind = np.int32 if len(ids) < 2**31 else np.int64  # half the memory per row
            table = np.full(hi + 2, -1, dtype=kind)  # the last slot: any other id
            table[ids[::-1]] = np.arange(len(ids) - 1, -1, -1, dtype=kind)  # the first wins
            inside = (wanted >= 0) & (wanted <= hi)
            return np.asarray(table[np.where(inside, wanted, hi + 1)])
    index = pd.Index(ids)
    if not index.is_unique:
        keep = ~index.duplicated(keep="first")
        rows = np.flatnonzero(keep)
        return np.where(
            (found := index[keep].get_indexer(wanted)) >= 0, rows[np.maximum(found, 0)], -1
        )
    return np.asarray(index.get_indexer(wanted))


#: up to this many wanted values, a comparison of the whole column with each beats
#: building a hash table or a lookup table of every row (an edit writes a few rows)
FEW = 8


def few_positions(ids: np.ndarray, wanted: np.ndarray) -> np.ndarray:
    """:func:`positions` (row in ``ids`` of each of ``wanted``, the first for a repeated
    id, -1 when absent; a missing wanted value is never found) by one comparison of ``ids``
    with each wanted value: for a few wanted values, over ``ids`` without missing values."""
    out = np.full(len(wanted), -1, dtype=np.int64)
    for i, w in enumerate(np.asarray(wanted).tolist()):
        if w is None or (isinstance(w, float) and w != w):  # missing
            continue
        hit = np.flatnonzero(ids == w)
        if len(hit):
            out[i] = hit[0]
    return out


def is_in(values: np.ndarray, wanted: np.ndarray) -> np.ndarray:
    """``np.isin(values, wanted)``, by one comparison per wanted value when there are at
    most :data:`FEW` of them."""
    wanted = np.asarray(wanted)
    if len(wanted) == 0 or len(wanted) > FEW:
        return np.asarray(np.isin(values, wanted))
    hit = values == wanted[0]
    for w in wanted[1:].tolist():
        hit |= values == w
    return np.asarray(hit, dtype=bool)


def days_between(later: np.ndarray, earlier: np.ndarray) -> np.ndarray:
    """Days from ``earlier`` to ``later`` as float64 (NaN where a date is missing)."""
    delta = later.astype("datetime64[ns]") - earlier.astype("datetime64[ns]")
    out = delta.astype("timedelta64[ns]").astype("int64").astype("float64") / 86_400e9
    out[np.isnat(delta)] = np.nan
    return np.asarray(out)
