"""Colours and fonts shared by every chart: the Okabe–Ito colour-blind-safe palette.

Okabe & Ito (2008) chose eight colours that stay distinct for the common forms of colour
blindness; the charts use them in a fixed order so a series keeps its colour everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtGui import QColor, QFont, QFontMetrics

#: the Okabe–Ito palette, name -> hex
OKABE_ITO: dict[str, str] = {
    "black": "#000000",
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "bluish_green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7",
}

#: series colours in order of use (black and yellow last: poor on white)
SERIES: tuple[str, ...] = (
    OKABE_ITO["blue"],
    OKABE_ITO["orange"],
    OKABE_ITO["bluish_green"],
    OKABE_ITO["sky_blue"],
    OKABE_ITO["vermillion"],
    OKABE_ITO["reddish_purple"],
    OKABE_ITO["yellow"],
    OKABE_ITO["black"],
)

GOOD = OKABE_ITO["bluish_green"]
BAD = OKABE_ITO["vermillion"]
NEUTRAL = "#6B7280"
PROMOTERS = OKABE_ITO["bluish_green"]
PASSIVES = "#B8BEC6"
DETRACTORS = OKABE_ITO["vermillion"]


@dataclass(frozen=True)
class Theme:
    """Colours and font sizes of a chart; ``scale`` enlarges fonts for print."""

    background: str = "#FFFFFF"
    foreground: str = "#1F2937"
    muted: str = "#6B7280"
    grid_alpha: float = 0.18
    font_family: str = ""
    font_size: int = 9
    title_size: int = 11
    scale: float = 1.0

    def font(self, size: int | None = None, bold: bool = False) -> QFont:
        """A font of this theme (``size`` in points before scaling)."""
        f = QFont(self.font_family) if self.font_family else QFont()
        f.setPointSizeF((size or self.font_size) * self.scale)
        f.setBold(bold)
        return f

    def title_html(self, text: str) -> str:
        """The HTML of a plot title in this theme."""
        size = round(self.title_size * self.scale)
        return f'<span style="color:{self.foreground};font-size:{size}pt;font-weight:600">{text}</span>'


DEFAULT_THEME = Theme()
PRINT_THEME = Theme(scale=1.6)


def color(index: int) -> str:
    """The ``index``-th series colour (cycling)."""
    return SERIES[index % len(SERIES)]


def qcolor(value: str, alpha: int = 255) -> QColor:
    """A QColor from a hex string with an alpha 0..255."""
    c = QColor(value)
    c.setAlpha(alpha)
    return c


def brush(value: str, alpha: int = 255) -> pg.QtGui.QBrush:
    """A pyqtgraph brush of ``value``."""
    return pg.mkBrush(qcolor(value, alpha))


def pen(value: str, width: float = 1.0, alpha: int = 255) -> pg.QtGui.QPen:
    """A cosmetic pyqtgraph pen of ``value``."""
    return pg.mkPen(qcolor(value, alpha), width=width)


def style_plot(plot: pg.PlotItem, theme: Theme = DEFAULT_THEME, title: str = "") -> None:
    """Give ``plot`` the theme: axis colours and fonts, light grid, no menu clutter."""
    if title:
        plot.setTitle(theme.title_html(title))
    for name in ("left", "bottom", "right", "top"):
        axis = plot.getAxis(name)
        axis.setPen(pen(theme.muted))
        axis.setTextPen(pen(theme.foreground))
        axis.setTickFont(theme.font())
        axis.setStyle(tickTextOffset=int(4 * theme.scale), maxTickLevel=0)
    metrics = QFontMetrics(theme.font())
    plot.getAxis("bottom").setHeight(int(metrics.height() * 1.6 + 6 * theme.scale))
    plot.showGrid(x=False, y=True, alpha=theme.grid_alpha)
    plot.setMenuEnabled(False)
    plot.hideButtons()
    plot.setMouseEnabled(x=False, y=False)
