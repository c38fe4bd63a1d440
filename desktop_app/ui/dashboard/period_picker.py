"""Choosing the period: month, quarter, year or a custom range, with previous / next."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QToolButton, QWidget

from desktop_app.presentation.locale import period_label
from kpi_core.periods import (
    Period,
    custom_period,
    is_calendar_month,
    is_calendar_quarter,
    is_calendar_year,
    month_period,
    previous_period,
    quarter_period,
    year_period,
)

MONTH, QUARTER, YEAR, CUSTOM = "month", "quarter", "year", "custom"


def period_of(kind: str, day: date) -> Period:
    """The calendar month / quarter / year containing ``day``."""
    if kind == MONTH:
        return month_period(day.year, day.month)
    if kind == QUARTER:
        return quarter_period(day.year, (day.month - 1) // 3 + 1)
    return year_period(day.year)


def kind_of(period: Period) -> str:
    """Which picker mode shows ``period``."""
    if is_calendar_year(period):
        return YEAR
    if is_calendar_quarter(period):
        return QUARTER
    if is_calendar_month(period):
        return MONTH
    return CUSTOM


def next_period(period: Period) -> Period:
    """The period after ``period``: the next calendar unit, else the same length after."""
    kind = kind_of(period)
    after = date.fromordinal(period.end.toordinal() + 1)
    if kind != CUSTOM:
        return period_of(kind, after)
    return Period(after, date.fromordinal(after.toordinal() + period.days - 1))


def human_label(period: Period) -> str:
    """Readable label of ``period`` in the user's language: ``Q1 2026`` / ``2026年第1季度``
    (:func:`desktop_app.presentation.locale.period_label`)."""
    return period_label(period)


def _day(day: QDate) -> date:
    """A calendar day of a date edit."""
    return date(day.year(), day.month(), day.day())


class PeriodPicker(QWidget):
    """Mode combo, ◀ period ▶, custom date edits and the "compared with" label."""

    period_changed = Signal(object)

    def __init__(self, period: Period, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._period = period
        self._keep_custom = False
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.mode = QComboBox(self)
        for text, kind in (
            (self.tr("Month"), MONTH),
            (self.tr("Quarter"), QUARTER),
            (self.tr("Year"), YEAR),
            (self.tr("Custom"), CUSTOM),
        ):
            self.mode.addItem(text, kind)
        self.prev_button = QToolButton(self)
        self.prev_button.setText("◀")
        self.prev_button.setToolTip(self.tr("Previous period"))
        self.next_button = QToolButton(self)
        self.next_button.setText("▶")
        self.next_button.setToolTip(self.tr("Next period"))
        self.label = QLabel(self)
        self.label.setObjectName("periodLabel")
        self.label.setMinimumWidth(110)
        self.from_edit = QDateEdit(self)
        self.to_edit = QDateEdit(self)
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.compared = QLabel(self)
        self.compared.setObjectName("comparedLabel")
        for w in (self.mode, self.prev_button, self.label, self.from_edit, self.to_edit):
            layout.addWidget(w)
        layout.addWidget(self.next_button)
        layout.addSpacing(10)
        layout.addWidget(self.compared)
        self.mode.currentIndexChanged.connect(self._mode_changed)
        self.prev_button.clicked.connect(lambda: self.set_period(previous_period(self._period)))
        self.next_button.clicked.connect(lambda: self.set_period(next_period(self._period)))
        self.from_edit.dateChanged.connect(self._dates_changed)
        self.to_edit.dateChanged.connect(self._dates_changed)
        self._show(period)

    def period(self) -> Period:
        """The chosen period."""
        return self._period

    def set_period(self, period: Period) -> None:
        """Choose ``period`` (emits ``period_changed`` when it differs)."""
        if period == self._period:
            self._show(period)
            return
        self._period = period
        self._show(period)
        self.period_changed.emit(period)

    def _show(self, period: Period) -> None:
        kind = kind_of(period)
        custom = self._keep_custom or kind == CUSTOM
        widgets = (self.mode, self.from_edit, self.to_edit)
        for w in widgets:
            w.blockSignals(True)
        wanted = CUSTOM if custom else kind
        if self.mode.currentData() != wanted:
            self.mode.setCurrentIndex(self.mode.findData(wanted))
        self.from_edit.setDate(QDate(period.start.year, period.start.month, period.start.day))
        self.to_edit.setDate(QDate(period.end.year, period.end.month, period.end.day))
        for w in widgets:
            w.blockSignals(False)
        is_custom = self.mode.currentData() == CUSTOM
        self.from_edit.setVisible(is_custom)
        self.to_edit.setVisible(is_custom)
        self.label.setVisible(not is_custom)
        self.label.setText(human_label(period))
        self.compared.setText(
            self.tr("compared with {0}").format(human_label(previous_period(period)))
        )

    def _mode_changed(self) -> None:
        kind = self.mode.currentData()
        if kind == CUSTOM:
            self._keep_custom = True
            self._show(self._period)
            self._keep_custom = False
            return
        self.set_period(period_of(kind, self._period.end))

    def _dates_changed(self) -> None:
        start, end = _day(self.from_edit.date()), _day(self.to_edit.date())
        if end < start:
            self.to_edit.setStyleSheet("color: #D55E00;")
            return
        self.to_edit.setStyleSheet("")
        self._keep_custom = True
        try:
            self.set_period(custom_period(start, end))
        finally:
            self._keep_custom = False


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
