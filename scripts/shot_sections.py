"""Screenshots of the dashboard's recurring-revenue, activities and source sections.

    xvfb-run -a -s "-screen 0 1920x1080x24" python scripts/shot_sections.py [--out DIR]

The demo company (fixed seed and day) at 1024×700 and 1920×1080: the Recurring revenue and
Activities sections and the opportunities / expected revenue by source charts; then the
same company without contract lengths and activities, where the sections show their hints.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402
from shot_dashboard import ShotContext, settle  # noqa: E402

SIZES = ((1024, 700), (1920, 1080))


def demo(today):  # noqa: ANN001, ANN201
    import tempfile

    from desktop_app.store.demo import generate_demo
    from desktop_app.store.engine import open_database
    from desktop_app.store.loader import load_dataset, load_kpi_settings

    path = Path(tempfile.mkdtemp(prefix="dealbook-shot-")) / "demo.sqlite"
    engine = open_database(path)
    try:
        generate_demo(engine, deals=1500, seed=7, today=today)
        return load_dataset(engine), load_kpi_settings(engine)
    finally:
        engine.dispose()


def without_contracts_or_activities(dataset):  # noqa: ANN001, ANN201
    """The same company with no contract length on any deal and no activity."""
    import numpy as np

    from kpi_core.dataset import empty_frame

    return dataclasses.replace(
        dataset,
        deals=dataset.deals.assign(contract_months=np.nan),
        activities=empty_frame("activities"),
    )


def shoot(app, page, widget, path: Path, top_margin: int = 10) -> None:  # noqa: ANN001
    """Scroll ``widget`` to the top of the view and save the window."""
    scroll = getattr(page, "scroll_area", None) or page.scroll
    bar = scroll.verticalScrollBar()
    bar.setValue(max(0, widget.mapTo(scroll.widget(), widget.rect().topLeft()).y() - top_margin))
    settle(app, page)
    page.grab().save(str(path))
    print("saved", path)


def main() -> None:
    import datetime as dt

    parser = argparse.ArgumentParser(description="Dashboard section screenshots")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--period", default="2025")
    parser.add_argument("--today", default="2026-01-15")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from desktop_app.ui.dashboard import DashboardPage
    from desktop_app.ui.tasks import wait_for_all
    from kpi_core.periods import parse_period

    dataset, settings = demo(dt.date.fromisoformat(args.today))
    bare = without_contracts_or_activities(dataset)
    args.out.mkdir(parents=True, exist_ok=True)
    for name, data in (("", dataset), ("-no-contracts", bare)):
        for width, height in SIZES:
            page = DashboardPage(ShotContext(data, settings))
            page.resize(width, height)
            page.show()
            page.set_period(parse_period(args.period))
            settle(app, page)
            page.resize(width, height)  # the header may have widened the first layout
            settle(app, page)
            suffix = "" if width == 1920 else f"-{width}"
            out = args.out
            if name:
                recurring = page.optional["recurring"]
                shoot(app, page, recurring, out / f"dashboard{name}{suffix}.png", 200)
            else:
                recurring, activities = page.optional["recurring"], page.optional["activities"]
                shoot(app, page, page.card_area, out / f"dashboard-cards{suffix}.png")
                shoot(app, page, recurring, out / f"dashboard-recurring{suffix}.png")
                chart = recurring.chart_card
                shoot(app, page, chart, out / f"dashboard-recurring-chart{suffix}.png")
                shoot(app, page, activities, out / f"dashboard-activities{suffix}.png")
                view = page.sections.views["opportunities_by_source"]
                card = view.parentWidget().parentWidget()
                shoot(app, page, card, out / f"dashboard-sources{suffix}.png")
            page.close()
            page.deleteLater()
            wait_for_all()


if __name__ == "__main__":
    main()
