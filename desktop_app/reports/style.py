"""Fonts, colours and units of the printed report, resolved for one paint device."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPaintDevice, QPen

from desktop_app.reports.fonts import report_families

FAMILIES = ["Segoe UI", "Helvetica Neue", "Arial", "Liberation Sans", "DejaVu Sans"]

INK = QColor("#1d2733")
MUTED = QColor("#5f6b7a")
RULE = QColor("#c9d1db")
BAND = QColor("#f2f5f8")
ACCENT = QColor("#1f5fa8")
ACCENT_LIGHT = QColor("#9dbbe0")
GOOD = QColor("#1b7f4b")
BAD = QColor("#b3261e")
PALETTE = [
    QColor("#1f5fa8"),
    QColor("#e08a1e"),
    QColor("#2e9a6a"),
    QColor("#8a5cc2"),
    QColor("#c4473a"),
    QColor("#3aa3b8"),
    QColor("#8c8c8c"),
]


class Style:
    """Sizes in points converted to the device's pixels, and the fonts of the report."""

    def __init__(self, device: QPaintDevice) -> None:
        self.device = device
        self.dpi = float(device.logicalDpiY())
        self.unit = self.dpi / 72.0  # device pixels per point
        self.families = report_families(FAMILIES)  # a Chinese family first in Chinese

    def pt(self, points: float) -> float:
        """``points`` in device pixels."""
        return points * self.unit

    def mm(self, millimetres: float) -> float:
        """``millimetres`` in device pixels."""
        return millimetres * self.dpi / 25.4

    def font(self, size: float = 9.0, bold: bool = False, italic: bool = False) -> QFont:
        """The report font at ``size`` points."""
        font = QFont()
        font.setFamilies(self.families)
        font.setPointSizeF(size)
        font.setBold(bold)
        font.setItalic(italic)
        font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        return font

    def metrics(self, font: QFont) -> QFontMetricsF:
        return QFontMetricsF(font, self.device)

    def pen(self, color: QColor, width_pt: float = 0.6) -> QPen:
        pen = QPen(color)
        pen.setWidthF(self.pt(width_pt))
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        return pen
