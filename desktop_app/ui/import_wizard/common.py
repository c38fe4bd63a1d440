"""Small helpers shared by the wizard pages."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

#: the widest a column grows to when sized to its contents (longer text is elided)
MAX_COLUMN_WIDTH = 320

TILE_STYLE = """
QFrame#countTile { background: #ffffff; border: 1px solid #dcdfe5; border-radius: 6px; }
QLabel#tileValue { font-size: 17pt; font-weight: 600; color: #1d2128; }
QLabel#tileCaption { color: #5f6673; }
"""


def fill_table(
    table: QTableWidget,
    headers: list[str],
    rows: list[list[Any]],
    right_aligned: frozenset[int] = frozenset(),
) -> None:
    """Reset ``table`` to ``rows`` (read-only cells, tooltips with the full text)."""
    table.clear()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(len(rows))
    align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    for i, row in enumerate(rows):
        for j, value in enumerate(row):
            text = "" if value is None else str(value)
            item = QTableWidgetItem(text)
            if len(text) > 30:
                item.setToolTip(text)
            if j in right_aligned:
                item.setTextAlignment(align)
            table.setItem(i, j, item)
    table.resizeColumnsToContents()
    header = table.horizontalHeader()
    for j in range(len(headers)):
        if header.sectionSize(j) > MAX_COLUMN_WIDTH:
            header.resizeSection(j, MAX_COLUMN_WIDTH)


def read_only_table(parent: Any) -> QTableWidget:
    table = QTableWidget(parent)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(26)
    return table


def fit_height(table: QTableWidget) -> None:
    """Let ``table`` grow no taller than its rows, so no empty white box sits below them."""
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    height = (
        table.horizontalHeader().sizeHint().height()
        + table.verticalHeader().length()
        + 2 * table.frameWidth()
        + 2
    )
    table.setMaximumHeight(height)


def section_label(parent: QWidget, text: str = "") -> QLabel:
    """A bold caption above a table."""
    label = QLabel(text, parent)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def set_text_or_hide(label: QLabel, text: str) -> None:
    """Show ``label`` with ``text``; hide it when the text is empty (no blank gap)."""
    label.setText(text)
    label.setVisible(bool(text))


class CountTiles(QWidget):
    """A row of big numbers with captions: rows read, new, updated, ..., rejected."""

    def __init__(self, parent: QWidget, keys: list[tuple[str, str]]) -> None:
        super().__init__(parent)
        self.setStyleSheet(TILE_STYLE)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(10)
        self.values: dict[str, int] = {}
        self._labels: dict[str, tuple[QLabel, QLabel]] = {}
        for key, caption in keys:
            tile = QFrame(self)
            tile.setObjectName("countTile")
            lay = QVBoxLayout(tile)
            lay.setContentsMargins(14, 8, 14, 8)
            lay.setSpacing(0)
            value = QLabel("–", tile)
            value.setObjectName("tileValue")
            cap = QLabel(caption, tile)
            cap.setObjectName("tileCaption")
            lay.addWidget(value)
            lay.addWidget(cap)
            row.addWidget(tile, 1)
            self._labels[key] = (value, cap)

    def set_values(self, values: dict[str, int], colours: dict[str, str] | None = None) -> None:
        self.values = dict(values)
        colours = colours or {}
        for key, (value, _cap) in self._labels.items():
            n = values.get(key, 0)
            value.setText(f"{n:,}")
            colour = colours.get(key) if n else None
            value.setStyleSheet(f"color: {colour};" if colour else "")
