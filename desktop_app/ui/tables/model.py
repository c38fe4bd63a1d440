"""A thin, columnar table model: cells served straight from numpy arrays.

The model keeps the frame's columns as arrays and one ``view`` array of row positions (the
rows that pass the filter, in sort order). Sorting is ``numpy.argsort`` on a sort key per
column (integer codes for text, so a million rows sort in well under a second); filtering
is a boolean mask built with vectorised pandas operations. No Python object per row.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

TEXT, NUMBER, MONEY, DATE, PERCENT, INT = "text", "number", "money", "date", "percent", "int"

SortRole = Qt.ItemDataRole.UserRole + 1
IdRole = Qt.ItemDataRole.UserRole + 2

_STATUS_COLOURS = {"won": QColor("#1b7f3b"), "lost": QColor("#b3261e")}


def choice_labels(kind: str, field: str) -> dict[str, str]:
    """Display text of the stored values of a choice field (translated, from the kind's
    declaration in ``desktop_app.store.kinds``)."""
    from PySide6.QtCore import QCoreApplication

    from desktop_app.store.kinds import kind as declared

    t = QCoreApplication.translate
    return {value: t("fields", label) for value, label in declared(kind).field(field).choices}


def status_labels() -> dict[str, str]:
    """Display text of the deal statuses (translated)."""
    return choice_labels("deals", "status")


def category_labels() -> dict[str, str]:
    """Display text of the spend categories (translated)."""
    return choice_labels("spend", "category")


Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    """One column: the frame key, its header title and how to show it."""

    key: str
    title: str
    kind: str = TEXT
    visible: bool = True
    #: (stored value, display text) of a choice column; empty: values shown as they are
    labels: tuple[tuple[str, str], ...] = ()


def _format(value: Any, kind: str) -> str:
    if kind == TEXT:
        return "" if value is None else str(value)
    if kind == DATE:
        if value is None or value is pd.NaT:
            return ""
        if isinstance(value, np.datetime64) and np.isnat(value):
            return ""
        return str(value)[:10]
    if value is None or value != value:  # NaN
        return ""
    if kind == MONEY:
        return f"{value:,.2f}"
    if kind == PERCENT:
        return f"{value:g} %"
    if kind == INT:
        return f"{int(value):d}"
    return f"{value:,.10g}"


class ColumnarTableModel(QAbstractTableModel):
    """Rows of one frame, filtered and sorted through a permutation array."""

    def __init__(self, columns: list[Column], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = columns
        self._frame = pd.DataFrame({c.key: [] for c in columns})
        self._arrays: dict[str, np.ndarray] = {}
        self._sort_keys: dict[str, np.ndarray] = {}
        self._mask: np.ndarray | None = None
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._view = np.zeros(0, dtype=np.int64)
        self._labels = {"status": status_labels(), "category": category_labels()}

    # --- filling ---------------------------------------------------------------------

    def set_rows(self, frame: pd.DataFrame) -> None:
        """Replace all rows (resets the model; filter mask cleared, sort order kept)."""
        self.beginResetModel()
        self._frame = frame.reset_index(drop=True)
        self._arrays = {
            c.key: (
                frame[c.key].to_numpy()
                if c.key in frame.columns
                else np.full(len(frame), None, dtype=object)
            )
            for c in self.columns
        }
        self._sort_keys = {}
        self._mask = None
        self._rebuild_view()
        self.endResetModel()

    def frame(self) -> pd.DataFrame:
        """All rows (unfiltered)."""
        return self._frame

    def visible_frame(self) -> pd.DataFrame:
        """The rows the table shows, in their shown order."""
        return self._frame.iloc[self._view]

    def set_mask(self, mask: np.ndarray | None) -> None:
        """Show only rows where ``mask`` is True (None shows all)."""
        self.beginResetModel()
        self._mask = None if mask is None else np.asarray(mask, dtype=bool)
        self._rebuild_view()
        self.endResetModel()

    def _sort_key(self, key: str, kind: str) -> np.ndarray:
        cached = self._sort_keys.get(key)
        if cached is not None:
            return cached
        values = self._arrays[key]
        if kind == TEXT and values.dtype == object:
            codes, uniques = pd.factorize(values)  # NaN/None -> -1
            folded = np.array([str(u).casefold() for u in uniques], dtype=object)
            rank = np.empty(len(uniques), dtype=np.int64)
            rank[np.argsort(folded, kind="stable")] = np.arange(len(uniques))
            missing = np.iinfo(np.int64).max
            sort_key = np.where(codes < 0, missing, rank[np.maximum(codes, 0)] if len(rank) else 0)
        elif kind == DATE and np.issubdtype(values.dtype, np.datetime64):
            ints = values.astype("datetime64[ns]").view(np.int64)
            sort_key = np.where(np.isnat(values), np.iinfo(np.int64).max, ints)
        else:
            floats = values.astype(np.float64)
            sort_key = np.where(np.isnan(floats), np.inf, floats)
        self._sort_keys[key] = sort_key
        return sort_key

    def _rebuild_view(self) -> None:
        n = len(self._frame)
        base = np.arange(n, dtype=np.int64) if self._mask is None else np.flatnonzero(self._mask)
        if self._sort is not None and n:
            column, order = self._sort
            col = self.columns[column]
            key = self._sort_key(col.key, col.kind)[base]
            perm = np.argsort(key, kind="stable")
            if order == Qt.SortOrder.DescendingOrder:
                perm = perm[::-1]
            base = base[perm]
        self._view = base

    # --- Qt model --------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._view)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        col = self.columns[index.column()]
        pos = self._view[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = self._arrays[col.key][pos]
            labels = dict(col.labels) if col.labels else self._labels.get(col.key)
            if labels is not None:
                return labels.get(value, value or "")
            return _format(value, col.kind)
        if role == SortRole:
            value = self._arrays[col.key][pos]
            return value.item() if hasattr(value, "item") else value
        if role == IdRole:
            return int(self._arrays["id"][pos]) if "id" in self._arrays else int(pos)
        if role == Qt.ItemDataRole.TextAlignmentRole and col.kind in (MONEY, NUMBER, PERCENT, INT):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and col.key == "status":
            colour = _STATUS_COLOURS.get(self._arrays[col.key][pos])
            return QBrush(colour) if colour is not None else None
        return None

    def sort_state(self) -> tuple[int, Qt.SortOrder] | None:
        return self._sort

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._rebuild_view()
        self.layoutChanged.emit()

    # --- helpers ---------------------------------------------------------------------

    def row_id(self, row: int) -> int:
        """The database id of the shown row ``row``."""
        return int(self._arrays["id"][self._view[row]])

    def ids(self) -> np.ndarray:
        """Database ids of the shown rows, in shown order."""
        if "id" not in self._arrays:
            return np.zeros(0, dtype=np.int64)
        return self._arrays["id"][self._view].astype(np.int64)

    def row_of_id(self, row_id: int) -> int | None:
        """The shown row of a database id, or None when it is filtered out."""
        hits = np.flatnonzero(self.ids() == row_id)
        return int(hits[0]) if len(hits) else None
