"""A filter change shows the figures and the charts in view first, then the rest; charts are
updated in place (the same pyqtgraph items), never rebuilt."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QPoint

from desktop_app.charts import format as fmt
from desktop_app.charts.nps import draw_nps
from desktop_app.charts.revenue import monthly_revenue_chart
from desktop_app.charts.sources import draw_source_bars, source_chart
from desktop_app.ui.dashboard import DashboardPage
from desktop_app.ui.dashboard import page as page_module
from desktop_app.ui.dashboard.compute import compute_previous
from desktop_app.ui.dashboard.drawing import in_view
from kpi_core.engine import compute_kpis
from kpi_core.filters import Filters
from kpi_core.periods import parse_period, previous_period

from .test_charts import comparison, nps_months, result

WAIT = 20000


def test_a_redraw_updates_the_same_items_in_place(qtbot):
    view = monthly_revenue_chart(result(), comparison(), "EUR")
    qtbot.addWidget(view)
    plot, bars, labels = view.plots[0], list(view.bars), list(view.labels)
    other = result()
    other["breakdowns"]["revenue_by_month"] = [
        {"key": f"2025-{m:02d}", "value": 50.0 * m, "share": m / 78} for m in range(1, 7)
    ]
    from desktop_app.charts.revenue import draw_monthly_revenue

    draw_monthly_revenue(view, other, None, "EUR")
    assert view.plots == [plot]  # the same plot, still in its place in the layout
    assert view.ci.getItem(0, 0) is plot
    assert view.bars == bars[:1]  # one series now: the first bar item, reused
    assert list(view.bars[0].opts["height"]) == [50.0 * m for m in range(1, 7)]
    assert view.bars[0].opts["x0"] is None  # nothing of its last use is left
    assert not bars[1].isVisible()  # the year before's item is hidden, not drawn
    assert view.labels == labels[:6] and all(label.isVisible() for label in view.labels)
    assert all(not label.isVisible() for label in labels[6:])
    assert [label.toPlainText() for label in view.labels] == [
        fmt.compact(50.0 * m) for m in range(1, 7)
    ]


def test_a_chart_with_fewer_plots_takes_the_others_out_of_the_layout(qtbot):
    months = nps_months(["2025-01-05", "2025-02-01"], [10, 3])
    view = source_chart(result(), "revenue", "EUR")
    qtbot.addWidget(view)
    draw_nps(view, result(), months)
    assert len(view.plots) == 2 and view.ci.getItem(1, 0) is view.plots[1]
    draw_nps(view, result(), None)  # the score only
    assert len(view.plots) == 1 and view.ci.getItem(1, 0) is None
    draw_source_bars(view, result(), "cac", "EUR")
    assert len(view.plots) == 1 and view.ci.getItem(0, 0) is view.plots[0]
    assert len(view.bars) == 1 and len(view.labels) == 2


def test_filter_change_shows_figures_first_and_the_changes_when_they_arrive(
    qtbot, context, dataset, monkeypatch
):
    """The previous period is worked out after the figures are shown: held here by an
    event, the cards show the period's values with a pending change, then the change."""
    page = DashboardPage(context)
    qtbot.addWidget(page)
    page.resize(1400, 900)
    page.show()
    with qtbot.waitSignal(page.updated, timeout=WAIT):
        page.set_period(parse_period("2025-Q2"))
    release = threading.Event()
    started = threading.Event()

    def held(*args, **kwargs):
        started.set()
        assert release.wait(WAIT / 1000)
        return compute_previous(*args, **kwargs)

    monkeypatch.setattr(page_module, "compute_previous", held)
    period = parse_period("2025-Q2")
    alice = compute_kpis(dataset, period, Filters(owner="Alice"))
    before = compute_kpis(dataset, previous_period(period), Filters(owner="Alice"))
    try:
        with qtbot.waitSignal(page.shown, timeout=WAIT):
            page.filter_bar.set_filter("owner", "Alice")
        card = page.cards["revenue"]
        assert card.value.text() == fmt.money(alice["kpis"]["revenue"], "USD")
        assert card.change.text() == "…" and card.change_text == ""
        assert page.is_updating() and page.updating_label.isVisibleTo(page)
        assert page.data().previous is None
        qtbot.waitUntil(started.is_set, timeout=WAIT)
    finally:
        release.set()
    with qtbot.waitSignal(page.updated, timeout=WAIT):
        pass
    delta = fmt.change("revenue", alice["kpis"]["revenue"], before["kpis"]["revenue"], "USD")
    assert card.change_text == delta.text
    assert page.data().previous["kpis"] == before["kpis"]
    assert not page.is_updating()


def test_charts_out_of_view_are_drawn_after_the_ones_in_view(qtbot, context, dataset):
    page = DashboardPage(context)
    qtbot.addWidget(page)
    page.resize(1500, 800)
    page.show()
    qtbot.waitExposed(page)
    with qtbot.waitSignal(page.updated, timeout=WAIT):
        page.set_period(parse_period("2025"))
    viewport = page.scroll_area.viewport()
    views = page.sections.views
    page.scroll_area.verticalScrollBar().setValue(0)  # the cards; every chart is below
    assert not any(in_view(v, viewport) for v in views.values())
    nps_plot = views["nps_trend"].plots[0]
    with qtbot.waitSignal(page.shown, timeout=WAIT):
        page.filter_bar.set_filter("owner", "Bob")
    assert page.drawings.pending()  # nothing in view drew a chart: all of them wait
    with qtbot.waitSignal(page.updated, timeout=WAIT):
        pass
    assert not page.drawings.pending()
    bob = compute_kpis(dataset, parse_period("2025"), Filters(owner="Bob"))
    revenue = views["revenue_by_source"]
    expected = [r["value"] for r in bob["breakdowns"]["revenue_by_source"][:8]]
    assert list(revenue.bars[0].opts["width"]) == pytest.approx(expected)
    assert views["nps_trend"].plots[0] is nps_plot  # redrawn in place
    # scrolled to the charts, a change draws them before ``shown``
    chart = views["monthly_revenue"]
    top = chart.mapTo(page.scroll_area.widget(), QPoint(0, 0)).y()
    page.scroll_area.verticalScrollBar().setValue(top - 10)
    assert in_view(chart, viewport)
    with qtbot.waitSignal(page.shown, timeout=WAIT):
        page.filter_bar.set_filter("owner", None)
    everyone = compute_kpis(dataset, parse_period("2025"), Filters())
    heights = list(chart.bars[-1].opts["height"])
    assert heights == [r["value"] for r in everyone["breakdowns"]["revenue_by_month"]]
    with qtbot.waitSignal(page.updated, timeout=WAIT):
        pass
