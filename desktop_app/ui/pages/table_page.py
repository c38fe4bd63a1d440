"""A page with one kind's table: filter bar, actions, multi-select, export, undoable edits."""

from __future__ import annotations

import logging
from pathlib import Path

import pandas as pd
from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import UserError
from desktop_app.store import repository_frames as frames
from desktop_app.store.changes import Changes
from desktop_app.ui import commands, notify
from desktop_app.ui.context import AppContext
from desktop_app.ui.forms.dialog import open_form
from desktop_app.ui.guard import guarded
from desktop_app.ui.pages.folders import remember, start_path
from desktop_app.ui.pages.words import plural
from desktop_app.ui.tables.filters import RowFilter, build_mask, warm_codes
from desktop_app.ui.tables.kinds import table_spec
from desktop_app.ui.tables.model import ColumnarTableModel
from desktop_app.ui.tables.view import DataTableView
from desktop_app.ui.tasks import Op
from desktop_app.ui.widgets.filter_bar import FilterBar
from desktop_app.ui.widgets.lazy_reload import LazyReload

log = logging.getLogger("dealbook.ui")

#: kinds whose table is a frame of the context's dataset (same columns, with ids)
DATASET_KINDS = frozenset({"deals", "leads", "spend", "nps", "quotas", "forecasts", "accounts"})


class TablePage(LazyReload, QWidget):
    """Every row of ``kind``; reloads itself when ``data_changed`` names its tables."""

    #: emitted after the rows were (re)loaded and filtered
    loaded = Signal()

    def __init__(
        self,
        context: AppContext,
        kind: str,
        title: str,
        parent: QWidget | None = None,
        *,
        new_label: str = "",
        compact: bool = False,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.kind = kind
        self.spec = table_spec(kind)
        self._dirty = True
        self._generation = 0
        self._ids_filter: frozenset[int] | None = None
        self._codes: dict = {}
        self.model = ColumnarTableModel(self.spec.columns, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        self.title = QLabel(title, self)
        self.title.setObjectName("pageTitle")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        if compact:  # inside another page: no title, the count sits with the buttons
            layout.setContentsMargins(8, 8, 8, 8)
            self.title.hide()
        else:
            head = QHBoxLayout()
            head.addWidget(self.title)
            head.addStretch(1)
            head.addWidget(self.count_label)
            layout.addLayout(head)
        self.filter_bar = FilterBar(self.spec, self)
        self.filter_bar.changed.connect(self.apply_filter)
        layout.addWidget(self.filter_bar)
        self.actions_bar = QHBoxLayout()
        self.new_button = self._button(new_label or self.tr("New…"), self.new_record)
        self.new_button.setObjectName("primaryButton")
        self.edit_button = self._button(self.tr("Edit…"), self.edit_selected)
        self.delete_button = self._button(self.tr("Delete"), self.delete_selected)
        self.actions_bar.addStretch(1)
        if compact:
            self.actions_bar.addWidget(self.count_label)
        self.columns_button = self._button(self.tr("Columns"), self._columns_menu)
        self.export_button = self._button(self.tr("Export…"), self.export_dialog)
        layout.addLayout(self.actions_bar)
        self.extra = QVBoxLayout()
        layout.addLayout(self.extra)
        self.view = DataTableView(self.model, kind, self)
        self.view.doubleClicked.connect(self._double_clicked)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        layout.addWidget(self.view, 1)
        self.placeholder = QLabel(self.tr("Loading…"), self)
        self.placeholder.setObjectName("placeholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.placeholder, 1)
        self.view.hide()
        self._default_sort()
        for key, slot in (
            (QKeySequence(QKeySequence.StandardKey.Delete), self.delete_selected),
            (QKeySequence(Qt.Key.Key_Return), self.edit_selected),
            (QKeySequence(Qt.Key.Key_Enter), self.edit_selected),
        ):  # only while the table has the focus
            shortcut = QShortcut(key, self.view, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        context.data_changed.connect(self._on_data_changed)
        context.dataset_changed.connect(self._on_dataset)
        self._update_buttons()

    def _default_sort(self) -> None:
        keys = [c.key for c in self.spec.columns]
        if self.spec.default_sort in keys:
            column = keys.index(self.spec.default_sort)
            kind = self.spec.columns[column].kind
            order = Qt.SortOrder.DescendingOrder if kind == "date" else Qt.SortOrder.AscendingOrder
            self.view.sortByColumn(column, order)

    def _button(self, text: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(slot)
        button.setAutoDefault(False)
        self.actions_bar.addWidget(button)
        return button

    # --- loading ---------------------------------------------------------------------

    def _uses_dataset(self) -> bool:
        return self.kind in DATASET_KINDS

    def _on_data_changed(self, changes: Changes) -> None:
        if changes.touches(*self.spec.tables) and not self._uses_dataset():
            self.mark_stale()

    def _on_dataset(self, _dataset: object) -> None:
        if self._uses_dataset():
            self.mark_stale()

    def reload(self) -> None:
        """Show the rows again: from the shared dataset, else read in the background.

        Deals, leads, spend, NPS, quotas, forecasts and accounts come from the dataset the
        context loads once for every page (no second read of a million rows); rates, which
        the dataset holds without ids, are read on their own.
        """
        self._generation += 1
        generation = self._generation
        if self._uses_dataset():
            dataset = self.context.dataset()
            if dataset is None:
                if not self.context.is_loading():
                    self.context.reload()
                return  # dataset_changed will call again
            self._dirty = False
            self._set_frame(getattr(dataset, self.kind), generation)
            return
        self._dirty = False
        Op(self, frames.table_frame, self.context.engine, self.kind).success(
            guarded(self, lambda frame: self._set_frame(frame, generation))
        ).run()

    def _set_frame(self, frame: pd.DataFrame, generation: int) -> None:
        if generation != self._generation:
            return  # an older load finishing late
        self._codes = {}
        self.model.set_rows(frame)
        self.filter_bar.set_choices(frame)
        self.apply_filter()
        self.view.fit_columns()
        if len(frame) > 50_000:  # factorise the search columns before the first keystroke
            Op(self, warm_codes, frame, self.spec.search).success(
                guarded(self, lambda codes: self._warmed(codes, generation))
            ).run()
        self.loaded.emit()

    def _warmed(self, codes: dict, generation: int) -> None:
        if generation == self._generation:
            self._codes.update(codes)

    # --- filtering -------------------------------------------------------------------

    def row_filter(self) -> RowFilter:
        flt = self.filter_bar.row_filter()
        flt.ids = self._ids_filter
        return flt

    def apply_filter(self) -> None:
        self.model.set_mask(build_mask(self.model.frame(), self.row_filter(), self._codes))
        self._update_count()

    def _update_count(self) -> None:
        total, shown = len(self.model.frame()), self.model.rowCount()
        if total == 0:
            self.placeholder.setText(self.empty_text())
            self.placeholder.show()
            self.view.hide()
        else:
            self.placeholder.hide()
            self.view.show()
        text = (
            plural("TablePage", "%Ln row(s)", total)
            if shown == total
            else plural("TablePage", "%1 of %Ln row(s)", total).replace("%1", f"{shown:,}")
        )
        self.count_label.setText(text)
        self._update_buttons()

    def empty_text(self) -> str:
        return self.tr("Nothing here yet. Use “New…” to add the first row, or import a file.")

    # --- actions ---------------------------------------------------------------------

    def _update_buttons(self) -> None:
        n = len(self.view.selectionModel().selectedRows()) if self.view.selectionModel() else 0
        self.edit_button.setEnabled(n == 1)
        self.delete_button.setEnabled(n > 0)
        self.export_button.setEnabled(self.model.rowCount() > 0)

    def _double_clicked(self, index: QModelIndex) -> None:
        self.edit_record(self.model.row_id(index.row()))

    def new_record(self) -> None:
        open_form(self.context, self.kind, None, self)

    def edit_record(self, record_id: int) -> None:
        open_form(self.context, self.kind, record_id, self)

    def edit_selected(self) -> None:
        ids = self.view.selected_ids()
        if len(ids) == 1:
            self.edit_record(ids[0])

    def delete_selected(self) -> None:
        ids = self.view.selected_ids()
        if not ids:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete"),
            plural(
                "TablePage", "Delete %n selected row(s)? You can undo this with Ctrl+Z.", len(ids)
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.run_write(lambda: commands.delete_records(self.context, self.kind, ids))

    def run_write(self, write: object) -> None:
        """Run an undoable write; a refusal is shown in the message bar (tier 1)."""
        try:
            write()  # type: ignore[operator]
        except UserError as exc:
            notify.show(str(exc), "warning")

    def _columns_menu(self) -> None:
        menu = self.view.column_menu()
        menu.exec(self.columns_button.mapToGlobal(self.columns_button.rect().bottomLeft()))
        menu.deleteLater()

    def export_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the rows shown"),
            start_path("export", f"{self.kind}.csv"),
            self.tr("CSV file (*.csv);;Excel workbook (*.xlsx)"),
        )
        if path:
            remember("export", path)
            self.export_to(path)

    def export_to(self, path: str | Path) -> None:
        """Write the filtered rows, visible columns only, in the background."""
        keys = [c.key for i, c in enumerate(self.model.columns) if not self.view.isColumnHidden(i)]
        frame = self.model.visible_frame()[[k for k in keys if k in self.model.frame().columns]]
        done = plural("TablePage", "Exported %n row(s) to %1.", len(frame))
        saving = self.tr("Saving %1…").replace("%1", Path(path).name)
        Op(self, frames.export_frame, frame, path).busy(saving).success(
            lambda p: notify.show(done.replace("%1", str(p)), "info")
        ).run()

    def focus_search(self) -> None:
        self.filter_bar.focus_search()
