"""Load the whole workspace into a ``kpi_core.dataset.Dataset``, fast.

Each table is read with one SELECT of its own columns (the frames are
``kpi_core.dataset.COLUMNS``; their tables and lookups come from the declaration of each kind,
``desktop_app.store.kinds``). Foreign keys are read as integer ids
and turned into names with a numpy ``take`` on the small lookup tables, so a million deals
share a handful of name strings instead of holding a million copies. ISO date text is
parsed vectorised (Arrow's date parser, or ``format="%Y-%m-%d"``; anything else falls back
to pandas' ISO parser for those cells only).

Readers, fastest first (``docs/benchmarks.md`` has the measurements and the reasons):

* ``"adbc"``: ``adbc_driver_sqlite`` straight to Arrow, big tables in id ranges on a few
  threads;
* ``"sqlite3"``: the standard library driver, rows into pandas;
* ``"sqlalchemy"``: ``pandas.read_sql`` on the engine (any database SQLAlchemy knows).

``load_dataset`` uses sqlite3 for a SQLite file and SQLAlchemy for other databases. The adbc
reader is about 3x faster but is only used when asked for (``method="adbc"``, the
benchmarks): it carries its own SQLite library, and two SQLite libraries in one process
release each other's POSIX file locks, which corrupted databases in the window's tests
("disk I/O error", "database disk image is malformed"). Safety of the user's file comes
before load speed. Every reader gives the same frames (tested).
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import os
import sqlite3
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from sqlalchemy import Engine

from desktop_app.store import settings as settings_mod
from desktop_app.store.kinds import KINDS
from kpi_core.dataset import COLUMNS, DATE, INTEGER, NUMBER, Dataset, KpiSettings

# pyarrow is a true optional dependency: it is not among Dealbook's requirements and only
# the adbc reader (benchmarks, ``method="adbc"``) uses it; the default sqlite3 reader and
# the window never need it, so an installation without it must still load a dataset.
try:
    import pyarrow as pa
    import pyarrow.compute as pc
except ImportError:  # pragma: no cover - depends on the installation
    pa = pc = None

#: frame -> its table
_TABLES = {frame: KINDS[frame].table for frame in COLUMNS}
#: frame -> {lookup column of the frame: (foreign key that holds the id, lookup table)}
_LOOKUPS_OF = {frame: KINDS[frame].lookups for frame in COLUMNS}
#: columns the dataset has that no table stores: the SQL that computes them
_DERIVED = {
    ("activities", "deal_id"): (
        "(SELECT max(d.id) FROM deals d WHERE d.external_id = activities.deal_external_id)"
    ),
}
_ORDER = {"rates": "currency, valid_from, id"}
#: text columns with few distinct values: decoded once, shared by every row
#: the missing value appended to a table of distinct values (code -1 takes the last)
_NONE = np.array([None], dtype=object)
_LOW_CARDINALITY = {"stage", "status", "currency", "product_type", "lost_reason", "category"}

Fetcher = Callable[[str], dict[str, Any]]
PartFetcher = Callable[[str], Iterator[dict[str, Any]]]
log = logging.getLogger(__name__)
_BATCH_ROWS = "adbc.sqlite.query.batch_rows"
_CHUNK_ROWS = 250_000
_FETCH_ROWS = 100_000
_LOOKUPS = ("accounts", "reps", "sources", "products")
#: first and last id of every table (separate subqueries: SQLite answers a lone min() or
#: max() from the primary key, but scans the table for both in one SELECT)
_SPANS_SQL = " UNION ALL ".join(
    f"SELECT '{t}' AS t, (SELECT min(id) FROM {t}) AS lo, (SELECT max(id) FROM {t}) AS hi"
    for t in _TABLES
)


def select_sql(frame: str, where: str = "", dates_as_days: bool = False) -> str:
    """The SELECT that reads ``frame``: lookups as raw ids, other columns as stored.

    No CASTs: they cost a third of the read time, and the conversion below copes with
    whatever type SQLite returns (the adbc reader falls back to sqlite3 on a mixed column).
    ``dates_as_days`` has SQLite turn dates into whole days since 1970-01-01 (NULL when it
    cannot read them): for the sqlite3 reader, where an integer costs less than a string.
    """
    exprs = []
    lookups = _LOOKUPS_OF[frame]
    for column, kind in COLUMNS[frame].items():
        if column in lookups:
            exprs.append(f"{lookups[column][0]} AS {column}")
        elif (frame, column) in _DERIVED:
            exprs.append(f"{_DERIVED[frame, column]} AS {column}")
        elif kind == DATE and dates_as_days:
            exprs.append(f"CAST(julianday({column}) - 2440587.5 AS INTEGER) AS {column}")
        else:
            exprs.append(column)
    order = _ORDER.get(frame, "id")
    where = f" WHERE {where}" if where else ""
    return f"SELECT {', '.join(exprs)} FROM {_TABLES[frame]}{where} ORDER BY {order}"


def parse_dates(values: Any) -> pd.Series:
    """ISO ``YYYY-MM-DD`` text (or None) -> ``datetime64[ns]`` at midnight, NaT when unknown."""
    series = pd.Series(values, dtype=object) if not isinstance(values, pd.Series) else values
    parsed = pd.to_datetime(series, format="%Y-%m-%d", errors="coerce")
    bad = parsed.isna() & series.notna()
    if bad.any():  # a datetime or an odd form: parse those cells alone
        parsed[bad] = pd.to_datetime(series[bad], format="ISO8601", errors="coerce")
    return parsed.dt.normalize().astype("datetime64[ns]")


def _names(fetch: Fetcher, table: str) -> np.ndarray:
    """Object array ``names[id]`` (index 0 and gaps are None) for a lookup table."""
    return _names_from(fetch(f"SELECT id, name FROM {table}"))


def _names_from(data: dict[str, Any]) -> np.ndarray:
    ids = np.asarray(data["id"], dtype=np.int64)
    out = np.full(int(ids.max()) + 1 if len(ids) else 1, None, dtype=object)
    out[ids] = np.asarray(data["name"], dtype=object)
    return out


def _column(
    frame: str, column: str, kind: str, raw: Any, names: dict[str, np.ndarray], days: bool = False
) -> Any:
    if pa is not None and isinstance(raw, pa.ChunkedArray | pa.Array):
        return _arrow_column(frame, column, kind, raw, names)
    if column in _LOOKUPS_OF[frame]:
        ids = pd.to_numeric(pd.Series(raw, dtype=object), errors="coerce").fillna(0)
        return _take_names(ids.to_numpy(dtype=np.int64), names[_LOOKUPS_OF[frame][column][1]])
    if kind == DATE:
        if days:
            numbers = pd.to_numeric(pd.Series(raw, dtype=object), errors="coerce").to_numpy()
            return (numbers * 86_400e9).astype("datetime64[ns]")  # NaN -> NaT
        return parse_dates(raw).to_numpy()
    if kind == NUMBER:
        return pd.to_numeric(pd.Series(raw), errors="coerce").astype("float64").to_numpy()
    if kind == INTEGER:
        values = pd.to_numeric(pd.Series(raw, dtype=object), errors="coerce")
        return values.fillna(0).astype("int64").to_numpy()
    if isinstance(raw, np.ndarray) and raw.dtype == object:  # sqlite3: str or None already
        if column in _LOW_CARDINALITY:  # one string object per distinct value
            codes, uniques = pd.factorize(raw)
            return np.append(np.asarray(uniques, dtype=object), _NONE).take(codes)
        return raw.copy()  # a copy, so that the whole row table can be freed
    values = pd.Series(raw, dtype=object)
    return values.where(values.notna(), None).to_numpy()


def _take_names(ids: np.ndarray, lookup: np.ndarray) -> np.ndarray:
    ids = np.where((ids >= 0) & (ids < len(lookup)), ids, 0)
    return lookup.take(ids)


def _arrow_column(
    frame: str, column: str, kind: str, raw: pa.ChunkedArray, names: dict[str, np.ndarray]
) -> np.ndarray:
    """One Arrow column -> the contract's numpy array, the heavy work done in Arrow."""
    if column in _LOOKUPS_OF[frame]:
        ids = pc.fill_null(raw.cast(pa.int64()), 0).to_numpy()
        return _take_names(ids, names[_LOOKUPS_OF[frame][column][1]])
    if kind == DATE:
        if pa.types.is_null(raw.type):
            return np.full(len(raw), np.datetime64("NaT"), dtype="datetime64[ns]")
        text = raw.cast(pa.string())
        try:  # the usual case, ISO dates only: Arrow's own parser, the fastest
            return np.asarray(text.cast(pa.date32()).cast(pa.timestamp("ns")).to_numpy())
        except pa.ArrowException:  # not ISO dates only, or a cast Arrow lacks
            pass
        stamps = pc.strptime(text, format="%Y-%m-%d", unit="s", error_is_null=True)
        if stamps.null_count > text.null_count:  # datetimes or odd forms: let pandas try
            return np.asarray(parse_dates(text.to_pandas()).to_numpy())
        return np.asarray(stamps.cast(pa.timestamp("ns")).to_numpy())
    if kind == NUMBER:
        if pa.types.is_string(raw.type) or pa.types.is_large_string(raw.type):
            return np.asarray(_column(frame, column, kind, raw.to_pylist(), names))
        return np.asarray(raw.cast(pa.float64()).to_numpy())
    if kind == INTEGER:
        return np.asarray(pc.fill_null(raw.cast(pa.int64()), 0).to_numpy())
    if pa.types.is_null(raw.type):
        return np.full(len(raw), None, dtype=object)
    if not (pa.types.is_string(raw.type) or pa.types.is_large_string(raw.type)):
        raw = raw.cast(pa.string())
    if column in _LOW_CARDINALITY:
        encoded = pc.dictionary_encode(raw).combine_chunks()
        cats = np.append(encoded.dictionary.to_numpy(zero_copy_only=False).astype(object), _NONE)
        codes = pc.fill_null(encoded.indices, len(cats) - 1).to_numpy()
        return np.asarray(cats.take(codes))
    return np.asarray(raw.to_numpy(zero_copy_only=False))


def _build(fetch: Fetcher, days: bool = False, parts: PartFetcher | None = None) -> Dataset:
    """Read every frame; with ``parts``, convert each part as it comes (less memory)."""
    names = {t: _names(fetch, t) for t in _LOOKUPS}
    frames = {}
    for frame, spec in COLUMNS.items():
        sql = select_sql(frame, dates_as_days=days)
        if parts is None:
            raw = fetch(sql)
            columns = {c: _column(frame, c, k, raw.pop(c), names, days) for c, k in spec.items()}
        else:
            pieces: dict[str, list[np.ndarray]] = {c: [] for c in spec}
            for raw in parts(sql):
                for c, k in spec.items():
                    pieces[c].append(np.asarray(_column(frame, c, k, raw.pop(c), names, days)))
            columns = {c: np.concatenate(p) if len(p) > 1 else p[0] for c, p in pieces.items()}
        frames[frame] = pd.DataFrame(columns, copy=False)
    return Dataset(**frames)


# --- readers ---------------------------------------------------------------------------


@contextlib.contextmanager
def _sqlite3_fetcher(path: Path) -> Iterator[tuple[Fetcher, PartFetcher]]:
    conn = sqlite3.connect(str(path))
    try:
        yield _sqlite3_readers(conn)
    finally:
        conn.close()


def _sqlite3_readers(conn: sqlite3.Connection) -> tuple[Fetcher, PartFetcher]:
    """The fetchers of the sqlite3 reader on an open connection."""

    def parts(sql: str) -> Iterator[dict[str, Any]]:
        """The result in parts of ``_FETCH_ROWS`` rows (at least one part, maybe empty)."""
        cur = conn.execute(sql)
        cols = [d[0] for d in cur.description]
        first = True
        while (rows := cur.fetchmany(_FETCH_ROWS)) or first:
            first = False
            table = np.empty((len(rows), len(cols)), dtype=object)
            if rows:
                table[:] = rows  # one C loop: 4-7x faster than transposing with zip
            del rows
            yield {c: table[:, i] for i, c in enumerate(cols)}

    def fetch(sql: str) -> dict[str, Any]:
        chunks = list(parts(sql))
        return {c: np.concatenate([p[c] for p in chunks]) for c in chunks[0]}

    return fetch, parts


def _adbc_build(path: Path) -> Dataset:
    """Read with adbc on a few threads (one connection each), big tables in id ranges.

    Each range is one query; the threads run while the main thread converts the tables
    already read. The tables are read on separate connections, so a write committed during
    the load may show in some tables and not others; the window reloads after every write.
    """
    import adbc_driver_sqlite.dbapi as adbc  # optional: falls back to sqlite3

    local = threading.local()
    opened: list[Any] = []
    lock = threading.Lock()

    def run(sql: str) -> pa.Table:
        conn = getattr(local, "conn", None)
        if conn is None:
            conn = local.conn = adbc.connect(str(path))
            with lock:
                opened.append(conn)
        with conn.cursor() as cur:
            # one batch per query: the driver infers each column's type from its first
            # batch, and a column that is NULL in its first rows would be typed wrongly
            cur.adbc_statement.set_options(**{_BATCH_ROWS: str(1 << 30)})
            cur.execute(sql)
            return cur.fetch_arrow_table()

    def collect(futures: list[Future[Any]]) -> dict[str, Any]:
        parts = [f.result() for f in futures]
        table = (
            parts[0] if len(parts) == 1 else pa.concat_tables(parts, promote_options="permissive")
        )
        return {name: table.column(name) for name in table.column_names}

    workers = max(1, min(4, os.cpu_count() or 1))
    try:
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="dealbook-load") as pool:
            spans = run(_SPANS_SQL).to_pylist()
            lookups = {t: [pool.submit(run, f"SELECT id, name FROM {t}")] for t in _LOOKUPS}
            jobs = {}
            for row in sorted(spans, key=lambda r: -(r["hi"] or 0) + (r["lo"] or 0)):
                jobs[row["t"]] = [pool.submit(run, sql) for sql in _range_queries(row)]
            names = {t: _names_from(collect(f)) for t, f in lookups.items()}
            frames = {}
            for frame, spec in COLUMNS.items():
                raw = collect(jobs.pop(frame))
                columns = {c: _column(frame, c, k, raw.pop(c), names) for c, k in spec.items()}
                frames[frame] = pd.DataFrame(columns, copy=False)
            return Dataset(**frames)
    finally:
        for conn in opened:
            conn.close()


def _build_sqlite3(conn: sqlite3.Connection) -> Dataset:
    """The sqlite3 reader on ``conn`` (in the caller's read transaction)."""
    fetch, parts = _sqlite3_readers(conn)
    return _build(fetch, days=True, parts=parts)


def _range_queries(row: dict[str, Any]) -> list[str]:
    frame, lo, hi = row["t"], row["lo"], row["hi"]
    if lo is None or hi - lo < 2 * _CHUNK_ROWS:
        return [select_sql(frame)]
    bounds = list(range(lo, hi + 1, _CHUNK_ROWS)) + [hi + 1]
    return [select_sql(frame, f"id >= {a} AND id < {b}") for a, b in itertools.pairwise(bounds)]


@contextlib.contextmanager
def _sqlalchemy_fetcher(engine: Engine) -> Iterator[Fetcher]:
    with engine.connect() as conn:

        def fetch(sql: str) -> dict[str, Any]:
            frame = pd.read_sql(sql, conn)
            return {c: frame[c] for c in frame.columns}

        yield fetch


def sqlite_path(engine: Engine) -> Path | None:
    """The file behind a SQLite engine, else None."""
    if engine.url.get_backend_name() != "sqlite" or not engine.url.database:
        return None
    if engine.url.database == ":memory:":
        return None
    return Path(engine.url.database)


def adbc_available() -> bool:
    try:
        import adbc_driver_sqlite.dbapi  # noqa: F401
    except ImportError:
        return False
    return pa is not None


def load_dataset(
    engine: Engine, method: str | None = None, *, snapshot: bool | None = None
) -> Dataset:
    """Read every table of the workspace into a ``Dataset`` of the contract's dtypes.

    ``method`` forces a reader ("adbc", "sqlite3", "sqlalchemy"); by default sqlite3 for a
    SQLite file (see the module docstring for why not adbc), else SQLAlchemy. A SQLite
    file read with the default reader goes through its snapshot
    (``desktop_app.store.snapshot``): the frames come from the columnar file beside the
    database while it is current, else from the database (and the snapshot is written
    again). ``snapshot=False`` always reads the database; ``snapshot=True`` also with a
    forced ``method="sqlite3"``.
    """
    path = sqlite_path(engine)
    if engine.dialect.name == "postgresql" and method in (None, "copy"):
        from desktop_app.store import pg_load  # a team database: server-side COPY, no snapshot

        return pg_load.load_dataset(engine)
    if snapshot is None:
        snapshot = method is None
    if method is None:
        method = "sqlalchemy" if path is None else "sqlite3"
    if snapshot and method == "sqlite3" and path is not None:
        from desktop_app.store import snapshot as snapshot_mod

        return snapshot_mod.load(path, _build_sqlite3)
    if method == "adbc" and path is not None:
        try:
            return _adbc_build(path)
        except Exception:  # noqa: BLE001 - an odd file: the standard driver reads anything
            log.warning("the Arrow reader failed; reading with sqlite3", exc_info=True)
            method = "sqlite3"
    if method == "sqlite3" and path is not None:
        with _sqlite3_fetcher(path) as (fetch, parts):
            return _build(fetch, days=True, parts=parts)
    with _sqlalchemy_fetcher(engine) as fetch:
        return _build(fetch)


def load_kpi_settings(engine: Engine) -> KpiSettings:
    """The workspace settings the KPI engine needs, in one transaction."""
    with engine.connect() as conn:
        values = settings_mod.get_settings(conn)
        return KpiSettings(
            base_currency=settings_mod.base_currency(conn),
            stages=settings_mod.get_stages(conn),
            nps_scheme=str(values.get("nps_scheme") or "standard"),
            default_lifetime_years=float(values.get("default_lifetime_years") or 3.0),
            working_hours_per_week=float(values.get("working_hours_per_week") or 40.0),
        )
