"""Dashboard speed: from a filter change to painted charts (not a test).

    QT_QPA_PLATFORM=offscreen python benchmarks/dashboard_bench.py [--deals 100000] [--runs 7]
        [--json]

Opens the cached synthetic database of ``benchmarks/_synthetic.py`` with the store's loader
(a numpy-generated Dataset when that fails), fills kpi_core's per-dataset caches as the
window does on its loading worker, and shows a DashboardPage of 1600×1000 on the platform
given (offscreen by default) with its result cache shared with nothing. Then, in each run
and for two places of the page, the cards at the top and the charts (scrolled to the
monthly revenue, funnel and pipeline charts; the filters stay in view above), it sets the
owner filter to one rep and to all reps with an empty result cache ("cold"), and back to
the rep and to all reps again with results it has seen ("cached").

For each change it times, from ``set_filter``:

* ``shown``: the page's ``shown`` signal (the figures and the charts in view applied);
* ``painted``: the event loop run until the widgets repainted and no paint is pending
  (every ``QEvent.Paint`` is watched): what the user sees, with the CPU time of the
  process (all threads) and of the GUI thread alone over the same span;
* ``complete``: the page's ``updated`` signal (the cards' changes against the previous
  period and every chart out of view drawn too), and painted after it.

Prints a table of medians, or with ``--json`` one JSON line (machine, load averages before
and after, medians per case) for ``benchmarks.all``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer, Signal  # noqa: E402
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


def load(deals: int, generated: bool = False) -> tuple[Dataset, KpiSettings, str]:
    """A dataset of ``deals`` deals and how it was made."""
    try:
        if generated:
            raise RuntimeError("--generated")
        from benchmarks._synthetic import cached_db
        from desktop_app.store.engine import open_database
        from desktop_app.store.loader import load_dataset, load_kpi_settings

        engine = open_database(cached_db(deals))
        try:
            return load_dataset(engine), load_kpi_settings(engine), "synthetic database + loader"
        finally:
            engine.dispose()
    except Exception as exc:  # noqa: BLE001 - fall back to a generated dataset
        print(f"(database path unavailable: {exc}; generating with numpy)", file=sys.stderr)
        from benchmarks.kpi_core_timing import synthetic

        return synthetic(deals), KpiSettings(), "numpy-generated Dataset"


class PaintWatch(QObject):
    """Counts every paint event of the application's widgets."""

    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


_WAKE: list[QTimer] = []


def wake_in(ms: int) -> None:
    """Make the event loop's wait end after ``ms`` even when nothing else happens."""
    if not _WAKE:
        timer = QTimer()
        timer.setSingleShot(True)
        timer.timeout.connect(_nothing)
        _WAKE.append(timer)
    _WAKE[0].start(ms)


def _nothing() -> None:
    return None


def run_until(app: QApplication, done: Any, timeout: float = 120.0) -> None:
    """Process events until ``done()``; the loop sleeps while nothing happens (no spinning,
    which would take CPU from the dashboard's worker)."""
    end = time.perf_counter() + timeout
    while not done():
        wake_in(50)  # wake up now and then to check ``done``
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        if time.perf_counter() > end:
            raise TimeoutError("the dashboard did not update")


def settle_paint(app: QApplication, watch: PaintWatch) -> None:
    """Process events until the widgets have repainted and a turn of the event loop brings
    no further paint."""
    before = watch.paints
    quiet = 0  # turns in a row without a paint
    end = time.perf_counter() + 30
    while time.perf_counter() < end:
        count = watch.paints
        wake_in(0)  # the turn ends even when nothing else comes
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        quiet = quiet + 1 if watch.paints == count else 0
        if quiet and watch.paints > before or quiet >= 3:
            return  # painted and settled, or nothing left to paint


def machine() -> dict[str, str]:
    from benchmarks.kpi_bench import machine as about

    return about()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--deals", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--json", action="store_true", help="print one JSON line")
    parser.add_argument(
        "--generated",
        action="store_true",
        help="a numpy-generated Dataset instead of the synthetic database (any version)",
    )
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication([])
    load_before = os.getloadavg()

    from desktop_app.ui.dashboard import DashboardPage
    from desktop_app.ui.tasks import wait_for_all
    from kpi_core import prepare

    t = time.perf_counter()
    dataset, settings, origin = load(args.deals, args.generated)
    prepare(dataset, settings.base_currency)  # as the window's loading worker does
    loaded = time.perf_counter() - t
    page = DashboardPage(BenchContext(dataset, settings))
    page.resize(1600, 1000)
    page.show()
    watch = PaintWatch()
    app.installEventFilter(watch)
    events = {"shown": 0, "updated": 0}
    # a dashboard without ``shown`` (before the figures came first) shows all at ``updated``
    shown_signal = getattr(page, "shown", page.updated)
    shown_signal.connect(lambda: events.__setitem__("shown", events["shown"] + 1))
    page.updated.connect(lambda: events.__setitem__("updated", events["updated"] + 1))
    run_until(app, lambda: events["updated"] >= 1)
    settle_paint(app, watch)
    period = page.current_period()
    reps = sorted(dataset.deals["owner"].dropna().unique().tolist())[:3]

    def change_owner(owner: str | None) -> dict[str, float]:
        shown, updated = events["shown"], events["updated"]
        t, cpu, gui = time.perf_counter(), time.process_time(), time.thread_time()
        page.filter_bar.set_filter("owner", owner)
        run_until(app, lambda: events["shown"] > shown)
        out = {"shown": time.perf_counter() - t}
        settle_paint(app, watch)
        out["painted"] = time.perf_counter() - t
        out["cpu"] = time.process_time() - cpu
        out["gui_cpu"] = time.thread_time() - gui
        run_until(app, lambda: events["updated"] > updated)
        out["updated"] = time.perf_counter() - t
        settle_paint(app, watch)
        out["complete"] = time.perf_counter() - t
        out["complete_cpu"] = time.process_time() - cpu
        out["worker"] = page.data().seconds
        out["apply"] = page.apply_seconds
        return out

    def scroll_to(where: str) -> None:
        bar = page.scroll_area.verticalScrollBar()
        if where == "top":
            bar.setValue(0)
        else:
            chart = page.sections.views["monthly_revenue"].parentWidget()
            body = page.scroll_area.widget()
            bar.setValue(chart.mapTo(body, chart.rect().topLeft()).y() - 10)
        settle_paint(app, watch)

    cases: dict[str, list[dict[str, float]]] = {}
    for run in range(args.runs):
        rep = reps[run % len(reps)]
        for where in ("top", "charts"):
            scroll_to(where)
            page.cache.clear()  # cold: nothing of this filter computed before
            cases.setdefault(f"{where}, to one rep", []).append(change_owner(rep))
            page.cache.clear()
            cases.setdefault(f"{where}, to all reps", []).append(change_owner(None))
            change_owner(rep)
            cases.setdefault(f"{where}, to all reps, cached", []).append(change_owner(None))
    wait_for_all()
    load_after = os.getloadavg()

    medians = {
        case: {key: statistics.median(r[key] for r in runs) * 1000 for key in runs[0]}
        for case, runs in cases.items()
    }
    if args.json:
        print(
            json.dumps(
                {
                    "deals": len(dataset.deals),
                    "origin": origin,
                    "period": period.label,
                    "runs": args.runs,
                    "size": [1600, 1000],
                    "load_seconds": loaded,
                    "load_average_before": load_before,
                    "load_average_after": load_after,
                    "machine": machine(),
                    "medians_ms": medians,
                }
            )
        )
    else:
        print(
            f"{len(dataset.deals):,} deals ({origin}), period {period.label}, "
            f"{args.runs} runs, 1600×1000; load average {load_before[0]:.1f} → "
            f"{load_after[0]:.1f}; medians in ms"
        )
        columns = [
            ("worker", "compute"),
            ("apply", "apply"),
            ("shown", "shown"),
            ("painted", "painted"),
            ("cpu", "CPU"),
            ("gui_cpu", "GUI CPU"),
            ("updated", "updated"),
            ("complete", "all painted"),
            ("complete_cpu", "CPU"),
        ]
        print(f"{'filter change':34}" + "".join(f"{title:>12}" for _k, title in columns))
        for case, values in medians.items():
            print(f"{case:34}" + "".join(f"{values[k]:12.0f}" for k, _t in columns))
    page.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
