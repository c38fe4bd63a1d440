"""Lead sources compared: revenue, win rate and customer acquisition cost by source.

Horizontal bars (source names read well on the left axis), largest first as the
breakdowns come, at most :data:`MAX_ROWS` sources.
"""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtWidgets import QWidget

from desktop_app.charts import format as fmt
from desktop_app.charts.axes import set_categories
from desktop_app.charts.bars import key_text
from desktop_app.charts.base import ChartView, drawing
from desktop_app.charts.data import rows
from desktop_app.charts.theme import DEFAULT_THEME, OKABE_ITO, Theme, brush, pen
from kpi_core.types import KpiResult

MAX_ROWS = 8
HEIGHT = 0.64

#: kind -> (breakdown, colour)
KINDS: dict[str, tuple[str, str]] = {
    "revenue": ("revenue_by_source", OKABE_ITO["blue"]),
    "win_rate": ("win_rate_by_source", OKABE_ITO["bluish_green"]),
    "cac": ("cac_by_source", OKABE_ITO["orange"]),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("charts", text)


def _titles() -> dict[str, str]:
    return {kind: fmt.label(breakdown) for kind, (breakdown, _) in KINDS.items()}


def _text(kind: str, value: float | None, currency: str) -> str:
    if kind == "win_rate":
        return fmt.rate(value)
    return fmt.money(value, currency)


def _tooltip(kind: str, row: dict[str, Any], currency: str) -> str:
    key = key_text(KINDS[kind][0], row.get("key"))  # "(none)" for deals without a source
    value = row.get("value")
    if kind == "revenue":
        return _tr("<b>{0}</b><br>Revenue: {1}<br>Share: {2}").format(
            key, fmt.money(value, currency), fmt.rate(row.get("share"))
        )
    if kind == "win_rate":
        return _tr("<b>{0}</b><br>Win rate: {1}").format(key, fmt.rate(value))
    why = "" if value is not None else "<br>" + _tr("No new customers from this source")
    return (
        _tr("<b>{0}</b><br>CAC: {1}<br>Spend: {2}<br>New customers: {3}").format(
            key,
            fmt.money(value, currency),
            fmt.money(row.get("spend"), currency),
            fmt.group(row.get("new_customers") or 0),
        )
        + why
    )


@drawing
def draw_source_bars(
    view: ChartView,
    result: KpiResult | None,
    kind: str = "revenue",
    currency: str = "",
    title: str | None = None,
) -> pg.PlotItem:
    """Draw the ``kind`` ("revenue", "win_rate" or "cac") by source of ``result``."""
    view.reset()
    view.export_name = f"{kind}_by_source"
    breakdown, colour = KINDS[kind]
    axis = "percent" if kind == "win_rate" else "compact"
    plot = view.new_plot(title=_titles()[kind] if title is None else title, axes={"bottom": axis})
    plot.showGrid(x=True, y=False, alpha=view.theme.grid_alpha)
    data = rows(result, breakdown)
    if kind == "cac":  # cheapest first; undefined last
        data.sort(key=lambda r: (r.get("value") is None, r.get("value") or 0.0))
    data = data[:MAX_ROWS]
    n = len(data)
    if n == 0:
        view.show_empty(plot, _tr("No data in this period"))
        return plot
    values = [r.get("value") for r in data]
    numbers = [float(v) if v is not None else 0.0 for v in values]
    top = max(numbers) or 1.0
    if kind == "win_rate":
        top = max(top, 0.5)
    view.add_bars(
        plot,
        x0=[0.0] * n,
        y=[-float(i) for i in range(n)],
        width=numbers,
        height=HEIGHT,
        brush=brush(colour),
        pen=pen(colour, 1, 0),
    )
    for i, row in enumerate(data):
        view.add_label(
            plot,
            _text(kind, values[i], "") if values[i] is not None else fmt.DASH,
            (numbers[i] + top * 0.01, -float(i)),
            (0.0, 0.5),
            size=8,
        )
        rect = QRectF(0, -i - HEIGHT / 2, max(numbers[i], top * 0.03), HEIGHT)
        view.add_hit(plot, rect, str(row.get("key")), _tooltip(kind, row, currency))
    names = [key_text(breakdown, r.get("key"))[:18] for r in data]
    set_categories(plot, names, "left")
    plot.setYRange(-n + 0.5, 0.5, padding=0.02)
    plot.setXRange(0, top * 1.45, padding=0)  # room for the value labels
    return plot


def source_chart(
    result: KpiResult | None,
    kind: str = "revenue",
    currency: str = "",
    title: str | None = None,
    theme: Theme = DEFAULT_THEME,
    parent: QWidget | None = None,
) -> ChartView:
    """A new ChartView with one by-source chart of ``result``."""
    view = ChartView(theme, parent)
    draw_source_bars(view, result, kind, currency, title)
    return view
