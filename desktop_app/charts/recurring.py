"""MRR by month: the MRR at each month's end above, and where its change came from below
(new and expansion MRR up, contraction and lost MRR down), from
:func:`kpi_core.movements.mrr_movements`. Every caption and number is the presentation's
(:mod:`desktop_app.presentation.sections`)."""

from __future__ import annotations

from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QWidget

from desktop_app.charts import format as fmt
from desktop_app.charts.axes import label_step, set_categories
from desktop_app.charts.base import ChartView, drawing
from desktop_app.charts.data import month_label
from desktop_app.charts.theme import DEFAULT_THEME, OKABE_ITO, Theme, brush, pen
from desktop_app.presentation import i18n
from desktop_app.presentation.format import format_value
from desktop_app.presentation.sections import MOVEMENT_FIELDS, NO_MOVEMENTS, movement_label
from kpi_core.movements import MrrMonth

WIDTH = 0.6
#: movement -> (colour, drawn upwards)
SERIES: dict[str, tuple[str, bool]] = {
    "new": (OKABE_ITO["bluish_green"], True),
    "expansion": (OKABE_ITO["sky_blue"], True),
    "contraction": (OKABE_ITO["orange"], False),
    "lost": (OKABE_ITO["vermillion"], False),
}
LINE = OKABE_ITO["blue"]


def tooltip(month: MrrMonth, currency: str) -> str:
    """The month in bold, then MRR at start, each movement and MRR at end."""
    lines = [f"<b>{month_label(month.key)}</b>"]
    for f in MOVEMENT_FIELDS:
        text = format_value(getattr(month, f.name), f.unit, currency)
        lines.append(f"{i18n.tr(f.label)}: {text}")
    return "<br>".join(lines)


def bar_stacks(months: Sequence[MrrMonth]) -> dict[str, tuple[list[float], list[float]]]:
    """movement -> (bottoms, heights) per month: new from 0 and expansion on top of it;
    contraction down from 0 and lost below it."""
    out: dict[str, tuple[list[float], list[float]]] = {}
    for name in SERIES:
        heights = [getattr(m, name) for m in months]
        if name == "new":
            bottoms = [0.0] * len(months)
        elif name == "expansion":
            bottoms = [m.new for m in months]
        elif name == "contraction":
            bottoms = [-m.contraction for m in months]
        else:
            bottoms = [-(m.contraction + m.lost) for m in months]
        out[name] = (bottoms, heights)
    return out


@drawing
def draw_mrr_movements(
    view: ChartView,
    months: Sequence[MrrMonth] | None,
    currency: str = "",
    title: str = "",
) -> pg.PlotItem:
    """The MRR at month end (line, top) and the month's movements (bars, bottom)."""
    view.reset()
    view.export_name = "mrr_movements"
    months = list(months or [])
    top_plot = view.new_plot(0, 0, title=title, axes={"left": "compact"})
    if not months:
        view.show_empty(top_plot, i18n.tr(NO_MOVEMENTS))
        return top_plot
    plot = view.new_plot(1, 0, axes={"left": "compact"})
    layout = view.ci.layout
    layout.setRowStretchFactor(0, 2)
    layout.setRowStretchFactor(1, 3)
    n = len(months)
    xs = list(range(n))
    ends = [m.end_mrr for m in months]
    view.add_line(
        top_plot,
        xs,
        ends,
        pen=pen(LINE, 2.6),
        symbol="o",
        symbolSize=8,
        symbolBrush=brush(LINE),
        symbolPen=pen(LINE, 1),
    )
    step = label_step(n, 8)
    for i, value in enumerate(ends):
        if i % step == 0 or i == n - 1:
            view.add_label(top_plot, fmt.compact(value), (i, value), (0.5, 1.25), size=8)
    low, high = min(ends), max(ends)
    pad = (high - low) * 0.45 or high * 0.1 or 1.0
    top_plot.setYRange(max(0.0, low - pad * 0.6), high + pad, padding=0)
    top_plot.getAxis("bottom").setTicks([[], []])
    top_plot.getAxis("bottom").setStyle(showValues=False)
    top_plot.getAxis("left").setLabel(movement_label("end_mrr"))
    legend = view.legend(plot, offset=(8, 2), colCount=4)
    for name, (bottoms, heights) in bar_stacks(months).items():
        colour = SERIES[name][0]
        bars = view.add_bars(
            plot,
            x=xs,
            y0=bottoms,
            height=heights,
            width=WIDTH,
            brush=brush(colour),
            pen=pen(colour, 1, 0),
        )
        bars.movement = name
        legend.addItem(bars, movement_label(name))
    up = max(m.new + m.expansion for m in months)
    down = max(m.contraction + m.lost for m in months)
    span = max(up, down, 1.0)
    for i, m in enumerate(months):
        rect = QRectF(
            i - WIDTH / 2,
            -max(m.contraction + m.lost, span * 0.03),
            WIDTH,
            max(m.new + m.expansion, span * 0.03) + max(m.contraction + m.lost, span * 0.03),
        )
        tip = tooltip(m, currency)
        view.add_hit(plot, rect, m.key, tip)
        view.add_hit(top_plot, QRectF(i - WIDTH / 2, 0, WIDTH, m.end_mrr * 2 or 1.0), m.key, tip)
    view.add_hline(plot, 0.0, pen("#6B7280", 1))
    set_categories(plot, [month_label(m.key) for m in months], "bottom", label_step(n))
    for p in (plot, top_plot):
        p.setXRange(-0.6, n - 0.4, padding=0)
    plot.setYRange(-(down or span * 0.1) * 1.15, (up or span * 0.1) * 1.45, padding=0)
    top_plot.getAxis("left").setWidth(None)
    width = max(top_plot.getAxis("left").width(), plot.getAxis("left").width(), 56)
    for p in (plot, top_plot):
        p.getAxis("left").setWidth(int(width))
    return plot


def mrr_movements_chart(
    months: Sequence[MrrMonth] | None,
    currency: str = "",
    title: str = "",
    theme: Theme = DEFAULT_THEME,
    parent: QWidget | None = None,
) -> ChartView:
    """A new ChartView with the MRR movements of ``months``."""
    view = ChartView(theme, parent)
    draw_mrr_movements(view, months, currency, title)
    return view
