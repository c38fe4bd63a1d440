"""Screenshots of the Dashboard for the docs (run under Xvfb or offscreen).

    xvfb-run -a -s "-screen 0 1600x1000x24" python scripts/shot_dashboard.py [--out docs/screenshots]

Fills a temporary database with the demo company (``desktop_app.store.demo``; a generated
dataset when the store is not available), opens the DashboardPage at 1600×1000 and saves:
``dashboard.png`` (the top of the page), ``dashboard_charts.png`` (the charts further down),
``dashboard_full.png`` (the whole page) and ``dashboard_explain.png`` (the explain panel).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QObject, Signal  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

TODAY = dt.date(2025, 11, 20)


class ShotContext(QObject):
    """The part of AppContext the dashboard uses."""

    data_changed = Signal(object)
    dataset_changed = Signal(object)
    settings_changed = Signal()

    def __init__(self, dataset, settings) -> None:  # noqa: ANN001
        super().__init__()
        self._dataset, self._settings = dataset, settings

    def dataset(self):  # noqa: ANN201
        return self._dataset

    def kpi_settings(self):  # noqa: ANN201
        return self._settings


def demo_dataset():  # noqa: ANN201
    """The demo company's dataset and settings (or a generated dataset)."""
    try:
        from desktop_app.store.demo import generate_demo
        from desktop_app.store.engine import open_database
        from desktop_app.store.loader import load_dataset, load_kpi_settings

        path = Path(tempfile.mkdtemp(prefix="dealbook-shot-")) / "demo.sqlite"
        engine = open_database(path)
        generate_demo(engine, deals=1500, seed=7, today=TODAY)
        try:
            return load_dataset(engine), load_kpi_settings(engine)
        finally:
            engine.dispose()
    except ImportError as exc:
        print(f"(no demo store: {exc}; using a generated dataset)")
        from benchmarks.kpi_core_timing import synthetic
        from kpi_core.dataset import KpiSettings

        return synthetic(3000), KpiSettings()


def settle(app: QApplication, page, timeout: float = 30.0) -> None:  # noqa: ANN001
    """Process events until the dashboard is up to date and laid out."""
    end = time.monotonic() + timeout
    while (page.data() is None or page.is_updating()) and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)
    for _ in range(20):
        app.processEvents()
        time.sleep(0.01)


def main() -> None:
    parser = argparse.ArgumentParser(description="Dashboard screenshots")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--period", default="2025")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from desktop_app.ui.dashboard import DashboardPage
    from desktop_app.ui.tasks import wait_for_all
    from kpi_core.periods import parse_period

    dataset, settings = demo_dataset()
    page = DashboardPage(ShotContext(dataset, settings))
    page.setWindowTitle("Dealbook — Dashboard")
    page.resize(1600, 1000)
    page.show()
    page.set_period(parse_period(args.period))
    settle(app, page)
    args.out.mkdir(parents=True, exist_ok=True)
    page.grab().save(str(args.out / "dashboard.png"))
    body = page.scroll_area.widget()
    body.grab()
    body.grab().save(str(args.out / "dashboard_full.png"))
    page.scroll_area.ensureWidgetVisible(page.sections, 0, 0)
    page.scroll_area.verticalScrollBar().setValue(page.sections.y() - 10)
    settle(app, page)
    page.grab().save(str(args.out / "dashboard_charts.png"))
    page.scroll_area.verticalScrollBar().setValue(0)
    page.explain("win_rate")
    end = time.monotonic() + 20
    while not page.explain_panel.show_deals.isEnabled() and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)
    settle(app, page)
    page.scroll_area.verticalScrollBar().setValue(
        max(0, page.explain_panel.y() + page.explain_panel.height() - 940)
    )
    settle(app, page)
    page.grab().save(str(args.out / "dashboard_explain.png"))
    wait_for_all()
    print("saved", ", ".join(sorted(p.name for p in args.out.glob("dashboard*.png"))))


if __name__ == "__main__":
    main()
