"""Open pipeline at period end by stage: value and weighted value, with coverage."""

from __future__ import annotations

from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtWidgets import QWidget

from desktop_app.charts import format as fmt
from desktop_app.charts.axes import set_categories
from desktop_app.charts.base import ChartView, drawing
from desktop_app.charts.data import kpi
from desktop_app.charts.theme import DEFAULT_THEME, OKABE_ITO, Theme, brush, pen
from kpi_core.series import PipelineStage
from kpi_core.types import KpiResult

WIDTH = 0.38


def _tr(text: str) -> str:
    return QCoreApplication.translate("charts", text)


@drawing
def draw_pipeline(
    view: ChartView,
    result: KpiResult | None,
    stages: Sequence[PipelineStage],
    currency: str = "",
    title: str = "",
) -> pg.PlotItem:
    """Grouped bars per stage (open value, weighted value) and the coverage figure."""
    view.reset()
    view.export_name = "pipeline"
    plot = view.new_plot(title=title, axes={"left": "compact"})
    n = len(stages)
    if n == 0:
        view.show_empty(plot, _tr("No open pipeline to show"))
        return plot
    value = [s.value for s in stages]
    weighted = [s.weighted for s in stages]
    legend = view.legend(plot, offset=(8, 2), colCount=2)
    open_bars = view.add_bars(
        plot,
        x=[i - WIDTH / 2 for i in range(n)],
        height=value,
        width=WIDTH,
        brush=brush(OKABE_ITO["sky_blue"], 170),
        pen=pen(OKABE_ITO["sky_blue"], 1, 0),
    )
    legend.addItem(open_bars, _tr("Open value"))
    weighted_bars = view.add_bars(
        plot,
        x=[i + WIDTH / 2 for i in range(n)],
        height=weighted,
        width=WIDTH,
        brush=brush(OKABE_ITO["blue"]),
        pen=pen(OKABE_ITO["blue"], 1, 0),
    )
    legend.addItem(weighted_bars, _tr("Weighted by probability"))
    top = max(value + weighted) or 1.0
    for i, s in enumerate(stages):
        tip = _tr("<b>{0}</b><br>Open deals: {1}<br>Value: {2}<br>Weighted: {3}").format(
            s.key, fmt.group(s.count), fmt.money(s.value, currency), fmt.money(s.weighted, currency)
        )
        h = max(value[i], weighted[i], top * 0.03)
        view.add_hit(plot, QRectF(i - WIDTH, 0, 2 * WIDTH, h), s.key, tip)
        if value[i] > 0:
            view.add_label(plot, fmt.compact(value[i]), (i - WIDTH / 2, value[i]), size=8)
        if weighted[i] > 0:
            view.add_label(plot, fmt.compact(weighted[i]), (i + WIDTH / 2, weighted[i]), size=8)
    set_categories(plot, [f"{s.key}\n{fmt.group(s.count)}" for s in stages], "bottom")
    plot.setXRange(-0.6, n - 0.4, padding=0)
    plot.setYRange(0, top * 1.32, padding=0)
    coverage = kpi(result, "pipeline_coverage")
    total = kpi(result, "weighted_pipeline")
    summary = _tr("Weighted pipeline {0} · Coverage {1}").format(
        fmt.money(total, currency),
        fmt.value_text("pipeline_coverage", coverage),
    )
    view.set_title(plot, view.theme.title_html(f"{title} · {summary}" if title else summary))
    return plot


def pipeline_chart(
    result: KpiResult | None,
    stages: Sequence[PipelineStage],
    currency: str = "",
    title: str = "",
    theme: Theme = DEFAULT_THEME,
    parent: QWidget | None = None,
) -> ChartView:
    """A new ChartView with the open pipeline by stage."""
    view = ChartView(theme, parent)
    draw_pipeline(view, result, stages, currency, title)
    return view
