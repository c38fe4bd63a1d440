"""Every benchmark of ``docs/benchmarks.md`` in one run (not a test).

    python -m benchmarks.all [--sizes 1500,10000,100000,1000000] [--import-rows 500000]
                             [--skip-import] [--skip-dashboard]

Prints the machine, the date and the load average, then runs, each in its own process:

* ``benchmarks.kpi_bench`` over ``--sizes`` (load wall and CPU time, KPIs of a quarter and a
  year, first call and later, peak memory): how cost grows from the demo size to 1M deals;
* ``benchmarks.edit_bench`` on the largest size (one edited deal to updated KPIs);
* ``benchmarks/dashboard_bench.py`` on 100k deals (filter change to painted charts);
* ``benchmarks/import_bench.py`` (the import against its floor, measured in the same run).

The machine may be shared: read every figure with the load average printed next to it,
and CPU time next to wall time.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _run(title: str, args: list[str]) -> int:
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"\n## {title}  (load average before: {load})\n", flush=True)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    env.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
    return subprocess.run([sys.executable, *args], cwd=ROOT, env=env, check=False).returncode


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1500,10000,100000,1000000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--import-rows", type=int, default=500_000)
    parser.add_argument("--skip-import", action="store_true")
    parser.add_argument("--skip-dashboard", action="store_true")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from benchmarks.kpi_bench import machine

    for key, value in machine().items():
        print(f"{key}: {value}")
    failed = 0
    failed |= _run(
        "Load and KPIs by size",
        [
            "-m",
            "benchmarks.kpi_bench",
            "--sizes",
            args.sizes,
            "--runs",
            str(args.runs),
            "--markdown",
        ],
    )
    largest = max(int(s) for s in args.sizes.split(","))
    failed |= _run("One edited deal", ["-m", "benchmarks.edit_bench", "--deals", str(largest)])
    if not args.skip_dashboard:
        failed |= _run("Dashboard", ["benchmarks/dashboard_bench.py", "--deals", "100000"])
    if not args.skip_import:
        failed |= _run(
            "Import against its floor",
            ["benchmarks/import_bench.py", "--rows", str(args.import_rows)],
        )
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
