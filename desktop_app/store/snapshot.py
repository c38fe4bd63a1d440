"""A columnar snapshot of the loaded dataset, kept beside the database file.

Reading a million deals row by row through sqlite3 takes tens of seconds; reading the same
frames back from a pickle of their columns takes a second or two. The snapshot is a file
next to the database (``<database file name>-dataset.snapshot``) holding:

* one header line of JSON: the format, the schema revision, a fingerprint of the dataset
  contract (``kpi_core.dataset.COLUMNS``) and the database's ``dataset_stamp``;
* a pickle of the frames' columns (text with repeated values as codes into its distinct
  values, which reads back several times faster). A name that two frames hold (an
  account's name in the accounts, the deals, the leads and the NPS answers; a deal's CRM id
  in the deals and in the leads and activities linked to it) is written once, in the frame
  it comes from, and elsewhere as the row holding it: the frames read back share one string
  object per name instead of one per frame (about 30 MB less at a million deals). The
  pickle is written without its memo (fast mode): nothing in it refers to itself.

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
from kpi_core.room import with_room

log = logging.getLogger(__name__)

#: the format; a file of another version is not read (the next load writes it again).
#: Version 3: names shared between frames (the same values as version 2). Version 4: a
#: shared name written as a row of the column it comes from, no pickle memo.
MAGIC = b"DEALBOOK-DATASET-SNAPSHOT 4\n"
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


#: text columns whose values are mostly values of another frame's column: written as rows
#: of that column (see the module docstring); the source frames are read back first
SHARED = {
    ("deals", "account"): ("accounts", "name"),
    ("leads", "account"): ("accounts", "name"),
    ("nps", "account"): ("accounts", "name"),
    ("activities", "account"): ("accounts", "name"),
    ("leads", "deal_external_id"): ("deals", "external_id"),
    ("activities", "deal_external_id"): ("deals", "external_id"),
}
#: frames read back before the others (the sources of :data:`SHARED`, each after its own)
_FIRST = ("accounts", "deals")


def refer(values: np.ndarray, source: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``values`` as ``(codes, extra)``: a code below ``len(source)`` is the row of
    ``source`` holding that string (its first such row), a larger one the row of ``extra``
    at ``code - len(source)`` (a value no source row holds as a string), -1 None.

    ``np.concatenate([source, extra, [None]]).take(codes)`` gives ``values`` back, with the
    source's own objects for its strings. The hash table is built over the distinct
    ``values`` and ``source`` only looked up in it: the source can be the million CRM ids of
    the deals without a table of them.
    """
    codes, uniques = pd.factorize(values)
    uniques = np.asarray(uniques, dtype=object)
    where = np.full(len(uniques), -1, dtype=np.int64)  # each distinct value's source row
    if len(uniques) and len(source):
        hit = pd.Index(uniques, dtype=object).get_indexer(source)
        rows = np.flatnonzero(hit >= 0)
        targets, first = np.unique(hit[rows], return_index=True)  # a value's first row
        found = rows[first]
        same = np.fromiter(
            (
                type(a) is str and type(b) is str
                for a, b in zip(source[found], uniques[targets], strict=True)
            ),
            dtype=bool,
            count=len(targets),
        )
        where[targets[same]] = found[same]
    missing = np.flatnonzero(where < 0)
    where[missing] = len(source) + np.arange(len(missing))
    return np.append(where, -1)[codes].astype(np.int32), uniques[missing]


#: rows of a text column looked at first: mostly distinct there, the column is written as
#: it is (factorising two million distinct names only to find them distinct took seconds)
_PROBE_ROWS = 10_000


def _repeats(values: np.ndarray) -> bool:
    """Whether ``values`` may repeat enough to be written as codes (see :data:`_PROBE_ROWS`)."""
    if len(values) <= 2 * _PROBE_ROWS:
        return True
    return len(pd.unique(values[:_PROBE_ROWS])) * 2 < _PROBE_ROWS


def _encode(
    frame: pd.DataFrame, sources: dict[str, tuple[str, str, np.ndarray]] | None = None
) -> dict[str, Any]:
    """Columns to store: text with repeated values as (codes, distinct values), a column of
    ``sources`` (column -> source frame, column and values) as rows of its source
    (:func:`refer`), the rest as is.

    Unpickling one string object per distinct value and a ``take`` is much faster than
    unpickling a reference per row (an account column of two million rows, say).
    """
    out: dict[str, Any] = {}
    for name in frame.columns:
        values = frame[name].to_numpy()
        if values.dtype == object and sources and name in sources:
            source_frame, source_column, source = sources[name]
            codes, extra = refer(values, source)
            out[name] = ("rows", source_frame, source_column, codes, extra)
            continue
        if values.dtype == object and len(values) and _repeats(values):
            codes, uniques = pd.factorize(values)
            if len(uniques) * 2 < len(values):
                table = np.append(np.asarray(uniques, dtype=object), np.array([None], dtype=object))
                out[name] = ("codes", codes.astype(np.int32), table)
                continue
        out[name] = ("values", values)
    return out


def _decode(columns: dict[str, Any], done: dict[str, pd.DataFrame] | None = None) -> pd.DataFrame:
    """The frame of stored ``columns``, emptying the dict as it goes (each column's codes
    are freed once decoded: less memory at the peak of a load); ``done``: the frames read
    already, whose columns the ``"rows"`` columns refer to."""
    out = {}
    for name in list(columns):
        stored = columns.pop(name)
        if stored[0] in ("codes", "rows"):
            # code -1 takes the appended None; the column made with room after it, so that
            # a row added by an edit (snapshot_patch) is written there, not copied with it
            if stored[0] == "codes":
                codes, table = stored[1], stored[2]
            else:
                source = (done or {})[stored[1]][stored[2]].to_numpy(dtype=object)
                codes, table = stored[3], np.concatenate([source, stored[4], [None]])
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
        frames: dict[str, pd.DataFrame] = {}
        for name in (*_FIRST, *(n for n in COLUMNS if n not in _FIRST)):
            frames[name] = _decode(stored.pop(name), frames)
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
        sources = {
            column: (source, source_column, getattr(dataset, source)[source_column].to_numpy())
            for (frame, column), (source, source_column) in SHARED.items()
            if frame == name and getattr(dataset, source)[source_column].dtype == object
        }
        frames[name] = _encode(getattr(dataset, name), sources)
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as fh:
            fh.write(MAGIC)
            fh.write(json.dumps(key, sort_keys=True).encode() + b"\n")
            pickler = pickle.Pickler(fh, protocol=pickle.HIGHEST_PROTOCOL)
            # no memo: it kept an entry for each of the millions of strings written (400 MB
            # at a million deals) and made reading slower; nothing written refers to itself
            pickler.fast = True
            pickler.dump(frames)
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
