"""The Dashboard page: period and filters, KPI cards, explain panel, charts and tables.

Every change of period, filters, dataset or settings starts one background computation
(:func:`compute_dashboard`: the period, its chart series and the year before); a generation
counter drops results that arrive after a newer request. The figures and the charts in view
are shown as soon as they arrive (:attr:`DashboardPage.shown`); the previous period, for the
cards' changes, is worked out next (:func:`compute_previous`) while the charts out of view
are drawn one per event-loop turn, so the window never waits for what it does not show.
:attr:`DashboardPage.updated` says everything is in place.
"""

from __future__ import annotations

import time
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
from desktop_app.ui.dashboard.cards import CardArea, CardSection, KpiCard, show_figures
from desktop_app.ui.dashboard.compute import (
    Cancelled,
    DashboardData,
    ResultCache,
    compute_dashboard,
    compute_previous,
)
from desktop_app.ui.dashboard.drawing import Drawings, Job
from desktop_app.ui.dashboard.drill import DrillDown
from desktop_app.ui.dashboard.explain_panel import ExplainPanel
from desktop_app.ui.dashboard.filter_bar import FilterBar
from desktop_app.ui.dashboard.kpis import card_groups
from desktop_app.ui.dashboard.optional import OptionalSection
from desktop_app.ui.dashboard.period_picker import PeriodPicker, default_period, human_label
from desktop_app.ui.dashboard.sections import ChartSections
from desktop_app.ui.dashboard.styles import STYLE
from desktop_app.ui.progress import BusyBar
from desktop_app.ui.tasks import Op
from kpi_core.filters import Filters
from kpi_core.periods import Period
from kpi_core.prepared import Prepared


class DashboardPage(QWidget):
    """KPIs of a period at a glance, with drill-down to the deals behind each number."""

    #: deal ids, caption (the window shows them in the deals table)
    show_deals_requested = Signal(list, str)
    #: a computation's results were applied (cards with their changes, every chart and
    #: table refreshed)
    updated = Signal()
    #: the figures of a computation and the charts in view are shown (the changes against
    #: the previous period and the charts out of view follow; then :attr:`updated`)
    shown = Signal()

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
        self._previous_op: Op | None = None
        #: seconds the last results took to apply on the GUI thread (for benchmarks)
        self.apply_seconds = 0.0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._start)
        #: (generation, dataset, results) whose previous period is to be worked out
        self._comparing: tuple[int, Any, DashboardData] | None = None
        self._compare_timer = QTimer(self)
        self._compare_timer.setSingleShot(True)
        self._compare_timer.setInterval(0)
        self._compare_timer.timeout.connect(self._compare)
        self._build()
        #: drawings still to do for the results shown
        self.drawings = Drawings(self.scroll_area.viewport(), self._drawings_done, self)
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
        self.busy = BusyBar(header)  # "Opening 1,000,000 deals…" while the data loads
        self.busy.label.setObjectName("updating")
        bar.addWidget(self.busy, 2, 0, 1, 5, Qt.AlignmentFlag.AlignLeft)
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
        self.scroll_area.verticalScrollBar().valueChanged.connect(
            lambda _v: self.drawings.draw_in_view()
        )
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

    def set_busy(self, text: str) -> None:
        """Say what the page waits for (the workspace opening) with a moving bar, until the
        first figures are shown; "" hides it."""
        self.busy.set_text(text)

    def refresh(self) -> None:
        """Recompute soon (several requests in one event-loop turn start one task)."""
        self._timer.start()

    # --- computing ------------------------------------------------------------------------

    def _period_changed(self, _period: Period) -> None:
        self._period_chosen = True
        self.refresh()

    def _dataset_changed(self, dataset: Any) -> None:
        if self.busy.text():
            self.busy.set_text(self.tr("Working out the figures…"))
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
        for op in (self._op, self._previous_op):
            if op is not None:
                op.cancel()  # its result would be dropped anyway
        self._previous_op = None
        self._comparing = None
        self.drawings.clear()  # drawings of the results superseded
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
                with_previous=False,
            )
            .busy(self.tr("Working out the figures…"))
            .success(partial(self._apply, generation, dataset))
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

    def _apply(self, generation: int, dataset: Any, data: DashboardData) -> None:
        """Show the figures of ``data`` and draw the charts in view; the rest follows."""
        if generation != self._generation or not isValid(self):
            return  # a newer request is on its way
        dataset_id = id(dataset)
        if self._history_for != dataset_id:  # this task worked out the per-dataset parts
            self._history, self._history_for = data.history_rates, dataset_id
            self._facts = data.facts
        began = time.perf_counter()
        self._data = data
        currency = str(data.current.get("currency") or self.context.kpi_settings().base_currency)
        compared = data.previous is not None
        show_figures(self.cards, data.current, data.previous, currency, compared)
        if not compared:  # worked out once the page is drawn (_drawings_done)
            self._comparing = (generation, dataset, data)
        jobs: list[Job] = []
        for section in self.optional.values():
            jobs += section.jobs(data, currency)
        self._lay_out_cards(force=True)
        jobs += self.sections.jobs(data, currency, self._history)
        self.drawings.start(jobs)
        self.busy.set_text("")
        self.apply_seconds = time.perf_counter() - began
        self.shown.emit()
        if not self.drawings.pending():
            self._drawings_done()

    def _drawings_done(self) -> None:
        """Every chart is drawn: now the previous period, on the worker (started by a timer,
        after this turn's paint: the worker's Python would otherwise slow the painting and
        the drawing of the charts on the GUI thread)."""
        if self._comparing is not None:
            self._compare_timer.start()
        self._finish_if_done(self._generation)

    def _compare(self) -> None:
        """Work out the previous period of the results shown, on the worker."""
        if self._comparing is None or not isValid(self):
            return
        generation, dataset, data = self._comparing
        self._comparing = None
        if generation != self._generation:
            return
        self._previous_op = (
            Op(
                self,
                compute_previous,
                dataset,
                data.period,
                data.filters,
                self.context.kpi_settings(),
                self.cache,
            )
            .success(partial(self._compared, generation))
            .failure(partial(self._failed, generation))
            .with_state()
        )
        self._previous_op.run()

    def _compared(self, generation: int, previous: Any) -> None:
        """The previous period arrived: the cards' changes."""
        if generation != self._generation or not isValid(self) or self._data is None:
            return
        self._data.previous = previous
        for kpi_id, card in self.cards.items():
            card.set_previous(kpi(previous, kpi_id))
        self._finish_if_done(generation)

    def _finish_if_done(self, generation: int) -> None:
        """Once the changes and every drawing are in place: not updating; ``updated``."""
        if generation != self._generation or self.drawings.pending() or self._data is None:
            return
        if self._data.previous is None:
            return
        self._set_updating(False)
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
