"""The sales funnel: a tapered horizontal funnel of pipeline stages, then Won.

Bars are centred, their width proportional to the number of deals that reached the stage
(or to their value), joined by light trapezoids. Each stage is labelled with its count,
the conversion from the previous stage, the overall conversion and the drop-off.
"""

from __future__ import annotations

from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF, QRectF
from PySide6.QtGui import QPolygonF
from PySide6.QtWidgets import QWidget

from desktop_app.charts import format as fmt
from desktop_app.charts.base import ChartView, drawing
from desktop_app.charts.data import rows
from desktop_app.charts.theme import DEFAULT_THEME, GOOD, OKABE_ITO, Theme, brush, pen
from kpi_core.series import FunnelStep, funnel_from_rows
from kpi_core.types import KpiResult

BAR_HEIGHT = 0.72
LEFT = -0.52
RIGHT = 0.52


def _tr(text: str) -> str:
    return QCoreApplication.translate("charts", text)


def funnel_stages(
    result: KpiResult | None, values: Sequence[FunnelStep] | None = None
) -> list[FunnelStep]:
    """The funnel steps to draw: ``values`` (kpi_core's funnel, counts and values from one
    computation) when given, else the counts of ``result``'s ``funnel`` breakdown."""
    return list(values) if values is not None else funnel_from_rows(rows(result, "funnel"))


@drawing
def draw_funnel(
    view: ChartView,
    result: KpiResult | None,
    by: str = "count",
    values: Sequence[FunnelStep] | None = None,
    currency: str = "",
    title: str = "",
) -> pg.PlotItem:
    """Draw the funnel of ``result`` (``by`` = "count" or "value") into ``view``."""
    view.reset()
    view.export_name = "funnel"
    plot = view.new_plot(title=title)
    plot.hideAxis("left")
    plot.hideAxis("bottom")
    plot.showGrid(x=False, y=False)
    stages = funnel_stages(result, values)
    by_value = by == "value" and all(s.value is not None for s in stages)
    measure = [(s.value or 0.0) if by_value else float(s.count) for s in stages]
    top = max(measure, default=0.0) or 1.0
    n = len(stages)
    plot.setXRange(-1.35, 1.55, padding=0)
    plot.setYRange(-n + 0.5, 0.6, padding=0.02)
    if n == 0:
        view.show_empty(plot, _tr("No deals in this period"))
        return plot
    widths = [max(m / top, 0.004) * 0.98 for m in measure]
    last = n - 1
    for i in range(n - 1):  # the tapering joints, behind the bars
        y0, y1 = -i - BAR_HEIGHT / 2, -(i + 1) + BAR_HEIGHT / 2
        poly = QPolygonF(
            [
                QPointF(-widths[i] / 2, y0),
                QPointF(widths[i] / 2, y0),
                QPointF(widths[i + 1] / 2, y1),
                QPointF(-widths[i + 1] / 2, y1),
            ]
        )
        view.add_polygon(
            plot, poly, brush(OKABE_ITO["sky_blue"], 70), pen(OKABE_ITO["sky_blue"], 0, 0)
        )
    colours = [OKABE_ITO["blue"]] * last + [GOOD]
    alphas = [255 - int(110 * i / max(last, 1)) for i in range(last)] + [255]
    view.add_bars(
        plot,
        x=[0.0] * n,
        y=[-float(i) for i in range(n)],
        width=widths,
        height=BAR_HEIGHT,
        brushes=[brush(c, a) for c, a in zip(colours, alphas, strict=True)],
        pens=[pen(c, 1, 0) for c in colours],
    )
    for i, stage in enumerate(stages):
        y = -float(i)
        shown = fmt.money(stage.value, currency) if by_value else fmt.group(stage.count)
        label = stage.key if stage.key != "Won" else _tr("Won")
        view.add_label(plot, label, (LEFT - 0.02, y), (1.0, 0.5), bold=True)
        inside = widths[i] > 0.22
        view.add_label(
            plot,
            fmt.compact(stage.value) if by_value else shown,
            (0.0 if inside else widths[i] / 2 + 0.02, y),
            (0.5, 0.5) if inside else (0.0, 0.5),
            color="#FFFFFF" if inside else view.theme.foreground,
            bold=True,
        )
        step = stage.value_conversion if by_value else stage.conversion
        overall = stage.value_overall if by_value else stage.overall
        dropped = (stage.value_dropped if by_value else stage.dropped) or 0
        if i == 0:
            side = _tr("100 % of entries")
            tip_conv = ""
        else:
            side = _tr("{0} of previous").format(fmt.rate(step))
            drop_text = fmt.money(dropped, currency) if by_value else fmt.group(dropped)
            side += "\n" + _tr("{0} overall · {1} dropped").format(fmt.rate(overall), drop_text)
            tip_conv = "<br>" + _tr(
                "Conversion from previous: {0}<br>Overall: {1}<br>Drop-off: {2}"
            ).format(fmt.rate(step), fmt.rate(overall), drop_text)
        view.add_label(plot, side, (RIGHT + 0.02, y), (0.0, 0.5), color=view.theme.muted)
        tip = _tr("<b>{0}</b><br>Deals: {1}<br>Value: {2}").format(
            label, fmt.group(stage.count), fmt.money(stage.value, currency)
        )
        rect = QRectF(-max(widths[i], 0.1) / 2, y - BAR_HEIGHT / 2, max(widths[i], 0.1), BAR_HEIGHT)
        view.add_hit(plot, rect, stage.key, tip + tip_conv)
    return plot


def funnel_chart(
    result: KpiResult | None,
    by: str = "count",
    values: Sequence[FunnelStep] | None = None,
    currency: str = "",
    title: str = "",
    theme: Theme = DEFAULT_THEME,
    parent: QWidget | None = None,
) -> ChartView:
    """A new ChartView with the funnel of ``result``."""
    view = ChartView(theme, parent)
    draw_funnel(view, result, by, values, currency, title)
    return view
