"""The filter bar above a table: text search, a combo per column, a period."""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QToolButton, QWidget

from desktop_app.ui.tables.filters import RowFilter, period_range, unique_values
from desktop_app.ui.tables.kinds import TableSpec
from desktop_app.ui.tables.model import category_labels, choice_labels, status_labels


class FilterBar(QWidget):
    """Emits ``changed`` (debounced for typing) whenever the filter changes."""

    changed = Signal()

    def __init__(self, spec: TableSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.search = QLineEdit(self)
        self.search.setObjectName("searchField")
        self.search.setPlaceholderText(self.tr("Search…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(220)
        layout.addWidget(self.search, 2)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.changed)
        self.search.textChanged.connect(self._debounce.start)
        self.combos: dict[str, QComboBox] = {}
        self._labels = {"status": status_labels(), "category": category_labels()}
        for column in spec.combos:  # any other declared choice (an activity's type…)
            if column not in self._labels:
                try:
                    self._labels[column] = choice_labels(spec.kind, column)
                except (KeyError, LookupError):
                    self._labels[column] = {}
        for column, title in spec.combos.items():
            combo = QComboBox(self)
            combo.setObjectName(f"filter_{column}")
            combo.setToolTip(title)
            combo.setMinimumContentsLength(10)
            combo.addItem(self.tr("All: %1").replace("%1", title), "")
            combo.currentIndexChanged.connect(self.changed)
            self.combos[column] = combo
            layout.addWidget(combo, 1)
        self.period = QComboBox(self)
        self.period.setObjectName("filter_period")
        for key, label in (
            ("", self.tr("All time")),
            ("month", self.tr("This month")),
            ("quarter", self.tr("This quarter")),
            ("year", self.tr("This year")),
            ("last_12", self.tr("Last 12 months")),
            ("last_year", self.tr("Last year")),
        ):
            self.period.addItem(label, key)
        self.period.currentIndexChanged.connect(self.changed)
        self.period.setVisible(spec.date_column is not None)
        layout.addWidget(self.period, 1)
        self.reset_button = QToolButton(self)
        self.reset_button.setText(self.tr("Reset"))
        self.reset_button.setToolTip(self.tr("Clear every filter"))
        self.reset_button.clicked.connect(self.reset)
        layout.addWidget(self.reset_button)
        layout.addStretch(1)

    def set_choices(self, frame: pd.DataFrame) -> None:
        """Fill the combos with the values present in ``frame`` (keeping the choice)."""
        for column, combo in self.combos.items():
            current = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            labels = self._labels.get(column, {})
            for value in unique_values(frame, column):
                combo.addItem(labels.get(value, value), value)
            index = combo.findData(current)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    def row_filter(self) -> RowFilter:
        start, end = period_range(self.period.currentData() or "")
        return RowFilter(
            text=self.search.text(),
            text_columns=self.spec.search,
            equals={c: combo.currentData() or "" for c, combo in self.combos.items()},
            date_column=self.spec.date_column,
            start=start,
            end=end,
        )

    def reset(self) -> None:
        for widget in [self.search, self.period, *self.combos.values()]:
            widget.blockSignals(True)
        self.search.clear()
        self.period.setCurrentIndex(0)
        for combo in self.combos.values():
            combo.setCurrentIndex(0)
        for widget in [self.search, self.period, *self.combos.values()]:
            widget.blockSignals(False)
        self.changed.emit()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()
