"""A table on paper: columns sized to their content, split between rows across pages with
the header row repeated on every page, an optional bold total row at the very end."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QFont, QPainter

from desktop_app.reports.document import Table
from desktop_app.reports.flowable import Flowable
from desktop_app.reports.style import BAND, INK, MUTED, RULE, Style

WRAP = Qt.TextFlag.TextWordWrap
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop


#: the fewest rows a split table carries to the next page (when it has that many)
MIN_ROWS_CARRIED = 3


class _Shared:
    """What every page's piece of one table shares: fonts, texts and column widths."""

    def __init__(self, style: Style, table: Table) -> None:
        self.style, self.table = style, table
        size = 8.6 if len(table.columns) <= 7 else 8.0
        self.font = style.font(size)
        self.bold = style.font(size, bold=True)
        self.pad = style.pt(3.2)
        self.texts = [self.row_texts(r) for r in table.rows]
        self.total_texts = self.row_texts(table.total, total=True) if table.total else None
        self.widths: dict[float, list[float]] = {}

    def row_texts(self, row: list[Any], total: bool = False) -> list[str]:
        return [
            "" if total and value is None and i > 0 else self.table.cell_text(row, i)
            for i, value in enumerate(row)
        ]

    def column_widths(self, width: float) -> list[float]:
        """Numbers at their natural width, text columns sharing the rest by weight."""
        if width in self.widths:
            return self.widths[width]
        columns = self.table.columns
        cell = self.style.metrics(self.font)
        head = self.style.metrics(self.bold)
        rows = self.texts + ([self.total_texts] if self.total_texts else [])
        natural = []
        for i, column in enumerate(columns):
            longest = max((cell.horizontalAdvance(r[i]) for r in rows), default=0.0)
            if self.total_texts:
                longest = max(longest, head.horizontalAdvance(self.total_texts[i]))
            natural.append(max(longest, head.horizontalAdvance(column.title)) + 2.5 * self.pad)
        wrap = [i for i, c in enumerate(columns) if not c.numeric]
        fixed = sum(natural[i] for i in range(len(columns)) if i not in wrap)
        weights = sum(columns[i].weight for i in wrap)
        if sum(natural) <= width:
            extra = width - sum(natural)
            total_w = sum(c.weight for c in columns)
            out = [n + extra * columns[i].weight / total_w for i, n in enumerate(natural)]
        elif wrap and width - fixed >= sum(
            head.horizontalAdvance(columns[i].title) + 2.5 * self.pad for i in wrap
        ):
            rest = width - fixed
            out = [
                rest * columns[i].weight / weights if i in wrap else natural[i]
                for i in range(len(columns))
            ]
        else:
            out = [n * width / sum(natural) for n in natural]
        self.widths[width] = out
        return out

    def row_height(self, texts: list[str], widths: list[float], font: QFont) -> float:
        metrics = self.style.metrics(font)
        line = metrics.height()
        tallest = line
        for text, w in zip(texts, widths, strict=True):
            if metrics.horizontalAdvance(text) > w - 2 * self.pad:
                box = metrics.boundingRect(QRectF(0, 0, w - 2 * self.pad, 1e6), WRAP, text)
                tallest = max(tallest, box.height())
        return tallest + 2 * self.pad


class TableFlow(Flowable):
    """A table that splits between rows and repeats its header row on every page."""

    keep_with_next = False

    def __init__(
        self,
        style: Style,
        table: Table,
        start: int = 0,
        stop: int | None = None,
        shared: _Shared | None = None,
    ) -> None:
        self.style, self.table = style, table
        self.shared = shared or _Shared(style, table)
        self.start = start
        self.stop = len(table.rows) if stop is None else stop
        self._heights: dict[float, list[float]] = {}

    @property
    def last(self) -> bool:
        return self.stop >= len(self.table.rows)

    def _header_h(self, widths: list[float]) -> float:
        titles = [c.title for c in self.table.columns]
        return self.shared.row_height(titles, widths, self.shared.bold)

    def _row_heights(self, width: float) -> list[float]:
        if width not in self._heights:
            widths = self.shared.column_widths(width)
            texts = self.shared.texts[self.start : self.stop]
            self._heights[width] = [
                self.shared.row_height(t, widths, self.shared.font) for t in texts
            ]
        return self._heights[width]

    def _total_h(self, width: float) -> float:
        if not self.last or self.shared.total_texts is None:
            return 0.0
        widths = self.shared.column_widths(width)
        return self.shared.row_height(self.shared.total_texts, widths, self.shared.bold)

    def height(self, width: float) -> float:
        header = self._header_h(self.shared.column_widths(width))
        body = sum(self._row_heights(width)) if self.stop > self.start else self.style.pt(16)
        return header + body + self._total_h(width) + self.style.pt(8)

    def split(self, width: float, space: float) -> tuple[Any, Any]:
        if self.height(width) <= space:
            return self, None
        used = self._header_h(self.shared.column_widths(width)) + self.style.pt(8)
        fit = 0
        for h in self._row_heights(width):
            if used + h > space:
                break
            used += h
            fit += 1
        remaining = self.stop - self.start - fit
        if fit < 2 or remaining < 1:
            return None, self
        if remaining < MIN_ROWS_CARRIED:  # no widow rows alone on the next page
            fit -= min(MIN_ROWS_CARRIED - remaining, fit - 2)
        cut = self.start + fit
        head = TableFlow(self.style, self.table, self.start, cut, self.shared)
        return head, TableFlow(self.style, self.table, cut, self.stop, self.shared)

    def draw(self, painter: QPainter, x: float, y: float, width: float) -> None:
        sh = self.shared
        widths = sh.column_widths(width)
        header_h = self._header_h(widths)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(BAND)
        painter.drawRect(QRectF(x, y, width, header_h))
        titles = [c.title for c in self.table.columns]
        self._cells(painter, x, y, widths, titles, header_h, sh.bold, MUTED)
        painter.setPen(self.style.pen(INK, 0.7))
        painter.drawLine(QLineF(x, y + header_h, x + width, y + header_h))
        y += header_h
        if self.stop <= self.start:
            painter.setFont(self.style.font(8.6, italic=True))
            painter.setPen(MUTED)
            box = QRectF(x + sh.pad, y, width, self.style.pt(16))
            painter.drawText(box, Qt.AlignmentFlag.AlignVCenter, self.table.empty_text)
            y += self.style.pt(16)
        heights = self._row_heights(width)
        for texts, h in zip(sh.texts[self.start : self.stop], heights, strict=True):
            self._cells(painter, x, y, widths, texts, h, sh.font, INK)
            painter.setPen(self.style.pen(RULE, 0.4))
            painter.drawLine(QLineF(x, y + h, x + width, y + h))
            y += h
        if self.last and sh.total_texts is not None:
            painter.setPen(self.style.pen(INK, 0.7))
            painter.drawLine(QLineF(x, y, x + width, y))
            h = self._total_h(width)
            self._cells(painter, x, y, widths, sh.total_texts, h, sh.bold, INK)

    def _cells(self, painter, x, y, widths, texts, h, font, color) -> None:
        painter.setFont(font)
        painter.setPen(color)
        pad = self.shared.pad
        for column, text, w in zip(self.table.columns, texts, widths, strict=True):
            align = RIGHT if column.numeric else LEFT
            box = QRectF(x + pad, y + pad, w - 2 * pad, h - 2 * pad)
            painter.drawText(box, align | WRAP, text)
            x += w
