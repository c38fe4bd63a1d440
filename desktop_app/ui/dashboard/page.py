"""The Dashboard page: period and filters, KPI cards, explain panel, charts and tables.

Every change of period, filters, dataset or settings starts one background computation
(:func:`compute_dashboard`: the period, the previous period and the year before); a
generation counter drops results that arrive after a newer request.
"""

from __future__ import annotations

import time
from datetime import date
from functools import partial
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop_app.charts import format as fmt
from desktop_app.charts.data import kpi
from desktop_app.ui.dashboard.cards import CardArea, CardSection, KpiCard
from desktop_app.ui.dashboard.compute import (
    Cancelled,
    DashboardData,
    ResultCache,
    compute_dashboard,
)
from desktop_app.ui.dashboard.drill import DrillDown
from desktop_app.ui.dashboard.explain_panel import ExplainPanel
from desktop_app.ui.dashboard.filter_bar import FilterBar
from desktop_app.ui.dashboard.kpis import card_groups
from desktop_app.ui.dashboard.optional import OptionalSection
from desktop_app.ui.dashboard.period_picker import PeriodPicker, human_label, period_of
from desktop_app.ui.dashboard.sections import ChartSections
from desktop_app.ui.dashboard.styles import STYLE
from desktop_app.ui.tasks import Op
from kpi_core.filters import Filters
from kpi_core.periods import Period
from kpi_core.prepared import Prepared


def default_period(dataset: Any) -> Period:
    """The calendar year of the latest deal activity (this year when there is none)."""
    today = date.today()
    latest = None
    if dataset is not None and len(dataset.deals):
        stamps = [dataset.deals[c].max() for c in ("closed_on", "created_on")]
        stamps = [s for s in stamps if s is not None and s == s]
        if stamps:
            latest = min(max(stamps).date(), today)
    return period_of("year", latest or today)


class DashboardPage(QWidget):
    """KPIs of a period at a glance, with drill-down to the deals behind each number."""

    #: deal ids, caption (the window shows them in the deals table)
    show_deals_requested = Signal(list, str)
    #: a computation's results were applied (cards, charts and tables refreshed)
    updated = Signal()

    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("dashboardPage")
        self.setStyleSheet(STYLE)
        self._generation = 0
        self._explain_generation = 0
        self._updating = False
        self._period_chosen = False
        self._data: DashboardData | None = None
        self._history: dict[str, float | None] = {}
        self._history_for: int | None = None
        self._facts: Prepared | None = None
        self.cache = ResultCache()
        self._op: Op | None = None
        #: seconds the last results took to apply on the GUI thread (for benchmarks)
        self.apply_seconds = 0.0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._start)
        self._build()
        self.drill = DrillDown(self)
        self.sections.chart_clicked.connect(self.drill.chart_clicked)
        for section in self.optional.values():
            section.chart_clicked.connect(self.drill.chart_clicked)
        self.explain_panel.show_deals_requested.connect(self.show_deals_requested)
        context.dataset_changed.connect(self._dataset_changed)
        settings_changed = getattr(context, "settings_changed", None)
        if settings_changed is not None:
            settings_changed.connect(self._settings_changed)
        dataset = context.dataset()
        if dataset is not None:
            self._dataset_changed(dataset)

    # --- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        header = QWidget(self)
        header.setObjectName("dashboardBody")
        bar = QGridLayout(header)
        bar.setContentsMargins(20, 14, 20, 8)
        bar.setHorizontalSpacing(12)
        self.header_grid = bar
        self._filter_row = 0
        self.title = title = QLabel(self.tr("Dashboard"), header)
        title.setObjectName("pageTitle")
        self.picker = PeriodPicker(default_period(None), header)
        self.filter_bar = FilterBar(header)
        self.updating_label = QLabel(self.tr("Updating…"), header)
        self.updating_label.setObjectName("updating")
        self.updating_label.setVisible(False)
        bar.addWidget(title, 0, 0)
        bar.addWidget(self.picker, 0, 1)
        bar.addWidget(self.updating_label, 0, 3)
        bar.addWidget(self.filter_bar, 0, 4)
        bar.setColumnStretch(2, 1)
        outer.addWidget(header)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        body.setObjectName("dashboardBody")
        self.body_layout = QVBoxLayout(body)
        self.body_layout.setContentsMargins(20, 6, 20, 20)
        self.body_layout.setSpacing(10)
        self.cards: dict[str, KpiCard] = {}
        sections = []
        for title_text, ids in card_groups():
            cards = [KpiCard(k) for k in ids]
            sections.append(CardSection(title_text, cards))
            for card in cards:
                self.cards[card.kpi_id] = card
                card.clicked.connect(self.explain)
        self.card_area = CardArea(sections, body)
        self.body_layout.addWidget(self.card_area)
        self.explain_panel = ExplainPanel(body)
        self.body_layout.addWidget(self.explain_panel)
        self.optional: dict[str, OptionalSection] = {}
        for section_id in ("recurring", "activities"):
            section = OptionalSection(section_id, body)
            self.optional[section_id] = section
            self.body_layout.addWidget(section)
            for card in section.cards:
                self.cards[card.kpi_id] = card
                card.clicked.connect(self.explain)
        self.sections = ChartSections(body)
        self.body_layout.addWidget(self.sections)
        self.body_layout.addStretch(1)
        self.scroll_area.setWidget(body)
        self.scroll_area.viewport().installEventFilter(self)
        outer.addWidget(self.scroll_area, 1)
        self.picker.period_changed.connect(self._period_changed)
        self.filter_bar.filters_changed.connect(lambda _f: self.refresh())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Resize and watched is self.scroll_area.viewport():
            self._lay_out_cards()
        return super().eventFilter(watched, event)

    def _lay_out_cards(self, force: bool = False) -> None:
        """Fit the card columns to the visible width (again after values change)."""
        margins = self.body_layout.contentsMargins()
        width = self.scroll_area.viewport().width() - margins.left() - margins.right()
        self.card_area.set_available(width, force)
        for section in self.optional.values():
            section.set_available(width, force)
        self.sections.set_available(width)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._place_filters(event.size().width())

    def _place_filters(self, width: int) -> None:
        """The filters beside the period picker when they fit, else on a second row."""
        needed = (
            self.title.sizeHint().width()
            + self.picker.sizeHint().width()
            + self.filter_bar.sizeHint().width()
            + 200
        )
        row = 0 if width >= needed else 1
        if self._filter_row == row:
            return
        self._filter_row = row
        self.header_grid.removeWidget(self.filter_bar)
        if row == 0:
            self.header_grid.addWidget(self.filter_bar, 0, 4)
        else:
            self.header_grid.addWidget(self.filter_bar, 1, 0, 1, 5, Qt.AlignmentFlag.AlignLeft)

    # --- public API -----------------------------------------------------------------------

    def current_period(self) -> Period:
        """The period shown."""
        return self.picker.period()

    def current_filters(self) -> Filters:
        """The filters applied."""
        return self.filter_bar.filters()

    def set_period(self, period: Period) -> None:
        """Show ``period`` (recomputes)."""
        self._period_chosen = True
        self.picker.set_period(period)

    def set_filters(self, filters: Filters) -> None:
        """Apply ``filters`` (recomputes)."""
        for field in ("owner", "source", "product"):
            self.filter_bar.set_filter(field, getattr(filters, field))

    def data(self) -> DashboardData | None:
        """The results shown (None before the first computation finished)."""
        return self._data

    def is_updating(self) -> bool:
        """True while a computation runs."""
        return self._updating

    def refresh(self) -> None:
        """Recompute soon (several requests in one event-loop turn start one task)."""
        self._timer.start()

    # --- computing ------------------------------------------------------------------------

    def _period_changed(self, _period: Period) -> None:
        self._period_chosen = True
        self.refresh()

    def _dataset_changed(self, dataset: Any) -> None:
        if not self._period_chosen:
            self.picker.set_period(default_period(dataset))
            self._period_chosen = False
        self._history_for = None
        self._facts = None
        self.cache.clear()
        self.filter_bar.blockSignals(True)
        self.filter_bar.set_dataset(dataset)
        self.filter_bar.blockSignals(False)
        self.refresh()

    def _settings_changed(self) -> None:
        self._history_for = None  # stages or currency may have changed
        self._facts = None
        self.cache.clear()
        self.refresh()

    def _start(self) -> None:
        dataset = self.context.dataset()
        if dataset is None:
            return
        self._generation += 1
        generation = self._generation
        self._set_updating(True)
        with_history = self._history_for != id(dataset)
        if self._op is not None:
            self._op.cancel()  # its result would be dropped anyway
        self._op = (
            Op(
                self,
                compute_dashboard,
                dataset,
                self.current_period(),
                self.current_filters(),
                self.context.kpi_settings(),
                with_history,
                self._facts,
                self.cache,
            )
            .success(partial(self._apply, generation, id(dataset)))
            .failure(partial(self._failed, generation))
            .with_state()
        )
        self._op.run()

    def _set_updating(self, on: bool) -> None:
        self._updating = on
        self.updating_label.setVisible(on)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation or isinstance(exc, Cancelled) or not isValid(self):
            return
        self._set_updating(False)
        from desktop_app.ui import notify

        notify.background_failure(exc)

    def _apply(self, generation: int, dataset_id: int, data: DashboardData) -> None:
        if generation != self._generation or not isValid(self):
            return  # a newer request is on its way
        if self._history_for != dataset_id:  # this task worked out the per-dataset parts
            self._history, self._history_for = data.history_rates, dataset_id
            self._facts = data.facts
        began = time.perf_counter()
        self._data = data
        currency = str(data.current.get("currency") or self.context.kpi_settings().base_currency)
        excluded = int(data.current.get("excluded_missing_rate") or 0)
        for kpi_id, card in self.cards.items():
            extra = ""
            if kpi_id == "pipeline_velocity":
                month = kpi(data.current, "pipeline_velocity_month")
                extra = fmt.value_text("pipeline_velocity_month", month, currency)
            card.set_value(
                kpi(data.current, kpi_id),
                kpi(data.previous, kpi_id),
                currency,
                excluded,
                extra,
                data.current,
            )
        for section in self.optional.values():
            section.show_data(data, currency)
        self._lay_out_cards(force=True)
        self.sections.show_data(data, currency, self._history)
        self._set_updating(False)
        self.apply_seconds = time.perf_counter() - began
        if not self.explain_panel.isHidden() and self.explain_panel.kpi_id:
            self.explain(self.explain_panel.kpi_id)
        self.updated.emit()

    # --- explain --------------------------------------------------------------------------

    def explain(self, kpi_id: str) -> None:
        """Open the explain panel for ``kpi_id`` (formula, inputs, "Show deals")."""
        dataset = self.context.dataset()
        if dataset is None or self._data is None:
            return
        for other in self.cards.values():
            other.setProperty("selected", other.kpi_id == kpi_id)
            other.style().unpolish(other)
            other.style().polish(other)
        currency = str(self._data.current.get("currency") or "")
        self.explain_panel.currency = currency
        value = fmt.value_text(kpi_id, kpi(self._data.current, kpi_id), currency)
        period = self.current_period()
        self.explain_panel.begin(kpi_id, value, human_label(period))
        self._bring_explain_into_view()
        self._explain_generation += 1
        generation = self._explain_generation
        Op(
            self,
            _explain,
            kpi_id,
            dataset,
            period,
            self.current_filters(),
            self.context.kpi_settings(),
        ).success(partial(self._explained, generation, kpi_id)).failure(
            partial(self._explain_failed, generation, kpi_id)
        ).run()

    def _explained(self, generation: int, kpi_id: str, explanation: Any) -> None:
        if generation == self._explain_generation and isValid(self):
            self.explain_panel.set_explanation(kpi_id, explanation)
            self._bring_explain_into_view()

    def _bring_explain_into_view(self) -> None:
        """Scroll the dashboard so the explain panel (below the cards) is in sight."""
        body = self.scroll_area.widget()
        layout = body.layout() if body is not None else None
        if layout is not None:
            layout.activate()  # the panel's place once it is shown or has grown
        self.scroll_area.ensureWidgetVisible(self.explain_panel, 0, 24)
        # again once the scroll area has taken the body's new height
        QTimer.singleShot(0, self._scroll_to_explain)

    def _scroll_to_explain(self) -> None:
        if isValid(self) and not self.explain_panel.isHidden():
            self.scroll_area.ensureWidgetVisible(self.explain_panel, 0, 24)

    def _explain_failed(self, generation: int, kpi_id: str, exc: BaseException) -> None:
        if generation == self._explain_generation and isValid(self):
            self.explain_panel.set_failed(
                kpi_id, self.tr("Could not work out the inputs ({0}).").format(exc)
            )


def _explain(kpi_id: str, dataset: Any, period: Period, filters: Filters, settings: Any) -> Any:
    from kpi_core.explain import explain

    return explain(kpi_id, dataset, period, filters, settings)
