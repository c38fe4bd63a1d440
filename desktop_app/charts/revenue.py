"""Monthly revenue of the period next to the same months of the year before."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtWidgets import QWidget

from desktop_app.charts import format as fmt
from desktop_app.charts.axes import label_step, set_categories
from desktop_app.charts.base import ChartView, drawing
from desktop_app.charts.data import month_label, rows
from desktop_app.charts.theme import DEFAULT_THEME, OKABE_ITO, Theme, brush, pen
from kpi_core.types import KpiResult, YearBefore

WIDTH = 0.38


def _tr(text: str) -> str:
    return QCoreApplication.translate("charts", text)


@drawing
def draw_monthly_revenue(
    view: ChartView,
    result: KpiResult | None,
    comparison: KpiResult | YearBefore | None = None,
    currency: str = "",
    title: str = "",
) -> pg.PlotItem:
    """Bars of ``revenue_by_month``; with ``comparison`` (the same months a year before)
    a second, lighter series and a legend."""
    view.reset()
    view.export_name = "monthly_revenue"
    plot = view.new_plot(title=title, axes={"left": "compact"})
    current = rows(result, "revenue_by_month")
    before = rows(comparison, "revenue_by_month")
    n = len(current)
    if n == 0:
        view.show_empty(plot, _tr("No months in this period"))
        return plot
    legend = view.legend(plot, offset=(8, 2), colCount=2)
    paired = len(before) == n
    shift = WIDTH / 2 if paired else 0.0
    values = [float(r.get("value") or 0.0) for r in current]
    xs = [i + shift for i in range(n)]
    cur_label = _tr("This period")
    if paired:
        old = [float(r.get("value") or 0.0) for r in before]
        prev_bars = view.add_bars(
            plot,
            x=[i - shift for i in range(n)],
            height=old,
            width=WIDTH,
            brush=brush(OKABE_ITO["sky_blue"], 150),
            pen=pen(OKABE_ITO["sky_blue"], 1, 0),
        )
        legend.addItem(prev_bars, _tr("Year before"))
        for i, row in enumerate(before):
            tip = _tr("<b>{0}</b><br>Revenue: {1}").format(
                month_label(str(row.get("key"))), fmt.money(old[i], currency)
            )
            view.add_hit(
                plot, QRectF(i - shift - WIDTH / 2, 0, WIDTH, old[i]), str(row["key"]), tip
            )
    bars = view.add_bars(
        plot,
        x=xs,
        height=values,
        width=WIDTH if paired else 0.6,
        brush=brush(OKABE_ITO["blue"]),
        pen=pen(OKABE_ITO["blue"], 1, 0),
    )
    legend.addItem(bars, cur_label)
    top = max(values + ([float(r.get("value") or 0.0) for r in before] if paired else []))
    width = WIDTH if paired else 0.6
    for i, row in enumerate(current):
        key = str(row.get("key"))
        lines = [
            f"<b>{month_label(key)}</b>",
            _tr("Revenue: {0}").format(fmt.money(values[i], currency)),
            _tr("Share of period: {0}").format(fmt.rate(row.get("share"))),
        ]
        if paired:
            old_value = float(before[i].get("value") or 0.0)
            growth = before[i].get("growth")  # kpi_core: (this month − that month) / that month
            lines.append(
                _tr("{0}: {1} (change {2})").format(
                    month_label(str(before[i].get("key"))),
                    fmt.money(old_value, currency),
                    fmt.growth(growth),
                )
            )
        height = max(values[i], top * 0.02)
        view.add_hit(plot, QRectF(xs[i] - width / 2, 0, width, height), key, "<br>".join(lines))
        if n <= 12 and values[i] > 0:
            view.add_label(plot, fmt.compact(values[i]), (xs[i], values[i]), (0.5, 1.0), size=8)
    set_categories(plot, [month_label(str(r.get("key"))) for r in current], "bottom", label_step(n))
    plot.setXRange(-0.6, n - 0.4, padding=0)
    plot.setYRange(0, (top or 1.0) * 1.3, padding=0)
    return plot


def monthly_revenue_chart(
    result: KpiResult | None,
    comparison: KpiResult | None = None,
    currency: str = "",
    title: str = "",
    theme: Theme = DEFAULT_THEME,
    parent: QWidget | None = None,
) -> ChartView:
    """A new ChartView with the monthly revenue of ``result`` (and ``comparison``)."""
    view = ChartView(theme, parent)
    draw_monthly_revenue(view, result, comparison, currency, title)
    return view
