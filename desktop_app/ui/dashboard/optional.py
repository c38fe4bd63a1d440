"""Dashboard sections that need records not every workspace keeps: recurring revenue (won
deals with a contract length) and activities (calls, meetings, demos, ...).

With the records, a section shows its KPI cards and charts; without them, only its title and
a one-line hint of what to record (the presentation's words), never a row of "—".
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop_app.charts.bars import draw_breakdown_bars
from desktop_app.charts.base import ChartView
from desktop_app.charts.recurring import draw_mrr_movements
from desktop_app.presentation import i18n
from desktop_app.presentation import sections as words
from desktop_app.ui.dashboard.cards import CardGrid, KpiCard
from desktop_app.ui.dashboard.chart_card import ChartCard
from desktop_app.ui.dashboard.compute import DashboardData

CHART_HEIGHT = 300

#: section -> its charts
CHARTS: dict[str, tuple[str, ...]] = {
    "recurring": ("mrr_movements",),
    "activities": ("activities_by_type", "time_spent_selling_by_rep"),
}


class OptionalSection(QWidget):
    """A titled section of KPI cards and charts, or its hint while the workspace has no data
    for it."""

    #: chart name, key of the bar clicked
    chart_clicked = Signal(str, str)

    def __init__(self, section_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.section_id = section_id
        self.setObjectName(f"section_{section_id}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.caption = QLabel(words.title(section_id), self)
        self.caption.setObjectName("sectionTitle")
        self.hint = QLabel(words.hint(section_id), self)
        self.hint.setObjectName("sectionHint")
        self.hint.setWordWrap(True)
        self.cards = [KpiCard(k) for k in words.SECTIONS[section_id].kpis]
        self.grid = CardGrid(self.cards, self)
        self.views: dict[str, ChartView] = {}
        for name in CHARTS[section_id]:
            view = ChartView()
            view.export_name = name
            view.setMinimumHeight(CHART_HEIGHT)
            view.setMaximumHeight(CHART_HEIGHT + 80)
            view.clicked.connect(lambda key, n=name: self.chart_clicked.emit(n, key))
            self.views[name] = view
        title = (
            i18n.tr(words.MOVEMENTS_TITLE)
            if section_id == "recurring"
            else i18n.tr(words.ACTIVITIES_CHARTS_TITLE)
        )
        self.chart_card = ChartCard(title, list(self.views.values()), self)
        self.body = QWidget(self)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(12)
        body.addWidget(self.grid)
        body.addWidget(self.chart_card)
        layout.addWidget(self.caption)
        layout.addWidget(self.hint)
        layout.addWidget(self.body)
        self._has_data: bool | None = None
        self.set_has_data(False)

    def has_data(self) -> bool:
        """True when the cards and charts show (the workspace has the records)."""
        return bool(self._has_data)

    def set_has_data(self, has: bool) -> None:
        """Show the cards and charts, or only the hint."""
        if has == self._has_data:
            return
        self._has_data = has
        self.body.setVisible(has)
        self.hint.setVisible(not has)

    def set_available(self, width: int, force: bool = False) -> None:
        """Lay the cards out for ``width`` pixels; the charts side by side when they fit."""
        self.grid.set_available(width, force)
        row = next(iter(self.views.values())).parentWidget().layout()
        if isinstance(row, QHBoxLayout) and len(self.views) > 1:
            row.setDirection(
                QHBoxLayout.Direction.LeftToRight
                if width >= 900
                else QHBoxLayout.Direction.TopToBottom
            )

    def show_data(self, data: DashboardData, currency: str) -> None:
        """Redraw the charts from ``data`` (the cards are set by the page, with the others)."""
        for _widget, draw in self.jobs(data, currency):
            draw()

    def jobs(self, data: DashboardData, currency: str) -> list[tuple[QWidget, Callable[[], None]]]:
        """Show or hide the section for ``data``; the drawings of its charts, each with its
        view (none while the section shows its hint)."""
        self.set_has_data(
            words.has_section_data(self.section_id, data.current, data.activities_recorded)
        )
        if not self.has_data():
            self.hint.setText(words.hint(self.section_id, data.current))
            return []
        jobs: list[tuple[QWidget, Callable[[], None]]] = []
        for name, view in self.views.items():
            if name == "mrr_movements":
                jobs.append((view, partial(draw_mrr_movements, view, data.mrr_movements, currency)))
            else:
                jobs.append(
                    (view, partial(draw_breakdown_bars, view, data.current, name, currency))
                )
        return jobs
