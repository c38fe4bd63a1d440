"""Axis helpers: compact money ticks, percent ticks, category (month / name) ticks."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pyqtgraph as pg
from PySide6.QtGui import QFont, QFontMetrics

from desktop_app.charts import format as fmt


class FormatAxis(pg.AxisItem):
    """An axis whose tick values are written by ``formatter`` (e.g. 1.2M, 25 %)."""

    def __init__(self, orientation: str, formatter: Callable[[float], str], **kwargs) -> None:
        super().__init__(orientation, **kwargs)
        self._formatter = formatter

    def tickStrings(self, values, scale, spacing):  # noqa: N802, ANN001, ANN201 - pyqtgraph API
        return [self._formatter(v * scale) for v in values]


def compact_axis(orientation: str = "left") -> FormatAxis:
    """Money / count axis: 0, 250k, 1.5M."""
    return FormatAxis(orientation, fmt.compact)


def percent_axis(orientation: str = "left") -> FormatAxis:
    """Fractions shown as whole percentages: 0.25 -> 25 %."""
    return FormatAxis(orientation, lambda v: f"{v * 100:.0f} %")


def make_axis(kind: str, orientation: str) -> pg.AxisItem:
    """An axis of ``kind``: "compact" (1.2M) or "percent" (25 %)."""
    if kind == "compact":
        return compact_axis(orientation)
    if kind == "percent":
        return percent_axis(orientation)
    return pg.AxisItem(orientation)


def set_categories(
    plot: pg.PlotItem, labels: Sequence[str], axis: str = "bottom", step: int = 1
) -> None:
    """Label positions 0..n-1 (or 0..-(n-1) for a left axis) with ``labels``."""
    sign = -1 if axis == "left" else 1
    major = [(sign * i, text) for i, text in enumerate(labels) if i % step == 0]
    item = plot.getAxis(axis)
    item.setTicks([major, []])
    lines = max((text.count("\n") + 1 for text in labels), default=1)
    metrics = QFontMetrics(item.style.get("tickFont") or QFont())
    if axis == "bottom" and lines > 1:
        item.setHeight(int(metrics.height() * (lines + 0.6) + 6))
    if axis == "left":
        widest = max((metrics.horizontalAdvance(text) for text in labels), default=0)
        item.setWidth(int(widest + 18 + item.style["tickTextOffset"][0]))


def label_step(count: int, room: int = 14) -> int:
    """Every how many categories to label so that at most ``room`` labels show."""
    return max(1, -(-count // room))
