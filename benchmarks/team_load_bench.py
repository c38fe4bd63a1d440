"""Loading 100,000 deals from a team database (PostgreSQL) against loading them from SQLite.

    python benchmarks/team_load_bench.py --pg postgresql://user@host:port/postgres
        [--deals 100000] [--repeat 5] [--append docs/benchmarks.md]

``--pg`` is an administrator's URL of a PostgreSQL server (``scripts/pg_test_server.sh
start`` prints one; ``DEALBOOK_TEST_PG_URL`` is used when ``--pg`` is left out). The
benchmark writes the synthetic workspace of ``benchmarks/_synthetic.py`` to a SQLite file,
moves it whole into a new database on the server with ``dealbook team push`` (COPY), then
times ``loader.load_dataset``:

* SQLite, read in full (``snapshot=False``: the database itself, the honest comparison);
* SQLite from its snapshot (what the window does on a file while nothing changed);
* PostgreSQL, the team database's reader (``COPY (SELECT ...) TO STDOUT`` into pandas);
* PostgreSQL row by row (``pandas.read_sql`` through SQLAlchemy), what COPY replaces.

The figure that matters is the median of PostgreSQL COPY over the median of SQLite in full;
the target is 2x or less. The frames read from both engines are checked equal first. The
server's database is dropped at the end.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import pandas as pd  # noqa: E402
import psycopg  # noqa: E402
from _synthetic import build_synthetic_db  # noqa: E402
from sqlalchemy import make_url  # noqa: E402

from desktop_app.store import loader  # noqa: E402
from desktop_app.store.engine import open_database  # noqa: E402
from desktop_app.store.team_push import push_workspace  # noqa: E402

TARGET_RATIO = 2.0


def _median(fn: Callable[[], object], repeat: int) -> float:
    fn()  # warm: the server's caches and the file's pages, as a window that is open
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _same(a: object, b: object) -> None:
    for name in a.__dataclass_fields__:  # type: ignore[attr-defined]
        pd.testing.assert_frame_equal(getattr(a, name), getattr(b, name), obj=name)


def run(admin_url: str, deals: int, repeat: int) -> dict[str, float]:
    name = f"dealbook_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "bench.sqlite"
            counts = build_synthetic_db(path, deals=deals)
            started = time.perf_counter()
            push_workspace(path, url)
            push_seconds = time.perf_counter() - started
            sqlite, pg = open_database(path), open_database(url)
            try:
                _same(loader.load_dataset(sqlite, snapshot=False), loader.load_dataset(pg))
                loader.load_dataset(sqlite)  # writes the snapshot
                figures = {
                    "deals": float(counts.get("deals", deals)),
                    "push_s": push_seconds,
                    "sqlite_full_s": _median(
                        lambda: loader.load_dataset(sqlite, snapshot=False), repeat
                    ),
                    "sqlite_snapshot_s": _median(lambda: loader.load_dataset(sqlite), repeat),
                    "pg_copy_s": _median(lambda: loader.load_dataset(pg), repeat),
                    "pg_rows_s": _median(
                        lambda: loader.load_dataset(pg, method="sqlalchemy"), max(1, repeat // 2)
                    ),
                }
            finally:
                sqlite.dispose()
                pg.dispose()
    finally:
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    figures["ratio"] = figures["pg_copy_s"] / figures["sqlite_full_s"]
    return figures


def table(f: dict[str, float], server: str) -> str:
    ok = "meets" if f["ratio"] <= TARGET_RATIO else "misses"
    return "\n".join(
        [
            f"Measured {dt.date.today():%Y-%m-%d} on {platform.system()} "
            f"{platform.machine()}, Python {platform.python_version()}, {os.cpu_count()} cores, "
            f"{server} on the same machine (loopback TCP); {int(f['deals']):,} deals and the "
            "synthetic workspace's other tables; median of the timed runs after a warm-up.",
            "",
            "| Load of the whole dataset | Seconds | vs SQLite in full |",
            "|---|---:|---:|",
            f"| SQLite, read in full | {f['sqlite_full_s']:.2f} | 1.0x |",
            f"| SQLite, from its snapshot | {f['sqlite_snapshot_s']:.2f} | "
            f"{f['sqlite_snapshot_s'] / f['sqlite_full_s']:.1f}x |",
            f"| **PostgreSQL, COPY (the team database's reader)** | **{f['pg_copy_s']:.2f}** | "
            f"**{f['ratio']:.1f}x** |",
            f"| PostgreSQL, row by row (`pandas.read_sql`) | {f['pg_rows_s']:.2f} | "
            f"{f['pg_rows_s'] / f['sqlite_full_s']:.1f}x |",
            "",
            f"Target: a team database loads within {TARGET_RATIO:g}x of SQLite: it {ok} it "
            f"({f['ratio']:.2f}x). Moving the workspace in (`dealbook team push`, COPY, one "
            f"transaction, counts checked): {f['push_s']:.1f} s.",
        ]
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pg", default=os.environ.get("DEALBOOK_TEST_PG_URL"))
    parser.add_argument("--deals", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--append", type=Path, help="append the table to this markdown file")
    args = parser.parse_args()
    if not args.pg:
        parser.error("give --pg URL (an administrator's URL of a PostgreSQL server)")
    with psycopg.connect(args.pg) as conn:
        server = f"PostgreSQL {conn.info.server_version // 10000}"
    figures = run(args.pg, args.deals, args.repeat)
    text = table(figures, server)
    print(text)
    if args.append:
        with args.append.open("a", encoding="utf-8") as out:
            out.write("\n" + text + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
