"""The dashboard's charts, tables and planner, redrawn from one DashboardData."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QWidget

from desktop_app.charts.bars import draw_breakdown_bars
from desktop_app.charts.base import ChartView
from desktop_app.charts.funnel import draw_funnel
from desktop_app.charts.nps import draw_nps
from desktop_app.charts.pipeline import draw_pipeline
from desktop_app.charts.revenue import draw_monthly_revenue
from desktop_app.charts.sources import draw_source_bars
from desktop_app.presentation import i18n
from desktop_app.presentation.sections import SOURCES_TITLE
from desktop_app.ui.dashboard.chart_card import Card, ChartCard
from desktop_app.ui.dashboard.compute import DashboardData
from desktop_app.ui.dashboard.planner_panel import PlannerPanel
from desktop_app.ui.dashboard.tables import (
    RowsModel,
    make_table,
    rep_columns,
    rep_rows,
    roi_columns,
)

CHART_HEIGHT = 320


class ChartSections(QWidget):
    """Monthly revenue, funnel, pipeline, sources (revenue, win rate, CAC; opportunities and
    expected revenue), NPS, planner, rep table, ROI table."""

    #: chart name, key of the bar / stage / month clicked
    chart_clicked = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data: DashboardData | None = None
        self._currency = ""
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 8, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(12)
        self.views: dict[str, ChartView] = {}
        for name in (
            "monthly_revenue",
            "funnel",
            "pipeline",
            "revenue_by_source",
            "win_rate_by_source",
            "cac_by_source",
            "opportunities_by_source",
            "weighted_pipeline_by_source",
            "nps_trend",
        ):
            view = ChartView()
            view.export_name = name
            view.setMinimumHeight(CHART_HEIGHT)
            view.setMaximumHeight(CHART_HEIGHT + 60)
            view.clicked.connect(lambda key, n=name: self.chart_clicked.emit(n, key))
            self.views[name] = view
        v = self.views
        self.funnel_card = ChartCard(
            self.tr("Sales funnel of the deals created in the period"), [v["funnel"]]
        )
        self.funnel_by = QComboBox()
        self.funnel_by.addItem(self.tr("Width by number of deals"), "count")
        self.funnel_by.addItem(self.tr("Width by value"), "value")
        self.funnel_by.currentIndexChanged.connect(self._draw_funnel)
        self.funnel_card.add_control(self.funnel_by)
        sources = [v["revenue_by_source"], v["win_rate_by_source"], v["cac_by_source"]]
        pipeline_sources = [v["opportunities_by_source"], v["weighted_pipeline_by_source"]]
        for view in sources + pipeline_sources:
            view.setMinimumHeight(280)
        self.planner = PlannerPanel()
        self.rep_model = RowsModel(rep_columns(), self)
        self.rep_table = make_table(self.rep_model, self)
        self.roi_model = RowsModel(roi_columns(), self)
        self.roi_table = make_table(self.roi_model, self)
        monthly = self.tr("Revenue by month, against the same months a year before")
        #: (panel, spans both columns when two fit)
        self._panels: list[tuple[QWidget, bool]] = [
            (ChartCard(monthly, [v["monthly_revenue"]]), True),
            (self.funnel_card, False),
            (ChartCard(self.tr("Open pipeline at period end"), [v["pipeline"]]), False),
            (ChartCard(self.tr("Lead sources"), sources), True),
            (ChartCard(i18n.tr(SOURCES_TITLE), pipeline_sources), True),
            (ChartCard(self.tr("Net Promoter Score by month"), [v["nps_trend"]]), False),
            (Card(self.tr("How many leads do you need?"), self.planner), False),
            (Card(self.tr("Reps"), self.rep_table), True),
            (Card(self.tr("Return on spend and ROI by source"), self.roi_table), True),
        ]
        self._grid = grid
        self._columns = 0
        self._place(2)

    #: below this width the panels stack in one column
    TWO_COLUMNS = 1400  # narrower, the funnel's side labels and source charts would be cut

    def set_available(self, width: int) -> None:
        """Two columns of panels when ``width`` allows, else one."""
        self._place(2 if width >= self.TWO_COLUMNS else 1)

    def _place(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        grid = self._grid
        for panel, _wide in self._panels:
            grid.removeWidget(panel)
        row = col = 0
        for panel, wide in self._panels:
            if columns == 1 or wide:
                if col:
                    row, col = row + 1, 0
                grid.addWidget(panel, row, 0, 1, columns)
                row += 1
            else:
                grid.addWidget(panel, row, col)
                col += 1
                if col == columns:
                    row, col = row + 1, 0
        for c in range(2):
            grid.setColumnStretch(c, 1 if c < columns else 0)

    def show_data(self, data: DashboardData, currency: str, history: dict) -> None:
        """Redraw everything from ``data``."""
        for _widget, draw in self.jobs(data, currency, history):
            draw()

    def jobs(
        self, data: DashboardData, currency: str, history: dict
    ) -> list[tuple[QWidget, Callable[[], None]]]:
        """What redrawing from ``data`` takes: (the widget it redraws, the drawing), in the
        page's order; the page draws what is in view first and the rest soon after."""
        self._data, self._currency = data, currency
        v = self.views
        cur = data.current
        jobs: list[tuple[QWidget, Callable[[], None]]] = [
            (
                v["monthly_revenue"],
                partial(
                    draw_monthly_revenue, v["monthly_revenue"], cur, data.year_before, currency
                ),
            ),
            (v["funnel"], self._draw_funnel),
            (v["pipeline"], partial(draw_pipeline, v["pipeline"], cur, data.pipeline, currency)),
        ]
        for kind in ("revenue", "win_rate", "cac"):
            view = v[f"{kind}_by_source"]
            jobs.append((view, partial(draw_source_bars, view, cur, kind, currency)))
        for name in ("opportunities_by_source", "weighted_pipeline_by_source"):
            jobs.append((v[name], partial(draw_breakdown_bars, v[name], cur, name, currency)))
        jobs += [
            (v["nps_trend"], partial(draw_nps, v["nps_trend"], cur, data.nps_months)),
            (self.planner, partial(self.planner.set_inputs, cur, history)),
            (self.rep_table, partial(self.rep_model.set_rows, rep_rows(cur), currency)),
            (
                self.roi_table,
                partial(
                    self.roi_model.set_rows,
                    list(cur.get("breakdowns", {}).get("roi_by_source") or []),
                    currency,
                ),
            ),
        ]
        return jobs

    def _draw_funnel(self) -> None:
        if self._data is None:
            return
        draw_funnel(
            self.views["funnel"],
            self._data.current,
            self.funnel_by.currentData(),
            self._data.funnel_values,
            self._currency,
        )
