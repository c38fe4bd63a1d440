"""Charts of a document as PNG images (for HTML), drawn by the same vector code as the PDF."""

from __future__ import annotations

import base64

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from desktop_app.reports.document import Chart
from desktop_app.reports.shared_charts import draw_chart
from desktop_app.reports.style import Style


def chart_image(chart: Chart, width_pt: float = 480.0, dpi: int = 192) -> QImage:
    """``chart`` as an image ``width_pt`` points wide at ``dpi`` (192 = sharp on 2x screens)."""
    width = int(width_pt / 72 * dpi)
    height = int(width * chart.aspect)
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    dots_per_metre = int(round(dpi / 0.0254))
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        style = Style(image)
        draw_chart(painter, QRectF(0, 0, width, height), chart, style)
    finally:
        painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    """``image`` encoded as PNG."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # PySide6's stub wants bytes; only str works
    buffer.close()
    return bytes(data.data())


def chart_data_uri(chart: Chart, width_pt: float = 480.0, dpi: int = 192) -> str:
    """``chart`` as a ``data:image/png;base64,...`` URI."""
    encoded = base64.b64encode(png_bytes(chart_image(chart, width_pt, dpi))).decode("ascii")
    return f"data:image/png;base64,{encoded}"
