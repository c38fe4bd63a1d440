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
from kpi_core.dataset import COLUMNS, Dataset

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


def _in(column: str, values: Sequence[object]) -> str:
    return f"{column} IN ({','.join('?' * len(values)) or 'NULL'})"


def patch_dataset(db_path: Path, dataset: Dataset, kind: str, ids: Sequence[int]) -> Dataset | None:
    """``dataset`` with the rows ``ids`` of ``kind`` as the database now holds them.

    None when the write is not one this patches (the caller loads in full).
    """
    if kind not in PATCHABLE or not ids or len(ids) > MAX_IDS:
        return None
    ids = sorted({int(i) for i in ids})
    frames = {name: getattr(dataset, name) for name in COLUMNS}
    conn = sqlite3.connect(str(db_path), isolation_level=None)
    try:
        conn.execute("BEGIN")
        names = _names(conn)
        fresh = _rows(conn, kind, _in("id", ids), ids, names)
        old = frames[kind]
        if kind == "deals":
            old_ext = old.loc[old["id"].isin(ids), "external_id"].dropna().tolist()
            history = _rows(conn, "stage_history", _in("deal_id", ids), ids, names)
            frames["stage_history"] = _replace(frames["stage_history"], "deal_id", ids, history)
            linked = sorted(set(old_ext) | set(fresh["external_id"].dropna().tolist()))
            activities = frames["activities"]
            if linked and len(activities):
                touched = activities.loc[activities["deal_external_id"].isin(linked), "id"].tolist()
                if touched:
                    again = _rows(conn, "activities", _in("id", touched), touched, names)
                    frames["activities"] = _replace(activities, "id", touched, again)
        frames[kind] = _replace(old, "id", ids, fresh)
        accounts = frames["accounts"]
        top = int(accounts["id"].max()) if len(accounts) else 0
        added = _rows(conn, "accounts", "id > ?", [top], names)
        if len(added):
            frames["accounts"] = pd.concat(
                [accounts, added.astype(accounts.dtypes.to_dict())], ignore_index=True
            )
    finally:
        conn.execute("COMMIT")
        conn.close()
    return Dataset(**frames)
