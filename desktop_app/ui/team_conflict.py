"""Someone else saved the record you are editing: what they changed, and what to do.

A save that meets :class:`desktop_app.store.conflicts.EditConflict` writes nothing and
leaves the form open with what the user typed. :class:`ConflictDialog` lists each field
that differs, theirs beside yours, and offers "Reload theirs" (the form shows their record)
or "Keep editing" (the form keeps your values where you changed something, takes theirs
where you did not, and the next Save writes over their version knowingly).
:func:`merge_kept` is that rule.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

# how the dialog ended
RELOAD = "reload"
KEEP = "keep"


def _same(a: Any, b: Any) -> bool:
    if a in (None, "") and b in (None, ""):
        return True
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(float(a) - float(b)) < 1e-9
    if isinstance(a, dt.datetime) and isinstance(b, dt.date):
        return a.date() == (b.date() if isinstance(b, dt.datetime) else b)
    if isinstance(b, dt.datetime) and isinstance(a, dt.date):
        return b.date() == a
    return bool(a == b)


def shown(value: Any) -> str:
    """A value as the table shows it: dates as ISO days, nothing as a dash."""
    if value in (None, ""):
        return "—"
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return f"{value:,.2f}".rstrip("0").rstrip(".")
    return str(value)


def differences(
    keys: Sequence[str],
    theirs: Mapping[str, Any],
    yours: Mapping[str, Any],
    started_from: Mapping[str, Any],
) -> list[str]:
    """The fields to show: those they changed and those where theirs and yours differ."""
    return [
        key
        for key in keys
        if key in theirs
        and (
            not _same(theirs.get(key), started_from.get(key))
            or not _same(theirs.get(key), yours.get(key))
        )
    ]


def merge_kept(
    keys: Sequence[str],
    theirs: Mapping[str, Any],
    yours: Mapping[str, Any],
    started_from: Mapping[str, Any],
) -> dict[str, Any]:
    """ "Keep editing": your value where you changed the field, else theirs."""
    merged: dict[str, Any] = {}
    for key in keys:
        mine = yours.get(key)
        merged[key] = mine if not _same(mine, started_from.get(key)) else theirs.get(key, mine)
    return merged


class ConflictDialog(QDialog):
    """The conflict's sentence and a table Field | Theirs (saved) | Yours (in the form)."""

    def __init__(
        self,
        sentence: str,
        rows: Sequence[tuple[str, Any, Any]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(self.tr("Someone else saved this record"))
        self.setMinimumWidth(520)
        self.choice = ""
        layout = QVBoxLayout(self)
        self.sentence = QLabel(sentence, self)
        self.sentence.setWordWrap(True)
        layout.addWidget(self.sentence)
        self.table = QTableWidget(len(rows), 3, self)
        self.table.setObjectName("conflictTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Theirs (saved)"), self.tr("Yours (in the form)")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for row, (label, theirs, yours) in enumerate(rows):
            for col, text in enumerate((label, shown(theirs), shown(yours))):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.resizeRowsToContents()
        rows_height = sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        frame = 2 * self.table.frameWidth() + self.table.horizontalHeader().sizeHint().height()
        self.table.setFixedHeight(min(rows_height + frame + 2, 320))  # no empty rows below
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(self)
        self.reload_button = buttons.addButton(
            self.tr("Reload theirs"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.keep_button = buttons.addButton(
            self.tr("Keep editing"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.keep_button.setDefault(True)
        self.reload_button.clicked.connect(lambda: self._end(RELOAD))
        self.keep_button.clicked.connect(lambda: self._end(KEEP))
        layout.addWidget(buttons)

    def rows(self) -> list[tuple[str, str, str]]:
        """What the table shows, row by row (field, theirs, yours)."""
        out = []
        for row in range(self.table.rowCount()):
            items = [self.table.item(row, col) for col in range(3)]
            texts = [item.text() if item is not None else "" for item in items]
            out.append((texts[0], texts[1], texts[2]))
        return out

    def _end(self, choice: str) -> None:
        self.choice = choice
        if choice == RELOAD:
            self.accept()
        else:
            self.reject()

    def reject(self) -> None:  # Esc is "Keep editing": nothing typed is lost
        self.choice = self.choice or KEEP
        super().reject()
