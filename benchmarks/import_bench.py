"""Time ``dealbook import`` end to end against its floors, for a deals and a leads export.

    python benchmarks/import_bench.py [--rows 500000] [--leads 500000] [--runs 1] [--append FILE]
        [--before DIR]

Every figure comes from the same run, on the same file, one command after the other:

* **floor** (as the target is stated): ``pandas.read_csv`` of the file and one ``sqlite3``
  ``executemany`` of its rows, as read, into one plain table (no index, no key, no check);
* **floor, Dealbook's table**: the same read and one ``executemany`` of the same rows into
  the kind's table of a fresh Dealbook database (WAL, foreign keys on, one transaction, its
  indexes and triggers dropped before and built again after): the file's text in the
  matching columns, lookups left empty (a plain insert cannot turn names into ids);
* **import**: ``python -m desktop_app.cli import FILE --db NEW --json`` (read, map, check
  every row, hash, look up, write in one transaction, rebuild indexes);
* **import before** (with ``--before DIR``): the same command run from another source tree
  (e.g. ``git archive <commit> | tar -x -C DIR``), in the same interleaved runs, so that a
  change is measured against the code it replaces under the same load.

Each runs as a fresh subprocess; a parent that does nothing else reports its wall time, its
CPU time (user + system, ``RUSAGE_CHILDREN``) and its peak memory. The machine's load
average is printed before and after each command: on a shared machine, compare CPU times,
and use ``--runs N`` (the three commands run in turn N times; each one's least CPU counts).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "fixtures"))

import make_fixtures  # noqa: E402

FLOOR = """
import sqlite3, sys, pandas as pd
df = pd.read_csv(sys.argv[1], dtype=str, keep_default_na=False)
con = sqlite3.connect(sys.argv[2])
cols = ", ".join(f"c{i}" for i in range(len(df.columns)))
con.execute(f"CREATE TABLE t ({cols})")
con.executemany(f"INSERT INTO t VALUES ({', '.join('?' * len(df.columns))})",
                df.itertuples(index=False, name=None))
con.commit()
"""

#: the same read, into the kind's table of a Dealbook database made beforehand (argv[3]:
#: table, argv[4:]: file column=table column pairs), the least a writer into that schema
#: does: in one transaction, drop the table's indexes and triggers, one executemany, build
#: them again (inserting with 11 indexes and a stamp trigger per row costs ten times more)
FLOOR_SCHEMA = """
import sqlite3, sys, pandas as pd
df = pd.read_csv(sys.argv[1], dtype=str, keep_default_na=False)
table, pairs = sys.argv[3], [p.split("=", 1) for p in sys.argv[4:]]
con = sqlite3.connect(sys.argv[2], isolation_level=None)
con.execute("PRAGMA foreign_keys=ON")
con.execute("PRAGMA synchronous=NORMAL")
cols = [c for _h, c in pairs]
const = {"deals": {"status": "'open'", "updated_at": "CURRENT_TIMESTAMP"}}.get(table, {})
sql = (f"INSERT INTO {table} ({', '.join([*cols, *const])}) "
       f"VALUES ({', '.join(['?'] * len(cols) + list(const.values()))})")
con.execute("BEGIN")
objects = con.execute("SELECT type, name, sql FROM sqlite_master WHERE tbl_name = ? "
                      "AND sql IS NOT NULL AND type IN ('index', 'trigger')", (table,)).fetchall()
for kind, name, _sql in objects:
    con.execute(f'DROP {kind} "{name}"')
con.executemany(sql, df[[h for h, _c in pairs]].itertuples(index=False, name=None))
for _kind, _name, ddl in objects:
    con.execute(ddl)
con.execute("COMMIT")
"""

#: file column -> table column of the two generated exports, for the schema floor
SCHEMA_COLUMNS = {
    "deals": {
        "Record ID": "external_id",
        "Deal Name": "title",
        "Deal Stage": "stage",
        "Close Date": "closed_on",
        "Amount": "amount",
        "Create Date": "created_on",
        "Deal Type": "product_type",
    },
    "leads": {
        "Lead ID": "external_id",
        "Lead Name": "name",
        "Create Date": "created_on",
        "SQL Date": "sql_on",
        "Converted Date": "converted_on",
        "Converted Deal ID": "deal_external_id",
    },
}

MEASURE = (
    "import resource, subprocess, sys, time; t = time.perf_counter(); "
    "subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL); "
    "u = resource.getrusage(resource.RUSAGE_CHILDREN); "
    "print(time.perf_counter() - t, u.ru_maxrss, u.ru_utime + u.ru_stime)"
)


def big_leads(path: Path, n: int, seed: int = 11) -> Path:
    """A leads export (Salesforce-like headers) of ``n`` rows."""
    rng = np.random.default_rng(seed)
    created = pd.Timestamp("2023-01-01") + pd.to_timedelta(rng.integers(0, 700, n), unit="D")
    sql_on = created + pd.to_timedelta(rng.integers(3, 60, n), unit="D")
    won = created + pd.to_timedelta(rng.integers(30, 200, n), unit="D")
    qualified = rng.random(n) < 0.4
    converted = qualified & (rng.random(n) < 0.3)
    sources = np.array(["Organic Search", "Paid Search", "Referrals", "Social Media", "Events"])
    frame = pd.DataFrame(
        {
            "Lead ID": np.arange(2_000_000_000, 2_000_000_000 + n).astype(str),
            "Lead Name": np.char.add("Lead ", np.arange(n).astype(str)),
            "Company": np.array([f"Company {i}" for i in range(8000)])[rng.integers(0, 8000, n)],
            "Lead Source": sources[rng.integers(0, len(sources), n)],
            "Owner": np.array([f"Rep {i}" for i in range(40)])[rng.integers(0, 40, n)],
            "Create Date": created.strftime("%Y-%m-%d %H:%M"),
            "SQL Date": np.where(qualified, sql_on.strftime("%Y-%m-%d %H:%M"), ""),
            "Converted Date": np.where(converted, won.strftime("%Y-%m-%d %H:%M"), ""),
            "Converted Deal ID": np.where(
                converted, np.char.add("D-", np.arange(n).astype(str)), ""
            ),
        }
    )
    frame.to_csv(path, index=False)
    return path


def _run(args: list[str], tree: Path = ROOT) -> dict[str, float]:
    """Wall seconds, CPU seconds and peak RSS (MB) of one command, with the load around it."""
    before = os.getloadavg()[0]
    out = subprocess.run(
        [sys.executable, "-c", MEASURE, *args],
        check=True,
        cwd=tree,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(tree)},
    )
    seconds, kb, cpu = out.stdout.split()
    return {
        "wall": float(seconds),
        "cpu": float(cpu),
        "mb": int(kb) / 1024.0,
        "load": (before + os.getloadavg()[0]) / 2,
    }


def _fresh_database(path: Path) -> None:
    """A Dealbook database at this version's schema, without rows."""
    code = "import sys; from desktop_app.store.engine import open_database as o; o(sys.argv[1]).dispose()"
    subprocess.run(
        [sys.executable, "-c", code, str(path)],
        check=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def bench(
    kind: str, rows: int, work: Path, runs: int = 1, before: Path | None = None
) -> dict[str, object]:
    if kind == "deals":
        csv_path = make_fixtures.big_hubspot(work / f"deals_{rows}.csv", rows)
    else:
        csv_path = big_leads(work / f"leads_{rows}.csv", rows)
    floor_db = work / f"floor_{kind}.sqlite"
    schema_db = work / f"floor_schema_{kind}.sqlite"
    db = work / f"dealbook_{kind}.sqlite"
    pairs = [f"{h}={c}" for h, c in SCHEMA_COLUMNS[kind].items()]
    cmd = [sys.executable, "-m", "desktop_app.cli", "import", str(csv_path), "--db", str(db)]
    found: dict[str, list[dict[str, float]]] = {"floor": [], "schema": [], "import": []}
    if before is not None:
        found["before"] = []
    for _ in range(runs):  # interleaved: each run of the commands meets the same load
        for path in (floor_db, schema_db, db):
            for old in path.parent.glob(path.name + "*"):
                old.unlink()
        _fresh_database(schema_db)
        found["floor"].append(_run([sys.executable, "-c", FLOOR, str(csv_path), str(floor_db)]))
        found["schema"].append(
            _run([sys.executable, "-c", FLOOR_SCHEMA, str(csv_path), str(schema_db), kind, *pairs])
        )
        found["import"].append(_run([*cmd, "--kind", kind, "--json"]))
        if before is not None:
            for old in db.parent.glob(db.name + "*"):
                old.unlink()
            found["before"].append(_run([*cmd, "--kind", kind, "--json"], before))
    best = {k: min(v, key=lambda r: r["cpu"]) for k, v in found.items()}
    return {"kind": kind, "rows": rows, **best}


def _line(r: dict) -> str:
    f, s, i = r["floor"], r["schema"], r["import"]
    b = r.get("before")
    was = (
        f"; before: import {b['wall']:.1f} s / {b['cpu']:.1f} s CPU, "
        f"x{b['wall'] / f['wall']:.2f} wall, x{b['cpu'] / f['cpu']:.2f} CPU"
        if b
        else ""
    )
    return (
        f"{r['kind']:>6} {r['rows']:>9,} rows: floor {f['wall']:.1f} s / {f['cpu']:.1f} s CPU; "
        f"floor into Dealbook's table {s['wall']:.1f} s / {s['cpu']:.1f} s CPU; "
        f"import {i['wall']:.1f} s / {i['cpu']:.1f} s CPU, peak {i['mb']:.0f} MB; "
        f"ratio x{i['wall'] / f['wall']:.2f} wall, x{i['cpu'] / f['cpu']:.2f} CPU "
        f"(x{i['cpu'] / s['cpu']:.2f} CPU against Dealbook's table); "
        f"load average {min(f['load'], i['load']):.1f}-{max(f['load'], i['load']):.1f}{was}"
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, nargs="+", default=[500_000], help="deals rows")
    ap.add_argument("--leads", type=int, nargs="*", default=[500_000], help="leads rows")
    ap.add_argument("--runs", type=int, default=1, help="runs of each command; the least CPU")
    ap.add_argument("--append", type=Path, default=None, help="append the table to this file")
    ap.add_argument(
        "--before", type=Path, default=None, help="also run the import from this source tree"
    )
    args = ap.parse_args()
    results = []
    with tempfile.TemporaryDirectory(prefix="dealbook-bench-") as tmp:
        for kind, sizes in (("deals", args.rows), ("leads", args.leads)):
            for n in sizes:
                if n <= 0:  # --leads 0: no leads file
                    continue
                work = Path(tmp) / f"{kind}-{n}"
                work.mkdir()
                r = bench(kind, n, work, args.runs, args.before)
                results.append(r)
                print(_line(r), flush=True)
    machine = f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}"
    lines = [
        "",
        f"### Import ({dt.date.today().isoformat()}, {machine})",
        "",
        "Command: `python benchmarks/import_bench.py` (HubSpot-style exports; floor = "
        "pandas.read_csv + one sqlite3 executemany into one plain table; floor into "
        "Dealbook's table = the same into the kind's table of a fresh database).",
        "",
        "| kind | rows | floor wall / CPU (s) | floor into Dealbook's table CPU (s) "
        "| import wall / CPU (s) | ratio wall | ratio CPU | import peak RSS (MB) | load average |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        f, s, i = r["floor"], r["schema"], r["import"]
        lines.append(
            f"| {r['kind']} | {r['rows']:,} | {f['wall']:.1f} / {f['cpu']:.1f} | {s['cpu']:.1f} "
            f"| {i['wall']:.1f} / {i['cpu']:.1f} | {i['wall'] / f['wall']:.2f} "
            f"| {i['cpu'] / f['cpu']:.2f} | {i['mb']:.0f} | {f['load']:.1f}-{i['load']:.1f} |"
        )
        if "before" in r:
            b = r["before"]
            lines.append(
                f"| {r['kind']}, before | {r['rows']:,} | {f['wall']:.1f} / {f['cpu']:.1f} "
                f"| {s['cpu']:.1f} | {b['wall']:.1f} / {b['cpu']:.1f} | {b['wall'] / f['wall']:.2f} "
                f"| {b['cpu'] / f['cpu']:.2f} | {b['mb']:.0f} | {f['load']:.1f}-{b['load']:.1f} |"
            )
    text = "\n".join(lines) + "\n"
    print(text)
    if args.append:
        with open(args.append, "a", encoding="utf-8") as fh:
            fh.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
