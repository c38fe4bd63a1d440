"""Past imports with their report summary, and "Undo import"."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.store.changes import Changes
from desktop_app.ui.context import AppContext
from desktop_app.ui.guard import guarded
from desktop_app.ui.tasks import Op
from desktop_app.ui.widgets.lazy_reload import LazyReload


def _list(engine: Any) -> list[dict[str, Any]]:
    from desktop_app.importing import api

    return api.list_imports(engine)


def _undo(engine: Any, batch_id: int) -> Changes:
    from desktop_app.importing import api

    return api.undo_import(engine, batch_id)


class ImportsPage(LazyReload, QWidget):
    """Every import, newest first; the selected one's report; undo."""

    loaded = Signal()
    import_requested = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.rows: list[dict[str, Any]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        head = QHBoxLayout()
        title = QLabel(self.tr("Imports"), self)
        title.setObjectName("pageTitle")
        head.addWidget(title)
        head.addStretch(1)
        self.import_button = QPushButton(self.tr("Import a file…"), self)
        self.import_button.setObjectName("primaryButton")
        self.import_button.clicked.connect(self.import_requested)
        head.addWidget(self.import_button)
        self.undo_button = QPushButton(self.tr("Undo import"), self)
        self.undo_button.clicked.connect(self.undo_selected)
        head.addWidget(self.undo_button)
        layout.addLayout(head)
        split = QSplitter(Qt.Orientation.Vertical, self)
        self.table = QTableWidget(0, 7, split)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("#"),
                self.tr("When"),
                self.tr("File"),
                self.tr("Kind"),
                self.tr("Imported"),
                self.tr("Updated"),
                self.tr("Rejected"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._show_report)
        self.report = QPlainTextEdit(split)
        self.report.setReadOnly(True)
        self.report.setPlaceholderText(self.tr("Select an import to see its report."))
        split.setSizes([300, 200])
        layout.addWidget(split, 1)
        self.empty = QLabel(
            self.tr("No imports yet. Drop a CSV or Excel file on the window to start one."), self
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty)
        self._dirty = True
        context.data_changed.connect(self._changed)
        self._show_report()

    def _changed(self, changes: Changes) -> None:
        if changes.touches("import_batches"):
            self.mark_stale()

    def reload(self) -> None:
        self._dirty = False
        Op(self, _list, self.context.engine).success(guarded(self, self.set_rows)).run()

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            when = (row.get("started_at") or "")[:16]
            if row.get("undone_at"):
                when = self.tr("%1 (undone)").replace("%1", when)
            cells = [
                row.get("id"),
                when,
                row.get("file"),
                row.get("kind"),
                row.get("imported"),
                row.get("updated"),
                row.get("rejected"),
            ]
            for c, value in enumerate(cells):
                item = QTableWidgetItem("" if value is None else str(value))
                if isinstance(value, int):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(i, c, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.empty.setVisible(not rows)
        self._show_report()
        self.loaded.emit()

    def selected(self) -> dict[str, Any] | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def _show_report(self) -> None:
        row = self.selected()
        self.undo_button.setEnabled(bool(row) and not row.get("undone_at"))  # type: ignore[union-attr]
        if row is None:
            self.report.clear()
            return
        report = row.get("report") or {}
        self.report.setPlainText(json.dumps(report, indent=2, ensure_ascii=False))

    def undo_selected(self, confirm: bool = True) -> None:
        row = self.selected()
        if row is None or row.get("undone_at"):
            return
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Undo import"),
                self.tr(
                    "Take back import #%1 of %2? Rows it added are removed and rows it "
                    "changed get their old values back."
                )
                .replace("%1", str(row["id"]))
                .replace("%2", str(row.get("file"))),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        Op(self, _undo, self.context.engine, int(row["id"])).success(
            guarded(self, self.context.notify_changed)
        ).run()
