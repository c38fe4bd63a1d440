"""Past imports with their report summary, and "Undo import"."""

from __future__ import annotations

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
from desktop_app.ui.import_wizard.labels import kind_label
from desktop_app.ui.pages.words import plural
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
        # clicked(bool) would pass False as ``confirm``: the button always asks first
        self.undo_button.clicked.connect(lambda: self.undo_selected(confirm=True))
        head.addWidget(self.undo_button)
        layout.addLayout(head)
        split = QSplitter(Qt.Orientation.Vertical, self)
        self.table = QTableWidget(0, 8, split)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("#"),
                self.tr("When"),
                self.tr("File"),
                self.tr("What"),
                self.tr("From"),
                self.tr("Added"),
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
                kind_label(str(row.get("kind") or "")),
                source_label(row),
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
                item.setToolTip(import_summary(row))
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
        self.report.setPlainText(import_summary(row))

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
        Op(self, _undo, self.context.engine, int(row["id"])).busy(
            self.tr("Undoing import #%1…").replace("%1", str(row["id"]))
        ).success(guarded(self, self.context.notify_changed)).run()


def _t(text: str, n: int = -1) -> str:
    from PySide6.QtCore import QCoreApplication

    if n >= 0:
        return plural("ImportsPage", text, n)
    return QCoreApplication.translate("ImportsPage", text)


def source_label(row: dict[str, Any]) -> str:
    """The CRM (or kind of file) an import came from, in words."""
    from desktop_app.ui.import_wizard.labels import preset_label

    preset = str(row.get("preset") or (row.get("report") or {}).get("preset") or "")
    return preset_label(preset) if preset and preset != "auto" else ""


def import_summary(row: dict[str, Any]) -> str:
    """What one import did, in sentences: file, CRM, rows added, updated, rejected, warnings."""
    from desktop_app.ui.import_wizard.labels import kind_label, warning_text

    report: dict[str, Any] = row.get("report") or {}
    when = str(row.get("started_at") or "")[:16]
    source = source_label(row)
    head = (
        _t("Import #%1 of %2 from %3, on %4.").replace("%3", source)
        if source
        else _t("Import #%1 of %2, on %4.")
    )
    lines = [
        head.replace("%1", str(row.get("id")))
        .replace("%2", str(row.get("file") or report.get("file") or "?"))
        .replace("%4", when)
    ]
    lines.append(_t("What: %1.").replace("%1", kind_label(str(row.get("kind") or ""))))
    if not report:
        lines.append(_t("This import kept no report."))
    else:
        read = int(report.get("rows_read") or 0)
        added = int(report.get("imported") or 0)
        updated = int(report.get("updated") or 0)
        same = int(report.get("duplicates") or 0)
        rejected = int(report.get("rejected") or 0)
        parts = [_t("%Ln row(s) added", added), _t("%Ln updated", updated)]
        if same:
            parts.append(_t("%Ln unchanged", same))
        parts.append(_t("%Ln rejected", rejected))
        lines.append(_t("%Ln row(s) read: ", read) + ", ".join(parts) + ".")
        counts = report.get("status_counts") or {}
        if row.get("kind") == "deals" and any(counts.values()):
            lines.append(
                _t("Deals: %1 open, %2 won, %3 lost.")
                .replace("%1", str(counts.get("open", 0)))
                .replace("%2", str(counts.get("won", 0)))
                .replace("%3", str(counts.get("lost", 0)))
            )
        for key, count in (report.get("warnings") or {}).items():
            lines.append("⚠ " + warning_text(str(key), int(count)))
        rejects = list(report.get("rejects") or [])
        if rejects:
            lines.append("")
            lines.append(_t("Rejected rows (not imported):"))
            for r in rejects[:20]:
                lines.append(
                    _t("Line %1: %2")
                    .replace("%1", str(r.get("line") or r.get("row") or "?"))
                    .replace("%2", str(r.get("detail") or r.get("reason") or ""))
                )
            if len(rejects) > 20:
                lines.append(_t("… and %Ln more.", len(rejects) - 20))
    if row.get("undone_at"):
        lines.append("")
        lines.append(_t("Undone on %1.").replace("%1", str(row["undone_at"])[:16]))
    return "\n".join(lines)
