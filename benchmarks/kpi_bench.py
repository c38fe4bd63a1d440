"""Load + KPI speed and memory on big synthetic databases (not a test).

    python -m benchmarks.kpi_bench [--sizes 100000,1000000] [--runs 5] [--method auto]
                                   [--markdown]

For each size, a fresh Python process (so peak memory is that size's alone) opens the
cached synthetic database (``benchmarks._synthetic.cached_db``, built on first use), then
times ``load_dataset``, kpi_core's ``prepare`` (which the window runs on its loading worker
right after the load) and ``compute_kpis`` for one quarter (2025-Q4) and one year (2025)
``--runs`` times each, and reports medians (wall and CPU time), the first KPI run after the
load and the process's peak resident memory (``ru_maxrss``; also after the load and after
``prepare`` in the JSON line, to tell which step sets it). ``--markdown`` prints the table
as Markdown for ``docs/benchmarks.md``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

TODAY = dt.date(2026, 1, 1)  # the synthetic data ends on 2025-12-31
PERIODS = {"quarter": "2025-Q4", "year": "2025"}


def peak_rss_mb() -> float:
    """Peak resident memory of this process in MB (ru_maxrss is KB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def measure(deals: int, runs: int, method: str | None, load_only: bool = False) -> dict:
    """Time one size in this process; return a JSON-ready dict."""
    from benchmarks._synthetic import cached_db
    from desktop_app.store.engine import make_engine
    from desktop_app.store.loader import load_dataset, load_kpi_settings
    from kpi_core import prepare
    from kpi_core.engine import compute_kpis
    from kpi_core.filters import Filters
    from kpi_core.periods import parse_period

    path = cached_db(deals)
    engine = make_engine(path)
    base_rss = peak_rss_mb()
    loads, cpus = [], []
    dataset = None
    for _ in range(runs):
        dataset = None
        gc.collect()
        start, cpu = time.perf_counter(), time.process_time()
        dataset = load_dataset(engine, method=method)
        loads.append(time.perf_counter() - start)
        cpus.append(time.process_time() - cpu)
    load_rss = peak_rss_mb()
    if load_only:
        engine.dispose()
        return {
            "deals": deals,
            "method": method or "auto",
            "load_median_s": statistics.median(loads),
            "load_cpu_median_s": statistics.median(cpus),
            "peak_rss_mb": load_rss,
        }
    settings = load_kpi_settings(engine)
    engine.dispose()
    # as the window does on its loading worker: kpi_core's per-dataset cache
    start, cpu = time.perf_counter(), time.process_time()
    prepare(dataset, settings.base_currency, settings.stages)
    prepare_s, prepare_cpu = time.perf_counter() - start, time.process_time() - cpu
    result: dict = {
        "deals": deals,
        "rows": {name: len(getattr(dataset, name)) for name in ("deals", "stage_history", "leads")},
        "load_median_s": statistics.median(loads),
        "load_cpu_median_s": statistics.median(cpus),
        "load_runs_s": loads,
        "rss_before_load_mb": base_rss,
        "rss_after_load_mb": load_rss,
        "prepare_s": prepare_s,
        "prepare_cpu_s": prepare_cpu,
        # peak memory so far: the load's and prepare's (the KPIs may raise it after)
        "peak_rss_after_prepare_mb": peak_rss_mb(),
    }
    for label, text in PERIODS.items():
        period = parse_period(text)
        times, cpu_times = [], []
        for _ in range(runs + 1):
            start, cpu = time.perf_counter(), time.process_time()
            compute_kpis(dataset, period, Filters(), settings, today=TODAY)
            times.append(time.perf_counter() - start)
            cpu_times.append(time.process_time() - cpu)
        result[f"kpi_{label}_first_s"] = times[0]
        result[f"kpi_{label}_median_s"] = statistics.median(times[1:])
        result[f"kpi_{label}_first_cpu_s"] = cpu_times[0]
        result[f"kpi_{label}_median_cpu_s"] = statistics.median(cpu_times[1:])
    start = time.perf_counter()
    compute_kpis(
        dataset, parse_period(PERIODS["quarter"]), Filters(owner="Rep 0001"), settings, today=TODAY
    )
    result["kpi_quarter_owner_filter_s"] = time.perf_counter() - start
    result["peak_rss_mb"] = peak_rss_mb()
    return result


def machine() -> dict[str, str]:
    """CPU model, cores, RAM, OS and Python of this machine."""
    cpu = platform.processor() or "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = "unknown"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                ram = f"{int(line.split()[1]) / 1024 / 1024:.1f} GB"
    except OSError:
        pass
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"
    return {
        "cpu": cpu,
        "cores": str(os.cpu_count()),
        "ram": ram,
        "os": platform.platform(),
        "python": platform.python_version(),
        "load_average": load,
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
    }


def _fmt(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms" if seconds < 1 else f"{seconds:.2f} s"


def print_table(results: list[dict], markdown: bool) -> None:
    cols = [
        ("deals", lambda r: f"{r['deals']:,}"),
        ("rows (deals/history/leads)", lambda r: "/".join(f"{v:,}" for v in r["rows"].values())),
        (
            "load (median wall / CPU)",
            lambda r: f"{_fmt(r['load_median_s'])} / {_fmt(r['load_cpu_median_s'])}",
        ),
        (
            "prepare (wall / CPU)",
            lambda r: f"{_fmt(r['prepare_s'])} / {_fmt(r['prepare_cpu_s'])}",
        ),
        (
            "KPIs quarter (median / first), CPU",
            lambda r: (
                f"{_fmt(r['kpi_quarter_median_cpu_s'])} / {_fmt(r['kpi_quarter_first_cpu_s'])}"
            ),
        ),
        (
            "KPIs year (median / first), CPU",
            lambda r: f"{_fmt(r['kpi_year_median_cpu_s'])} / {_fmt(r['kpi_year_first_cpu_s'])}",
        ),
        ("quarter, one owner", lambda r: _fmt(r["kpi_quarter_owner_filter_s"])),
        ("peak RSS", lambda r: f"{r['peak_rss_mb']:,.0f} MB"),
    ]
    table = [[name for name, _ in cols]] + [[fn(r) for _, fn in cols] for r in results]
    _print_rows(table, markdown)


def _child(size: int, runs: int, method: str, load_only: bool = False) -> dict:
    cmd = [sys.executable, "-m", "benchmarks.kpi_bench", "--one", str(size), "--runs", str(runs)]
    cmd += ["--method", method] + (["--load-only"] if load_only else [])
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False)
    if done.returncode:
        raise SystemExit(done.stderr)
    return json.loads(done.stdout.strip().splitlines()[-1])


def compare_readers(sizes: list[int], runs: int, markdown: bool) -> int:
    """load_dataset with each reader, one process per (size, reader)."""
    rows = [["deals", "reader", "load wall (median)", "load CPU (median)", "peak RSS"]]
    for size in sizes:
        for method in ("adbc", "sqlite3", "sqlalchemy"):
            r = _child(size, runs, method, load_only=True)
            rows.append(
                [
                    f"{size:,}",
                    method,
                    _fmt(r["load_median_s"]),
                    _fmt(r["load_cpu_median_s"]),
                    f"{r['peak_rss_mb']:,.0f} MB",
                ]
            )
    _print_rows(rows, markdown)
    return 0


def _print_rows(table: list[list[str]], markdown: bool) -> None:
    if markdown:
        print("| " + " | ".join(table[0]) + " |")
        print("|" + "|".join("---" for _ in table[0]) + "|")
        for row in table[1:]:
            print("| " + " | ".join(row) + " |")
        return
    widths = [max(len(row[i]) for row in table) for i in range(len(table[0]))]
    for row in table:
        print("  ".join(c.rjust(w) for c, w in zip(row, widths, strict=True)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100000,1000000")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--method", default="auto", choices=("auto", "adbc", "sqlite3", "sqlalchemy")
    )
    parser.add_argument("--markdown", action="store_true")
    parser.add_argument(
        "--compare-readers", action="store_true", help="time load_dataset with each reader only"
    )
    parser.add_argument("--load-only", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # child process mode
    args = parser.parse_args(argv)
    method = None if args.method == "auto" else args.method
    if args.one:
        print(json.dumps(measure(args.one, args.runs, method, args.load_only)))
        return 0
    if args.compare_readers:
        return compare_readers([int(s) for s in args.sizes.split(",")], args.runs, args.markdown)
    results = []
    for size in (int(s) for s in args.sizes.split(",")):
        cmd = [
            sys.executable,
            "-m",
            "benchmarks.kpi_bench",
            "--one",
            str(size),
            "--runs",
            str(args.runs),
            "--method",
            args.method,
        ]
        done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False)
        if done.returncode:
            print(done.stderr, file=sys.stderr)
            return done.returncode
        results.append(json.loads(done.stdout.strip().splitlines()[-1]))
    info = machine()
    print(
        f"Machine: {info['cpu']}, {info['cores']} cores, {info['ram']} RAM, {info['os']}, Python {info['python']}"
    )
    print(
        f"Date: {info['date']}; load average at the end: {info['load_average']}; reader: {args.method}; runs: {args.runs}"
    )
    print_table(results, args.markdown)
    return 0


if __name__ == "__main__":
    sys.exit(main())
