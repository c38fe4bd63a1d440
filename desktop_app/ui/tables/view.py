"""The table view: sortable, multi-select, columns chosen from the header's context menu."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QSettings, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

from desktop_app.ui.tables.model import TEXT, ColumnarTableModel

_MAIN = ("title", "name", "comment", "note")
#: the narrowest a text column gets when the columns do not fit the window
_NARROW = 110
_NARROW_MAIN = 200


class DataTableView(QTableView):
    """A ``ColumnarTableModel`` view; hidden columns are remembered per table."""

    def __init__(
        self, model: ColumnarTableModel, settings_key: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._key = f"tables/{settings_key}/hidden"
        self.setModel(model)
        self.setSortingEnabled(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setShowGrid(False)
        vertical = self.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setResizeContentsPrecision(300)  # size columns from 300 rows, not all
        self._sized = False
        header.setSectionsMovable(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        header.setSortIndicatorShown(True)
        self._restore_hidden()

    def table_model(self) -> ColumnarTableModel:
        model = self.model()
        assert isinstance(model, ColumnarTableModel)
        return model

    def _restore_hidden(self) -> None:
        model = self.table_model()
        stored = QSettings().value(self._key)
        hidden = (
            set(stored if isinstance(stored, list) else [stored])
            if stored is not None
            else {c.key for c in model.columns if not c.visible}
        )
        for i, col in enumerate(model.columns):
            self.setColumnHidden(i, col.key in hidden)

    def fit_columns(self) -> None:
        """Size the columns to their content once (the first time rows arrive)."""
        if self._sized or self.table_model().rowCount() == 0:
            return
        self._sized = True
        self.resizeColumnsToContents()
        columns = self.table_model().columns
        for i, col in enumerate(columns):
            widest = 300 if col.key in _MAIN else 200
            self.setColumnWidth(i, max(70, min(self.columnWidth(i) + 12, widest)))
        QTimer.singleShot(0, self, self._fill_width)  # dropped if the view is gone first

    def _fill_width(self) -> None:
        """Give the width left over to the main text column (once laid out)."""
        columns = self.table_model().columns
        shown = [i for i in range(len(columns)) if not self.isColumnHidden(i)]
        slack = self.viewport().width() - sum(self.columnWidth(i) for i in shown) - 4
        main = next((i for i in shown if columns[i].key in _MAIN), None)
        if slack > 0 and main is not None:  # fill the width with the main text column
            self.setColumnWidth(main, self.columnWidth(main) + slack)
        elif slack < 0:  # too wide: narrow the text columns (elided) so the amounts show
            least = {i: _NARROW_MAIN if columns[i].key in _MAIN else _NARROW for i in shown}
            texts = [i for i in shown if columns[i].kind == TEXT and self.columnWidth(i) > least[i]]
            room = sum(self.columnWidth(i) - least[i] for i in texts)
            share = min(1.0, -slack / room) if room else 0.0
            for i in texts:
                width = self.columnWidth(i)
                self.setColumnWidth(i, int(width - (width - least[i]) * share))

    def set_column_visible(self, key: str, visible: bool) -> None:
        model = self.table_model()
        for i, col in enumerate(model.columns):
            if col.key == key:
                self.setColumnHidden(i, not visible)
        hidden = [c.key for i, c in enumerate(model.columns) if self.isColumnHidden(i)]
        QSettings().setValue(self._key, hidden or "")

    def _header_menu(self, pos: QPoint) -> None:
        menu = self.column_menu()
        menu.exec(self.horizontalHeader().mapToGlobal(pos))
        menu.deleteLater()

    def column_menu(self) -> QMenu:
        """A menu of checkable columns (also reachable from the page's Columns button)."""
        menu = QMenu(self.tr("Columns"), self)
        for i, col in enumerate(self.table_model().columns):
            action = menu.addAction(col.title)
            action.setCheckable(True)
            action.setChecked(not self.isColumnHidden(i))
            action.toggled.connect(lambda on, key=col.key: self.set_column_visible(key, on))
        return menu

    def selected_ids(self) -> list[int]:
        """Database ids of the selected rows, in shown order."""
        model = self.table_model()
        rows = sorted({i.row() for i in self.selectionModel().selectedRows()})
        return [model.row_id(r) for r in rows]
