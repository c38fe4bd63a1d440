"""How long the sales review takes on a big database.

    QT_QPA_PLATFORM=offscreen python -m benchmarks.report_bench [--deals 1000000] [--period 2025-Q4]

Measures, on a synthetic database (``benchmarks._synthetic.cached_db``, built on first use
and cached): loading the dataset, building the review (``compute_kpis`` for the period, the
previous period and the year before, plus the per-source counts), and writing PDF, HTML and
XLSX. Prints one line per step and the totals with and without the dataset load. The window
keeps the dataset loaded and has already computed the dashboard's KPIs on it (kpi_core
caches per-dataset work such as first won deals), so "review + PDF, warm" is what a user
waits for after pressing Print; "cold" is the first KPI run on a freshly loaded dataset.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import tempfile
import time
from functools import partial
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


CPU: dict[str, float] = {}


def _timed(label: str, fn, timings: dict[str, float]):
    """Run ``fn``; record wall time in ``timings`` and this process's CPU time in ``CPU``.

    On a busy machine the wall time includes waiting for a core; the CPU time does not.
    """
    started, cpu = time.perf_counter(), time.process_time()
    value = fn()
    timings[label] = time.perf_counter() - started
    CPU[label] = time.process_time() - cpu
    print(f"{label:<28} {timings[label]:7.2f} s wall {CPU[label]:7.2f} s CPU", flush=True)
    return value


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--deals", type=int, default=1_000_000)
    parser.add_argument("--period", default="2025-Q4")
    parser.add_argument("--runs", type=int, default=3, help="warm runs (median reported)")
    args = parser.parse_args(argv)

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["report-bench"])  # noqa: F841

    from benchmarks._synthetic import cached_db
    from desktop_app.reports.output import company_details, write_document
    from desktop_app.reports.review import build_review
    from desktop_app.store.engine import open_database
    from desktop_app.store.loader import load_dataset, load_kpi_settings
    from kpi_core.filters import Filters
    from kpi_core.periods import parse_period

    timings: dict[str, float] = {}
    path = _timed("database (cached or built)", lambda: cached_db(args.deals), timings)
    engine = open_database(path, create=False)
    dataset = _timed("load dataset", lambda: load_dataset(engine), timings)
    settings = load_kpi_settings(engine)
    name, logo = company_details(engine)
    period = parse_period(args.period)
    doc = _timed(
        "build review (cold)",
        lambda: build_review(dataset, period, Filters(), settings, name, logo),
        timings,
    )
    out = Path(tempfile.mkdtemp(prefix="report-bench-"))
    warm_runs: list[tuple[float, float]] = []
    for run in range(args.runs):
        doc = _timed(
            f"build review, warm #{run + 1}",
            lambda: build_review(dataset, period, Filters(), settings, name, logo),
            timings,
        )
        written = _timed(
            f"write PDF #{run + 1}", partial(write_document, doc, out / "review.pdf"), timings
        )
        label_b, label_p = f"build review, warm #{run + 1}", f"write PDF #{run + 1}"
        warm_runs.append((timings[label_b] + timings[label_p], CPU[label_b] + CPU[label_p]))
    timings["write PDF"], CPU["write PDF"] = timings["write PDF #1"], CPU["write PDF #1"]
    _timed("write HTML", lambda: write_document(doc, out / "review.html"), timings)
    _timed("write XLSX", lambda: write_document(doc, out / "review.xlsx"), timings)
    filtered = _timed(
        "build review, one owner",
        lambda: build_review(
            dataset,
            period,
            Filters(owner=str(dataset.deals["owner"].iloc[0])),
            settings,
            name,
            logo,
        ),
        timings,
    )
    engine.dispose()
    cold = timings["build review (cold)"] + timings["write PDF"]
    warm = statistics.median(w for w, _ in warm_runs)
    warm_cpu = statistics.median(c for _, c in warm_runs)
    cold_cpu = CPU["build review (cold)"] + CPU["write PDF"]
    print(f"{'deals':<28} {len(dataset.deals):>10,}")
    print(f"{'PDF pages':<28} {written.pages:>10}")
    print(f"{'review + PDF, warm (median)':<28} {warm:7.2f} s wall {warm_cpu:7.2f} s CPU")
    print(f"{'review + PDF, cold':<28} {cold:7.2f} s wall {cold_cpu:7.2f} s CPU")
    load = timings["load dataset"]
    print(f"{'load + review + PDF':<28} {cold + load:7.2f} s wall")
    print(f"{'load average (1 min)':<28} {os.getloadavg()[0]:7.2f}")
    print(f"{'machine':<28} {platform.processor() or platform.machine()}, {os.cpu_count()} CPUs")
    del filtered
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
