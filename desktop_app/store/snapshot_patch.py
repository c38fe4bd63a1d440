"""Bring a loaded dataset up to date after a write of a few records, without a full read.

After the window saves a deal, lead or spend row, the store's ``Changes`` names the kind
and the ids written. :func:`patch_dataset` re-reads only those rows (and what follows from
them: a deal's stage history, activities linked to its external id, accounts the write
created) inside one read transaction and returns a new ``Dataset`` whose other frames are
the old ones, shared. Rows of a changed frame may come in another order than a full read
gives; the dataset contract allows any row order, and ``kpi_core`` builds its caches for
the new frames (``kpi_core.prepared`` notices replaced frames).

A write of another kind (settings, stages, rates, quotas, imports, undo of an import) or
of many records is not patched: :func:`patch_dataset` returns None and the caller loads
the dataset again.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pandas as pd

from desktop_app.store import loader
from desktop_app.store.changes import Changes
from desktop_app.store.kinds import KINDS, tables_of
from kpi_core._util import is_in, positions
from kpi_core.dataset import COLUMNS, Dataset
from kpi_core.prepared_update import RowMap, carry, carry_leads, find_rows
from kpi_core.room import appended

#: kinds whose records are patched in place, and the frames a write of them changes
PATCHABLE = {"deals", "leads", "spend"}
#: above this many ids a full load is simpler and about as fast
MAX_IDS = 1_000


def kind_of(changes: Changes) -> str | None:
    """The patchable kind a write was about (its ids are ``changes.ids``), else None.

    A write is patchable when it names ids and touched only the tables a write of one
    patchable kind may change (its own table, its lookups, a deal's stage history).
    """
    if not changes.ids or len(changes.ids) > MAX_IDS:
        return None
    found = [
        k
        for k in sorted(PATCHABLE)
        if KINDS[k].table in changes.tables and changes.tables <= tables_of(k)
    ]
    return found[0] if len(found) == 1 else None


def _fetch(
    conn: sqlite3.Connection, sql: str, params: Sequence[object] = ()
) -> dict[str, np.ndarray]:
    cur = conn.execute(sql, tuple(params))
    cols = [d[0] for d in cur.description]
    rows = cur.fetchall()
    table = np.empty((len(rows), len(cols)), dtype=object)
    if rows:
        table[:] = rows
    return {c: table[:, i] for i, c in enumerate(cols)}


def _names(conn: sqlite3.Connection) -> dict[str, np.ndarray]:
    """The small lookups in full; accounts are read by id where needed (see ``_rows``)."""
    return {
        t: loader._names_from(_fetch(conn, f"SELECT id, name FROM {t}"))
        for t in ("reps", "sources", "products")
    }


def _rows(
    conn: sqlite3.Connection,
    frame: str,
    where: str,
    params: Sequence[object],
    names: dict[str, np.ndarray],
) -> pd.DataFrame:
    """The frame's rows WHERE ``where``, converted exactly as the full read converts them."""
    raw = _fetch(conn, loader.select_sql(frame, where=where, dates_as_days=True), params)
    lookups = loader._LOOKUPS_OF[frame]
    account_ids = [
        int(i)
        for column, (_fk, table) in lookups.items()
        if table == "accounts"
        for i in raw[column]
        if i is not None
    ]
    if any(table == "accounts" for _fk, table in lookups.values()):
        marks = ",".join("?" * len(account_ids)) or "NULL"
        names = {
            **names,
            "accounts": loader._names_from(
                _fetch(conn, f"SELECT id, name FROM accounts WHERE id IN ({marks})", account_ids)
            ),
        }
    spec = COLUMNS[frame]
    columns = {c: loader._column(frame, c, k, raw[c], names, True) for c, k in spec.items()}
    return pd.DataFrame(columns, copy=False)


def _replace(
    old: pd.DataFrame, key: str, values: Sequence[object], new: pd.DataFrame
) -> pd.DataFrame:
    keep = old[~old[key].isin(list(values))]
    if not len(new):
        return keep.reset_index(drop=True)
    return pd.concat([keep, new.astype(old.dtypes.to_dict())], ignore_index=True)


def _same(a: np.ndarray, b: np.ndarray) -> bool:
    """Whether two short columns hold the same values (NaN, NaT and None equal themselves)."""
    if len(a) != len(b):
        return False
    if a.dtype.kind == "M" and b.dtype.kind == "M":
        return bool(
            np.array_equal(a.astype("datetime64[ns]"), b.astype("datetime64[ns]"), equal_nan=True)
        )
    if a.dtype.kind in "fiub" and b.dtype.kind in "fiub":
        return bool(np.array_equal(a, b, equal_nan=a.dtype.kind == "f" or b.dtype.kind == "f"))
    for x, y in zip(a.tolist(), b.tolist(), strict=True):
        if x is y or (type(x) is type(y) and x == y):
            continue
        if isinstance(x, float) and isinstance(y, float) and x != x and y != y:
            continue
        return False
    return True


def _column_of(values: np.ndarray, like: np.ndarray) -> np.ndarray:
    return values if values.dtype == like.dtype else values.astype(like.dtype)


def splice(
    old: pd.DataFrame, ids: Sequence[int], fresh: pd.DataFrame
) -> tuple[pd.DataFrame, RowMap]:
    """``old`` with the rows ``ids`` as in ``fresh`` (rows by ``id``): a row of ``fresh``
    replaces the old row in its place, an id ``fresh`` lacks is removed, a new id is
    appended (in id order, as a full read orders them). Columns whose values did not
    change are shared with ``old``, not copied."""
    wanted = np.unique(np.asarray(ids, dtype=np.int64))  # ascending: new rows in id order
    at = find_rows(old["id"].to_numpy(), wanted)
    fresh_at = positions(fresh["id"].to_numpy(), wanted)
    updated = (at >= 0) & (fresh_at >= 0)
    gone = at[(at >= 0) & (fresh_at < 0)]
    added = fresh_at[(at < 0) & (fresh_at >= 0)]
    keep = np.ones(len(old), dtype=bool)
    keep[gone] = False
    # where the rows written again are now (rows move up only when some are removed)
    written = at[updated] - np.searchsorted(np.sort(gone), at[updated])
    kept = len(old) - len(gone)
    dirty = np.sort(np.concatenate([written, kept + np.arange(len(added))]))
    columns = {}
    differ = set()
    for name in old.columns:
        col = old[name].to_numpy()
        values = fresh[name].to_numpy()
        new_values = values[fresh_at[updated]]
        changed = not _same(col[at[updated]], new_values)
        if len(added):  # the new rows after the kept ones: not copied when none changed
            tail = _column_of(values[added], col)
            if len(gone) or changed:
                out = np.concatenate([col[keep] if len(gone) else col, tail])
            else:
                out = appended(col, tail)
        else:
            out = col[keep] if len(gone) else (col.copy() if changed else col)
        if changed:  # never written into ``col``: ``out`` is a copy here
            differ.add(name)
            out[written] = _column_of(new_values, col)
        columns[name] = out
    row_map = RowMap(
        np.flatnonzero(keep) if len(gone) else None,
        len(added),
        dirty.astype(np.int64),
        len(old),
        frozenset(differ),
    )
    return pd.DataFrame(columns, copy=False), row_map


def splice_history(
    old: pd.DataFrame, ids: Sequence[int], fresh: pd.DataFrame
) -> tuple[pd.DataFrame, RowMap | None]:
    """The stage history with the rows of deals ``ids`` as in ``fresh`` (None: unchanged).

    When the old rows of those deals begin the fresh ones (a stage change adds a row),
    only the new rows are appended; otherwise the old rows go and the fresh ones are
    appended (in the order of their ids, as a full read has them).
    """
    hit = np.flatnonzero(is_in(old["deal_id"].to_numpy(), np.asarray(ids, dtype=np.int64)))
    n = len(hit)
    prefix = n <= len(fresh) and all(
        _same(old[c].to_numpy()[hit], fresh[c].to_numpy()[:n]) for c in old.columns
    )
    if prefix and n == len(fresh):
        return old, None
    keep = np.ones(len(old), dtype=bool)
    tail = fresh.iloc[n:] if prefix else fresh
    if not prefix:
        keep[hit] = False
    kept = int(keep.sum())
    columns = {}
    for name in old.columns:
        col = old[name].to_numpy()
        rows = _column_of(tail[name].to_numpy(), col)
        columns[name] = appended(col, rows) if prefix else np.concatenate([col[keep], rows])
    dirty = kept + np.arange(len(tail), dtype=np.int64)
    row_map = RowMap(None if prefix else np.flatnonzero(keep), len(tail), dirty, len(old))
    return pd.DataFrame(columns, copy=False), row_map


def _in(column: str, values: Sequence[object]) -> str:
    return f"{column} IN ({','.join('?' * len(values)) or 'NULL'})"


def patch_dataset(db_path: Path, dataset: Dataset, kind: str, ids: Sequence[int]) -> Dataset | None:
    """``dataset`` with the rows ``ids`` of ``kind`` as the database now holds them.

    None when the write is not one this patches (the caller loads in full). When
    ``dataset`` has kpi_core's prepared data, the patched dataset gets it too, brought up
    to date for the changed rows only (``kpi_core.prepared_update.carry``).
    """
    if kind not in PATCHABLE or not ids or len(ids) > MAX_IDS:
        return None
    ids = sorted({int(i) for i in ids})
    frames = {name: getattr(dataset, name) for name in COLUMNS}
    maps: dict[str, RowMap] = {}
    conn = sqlite3.connect(str(db_path), isolation_level=None)
    try:
        conn.execute("BEGIN")
        names = _names(conn)
        fresh = _rows(conn, kind, _in("id", ids), ids, names)
        old = frames[kind]
        if kind == "deals":
            at = find_rows(old["id"].to_numpy(), np.asarray(ids, dtype=np.int64))
            old_ext = old["external_id"].to_numpy(dtype=object)[at[at >= 0]]
            history = _rows(conn, "stage_history", _in("deal_id", ids), ids, names)
            frames["stage_history"], history_map = splice_history(
                frames["stage_history"], ids, history
            )
            if history_map is not None:
                maps["stage_history"] = history_map
            before = {e for e in old_ext.tolist() if isinstance(e, str)}
            linked = sorted(before | set(fresh["external_id"].dropna().tolist()))
            activities = frames["activities"]
            if linked and len(activities):
                touched = activities.loc[activities["deal_external_id"].isin(linked), "id"].tolist()
                if touched:
                    again = _rows(conn, "activities", _in("id", touched), touched, names)
                    frames["activities"] = _replace(activities, "id", touched, again)
        frames[kind], row_map = splice(old, ids, fresh)
        if kind == "deals":
            maps["deals"] = row_map
        elif kind == "leads":
            carry_leads(old, frames[kind], row_map)
        accounts = frames["accounts"]
        top = int(accounts["id"].max()) if len(accounts) else 0
        added = _rows(conn, "accounts", "id > ?", [top], names)
        if len(added):
            frames["accounts"] = pd.concat(
                [accounts, added.astype(accounts.dtypes.to_dict())], ignore_index=True
            )
            maps["accounts"] = RowMap(
                None, len(added), len(accounts) + np.arange(len(added)), len(accounts)
            )
    finally:
        conn.execute("COMMIT")
        conn.close()
    patched = Dataset(**frames)
    carry(dataset, patched, maps)
    return patched
