"""A columnar snapshot of the loaded dataset, kept beside the database file.

Reading a million deals row by row through sqlite3 takes tens of seconds; reading the same
frames back from a pickle of their columns takes a second or two. The snapshot is a file
next to the database (``<database file name>-dataset.snapshot``) holding:

* one header line of JSON: the format, the schema revision, a fingerprint of the dataset
  contract (``kpi_core.dataset.COLUMNS``) and the database's ``dataset_stamp``;
* a pickle of the frames' columns (text with repeated values as codes into its distinct
  values, which reads back several times faster). A name that two frames hold (an
  account's name in the accounts, the deals, the leads and the NPS answers; a deal's CRM id
  in the deals and in the leads and activities linked to it) is written as one string
  object, so the frames read back share it: one object per name instead of one per frame
  (about 30 MB less at a million deals). Pickle writes an object met twice once.

The ``dataset_stamp`` is a random number (one row of the table of that name) the database changes in the same transaction as
every insert, update or delete of a table the dataset is read from (triggers, migration
0003). A snapshot is used only when its stamp, revision and fingerprint are those of the
database at the moment of the load *and* every trigger is in place, all read inside the
read transaction the load would use; anything else (no stamp, a missing trigger, a damaged
or foreign file) means a full read from the database, after which the snapshot is written
again. The file is written to a temporary name and moved into place (``os.replace``), so a
reader sees the old file or the new one, never half of one.

The snapshot lives in the workspace's own folder and is read only by Dealbook: it is as
trusted as the database beside it (a pickle runs code when read; so does any file a user
lets another person replace in that folder).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import pickle
import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from kpi_core.dataset import COLUMNS, Dataset
from kpi_core.prepared_update import with_room

log = logging.getLogger(__name__)

#: the format; a file of another version is not read (the next load writes it again).
#: Version 3: names shared between frames (the same values as version 2).
MAGIC = b"DEALBOOK-DATASET-SNAPSHOT 3\n"
#: tables whose triggers keep ``dataset_stamp`` current (migration 0003)
STAMPED_TABLES = (
    "deals",
    "stage_history",
    "leads",
    "spend",
    "nps",
    "quotas",
    "forecasts",
    "accounts",
    "rates",
    "activities",
    "reps",
    "sources",
    "products",
)
_TRIGGERS = len(STAMPED_TABLES) * 3
#: below this many rows in all frames together a full read is as fast as the snapshot
MIN_ROWS = 20_000
#: the contract the pickled frames follow
FINGERPRINT = hashlib.sha256(json.dumps(COLUMNS, sort_keys=True).encode()).hexdigest()[:16]


def snapshot_path(db_path: Path) -> Path:
    """Where the snapshot of the database at ``db_path`` is kept."""
    return db_path.with_name(db_path.name + "-dataset.snapshot")


def read_key(conn: sqlite3.Connection) -> dict[str, Any] | None:
    """What a snapshot must match to stand for the database now, or None if nothing can.

    Call it inside the read transaction the load uses, so the key and the rows agree.
    """
    try:
        stamp = conn.execute("SELECT stamp FROM dataset_stamp WHERE id = 1").fetchone()
        triggers = conn.execute(
            "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'dataset_stamp_%'"
        ).fetchone()[0]
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        return None
    if stamp is None or stamp[0] is None or triggers != _TRIGGERS or revision is None:
        return None
    return {
        "format": 1,
        "stamp": str(stamp[0]),
        "revision": str(revision[0]),
        "contract": FINGERPRINT,
    }


#: text columns whose values are mostly values of another frame's column: their distinct
#: values are written as that column's objects where equal (see the module docstring)
SHARED = {
    ("deals", "account"): ("accounts", "name"),
    ("leads", "account"): ("accounts", "name"),
    ("nps", "account"): ("accounts", "name"),
    ("activities", "account"): ("accounts", "name"),
    ("leads", "deal_external_id"): ("deals", "external_id"),
    ("activities", "deal_external_id"): ("deals", "external_id"),
}


def share(values: np.ndarray, source: np.ndarray) -> np.ndarray:
    """``values`` with each string that ``source`` holds replaced by the source's object
    for it (its first row's): equal strings, so the values do not change, only which
    object holds them; anything else (None, a number) stays as it is.

    The hash table is built over the distinct ``values`` and ``source`` only looked up in
    it: the source can be the million CRM ids of the deals without a table of them.
    """
    codes, uniques = pd.factorize(values)
    uniques = np.asarray(uniques, dtype=object)
    if not len(uniques) or not len(source):
        return values
    hit = pd.Index(uniques, dtype=object).get_indexer(source)
    rows = np.flatnonzero(hit >= 0)
    if not len(rows):
        return values
    targets, first = np.unique(hit[rows], return_index=True)  # a value's first source row
    found = source[rows[first]]
    same = np.fromiter(
        (type(a) is str and type(b) is str for a, b in zip(found, uniques[targets], strict=True)),
        dtype=bool,
        count=len(targets),
    )
    canon = uniques.copy()
    canon[targets[same]] = found[same]
    replaced = np.zeros(len(uniques) + 1, dtype=bool)  # the last slot: code -1
    replaced[targets[same]] = True
    at = np.flatnonzero(replaced[codes])  # rows equal to a string: strings themselves
    out = values.copy()
    out[at] = canon[codes[at]]
    return out


#: rows of a text column looked at first: mostly distinct there, the column is written as
#: it is (factorising two million distinct names only to find them distinct took seconds)
_PROBE_ROWS = 10_000


def _repeats(values: np.ndarray) -> bool:
    """Whether ``values`` may repeat enough to be written as codes (see :data:`_PROBE_ROWS`)."""
    if len(values) <= 2 * _PROBE_ROWS:
        return True
    return len(pd.unique(values[:_PROBE_ROWS])) * 2 < _PROBE_ROWS


def _encode(frame: pd.DataFrame, pools: dict[str, np.ndarray] | None = None) -> dict[str, Any]:
    """Columns to store: text with repeated values as (codes, distinct values), the rest as is.

    Unpickling one string object per distinct value and a ``take`` is much faster than
    unpickling a reference per row (an account column of two million rows, say). A column
    in ``pools`` holds the pool's objects where equal (:func:`share`).
    """
    out: dict[str, Any] = {}
    for name in frame.columns:
        values = frame[name].to_numpy()
        if values.dtype == object and len(values) and _repeats(values):
            codes, uniques = pd.factorize(values)
            if len(uniques) * 2 < len(values):
                uniques = np.asarray(uniques, dtype=object)
                if pools and name in pools:
                    uniques = share(uniques, pools[name])
                table = np.append(uniques, np.array([None], dtype=object))
                out[name] = ("codes", codes.astype(np.int32), table)
                continue
        if values.dtype == object and pools and name in pools:  # mostly distinct values
            values = share(values, pools[name])
        out[name] = ("values", values)
    return out


def _decode(columns: dict[str, Any]) -> pd.DataFrame:
    """The frame of stored ``columns``, emptying the dict as it goes (each column's codes
    are freed once decoded: less memory at the peak of a load)."""
    out = {}
    for name in list(columns):
        stored = columns.pop(name)
        if stored[0] == "codes":
            # code -1 takes the appended None; the column made with room after it, so that
            # a row added by an edit (snapshot_patch) is written there, not copied with it
            codes, table = stored[1], stored[2]
            if len(codes) and (codes.min() < -1 or codes.max() >= len(table)):
                raise ValueError(f"codes out of range in column {name}")  # a damaged file
            out[name] = with_room(len(codes), table.dtype)
            np.take(table, codes, out=out[name], mode="wrap")  # in range: as take(codes)
            del codes, table
        else:
            out[name] = stored[1]
        del stored
    return pd.DataFrame(out, copy=False)


def read(path: Path, key: dict[str, Any]) -> Dataset | None:
    """The dataset in the snapshot at ``path`` if its key is ``key``, else None.

    A missing, foreign, stale or damaged file gives None (the caller reads the database).
    """
    try:
        with path.open("rb") as fh:
            if fh.readline() != MAGIC:
                return None
            if json.loads(fh.readline()) != key:
                return None
            stored = pickle.load(fh)  # noqa: S301 - Dealbook's own file, see the docstring
        if not isinstance(stored, dict) or set(stored) != set(COLUMNS):
            return None
        frames = {name: _decode(stored.pop(name)) for name in list(stored)}
        for name, columns in COLUMNS.items():
            frame = frames[name]
            if not isinstance(frame, pd.DataFrame) or list(frame.columns) != list(columns):
                return None
        return Dataset(**frames)
    except FileNotFoundError:
        return None
    except Exception:  # noqa: BLE001 - a damaged snapshot is ignored and written again
        log.warning("ignoring the unreadable dataset snapshot %s", path, exc_info=True)
        return None


def write(path: Path, key: dict[str, Any], dataset: Dataset) -> bool:
    """Write ``dataset`` with ``key`` to ``path`` atomically; False if the folder refuses."""
    frames = {}
    for name in COLUMNS:
        pools = {
            column: getattr(dataset, source)[source_column].to_numpy(dtype=object)
            for (frame, column), (source, source_column) in SHARED.items()
            if frame == name
        }
        frames[name] = _encode(getattr(dataset, name), pools)
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as fh:
            fh.write(MAGIC)
            fh.write(json.dumps(key, sort_keys=True).encode() + b"\n")
            pickle.dump(frames, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        tmp = None
        return True
    except OSError:
        log.warning("could not write the dataset snapshot %s", path, exc_info=True)
        return False
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def discard(db_path: Path) -> None:
    """Remove the snapshot of ``db_path`` (nothing happens when there is none)."""
    with contextlib.suppress(OSError):
        snapshot_path(db_path).unlink()


def load(
    db_path: Path,
    build: Callable[[sqlite3.Connection], Dataset],
    *,
    min_rows: int | None = None,
) -> Dataset:
    """The dataset of the SQLite file ``db_path``: from the snapshot when it is current.

    ``build(conn)`` reads the dataset from the database on ``conn``; it runs inside the same
    read transaction as the key, so the snapshot written after it is exactly that state.
    The snapshot is written when the frames hold at least ``min_rows`` rows (default
    :data:`MIN_ROWS`).
    """
    conn = sqlite3.connect(str(db_path), isolation_level=None)
    try:
        conn.execute("BEGIN")  # one read transaction: key and rows of the same state
        key = read_key(conn)
        target = snapshot_path(db_path)
        if key is not None:
            cached = read(target, key)
            if cached is not None:
                return cached
        dataset = build(conn)
    finally:
        with contextlib.suppress(sqlite3.Error):
            conn.execute("COMMIT")
        conn.close()
    rows = sum(len(getattr(dataset, name)) for name in COLUMNS)
    if key is not None and rows >= (MIN_ROWS if min_rows is None else min_rows):
        write(target, key, dataset)
    return dataset
