"""The Team page's first tab: every rep with their deals by status and quota rows."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.store import repository as repo
from desktop_app.store.changes import Changes
from desktop_app.ui.context import AppContext
from desktop_app.ui.guard import guarded
from desktop_app.ui.tasks import Op
from desktop_app.ui.widgets.lazy_reload import LazyReload


class RepsTab(LazyReload, QWidget):
    """Read-only overview of the sales reps (they are created when first named)."""

    loaded = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        hint = QLabel(
            self.tr("A rep is added the first time a deal, lead or quota names them."), self
        )
        hint.setObjectName("hint")
        layout.addWidget(hint)
        headers = [
            self.tr("Rep"),
            self.tr("Active"),
            self.tr("Open deals"),
            self.tr("Won deals"),
            self.tr("Lost deals"),
            self.tr("Quota rows"),
        ]
        self.table = QTableWidget(0, len(headers), self)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self._dirty = True
        context.data_changed.connect(self._changed)

    def _changed(self, changes: Changes) -> None:
        if changes.touches("reps", "deals", "quotas"):
            self.mark_stale()

    def reload(self) -> None:
        self._dirty = False
        Op(self, repo.rep_summary, self.context.engine).success(guarded(self, self.set_rows)).run()

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(rows))
        yes, no = self.tr("Yes"), self.tr("No")
        for i, row in enumerate(rows):
            cells: list[Any] = [row["name"], yes if row["active"] else no]
            cells += [row["open"], row["won"], row["lost"], row["quotas"]]
            for c, value in enumerate(cells):
                item = QTableWidgetItem()
                item.setData(Qt.ItemDataRole.DisplayRole, value)
                if isinstance(value, int):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(i, c, item)
        self.table.setSortingEnabled(True)
        self.loaded.emit()
