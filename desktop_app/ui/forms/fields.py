"""Form field widgets that read back typed values and say inline what is wrong."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QToolButton,
    QWidget,
    QWidgetAction,
)


class FieldError(ValueError):
    """A value the user typed that cannot be read (the message is shown under the field)."""


def parse_number(text: str) -> float | None:
    """``1234.5``, ``1,234.50``, ``1.234,50``, ``1 234,50`` -> float; empty -> None."""
    raw = re.sub(r"[\s\u00a0\u202f']", "", text.strip())
    if not raw:
        return None
    if "," in raw and "." in raw:
        if raw.rfind(",") > raw.rfind("."):
            raw = raw.replace(".", "").replace(",", ".")
        else:
            raw = raw.replace(",", "")
    elif "," in raw:
        head, _, tail = raw.rpartition(",")
        raw = f"{head.replace(',', '')}.{tail}" if len(tail) in (1, 2) else raw.replace(",", "")
    try:
        return float(raw)
    except ValueError:
        raise FieldError("not a number") from None


class LineField(QLineEdit):
    """Free text, optionally with a completer over known names."""

    changed = Signal()

    def __init__(self, names: list[str] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.textChanged.connect(self.changed)
        if names is not None:
            self.set_names(names)

    def set_names(self, names: list[str]) -> None:
        completer = QCompleter(names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)

    def value(self) -> str | None:
        return self.text().strip() or None

    def set_value(self, value: Any) -> None:
        self.setText("" if value is None else str(value))


class NumberField(LineField):
    """A number typed in any common notation; empty means unknown."""

    def __init__(self, integer: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(None, parent)
        self._integer = integer
        self.setAlignment(Qt.AlignmentFlag.AlignRight)

    def value(self) -> float | int | None:  # type: ignore[override]
        number = parse_number(self.text())
        if number is not None and self._integer:
            if number != int(number):
                raise FieldError("not a whole number")
            return int(number)
        return number

    def set_value(self, value: Any) -> None:
        if value is None or (isinstance(value, float) and value != value):
            self.setText("")
        elif self._integer:
            self.setText(str(int(value)))
        else:
            self.setText(f"{float(value):.2f}".rstrip("0").rstrip(".") or "0")


class ChoiceField(QComboBox):
    """One of a fixed list; ``(value, label)`` pairs."""

    changed = Signal()

    def __init__(self, choices: list[tuple[Any, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.set_choices(choices)
        self.currentIndexChanged.connect(self.changed)

    def set_choices(self, choices: list[tuple[Any, str]]) -> None:
        current = self.value() if self.count() else None
        self.blockSignals(True)
        self.clear()
        for value, label in choices:
            self.addItem(label, value)
        self.blockSignals(False)
        if current is not None:
            self.set_value(current)

    def value(self) -> Any:
        return self.currentData()

    def set_value(self, value: Any) -> None:
        index = self.findData(value)
        if index < 0 and value:
            self.addItem(str(value), value)
            index = self.count() - 1
        self.setCurrentIndex(max(index, 0))


class DateField(QWidget):
    """An ISO date typed or picked from a calendar; empty means unknown."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.edit.textChanged.connect(self.changed)
        self.button = QToolButton(self)
        self.button.setText("…")
        self.button.setToolTip(self.tr("Pick a date"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0px; }")
        menu = QMenu(self.button)
        self.calendar = QCalendarWidget(menu)
        self.calendar.setGridVisible(True)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        menu.aboutToShow.connect(self._sync_calendar)

        def picked(day: QDate) -> None:
            self._pick(day)
            menu.close()

        self.calendar.clicked.connect(picked)
        self.button.setMenu(menu)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.edit)

    def _sync_calendar(self) -> None:
        try:
            current = self.value()
        except FieldError:
            current = None
        day = current or dt.date.today()
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))

    def _pick(self, day: QDate) -> None:
        self.edit.setText(day.toString("yyyy-MM-dd"))

    def value(self) -> dt.date | None:
        text = self.edit.text().strip()
        if not text:
            return None
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            raise FieldError("not a date") from None

    def set_value(self, value: Any) -> None:
        if value is None or value != value:
            self.edit.setText("")
        elif isinstance(value, dt.date):
            self.edit.setText(value.isoformat())
        else:
            self.edit.setText(str(value)[:10])


class TextField(QPlainTextEdit):
    """A few lines of text (comments, notes). Tab moves on; Ctrl+Enter still saves."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setFixedHeight(64)
        self.textChanged.connect(self.changed)

    def value(self) -> str | None:
        return self.toPlainText().strip() or None

    def set_value(self, value: Any) -> None:
        self.setPlainText("" if value is None else str(value))
