"""NPS over time: the score per month above the stacked shares of promoters, passives
and detractors (bands by the workspace's ``nps_scheme``)."""

from __future__ import annotations

from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtWidgets import QWidget

from desktop_app.charts import format as fmt
from desktop_app.charts.axes import label_step, set_categories
from desktop_app.charts.base import ChartView, drawing
from desktop_app.charts.data import month_label, rows
from desktop_app.charts.theme import (
    DEFAULT_THEME,
    DETRACTORS,
    OKABE_ITO,
    PASSIVES,
    PROMOTERS,
    Theme,
    brush,
    pen,
)
from kpi_core.series import NpsMonth
from kpi_core.types import KpiResult

WIDTH = 0.62


def _tr(text: str) -> str:
    return QCoreApplication.translate("charts", text)


@drawing
def draw_nps(
    view: ChartView,
    result: KpiResult | None,
    months: Sequence[NpsMonth] | None = None,
    title: str = "",
) -> pg.PlotItem:
    """Score line (from ``months``, else ``nps_by_month`` of ``result``) and stacked shares."""
    view.reset()
    view.export_name = "nps_trend"
    score_plot = view.new_plot(row=0, col=0, title=title)
    if months:
        keys = [m.key for m in months]
        scores = [m.score for m in months]
    else:
        data = rows(result, "nps_by_month")
        keys = [str(r.get("key")) for r in data]
        scores = [float(r["value"]) if r.get("value") is not None else 0.0 for r in data]
    n = len(keys)
    if n == 0:
        view.show_empty(score_plot, _tr("No NPS answers in this period"))
        return score_plot
    xs = list(range(n))
    view.add_hline(score_plot, 0.0, pen(view.theme.muted, 1, 120))
    view.add_line(
        score_plot,
        xs,
        scores,
        pen=pen(OKABE_ITO["blue"], 2.5 * view.theme.scale),
        symbol="o",
        symbolSize=7 * view.theme.scale,
        symbolBrush=brush(OKABE_ITO["blue"]),
        symbolPen=pen("#FFFFFF", 1),
        name=_tr("NPS"),
    )
    low, high = min(scores + [0.0]), max(scores + [0.0])
    margin = max(10.0, (high - low) * 0.25)
    score_plot.setYRange(max(-100.0, low - margin), min(100.0, high + margin), padding=0)
    step = label_step(n)
    for i, s in enumerate(scores):
        if n <= 12 or i % step == 0:
            view.add_label(score_plot, fmt.score(s), (i, s), (0.5, 1.25), size=8, bold=True)
    set_categories(score_plot, [""] * n, "bottom")
    score_plot.setXRange(-0.6, n - 0.4, padding=0)
    if months:
        share_plot = view.new_plot(row=1, col=0, axes={"left": "percent"})
        share_plot.setXLink(score_plot)
        view.ci.layout.setRowStretchFactor(0, 3)
        view.ci.layout.setRowStretchFactor(1, 2)
        bottom = [0.0] * n
        swatches: list[str] = []
        for name, colour, attr in (
            (_tr("Detractors"), DETRACTORS, "detractors"),
            (_tr("Passives"), PASSIVES, "passives"),
            (_tr("Promoters"), PROMOTERS, "promoters"),
        ):
            heights = [getattr(m, attr) for m in months]
            view.add_bars(
                share_plot,
                x=xs,
                y0=list(bottom),
                height=heights,
                width=WIDTH,
                brush=brush(colour),
                pen=pen("#FFFFFF", 1),
            )
            swatches.append(f'<span style="color:{colour}">■</span>&nbsp;{name}')
            bottom = [b + h for b, h in zip(bottom, heights, strict=True)]
        view.set_title(
            share_plot,
            f'<span style="color:{view.theme.foreground};font-size:'
            f'{round(view.theme.font_size * view.theme.scale)}pt">'
            + "&nbsp;&nbsp;&nbsp;".join(reversed(swatches))
            + "</span>",
        )
        share_plot.setYRange(0, 1.0, padding=0.02)
        set_categories(share_plot, [month_label(k) for k in keys], "bottom", step)
        for i, m in enumerate(months):
            tip = _tr(
                "<b>{0}</b><br>NPS: {1}<br>Answers: {2}<br>Promoters: {3}<br>"
                "Passives: {4}<br>Detractors: {5}"
            ).format(
                month_label(m.key),
                fmt.score(m.score),
                fmt.group(m.responses),
                fmt.rate(m.promoters),
                fmt.rate(m.passives),
                fmt.rate(m.detractors),
            )
            view.add_hit(share_plot, QRectF(i - WIDTH / 2, 0, WIDTH, 1.0), m.key, tip)
            view.add_hit(score_plot, QRectF(i - 0.4, -100, 0.8, 200), m.key, tip)
    else:
        set_categories(score_plot, [month_label(k) for k in keys], "bottom", step)
    return score_plot


def nps_chart(
    result: KpiResult | None,
    months: Sequence[NpsMonth] | None = None,
    title: str = "",
    theme: Theme = DEFAULT_THEME,
    parent: QWidget | None = None,
) -> ChartView:
    """A new ChartView with the NPS trend."""
    view = ChartView(theme, parent)
    draw_nps(view, result, months, title)
    return view
