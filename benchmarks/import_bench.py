"""Time ``dealbook import`` end to end against a floor, for 500k and 1M-row HubSpot exports.

    python benchmarks/import_bench.py [--rows 500000 1000000] [--append docs/benchmarks.md]

The floor is the least any importer must do: ``pandas.read_csv`` of the same file and one
``sqlite3`` ``executemany`` of its rows into one plain table (no indexes, no validation).
Dealbook's import runs as a subprocess (``python -m desktop_app.cli import FILE --db ...
--json``) into a fresh database; its peak memory is the child's max RSS.
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


MEASURE = (
    "import resource, subprocess, sys, time; t = time.perf_counter(); "
    "subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL); "
    "u = resource.getrusage(resource.RUSAGE_CHILDREN); "
    "print(time.perf_counter() - t, u.ru_maxrss, u.ru_utime + u.ru_stime)"
)


def _run(args: list[str]) -> tuple[float, float, float]:
    """(seconds, peak RSS in MB, CPU seconds) of one command, measured by a fresh parent."""
    out = subprocess.run(
        [sys.executable, "-c", MEASURE, *args],
        check=True,
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    seconds, kb, cpu = out.stdout.split()
    return float(seconds), int(kb) / 1024.0, float(cpu)


def bench(rows: int, work: Path) -> dict[str, float]:
    csv_path = make_fixtures.big_hubspot(work / f"hubspot_{rows}.csv", rows)
    floor_s, floor_mb, floor_cpu = _run(
        [sys.executable, "-c", FLOOR, str(csv_path), str(work / f"floor_{rows}.sqlite")]
    )
    db = work / f"dealbook_{rows}.sqlite"
    imp_s, imp_mb, imp_cpu = _run(
        [
            sys.executable,
            "-m",
            "desktop_app.cli",
            "import",
            str(csv_path),
            "--db",
            str(db),
            "--json",
        ]
    )
    return {
        "rows": rows,
        "floor_s": floor_s,
        "import_s": imp_s,
        "ratio": imp_s / floor_s,
        "floor_mb": floor_mb,
        "import_peak_mb": imp_mb,
        "floor_cpu": floor_cpu,
        "import_cpu": imp_cpu,
        "cpu_ratio": imp_cpu / floor_cpu,
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, nargs="+", default=[500_000, 1_000_000])
    ap.add_argument("--append", type=Path, default=None, help="append the table to this file")
    args = ap.parse_args()
    results = []
    with tempfile.TemporaryDirectory(prefix="dealbook-bench-") as tmp:
        for n in args.rows:
            r = bench(n, Path(tmp))
            results.append(r)
            print(
                f"{n:>9} rows: floor {r['floor_s']:.1f} s, import {r['import_s']:.1f} s "
                f"(x{r['ratio']:.2f}), CPU {r['floor_cpu']:.1f} s / {r['import_cpu']:.1f} s "
                f"(x{r['cpu_ratio']:.2f}), peak {r['import_peak_mb']:.0f} MB",
                flush=True,
            )
    machine = f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}"
    lines = [
        "",
        f"### Import ({dt.date.today().isoformat()}, {machine})",
        "",
        "Command: `python benchmarks/import_bench.py` (HubSpot-style deals export; floor = "
        "pandas.read_csv + sqlite3 executemany into one plain table).",
        "",
        "| rows | floor (s) | dealbook import (s) | ratio | floor CPU (s) | import CPU (s) "
        "| CPU ratio | import peak RSS (MB) |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        lines.append(
            f"| {r['rows']:,} | {r['floor_s']:.1f} | {r['import_s']:.1f} | "
            f"{r['ratio']:.2f} | {r['floor_cpu']:.1f} | {r['import_cpu']:.1f} | "
            f"{r['cpu_ratio']:.2f} | {r['import_peak_mb']:.0f} |"
        )
    text = "\n".join(lines) + "\n"
    print(text)
    if args.append:
        with open(args.append, "a", encoding="utf-8") as fh:
            fh.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
