"""Charts of the review drawn as vectors with QPainter (sharp at any print resolution).

:func:`paint_chart` draws a :class:`~desktop_app.reports.document.Chart` into a rectangle
of any paint device: the PDF writer, a printer, or a QImage for HTML. It is also the
fallback when :mod:`desktop_app.charts` cannot render a chart.
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QPainter, QPainterPath

from desktop_app.presentation import format as fmt
from desktop_app.reports.document import Chart
from desktop_app.reports.figures import key_text
from desktop_app.reports.i18n import tr
from desktop_app.reports.style import ACCENT, ACCENT_LIGHT, INK, MUTED, PALETTE, RULE, Style
from kpi_core.types import WithBreakdowns

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter


def _rows(result: WithBreakdowns | None, name: str) -> list[dict[str, Any]]:
    return list(result["breakdowns"].get(name) or []) if result else []


def compact_money(value: float, currency: str = "") -> str:
    """Axis labels: ``1.2M``, ``350k``, ``900`` (the presentation's compact numbers)."""
    return f"{currency} {fmt.compact(value)}".strip()


def nice_step(span: float, ticks: int = 5) -> float:
    """A round axis step (1, 2, 2.5 or 5 × 10^n) giving about ``ticks`` intervals."""
    if span <= 0:
        return 1.0
    raw = span / ticks
    power = 10 ** math.floor(math.log10(raw))
    for mult in (1, 2, 2.5, 5, 10):
        if raw <= mult * power:
            return mult * power
    return 10 * power


def paint_chart(painter: QPainter, rect: QRectF, chart: Chart, style: Style) -> None:
    """Draw ``chart`` inside ``rect`` (device pixels)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    drawer = {
        "funnel": _funnel,
        "monthly_revenue": _monthly,
        "revenue_by_source": _by_source,
        "nps_trend": _nps,
    }.get(chart.name)
    if drawer is None:
        _empty(painter, rect, style, f"No chart named {chart.name}")
    else:
        drawer(painter, rect, chart, style)
    painter.restore()


def _empty(painter: QPainter, rect: QRectF, style: Style, text: str) -> None:
    painter.setPen(style.pen(RULE))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(rect)
    painter.setFont(style.font(9, italic=True))
    painter.setPen(MUTED)
    painter.drawText(rect, CENTER, text)


def _funnel(painter: QPainter, rect: QRectF, chart: Chart, style: Style) -> None:
    rows = _rows(chart.result, "funnel")
    counts = [float(r.get("count") or 0) for r in rows]
    if not rows or max(counts) <= 0:
        _empty(painter, rect, style, tr("No deals were created in this period."))
        return
    narrow = rect.width() < style.pt(360)  # next to its table: counts only
    label_w = rect.width() * (0.24 if narrow else 0.18)
    value_w = rect.width() * (0.14 if narrow else 0.22)
    bar_area = QRectF(rect.left() + label_w, rect.top(), rect.width() - label_w - value_w, 0)
    gap = style.pt(3)
    bar_h = (rect.height() - gap * (len(rows) - 1)) / len(rows)
    top, peak = max(counts), rect.top()
    font = style.font(8.5)
    for index, (row, value) in enumerate(zip(rows, counts, strict=True)):
        y = peak + index * (bar_h + gap)
        width = max(bar_area.width() * value / top, style.pt(1))
        x = bar_area.left() + (bar_area.width() - width) / 2
        color = PALETTE[0] if row.get("key") != "Won" else PALETTE[2]
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color.lighter(100 + index * 12) if row.get("key") != "Won" else color)
        painter.drawRect(QRectF(x, y, width, bar_h))
        painter.setFont(font)
        painter.setPen(INK)
        painter.drawText(
            QRectF(rect.left(), y, label_w - style.pt(6), bar_h), RIGHT, key_text(row["key"])
        )
        conv = row.get("conversion")
        extra = (
            "   " + tr("{0} of previous").format(fmt.rate(conv))
            if not fmt.is_null(conv) and not narrow
            else ""
        )
        painter.drawText(
            QRectF(bar_area.right() + style.pt(6), y, value_w, bar_h),
            LEFT,
            f"{fmt.count(value)}{extra}",
        )


def _axis(painter: QPainter, plot: QRectF, low: float, high: float, style: Style, label) -> None:
    step = nice_step(high - low)
    painter.setFont(style.font(7.5))
    value = math.floor(low / step) * step
    while value <= high + step * 1e-6:
        y = plot.bottom() - (value - low) / (high - low) * plot.height()
        painter.setPen(style.pen(RULE if value != 0 else MUTED, 0.4 if value != 0 else 0.7))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(MUTED)
        box = QRectF(plot.left() - style.pt(60), y - style.pt(6), style.pt(56), style.pt(12))
        painter.drawText(box, RIGHT, label(value))
        value += step


def _legend(painter: QPainter, rect: QRectF, items: list[tuple[str, Any]], style: Style) -> None:
    painter.setFont(style.font(8))
    metrics = style.metrics(painter.font())
    x = rect.right()
    for text, color in reversed(items):
        width = metrics.horizontalAdvance(text)
        x -= width
        painter.setPen(INK)
        painter.drawText(QRectF(x, rect.top(), width + style.pt(2), style.pt(11)), LEFT, text)
        x -= style.pt(12)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawRect(QRectF(x, rect.top() + style.pt(2), style.pt(8), style.pt(7)))
        x -= style.pt(14)


def _monthly(painter: QPainter, rect: QRectF, chart: Chart, style: Style) -> None:
    rows = _rows(chart.result, "revenue_by_month")
    before = _rows(chart.comparison, "revenue_by_month")
    if not rows:
        _empty(painter, rect, style, tr("No months in this period."))
        return
    now = [float(r.get("value") or 0) for r in rows]
    then = [float(r.get("value") or 0) for r in before][: len(now)]
    then += [0.0] * (len(now) - len(then))
    high = max([*now, *then, 1.0])
    high = math.ceil(high / nice_step(high)) * nice_step(high)
    legend_h = style.pt(16)
    plot = QRectF(
        rect.left() + style.pt(64),
        rect.top() + legend_h,
        rect.width() - style.pt(70),
        rect.height() - legend_h - style.pt(18),
    )
    _legend(
        painter,
        QRectF(rect.left(), rect.top(), rect.width(), legend_h),
        [(tr("This period"), ACCENT), (tr("Year before"), ACCENT_LIGHT)],
        style,
    )
    _axis(painter, plot, 0.0, high, style, compact_money)
    slot = plot.width() / len(rows)
    bar = min(slot * 0.34, style.pt(22))
    painter.setFont(style.font(7.5 if len(rows) > 12 else 8))
    for index, row in enumerate(rows):
        centre = plot.left() + slot * (index + 0.5)
        for offset, value, color in ((-bar, then[index], ACCENT_LIGHT), (0.0, now[index], ACCENT)):
            height = plot.height() * value / high
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            painter.drawRect(QRectF(centre + offset, plot.bottom() - height, bar, height))
        painter.setPen(MUTED)
        key = str(row.get("key", ""))
        text = fmt.month_label(key) if len(rows) <= 24 else key[2:]
        box = QRectF(centre - slot / 2, plot.bottom() + style.pt(3), slot, style.pt(12))
        painter.drawText(box, CENTER, text)


def _by_source(painter: QPainter, rect: QRectF, chart: Chart, style: Style) -> None:
    rows = [r for r in _rows(chart.result, "revenue_by_source") if (r.get("value") or 0) > 0]
    if not rows:
        _empty(painter, rect, style, tr("No revenue in this period."))
        return
    rows = rows[:8]
    label_w, value_w = rect.width() * 0.2, rect.width() * 0.24
    gap = style.pt(3)
    bar_h = min((rect.height() - gap * (len(rows) - 1)) / len(rows), style.pt(16))
    top = max(float(r["value"]) for r in rows)
    width_all = rect.width() - label_w - value_w
    painter.setFont(style.font(8.5))
    for index, row in enumerate(rows):
        y = rect.top() + index * (bar_h + gap)
        width = max(width_all * float(row["value"]) / top, style.pt(1))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(PALETTE[index % len(PALETTE)])
        painter.drawRect(QRectF(rect.left() + label_w, y, width, bar_h))
        painter.setPen(INK)
        name = key_text(row.get("key"))
        painter.drawText(QRectF(rect.left(), y, label_w - style.pt(6), bar_h), RIGHT, name)
        text = f"{fmt.money(row['value'], chart.result.get('currency') or 'USD')}"
        text += f"  ({fmt.rate(row.get('share'))})"
        box = QRectF(rect.left() + label_w + width + style.pt(5), y, value_w + width_all, bar_h)
        painter.drawText(box, LEFT, text)


def _nps(painter: QPainter, rect: QRectF, chart: Chart, style: Style) -> None:
    rows = [r for r in _rows(chart.result, "nps_by_month") if not fmt.is_null(r.get("value"))]
    if not rows:
        _empty(painter, rect, style, tr("No NPS answers in this period."))
        return
    plot = QRectF(
        rect.left() + style.pt(40),
        rect.top() + style.pt(6),
        rect.width() - style.pt(50),
        rect.height() - style.pt(24),
    )
    _axis(painter, plot, -100.0, 100.0, style, fmt.score)
    slot = plot.width() / len(rows)
    points = [
        QPointF(
            plot.left() + slot * (i + 0.5),
            plot.bottom() - (float(r["value"]) + 100) / 200 * plot.height(),
        )
        for i, r in enumerate(rows)
    ]
    path = QPainterPath(points[0])
    for point in points[1:]:
        path.lineTo(point)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(style.pen(ACCENT, 1.6))
    painter.drawPath(path)
    painter.setFont(style.font(7.5))
    for point, row in zip(points, rows, strict=True):
        painter.setPen(style.pen(ACCENT, 1.0))
        painter.setBrush(QBrush(ACCENT))
        painter.drawEllipse(point, style.pt(2.2), style.pt(2.2))
        painter.setPen(INK)
        painter.drawText(
            QRectF(point.x() - slot / 2, point.y() - style.pt(15), slot, style.pt(11)),
            CENTER,
            fmt.score(row["value"]),
        )
        painter.setPen(MUTED)
        box = QRectF(point.x() - slot / 2, plot.bottom() + style.pt(3), slot, style.pt(12))
        painter.drawText(box, CENTER, fmt.month_label(str(row["key"])) if len(rows) <= 24 else "")
