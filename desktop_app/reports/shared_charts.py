"""The dashboard's charts (:mod:`desktop_app.charts`) painted as vectors on the page.

The chart is built by the dashboard's own builders into an off-screen ``ChartView`` laid out
at the size the rectangle has on paper (in screen pixels, so the chart's point-size fonts
come out at their size in print), then its scene is rasterised at 300 dpi and placed in the
rectangle. (Rendering the scene straight onto a 600-dpi PDF painter resolves pyqtgraph's
text at the printer's resolution and blows the labels up; a 300-dpi image is sharp on paper.)

Needs a ``QApplication`` (pyqtgraph views are widgets); without one, or when the charts
package cannot draw the chart, :func:`paint_shared_chart` returns False and the caller
draws the built-in chart of :mod:`desktop_app.reports.chart_draw`.
"""

from __future__ import annotations

import logging
import os

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from desktop_app.reports.document import Chart
from desktop_app.reports.style import Style

log = logging.getLogger(__name__)

SCREEN_DPI = 96.0
PRINT_DPI = 300.0


def shared_charts_enabled() -> bool:
    """False when ``DEALBOOK_REPORT_CHARTS=builtin`` or no QApplication is running."""
    if os.environ.get("DEALBOOK_REPORT_CHARTS", "").lower() == "builtin":
        return False
    from PySide6.QtWidgets import QApplication

    return isinstance(QCoreApplication.instance(), QApplication)


def paint_shared_chart(painter: QPainter, rect: QRectF, chart: Chart, style: Style) -> bool:
    """Paint ``chart`` with the dashboard's builders into ``rect``; False if it cannot."""
    if not shared_charts_enabled():
        return False
    from desktop_app.charts.base import ChartView
    from desktop_app.charts.render import CHART_NAMES, draw_named
    from desktop_app.charts.theme import DEFAULT_THEME

    if chart.name not in CHART_NAMES:
        return False
    width = max(int(rect.width() / style.dpi * SCREEN_DPI), 50)
    height = max(int(rect.height() / style.dpi * SCREEN_DPI), 50)
    view = None
    try:
        view = ChartView(DEFAULT_THEME)
        view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        view.setMinimumSize(QSize(10, 10))
        view.resize(QSize(width, height))
        view.ci.setGeometry(QRectF(0, 0, width, height))
        draw_named(
            view,
            chart.name,
            chart.result,
            chart.comparison,
            chart.dataset,
            chart.settings,
            title="",
        )
        source = QRectF(0, 0, width, height)
        # pyqtgraph sizes its axes to their tick labels while painting: paint once aside
        for _ in range(2):
            view.ci.setGeometry(source)
            view.ci.layout.activate()
            QCoreApplication.processEvents()
            scratch = QImage(width, height, QImage.Format.Format_ARGB32)
            scratch.fill(QColor("white"))
            scratch_painter = QPainter(scratch)
            view.scene().render(scratch_painter, source, view.ci.sceneBoundingRect())
            scratch_painter.end()
        _scale_legends(view)
        painter.drawImage(rect, _raster(view, width, height, PRINT_DPI / SCREEN_DPI))
        return True
    except Exception:  # noqa: BLE001 - a chart must never stop the report
        log.exception("the dashboard chart %s failed; drawing the built-in one", chart.name)
        return False
    finally:
        if view is not None:
            view.deleteLater()


def _scale_legends(view: object) -> None:
    """Let legends scale with the 300-dpi raster (pyqtgraph keeps them at screen size)."""
    import pyqtgraph as pg
    from PySide6.QtWidgets import QGraphicsItem

    flag = QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations
    for item in view.scene().items():  # type: ignore[attr-defined]
        if isinstance(item, pg.LegendItem) and item.flags() & flag:
            item.setFlag(flag, False)


def _raster(view: object, width: int, height: int, scale: float) -> QImage:
    """The view's scene as an image ``scale`` times its screen size (300 dpi on paper)."""
    image = QImage(int(width * scale), int(height * scale), QImage.Format.Format_ARGB32)
    metre = int(round(SCREEN_DPI / 0.0254))
    image.setDotsPerMeterX(metre)
    image.setDotsPerMeterY(metre)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.scale(scale, scale)
        source = view.ci.sceneBoundingRect()  # type: ignore[attr-defined]
        view.scene().render(painter, QRectF(0, 0, width, height), source)  # type: ignore[attr-defined]
    finally:
        painter.end()
    return image


def draw_chart(painter: QPainter, rect: QRectF, chart: Chart, style: Style) -> None:
    """The dashboard's chart when it can be drawn, else the built-in vector chart."""
    if not paint_shared_chart(painter, rect, chart, style):
        from desktop_app.reports.chart_draw import paint_chart

        paint_chart(painter, rect, chart, style)
