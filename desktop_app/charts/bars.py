"""Horizontal bars of one breakdown of ``compute_kpis``: opportunities and expected revenue by
source, activities by type, time spent selling by rep.

The rows come as kpi_core sorts them (largest first), at most :data:`MAX_ROWS`. Every caption
(the chart's title, the fields of the tooltip) and every number is the presentation table's
(:mod:`desktop_app.presentation.breakdown_table`, :func:`format.field_text`).
"""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtWidgets import QWidget

from desktop_app.charts import format as fmt
from desktop_app.charts.axes import set_categories
from desktop_app.charts.base import ChartView, drawing
from desktop_app.charts.data import rows
from desktop_app.charts.theme import DEFAULT_THEME, OKABE_ITO, Theme, brush, pen
from desktop_app.presentation import i18n
from desktop_app.presentation import units as u
from desktop_app.presentation.breakdown_table import BREAKDOWNS, NO_KEY
from desktop_app.presentation.format import field_text
from desktop_app.store.kinds import ACTIVITY_TYPES
from kpi_core.types import KpiResult

MAX_ROWS = 8
HEIGHT = 0.64
NAME_CHARS = 18

#: breakdown -> bar colour
COLOURS: dict[str, str] = {
    "opportunities_by_source": OKABE_ITO["reddish_purple"],
    "weighted_pipeline_by_source": OKABE_ITO["sky_blue"],
    "activities_by_type": OKABE_ITO["blue"],
    "time_spent_selling_by_rep": OKABE_ITO["bluish_green"],
}
BAR_CHARTS: tuple[str, ...] = tuple(COLOURS)

_TYPE_NAMES = dict(ACTIVITY_TYPES)


def _tr(text: str) -> str:
    return QCoreApplication.translate("charts", text)


def key_text(breakdown_id: str, key: Any) -> str:
    """The shown name of a row's key: an activity type's label, "(none)" for no key."""
    if key is None or key == "":
        return i18n.tr(NO_KEY)
    if breakdown_id == "activities_by_type" and key in _TYPE_NAMES:
        return i18n.tr(_TYPE_NAMES[key])
    return str(key)


def tooltip(breakdown_id: str, row: dict[str, Any], currency: str) -> str:
    """The key in bold, then every field of the row with its caption."""
    entry = BREAKDOWNS[breakdown_id]
    lines = [f"<b>{key_text(breakdown_id, row.get('key'))}</b>"]
    for f in entry.fields:
        text = field_text(breakdown_id, f.name, row.get(f.name), currency)
        lines.append(f"{i18n.tr(f.label)}: {text}")
    return "<br>".join(lines)


@drawing
def draw_breakdown_bars(
    view: ChartView,
    result: KpiResult | None,
    breakdown_id: str,
    currency: str = "",
    title: str | None = None,
) -> pg.PlotItem:
    """Draw the ``value`` of each row of ``breakdown_id`` as a horizontal bar."""
    view.reset()
    view.export_name = breakdown_id
    entry = BREAKDOWNS[breakdown_id]
    unit = entry.field("value").unit
    axis = "percent" if unit == u.RATE else "compact"
    plot = view.new_plot(
        title=i18n.tr(entry.label) if title is None else title, axes={"bottom": axis}
    )
    plot.showGrid(x=True, y=False, alpha=view.theme.grid_alpha)
    data = rows(result, breakdown_id)[:MAX_ROWS]
    n = len(data)
    if n == 0:
        view.show_empty(plot, _tr("No data in this period"))
        return plot
    values = [r.get("value") for r in data]
    numbers = [float(v) if v is not None else 0.0 for v in values]
    top = max(numbers) or 1.0
    if unit == u.RATE:
        top = max(top, 0.5)
    colour = COLOURS[breakdown_id]
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
        text = (
            fmt.compact(values[i])
            if unit == u.MONEY
            else field_text(breakdown_id, "value", values[i], currency)
        )
        view.add_label(plot, text, (numbers[i] + top * 0.01, -float(i)), (0.0, 0.5), size=8)
        rect = QRectF(0, -i - HEIGHT / 2, max(numbers[i], top * 0.03), HEIGHT)
        view.add_hit(plot, rect, str(row.get("key")), tooltip(breakdown_id, row, currency))
    names = [key_text(breakdown_id, r.get("key"))[:NAME_CHARS] for r in data]
    set_categories(plot, names, "left")
    plot.setYRange(-n + 0.5, 0.5, padding=0.02)
    plot.setXRange(0, top * 1.45, padding=0)  # room for the value labels
    return plot


def breakdown_chart(
    result: KpiResult | None,
    breakdown_id: str,
    currency: str = "",
    title: str | None = None,
    theme: Theme = DEFAULT_THEME,
    parent: QWidget | None = None,
) -> ChartView:
    """A new ChartView with the bars of ``breakdown_id`` of ``result``."""
    view = ChartView(theme, parent)
    draw_breakdown_bars(view, result, breakdown_id, currency, title)
    return view
