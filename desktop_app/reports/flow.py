"""Flowables: the blocks of a document measured and drawn on one paint device.

Each flowable knows its height for a width, can split itself to fit the space left on a
page (tables split between rows and repeat their header row), and draws itself at a
position. All sizes are device pixels; :class:`~desktop_app.reports.style.Style` converts.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QPainter

from desktop_app.reports.document import Chart, KpiGrid, Paragraph, Row, Table
from desktop_app.reports.flowable import Flowable
from desktop_app.reports.shared_charts import draw_chart
from desktop_app.reports.style import BAD, BAND, GOOD, INK, MUTED, Style
from desktop_app.reports.table_flow import TableFlow

log = logging.getLogger(__name__)

WRAP = Qt.TextFlag.TextWordWrap
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop


class Spacer(Flowable):
    def __init__(self, style: Style, points: float) -> None:
        self._h = style.pt(points)

    def height(self, width: float) -> float:
        return self._h

    def split(self, width: float, space: float) -> tuple[Flowable | None, Flowable | None]:
        return (self, None) if self._h <= space else (None, None)

    def draw(self, painter: QPainter, x: float, y: float, width: float) -> None:
        return None


class Heading(Flowable):
    """A section title with a rule under it; never left alone at the foot of a page."""

    keep_with_next = True

    def __init__(self, style: Style, text: str) -> None:
        self.style, self.text = style, text
        self.font = style.font(15, bold=True)

    def height(self, width: float) -> float:
        return self.style.metrics(self.font).height() + self.style.pt(10)

    def draw(self, painter: QPainter, x: float, y: float, width: float) -> None:
        painter.setFont(self.font)
        painter.setPen(INK)
        text_h = self.style.metrics(self.font).height()
        painter.drawText(QRectF(x, y, width, text_h), LEFT, self.text)
        painter.setPen(self.style.pen(INK, 0.8))
        rule_y = y + text_h + self.style.pt(3)
        painter.drawLine(QLineF(x, rule_y, x + width, rule_y))


class Caption(Heading):
    """The title of a table or block: small and bold, kept with what follows."""

    def __init__(self, style: Style, text: str) -> None:
        super().__init__(style, text)
        self.font = style.font(9.5, bold=True)

    def height(self, width: float) -> float:
        return self.style.metrics(self.font).height() + self.style.pt(4)

    def draw(self, painter: QPainter, x: float, y: float, width: float) -> None:
        painter.setFont(self.font)
        painter.setPen(INK)
        painter.drawText(QRectF(x, y, width, self.height(width)), LEFT, self.text)


class Text(Flowable):
    """A wrapped paragraph."""

    def __init__(self, style: Style, block: Paragraph) -> None:
        self.style, self.text = style, block.text
        self.font = style.font(7.8 if block.small else 10, italic=False)
        self.color = MUTED if block.small else INK

    def height(self, width: float) -> float:
        box = self.style.metrics(self.font).boundingRect(QRectF(0, 0, width, 1e6), WRAP, self.text)
        return box.height() + self.style.pt(6)

    def draw(self, painter: QPainter, x: float, y: float, width: float) -> None:
        painter.setFont(self.font)
        painter.setPen(self.color)
        painter.drawText(QRectF(x, y, width, self.height(width)), LEFT | WRAP, self.text)


class Tiles(Flowable):
    """The summary figures as tiles: label, value, and change against the previous period."""

    def __init__(self, style: Style, grid: KpiGrid, columns: int = 4) -> None:
        self.style, self.items, self.columns = style, grid.items, columns
        self.label_font = style.font(7.8)
        self.value_font = style.font(14, bold=True)
        self.change_font = style.font(7.8)

    def _tile_h(self) -> float:
        m = self.style.metrics
        return (
            m(self.label_font).height() * 2
            + m(self.value_font).height()
            + m(self.change_font).height()
            + self.style.pt(12)
        )

    def _rows(self) -> int:
        return -(-len(self.items) // self.columns)

    def height(self, width: float) -> float:
        return self._rows() * (self._tile_h() + self.style.pt(6)) + self.style.pt(4)

    def draw(self, painter: QPainter, x: float, y: float, width: float) -> None:
        s, gap = self.style, self.style.pt(6)
        tile_w = (width - gap * (self.columns - 1)) / self.columns
        tile_h = self._tile_h()
        for index, item in enumerate(self.items):
            col, row = index % self.columns, index // self.columns
            tx, ty = x + col * (tile_w + gap), y + row * (tile_h + gap)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(BAND)
            painter.drawRect(QRectF(tx, ty, tile_w, tile_h))
            inner = QRectF(tx + s.pt(7), ty + s.pt(5), tile_w - s.pt(14), tile_h - s.pt(10))
            painter.setFont(self.label_font)
            painter.setPen(MUTED)
            label_h = s.metrics(self.label_font).height()
            painter.drawText(
                QRectF(inner.left(), inner.top(), inner.width(), label_h), LEFT, item.short_label
            )
            painter.setFont(self._fitted(item.value_text, inner.width()))
            painter.setPen(INK)
            value_y = inner.top() + label_h + s.pt(2)
            value_h = s.metrics(self.value_font).height()
            painter.drawText(
                QRectF(inner.left(), value_y, inner.width(), value_h), LEFT, item.value_text
            )
            painter.setFont(self.change_font)
            painter.setPen(self._change_color(item))
            change_y = value_y + value_h + s.pt(1)
            text = item.change.line()
            painter.drawText(
                QRectF(inner.left(), change_y, inner.width(), label_h * 2), LEFT | WRAP, text
            )

    def _fitted(self, text: str, width: float):
        """The value font, made smaller until ``text`` fits ``width``."""
        size = self.value_font.pointSizeF()
        font = self.value_font
        while size > 8 and self.style.metrics(font).horizontalAdvance(text) > width:
            size -= 0.5
            font = self.style.font(size, bold=True)
        return font

    @staticmethod
    def _change_color(item: Any):
        goodness = item.change.goodness
        return GOOD if goodness > 0 else BAD if goodness < 0 else MUTED


class ChartFlow(Flowable):
    """A chart with its caption; drawn as vectors, or from :mod:`desktop_app.charts`."""

    def __init__(self, style: Style, chart: Chart, max_height: float | None = None) -> None:
        self.style, self.chart = style, chart
        self.caption_font = style.font(9, bold=True)
        self.max_height = max_height

    def _plot_h(self, width: float) -> float:
        h = width * self.chart.aspect
        return min(h, self.max_height) if self.max_height else h

    def _caption_h(self, width: float) -> float:
        metrics = self.style.metrics(self.caption_font)
        return metrics.boundingRect(QRectF(0, 0, width, 1e6), WRAP, self.chart.title).height()

    def height(self, width: float) -> float:
        caption = self._caption_h(width) + self.style.pt(4)
        return caption + self._plot_h(width) + self.style.pt(12)

    def draw(self, painter: QPainter, x: float, y: float, width: float) -> None:
        painter.setFont(self.caption_font)
        painter.setPen(INK)
        caption_h = self._caption_h(width)
        painter.drawText(QRectF(x, y, width, caption_h), LEFT | WRAP, self.chart.title)
        rect = QRectF(x, y + caption_h + self.style.pt(4), width, self._plot_h(width))
        draw_chart(painter, rect, self.chart, self.style)


class SideBySide(Flowable):
    """Flowables next to each other, top-aligned; kept on one page."""

    def __init__(self, style: Style, parts: list[Flowable], weights: list[float]) -> None:
        self.style, self.parts = style, parts
        self.weights = weights or [1.0] * len(parts)
        self.gap = style.pt(14)

    def _widths(self, width: float) -> list[float]:
        usable = width - self.gap * (len(self.parts) - 1)
        total = sum(self.weights)
        return [usable * w / total for w in self.weights]

    def height(self, width: float) -> float:
        return max(p.height(w) for p, w in zip(self.parts, self._widths(width), strict=True))

    def draw(self, painter: QPainter, x: float, y: float, width: float) -> None:
        for part, w in zip(self.parts, self._widths(width), strict=True):
            part.draw(painter, x, y, w)
            x += w + self.gap


def _one(style: Style, block: Any, page_h: float) -> Flowable:
    if isinstance(block, Table):
        return TableFlow(style, block)
    if isinstance(block, Chart):
        return ChartFlow(style, block, max_height=page_h * 0.42)
    if isinstance(block, Paragraph):
        return Text(style, block)
    if isinstance(block, Row):
        return SideBySide(style, [_one(style, b, page_h) for b in block.blocks], block.weights)
    raise TypeError(f"cannot lay out {type(block).__name__}")


def flowables(style: Style, blocks: list[Any], page_h: float) -> list[Flowable]:
    """Turn document blocks into flowables."""
    out: list[Flowable] = []
    for block in blocks:
        if isinstance(block, KpiGrid):
            if block.tiles:
                out.append(Tiles(style, block))
            if block.tiles and block.table:
                out.append(Spacer(style, 8))
            if block.table:
                if block.title:
                    out.append(Caption(style, block.title))
                out.append(TableFlow(style, block.as_table()))
        else:
            if isinstance(block, Table) and block.title:
                out.append(Caption(style, block.title))
            out.append(_one(style, block, page_h))
        out.append(Spacer(style, 8))
    return out
