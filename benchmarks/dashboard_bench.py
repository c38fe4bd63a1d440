"""Dashboard speed: from a filter change to painted charts, on 100k deals (not a test).

    QT_QPA_PLATFORM=offscreen python benchmarks/dashboard_bench.py [--deals 100000] [--runs 7]
        [--append docs/benchmarks.md]

Reuses the cached synthetic database of ``benchmarks/_synthetic.py`` (loaded with the store's
loader) when it can, else generates a Dataset with numpy. Creates the DashboardPage with a
fake context (1600×1000, offscreen), then in each run sets the owner filter to one rep and
to all reps with an empty result cache, and once more to all reps with cached results. For
each it times the worker's compute, applying the results on the GUI thread, and from the
filter change: results applied, the visible part painted (``page.grab()``, plus the CPU time
of that), the whole page painted (``grab()`` of the scrolled body). Prints medians;
``--append`` adds a section to a Markdown file (docs/benchmarks.md).
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEventLoop, QObject, QTimer, Signal  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from kpi_core.dataset import Dataset, KpiSettings  # noqa: E402


class BenchContext(QObject):
    """The part of AppContext the dashboard uses."""

    data_changed = Signal(object)
    dataset_changed = Signal(object)
    settings_changed = Signal()

    def __init__(self, dataset: Dataset, settings: KpiSettings) -> None:
        super().__init__()
        self._dataset, self._settings = dataset, settings

    def dataset(self) -> Dataset:
        return self._dataset

    def kpi_settings(self) -> KpiSettings:
        return self._settings


def load(deals: int) -> tuple[Dataset, KpiSettings, str]:
    """A dataset of ``deals`` deals and how it was made."""
    try:
        from benchmarks._synthetic import cached_db
        from desktop_app.store.engine import open_database
        from desktop_app.store.loader import load_dataset, load_kpi_settings

        engine = open_database(cached_db(deals))
        try:
            return load_dataset(engine), load_kpi_settings(engine), "synthetic database + loader"
        finally:
            engine.dispose()
    except Exception as exc:  # noqa: BLE001 - fall back to a generated dataset
        print(f"(database path unavailable: {exc}; generating with numpy)")
        from benchmarks.kpi_core_timing import synthetic

        return synthetic(deals), KpiSettings(), "numpy-generated Dataset"


def wait_for(app: QApplication, done, timeout: float = 60.0) -> None:  # noqa: ANN001
    end = time.perf_counter() + timeout
    while not done():
        app.processEvents()
        if time.perf_counter() > end:
            raise TimeoutError("the dashboard did not update")
        time.sleep(0.0005)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--deals", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--append", type=Path, default=None)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])

    from desktop_app.ui.dashboard import DashboardPage
    from desktop_app.ui.tasks import wait_for_all

    t = time.perf_counter()
    dataset, settings, origin = load(args.deals)
    print(f"dataset: {len(dataset.deals):,} deals ({origin}) in {time.perf_counter() - t:.1f} s")
    page = DashboardPage(BenchContext(dataset, settings))
    page.resize(1600, 1000)
    page.show()
    counter = {"n": 0}
    page.updated.connect(lambda: counter.__setitem__("n", counter["n"] + 1))
    wait_for(app, lambda: counter["n"] >= 1)
    period = page.current_period()
    owners = [None] + sorted(dataset.deals["owner"].dropna().unique().tolist())[:3]
    body = page.scroll.widget()

    def change_owner(owner: str | None) -> dict[str, float]:
        """Set the owner filter; time results applied, visible part and whole page painted."""
        loop = QEventLoop()
        page.updated.connect(loop.quit)
        QTimer.singleShot(60_000, loop.quit)
        t, cpu = time.perf_counter(), time.process_time()
        page.filter_bar.set_filter("owner", owner)
        loop.exec()  # sleeps until the results are applied (no busy waiting)
        page.updated.disconnect(loop.quit)
        out = {"applied": time.perf_counter() - t}
        app.processEvents()
        page.grab()  # what the window shows: header, cards, the charts in view
        out["visible"] = time.perf_counter() - t
        out["cpu"] = time.process_time() - cpu
        body.grab()  # and every other chart, card and table of the page
        out["whole"] = time.perf_counter() - t
        out["worker"] = page.data().seconds
        out["apply"] = page.apply_seconds
        return out

    load_before = os.getloadavg()[0]
    reps = owners[1:]
    cases: dict[str, list[dict[str, float]]] = {"one rep": [], "all reps": [], "cached": []}
    for run in range(args.runs):
        rep = reps[run % len(reps)]
        page.cache.clear()  # cold: nothing of this filter computed before
        cases["one rep"].append(change_owner(rep))
        page.cache.clear()
        cases["all reps"].append(change_owner(None))
        change_owner(rep)
        cases["cached"].append(change_owner(None))  # shown a moment ago: cached results
    wait_for_all()

    def med(case: str, key: str) -> float:
        return statistics.median(r[key] for r in cases[case]) * 1000

    rows = [
        ("compute on the worker (current + previous + year before, chart series)", "worker"),
        ("apply to cards, charts and tables (GUI thread)", "apply"),
        ("filter change → results applied", "applied"),
        ("filter change → visible part painted (1600×1000)", "visible"),
        ("… CPU time of that (process, all threads)", "cpu"),
        ("filter change → whole page painted (every chart and table)", "whole"),
    ]
    print(f"period {period.label}, {args.runs} runs; medians in ms")
    print(f"{'':72} {'one rep':>8} {'all reps':>9} {'cached':>7}")
    for label, key in rows:
        print(
            f"{label:72} {med('one rep', key):8.0f} {med('all reps', key):9.0f} "
            f"{med('cached', key):7.0f}"
        )
    if args.append:
        machine = (
            f"{platform.machine()}, {os.cpu_count()} CPUs, {platform.system()} {platform.release()}"
        )
        table = "".join(
            f"| {label} | {med('one rep', key):.0f} | {med('all reps', key):.0f} "
            f"| {med('cached', key):.0f} |\n"
            for label, key in rows
        )
        with args.append.open("a", encoding="utf-8") as out:
            out.write(
                f"\n## Dashboard: filter change to painted charts ({args.deals:,} deals)\n\n"
                f"- Date: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC; machine: {machine}; "
                f"Python {platform.python_version()}; load average during the run "
                f"{load_before:.1f} → {os.getloadavg()[0]:.1f} (other sessions shared the CPUs)\n"
                f"- Command: `QT_QPA_PLATFORM=offscreen python benchmarks/dashboard_bench.py "
                f"--deals {args.deals} --runs {args.runs}`\n"
                f"- Data: {origin}; period {period.label}; DashboardPage 1600×1000 offscreen; "
                "the owner filter set to one rep, then to all reps (cold result cache each "
                "time), then to the rep and back to all reps (cached results)\n\n"
                f"| step (median of {args.runs} runs, ms) | to one rep | to all reps | "
                "back to all reps, cached |\n|---|---:|---:|---:|\n" + table
            )
    page.close()


if __name__ == "__main__":
    main()
