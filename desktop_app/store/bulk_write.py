"""The import's fast path: match prepared rows against a table and write them, in bulk.

Rows are matched on the kind's ``match_on`` field (``external_id`` of deals and leads, the
name of an account) where the file has one, else on ``content_hash``; stage history rows on
(deal, stage, day). Unchanged rows add nothing; changed rows are updated and their previous
values saved in ``import_changes``; new rows get the batch's ``batch_id``. A deal seen in a
new stage gets a ``stage_history`` row. Everything goes through the raw DB-API cursor of
the transaction's connection with ``executemany`` (no ORM object per row).

``import_changes.before_json`` holds, per touched row: the column -> value dict of an
updated row; ``null`` for a row the batch inserted outside its own table's ``batch_id``
(lookups, pipeline stages, settings); ``{"__deleted__": true, ...}`` for a row it deleted.

The stored fields of each kind come from ``desktop_app.store.kinds``; the whole import
runs in one transaction (:func:`desktop_app.store.import_batches.write_import`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd
from pandas.api.types import infer_dtype
from sqlalchemy import Connection

from desktop_app.store.kinds import KINDS
from desktop_app.store.lookups import ensure_ids

CHUNK = 20_000
#: an insert of at least this many rows, and of more rows than the table holds, drops the
#: table's indexes and stamp triggers and builds them again after (one sort per index
#: instead of one B-tree insert per row and index)
BULK_ROWS = 50_000


def raw_cursor(conn: Connection) -> Any:
    """The sqlite3 cursor of ``conn``'s transaction (on a team database, psycopg's cursor
    answering like sqlite3's: ``desktop_app.store.pg_bulk``)."""
    driver = conn.connection.driver_connection
    if driver is None:
        raise RuntimeError("the connection is closed")
    if conn.dialect.name == "postgresql":
        from desktop_app.store.pg_bulk import PgCursor

        return PgCursor(driver)
    return driver.cursor()


def _iso(v: object) -> object:
    if v is None or (isinstance(v, float) and v != v):
        return None
    if isinstance(v, dt.datetime):
        return v.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(v, dt.date):
        return v.isoformat()
    if isinstance(v, np.generic):
        return v.item()
    return v


def now_text() -> str:
    """The current UTC time as SQLAlchemy writes a ``DateTime`` to SQLite."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")


def _map_unique(series: pd.Series, fn: Callable[[object], object]) -> pd.Series:
    """``series.map(fn)`` computed once per distinct value (missing values stay None)."""
    codes, uniques = pd.factorize(series, use_na_sentinel=True)
    table = np.empty(len(uniques) + 1, dtype=object)
    table[:-1] = [fn(u) for u in uniques]
    table[-1] = None
    return pd.Series(table[codes], index=series.index, dtype=object)


def count_rows(conn: Connection, table: str) -> int:
    return int(raw_cursor(conn).execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])


def record_change(conn: Connection, batch_id: int, table: str, row_id: int, before: object) -> None:
    raw_cursor(conn).execute(
        "INSERT INTO import_changes (batch_id, table_name, row_id, before_json) VALUES (?,?,?,?)",
        (batch_id, table, row_id, json.dumps(before, ensure_ascii=False)),
    )


@dataclass
class Plan:
    """Which prepared rows are new, changed (with the id they update) or already there."""

    new: np.ndarray
    changed: np.ndarray
    unchanged: np.ndarray
    target_id: np.ndarray  # existing row id per prepared row, -1 for new rows
    repeated: pd.Series  # rows rejected because their record id repeats later in the file
    #: rows rejected because the deal they name is not in the workspace (stage history)
    unknown_deal: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=bool))
    #: the deal row id of each prepared stage-history row (-1 when unknown)
    deal_id: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))


def _deal_ids(conn: Connection, external_ids: pd.Series) -> np.ndarray:
    """The newest deal row id per external id, -1 when no deal has it."""
    latest: dict[str, int] = {}
    for ext, rid in raw_cursor(conn).execute(
        "SELECT external_id, id FROM deals WHERE external_id IS NOT NULL ORDER BY id"
    ):
        latest[str(ext)] = int(rid)
    found = _map_unique(external_ids, lambda x: latest.get(str(x).strip(), -1))
    return np.asarray(found.where(found.notna(), -1).to_numpy(dtype=np.int64))


def _plan_history(conn: Connection, frame: pd.DataFrame) -> Plan:
    """Stage history rows: new unless the deal already entered that stage that day."""
    n = len(frame)
    deal_id = _deal_ids(conn, frame["deal_external_id"]) if n else np.zeros(0, dtype=np.int64)
    unknown = deal_id < 0
    existing = {
        (int(d), str(s), str(e)[:10])
        for d, s, e in raw_cursor(conn).execute(
            "SELECT deal_id, stage, entered_on FROM stage_history"
        )
    }
    days = [str(_iso(v))[:10] for v in frame["entered_on"].tolist()] if n else []
    there = np.array(
        [
            (int(d), str(s), e) in existing
            for d, s, e in zip(deal_id, frame["stage"], days, strict=True)
        ],
        dtype=bool,
    )
    same = there & ~unknown
    none = np.zeros(n, dtype=bool)
    return Plan(
        ~unknown & ~same,
        none,
        same,
        np.full(n, -1, dtype=np.int64),
        pd.Series(none.copy()),
        unknown,
        deal_id,
    )


def plan(conn: Connection, kind: str, frame: pd.DataFrame) -> Plan:
    """Match ``frame`` against the table (read only)."""
    if kind == "stage_history":
        return _plan_history(conn, frame)
    n = len(frame)
    target = np.full(n, -1, dtype=np.int64)
    same = np.zeros(n, dtype=bool)
    repeated = pd.Series(np.zeros(n, dtype=bool))
    cur = raw_cursor(conn)
    key = KINDS[kind].match_on
    table = KINDS[kind].table
    hashes_in = frame["content_hash"] if n else pd.Series(dtype=object)
    if key is not None and n:
        ids = frame[key].astype(object)
        has = ids.notna().to_numpy()
        repeated = (ids.duplicated(keep="last") & ids.notna()).reset_index(drop=True)
        existing_id: dict[str, int] = {}
        existing_hash: dict[str, str | None] = {}
        if kind == "accounts":
            sql = "SELECT name, id, created_on, churned_on FROM accounts"
            for row in cur.execute(sql):
                text = "\x1f".join(str(v) for v in (row[0], row[2], row[3]))
                existing_id[str(row[0])] = row[1]
                existing_hash[str(row[0])] = hashlib.sha1(text.encode("utf-8")).hexdigest()
        else:
            for row in cur.execute(
                f"SELECT {key}, id, content_hash FROM {table} "
                f"WHERE {key} IS NOT NULL ORDER BY id DESC"
            ):
                existing_id[str(row[0])] = row[1]
                existing_hash[str(row[0])] = row[2]
        if existing_id:
            keys = ids.map(lambda x: str(x) if x is not None else None)
            found = keys.map(existing_id)
            hit = found.notna().to_numpy() & has
            target[hit] = found[hit].astype(np.int64).to_numpy()
            same = hit & (
                keys.map(existing_hash).to_numpy(dtype=object) == hashes_in.to_numpy(dtype=object)
            )
    else:
        has = np.zeros(n, dtype=bool)
    rest = np.flatnonzero(~has)
    if len(rest):
        hashes: dict[str, int] = {}
        for h, rid in cur.execute(
            f"SELECT content_hash, id FROM {table} WHERE content_hash IS NOT NULL ORDER BY id DESC"
        ):
            hashes[h] = rid
        if hashes:
            found = hashes_in.iloc[rest].map(hashes)
            ok = found.notna().to_numpy()
            target[rest[ok]] = found[ok].astype(np.int64).to_numpy()
            same[rest[ok]] = True
    rep = repeated.to_numpy(dtype=bool)
    new = (target < 0) & ~rep
    changed = (target >= 0) & ~same & ~rep
    unchanged = (target >= 0) & same & ~rep
    # a content-hash repeat inside the file of a new row is a duplicate, insert it once
    return Plan(new, changed, unchanged, target, repeated)


def _lookup_ids(
    conn: Connection, batch_id: int | None, table: str, names: pd.Series
) -> dict[str, int]:
    wanted = [n for n in pd.unique(names.dropna()) if str(n).strip()]
    if not wanted:
        return {}
    cur = raw_cursor(conn)
    before: set[str] = set()
    for i in range(0, len(wanted), 500):
        part = wanted[i : i + 500]
        q = f"SELECT name FROM {table} WHERE name IN ({','.join('?' * len(part))})"
        before.update(r[0] for r in cur.execute(q, part))
    ids = ensure_ids(conn, table, wanted)
    if batch_id is not None:
        cur.executemany(
            "INSERT INTO import_changes (batch_id, table_name, row_id, before_json) "
            "VALUES (?,?,?,'null')",
            [(batch_id, table, rid) for name, rid in ids.items() if name not in before],
        )
    return ids


def _db_columns(kind: str, frame: pd.DataFrame, conn: Connection, batch_id: int) -> pd.DataFrame:
    """The table's columns for ``frame``: lookups as ids, dates as ISO text."""
    out = pd.DataFrame(index=frame.index)
    for f in KINDS[kind].fields:
        col = frame[f.name]
        if f.type == "lookup":  # each distinct name looked up once
            codes, uniques = pd.factorize(col, use_na_sentinel=True)
            ids = _lookup_ids(conn, batch_id, str(f.lookup), pd.Series(uniques, dtype=object))
            table = np.empty(len(uniques) + 1, dtype=object)
            table[:-1] = [_id_of(ids, u) for u in uniques]
            table[-1] = None
            out[f.column] = pd.Series(table[codes], index=frame.index, dtype=object)
        elif f.type == "deal":
            out[f.column] = frame["_deal_id"]
        else:
            out[f.name] = col
    if "content_hash" in frame and kind != "stage_history":
        out["content_hash"] = frame["content_hash"]
    return out


def _id_of(ids: dict[str, int], name: object) -> int | None:
    """The id of a lookup's name (surrounding spaces ignored), None when unknown."""
    return ids.get(str(name).strip())


def _first_value(arr: np.ndarray) -> tuple[bool, object]:
    """``(True, the first value that is not missing)``, else ``(False, None)``.

    Looks at the first rows one by one (a filled column answers at once), then at the rest
    in one vectorised pass; only an empty column is read to its end.
    """
    for v in arr[:64]:
        if not pd.isna(v):
            return True, v
    present = np.flatnonzero(~pd.isna(arr[64:]))
    return (True, arr[64 + int(present[0])]) if len(present) else (False, None)


def _column_values(col: pd.Series) -> np.ndarray:
    """Python values for sqlite3 (dates as ISO text, NaN as None), each distinct one once."""
    n = len(col)
    if col.dtype == object:
        arr = col.to_numpy(dtype=object)
        found, first = _first_value(arr)
        if not found:
            return np.full(n, None, dtype=object)
        if isinstance(first, float):
            missing = pd.isna(arr)
            if infer_dtype(arr[~missing], skipna=False) == "floating":
                # numbers (amounts): ``_iso`` of each is the same Python float; missing: None
                out = arr.astype(float).astype(object)
                out[missing] = None
                return np.asarray(out)
        if not isinstance(first, (dt.date, np.generic, float)):
            missing = pd.isna(arr)
            if missing.any():  # NaN (or NaT, NA) as None
                arr = arr.copy()
                arr[missing] = None
            return np.asarray(arr)
        codes, uniques = pd.factorize(col, use_na_sentinel=True)
        table = np.empty(len(uniques) + 1, dtype=object)
        table[:-1] = [_iso(u) for u in uniques]
        table[-1] = None
        return np.asarray(table[codes])
    if col.dtype.kind == "f":
        return np.asarray(col.astype(object).where(col.notna(), None).to_numpy(dtype=object))
    if col.dtype.kind in "iub":
        return np.asarray(col.to_numpy())
    out = np.empty(n, dtype=object)
    out[:] = [_iso(v) for v in col.tolist()]
    return out


def _chunks(
    frame: pd.DataFrame, size: int = CHUNK
) -> Iterator[tuple[int, Iterator[tuple[Any, ...]]]]:
    """``(end, rows)`` of ``frame`` in chunks, built from whole-column arrays (no frame copy).

    ``rows`` is an iterator for ``executemany``: a ``zip`` of the chunk's column lists, whose
    row tuple is reused once ``executemany`` has bound it (no tuple per row kept)."""
    cols = [_column_values(frame[c]) for c in frame.columns]
    for start in range(0, len(frame), size):
        stop = min(start + size, len(frame))
        yield stop, zip(*(c[start:stop].tolist() for c in cols), strict=True)


@contextlib.contextmanager
def _indexes_dropped(conn: Connection, table: str, rows: int) -> Iterator[None]:
    """Drop ``table``'s indexes around a large insert and rebuild them (same transaction).

    The triggers that change the dataset stamp on every row (migration 0003) are dropped
    too, and the stamp changed once at the end: one UPDATE instead of one per row.
    """
    cur = raw_cursor(conn)
    existing = count_rows(conn, table)
    if rows < BULK_ROWS or rows < existing:
        yield
        return
    idx = cur.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE tbl_name = ? AND sql IS NOT NULL "
        "AND (type = 'index' OR (type = 'trigger' AND name LIKE 'dataset_stamp_%'))",
        (table,),
    ).fetchall()
    for kind, name, _sql in idx:
        cur.execute(f'DROP {kind.upper()} "{name}"')
    yield
    for _kind, _name, sql in idx:
        cur.execute(sql)
    if any(kind == "trigger" for kind, _name, _sql in idx):
        cur.execute("UPDATE dataset_stamp SET stamp = random() WHERE id = 1")


def write(
    conn: Connection,
    kind: str,
    frame: pd.DataFrame,
    pl: Plan,
    batch_id: int,
    today: dt.date,
    progress: Callable[[float], None] | None = None,
) -> None:
    """Insert the new rows, update the changed ones, add stage history for deals."""
    cur = raw_cursor(conn)
    table = KINDS[kind].table
    if kind == "stage_history":
        frame = frame.assign(_deal_id=pl.deal_id)
    new = frame if pl.new.all() else frame[pl.new]
    if len(new):
        db = _db_columns(kind, new, conn, batch_id)
        if kind == "accounts":
            db = db.drop(columns=["content_hash"])
        # no value in any row: left to the column's default; batch constants: in the statement
        defaults = {r[1]: r[4] for r in cur.execute(f"PRAGMA table_info({table})")}
        empty = [
            c
            for c in db.columns
            if defaults.get(c) is None and not _first_value(db[c].to_numpy(dtype=object))[0]
        ]
        db = db.drop(columns=empty)
        consts = {"batch_id": str(int(batch_id))}
        if kind == "deals":
            consts["updated_at"] = f"'{now_text()}'"
        names = list(db.columns)
        sql = (
            f"INSERT INTO {table} ({', '.join([*names, *consts])}) "
            f"VALUES ({', '.join(['?'] * len(names) + list(consts.values()))})"
        )
        total = max(len(db), 1)
        with _indexes_dropped(conn, table, len(db)):
            for stop, rows in _chunks(db, CHUNK):
                cur.executemany(sql, rows)
                if progress:
                    progress(stop / total)
        if kind == "deals":
            _first_history(conn, new, batch_id)
    changed = frame[pl.changed]
    if len(changed):
        _update(conn, kind, changed, pl.target_id[pl.changed], batch_id, today)


def _first_history(conn: Connection, new: pd.DataFrame, batch_id: int) -> None:
    """New deals whose file says when they entered their stage get that history row."""
    known = new["stage"].notna() & new["stage_changed_on"].notna()
    if not known.any():
        return
    cur = raw_cursor(conn)
    ids = [
        r[0]
        for r in cur.execute("SELECT id FROM deals WHERE batch_id = ? ORDER BY id", (batch_id,))
    ]
    rows = [
        (rid, st, _iso(on), batch_id)
        for rid, st, on, k in zip(
            ids,
            new["stage"].tolist(),
            new["stage_changed_on"].tolist(),
            known.tolist(),
            strict=True,
        )
        if k
    ]
    cur.executemany(
        "INSERT INTO stage_history (deal_id, stage, entered_on, batch_id) VALUES (?,?,?,?)", rows
    )


def _update(
    conn: Connection,
    kind: str,
    rows: pd.DataFrame,
    ids: np.ndarray,
    batch_id: int,
    today: dt.date,
) -> None:
    cur = raw_cursor(conn)
    table = KINDS[kind].table
    db = _db_columns(kind, rows, conn, batch_id)
    if kind == "accounts":
        db = db.drop(columns=["content_hash", "name"])
    if kind == "deals":
        db["updated_at"] = now_text()
    names = list(db.columns)
    id_list = [int(i) for i in ids]
    before: dict[int, dict[str, Any]] = {}
    for i in range(0, len(id_list), 500):
        part = id_list[i : i + 500]
        res = cur.execute(f"SELECT * FROM {table} WHERE id IN ({','.join('?' * len(part))})", part)
        cols = [d[0] for d in res.description]
        for r in res.fetchall():
            before[r[0]] = dict(zip(cols, r, strict=True))
    cur.executemany(
        "INSERT INTO import_changes (batch_id, table_name, row_id, before_json) VALUES (?,?,?,?)",
        [(batch_id, table, rid, json.dumps(before[rid], ensure_ascii=False)) for rid in id_list],
    )
    sets = ", ".join(f"{c} = ?" for c in names)
    values = zip(*(_column_values(db[c]).tolist() for c in names), strict=True)
    data = [(*t, rid) for t, rid in zip(values, id_list, strict=True)]
    cur.executemany(f"UPDATE {table} SET {sets} WHERE id = ?", data)
    if kind != "deals":
        return
    hist: list[tuple[Any, ...]] = []
    has_hist = {r[0] for r in cur.execute("SELECT DISTINCT deal_id FROM stage_history")}
    stage_on = rows["stage_changed_on"].tolist()
    for rid, new_stage, when in zip(id_list, rows["stage"].tolist(), stage_on, strict=True):
        old = before[rid].get("stage")
        if not new_stage or new_stage == old:
            continue
        entered = _iso(when) or today.isoformat()
        if old and rid not in has_hist:
            start = before[rid].get("created_on") or str(before[rid].get("updated_at"))[:10]
            hist.append((rid, old, min(str(start), str(entered)), batch_id))
        hist.append((rid, new_stage, entered, batch_id))
    if hist:
        cur.executemany(
            "INSERT INTO stage_history (deal_id, stage, entered_on, batch_id) VALUES (?,?,?,?)",
            hist,
        )


def set_base_currency_if_new(conn: Connection, batch_id: int, currency: str | None) -> bool:
    """Give a workspace without a base currency the first deal's currency; True if set."""
    cur = raw_cursor(conn)
    if cur.execute("SELECT 1 FROM settings WHERE key = 'base_currency'").fetchone():
        return False
    cur.execute(
        "INSERT INTO settings (key, value) VALUES ('base_currency', ?)",
        (json.dumps(currency or "USD"),),
    )
    record_change(conn, batch_id, "settings", 0, {"__setting__": "base_currency"})
    return True


def adopt_pipeline(conn: Connection, batch_id: int, stages: list[tuple[str, float]]) -> None:
    """Replace the workspace pipeline by the CRM's open stages, probabilities in percent
    as the ``pipeline_stages`` table stores them (empty workspaces only)."""
    cur = raw_cursor(conn)
    res = cur.execute("SELECT * FROM pipeline_stages")
    cols = [d[0] for d in res.description]
    for r in res.fetchall():
        row = dict(zip(cols, r, strict=True))
        record_change(conn, batch_id, "pipeline_stages", row["id"], {"__deleted__": True, **row})
    cur.execute("DELETE FROM pipeline_stages")
    for pos, (name, prob) in enumerate(stages):
        cur.execute(
            "INSERT INTO pipeline_stages (name, position, probability) VALUES (?,?,?)",
            (name, pos, prob),
        )
        record_change(conn, batch_id, "pipeline_stages", cur.lastrowid, None)
