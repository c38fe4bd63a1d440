"""Time from starting ``dealbook`` to the first painted window.

    python benchmarks/startup_bench.py [--runs 7] [--db PATH]

Spawns ``python -m desktop_app.cli --db PATH`` with ``DEALBOOK_EXIT_AFTER_PAINT=1``: the app
prints ``DEALBOOK_FIRST_PAINT_MS <ms since launch()>`` after its first paint and quits. The
wall-clock figure (spawn to that line) includes the interpreter's own start-up and imports.
On Linux without a display, run under ``xvfb-run -a`` or with ``QT_QPA_PLATFORM=offscreen``.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_MS = 1500


def one_run(db: Path, home: Path, marker: str = "DEALBOOK_FIRST_PAINT_MS") -> tuple[float, float]:
    """(wall ms from spawn to ``marker``, ms the app measured since launch())."""
    flag = "DEALBOOK_EXIT_AFTER_PAINT" if "PAINT" in marker else "DEALBOOK_EXIT_AFTER_DATA"
    env = dict(os.environ, DEALBOOK_HOME=str(home))
    env[flag] = "1"
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "desktop_app.cli", "--db", str(db)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    inside = float("nan")
    wall = float("nan")
    for line in proc.stdout:
        if line.startswith(marker):
            wall = (time.perf_counter() - started) * 1000
            inside = float(line.split()[1])
            break
    proc.wait(timeout=60)
    if wall != wall:
        raise SystemExit(f"no first paint reported:\n{proc.stderr.read() if proc.stderr else ''}")
    return wall, inside


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--db", type=Path, default=None)
    parser.add_argument(
        "--data", action="store_true", help="also time until the dataset is loaded and shown"
    )
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="dealbook-bench-"))
    db = args.db or home / "bench.sqlite"
    one_run(db, home)  # warm the OS file cache
    results = [one_run(db, home) for _ in range(args.runs)]
    walls = [w for w, _ in results]
    insides = [i for _, i in results]
    print(
        f"machine: {platform.platform()}, {platform.processor() or platform.machine()}, "
        f"{os.cpu_count()} CPUs, Python {platform.python_version()}"
    )
    print(f"runs: {args.runs} (after one warm-up)")
    print(
        f"spawn -> first paint: median {statistics.median(walls):.0f} ms, "
        f"min {min(walls):.0f} ms, max {max(walls):.0f} ms (target < {TARGET_MS} ms)"
    )
    print(f"launch() -> first paint: median {statistics.median(insides):.0f} ms")
    if args.data:
        data = [one_run(db, home, "DEALBOOK_DATA_READY_MS")[0] for _ in range(args.runs)]
        print(
            f"spawn -> dataset loaded: median {statistics.median(data):.0f} ms, "
            f"min {min(data):.0f} ms, max {max(data):.0f} ms"
        )
    return 0 if statistics.median(walls) < TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
