"""Thin table models for the rep table and ROI by source (one ``set_rows`` resets them)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from desktop_app.charts import format as fmt
from desktop_app.presentation.breakdown_table import BREAKDOWNS, NO_KEY
from desktop_app.presentation.i18n import tr
from kpi_core.types import KpiResult

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    """A column: header, row field and how to write it."""

    header: str
    field: str
    kind: str  # text / money / rate / days / count / months / ratio


def _columns(breakdown_id: str, names: tuple[str, ...]) -> list[Column]:
    """The key column and the ``names`` fields of a breakdown, worded by the presentation
    table."""
    words = BREAKDOWNS[breakdown_id]
    fields = [words.field(n) for n in names]
    return [
        Column(tr(words.key_label), "key", "key"),
        *(Column(tr(f.label), f.name, f.unit) for f in fields),
    ]


def rep_columns() -> list[Column]:
    """Columns of the rep table."""
    fields = ("revenue", "deals_won", "win_rate", "sales_cycle_days", "quota", "attainment")
    consistency = BREAKDOWNS["quota_consistency"].field("value")
    return [
        *_columns("rep_table", fields),
        Column(tr(consistency.label), "consistency", consistency.unit),
    ]


def roi_columns() -> list[Column]:
    """Columns of ROI by source: return on spend and ROI side by side."""
    return _columns("roi_by_source", ("spend", "revenue", "return_on_spend", "value"))


def cell_text(kind: str, value: Any, currency: str) -> str:
    """The text of a cell."""
    if kind == "key":  # a row's name: "(none)" for the rows without one, as in the review
        return tr(NO_KEY) if fmt.is_missing(value) or value == "" else str(value)
    if kind != "text":  # a unit of the presentation table
        return fmt.format_value(value, kind, currency)
    return fmt.DASH if fmt.is_missing(value) else str(value)


class RowsModel(QAbstractTableModel):
    """Rows of dicts shown by ``columns``; the sort role gives the raw value."""

    def __init__(self, columns: list[Column], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = columns
        self.rows: list[dict[str, Any]] = []
        self.currency = ""

    def set_rows(self, rows: list[dict[str, Any]], currency: str = "") -> None:
        """Replace all rows."""
        self.beginResetModel()
        self.rows = list(rows)
        self.currency = currency
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        value = self.rows[index.row()].get(column.field)
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(column.kind, value, self.currency)
        if role == SORT_ROLE:
            if fmt.is_missing(value):
                return float("-inf") if column.kind not in ("text", "key") else ""
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind not in ("text", "key"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header
        return None


def rep_rows(result: KpiResult) -> list[dict[str, Any]]:
    """``rep_table`` rows with the rep's ``quota_consistency`` added as ``consistency``."""
    breakdowns = result.get("breakdowns", {})
    consistency = {r.get("key"): r.get("value") for r in breakdowns.get("quota_consistency") or []}
    return [
        dict(r, consistency=consistency.get(r.get("key")))
        for r in breakdowns.get("rep_table") or []
    ]


def make_table(model: RowsModel, parent: QWidget | None = None) -> QTableView:
    """A sortable, read-only table view of ``model``."""
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    view = QTableView(parent)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    view.setAlternatingRowColors(True)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.verticalHeader().setVisible(False)
    view.setShowGrid(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    fit_height(view, model)
    model.modelReset.connect(lambda: fit_height(view, model))
    return view


def fit_height(view: QTableView, model: RowsModel, most_rows: int = 12) -> None:
    """Size ``view`` to show the rows of ``model`` (at most ``most_rows``, then it scrolls)."""
    rows = max(2, min(model.rowCount(), most_rows))
    row_h = view.verticalHeader().defaultSectionSize()
    header_h = view.horizontalHeader().sizeHint().height()
    view.setFixedHeight(header_h + rows * row_h + 6)
