"""The chart widget every builder draws into: hover tooltips, click-to-drill, export.

A :class:`ChartView` is a ``pg.GraphicsLayoutWidget`` holding one or more styled
``PlotItem``. Builders register *hits* (a rectangle in a plot's data coordinates, a key and
a tooltip); the view shows the tooltip on hover and emits :attr:`ChartView.clicked` with
the key on a left click. Right click offers "Export as PNG…" and "Export as SVG…".
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Concatenate, ParamSpec, TypeVar

import pyqtgraph as pg
from pyqtgraph.exporters import ImageExporter, SVGExporter
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QContextMenuEvent, QCursor, QImage, QPen, QPolygonF
from PySide6.QtWidgets import (
    QFileDialog,
    QGraphicsItem,
    QGraphicsPolygonItem,
    QMenu,
    QToolTip,
    QWidget,
)

from desktop_app.charts.axes import make_axis
from desktop_app.charts.theme import DEFAULT_THEME, Theme, style_plot

#: every option of ``pg.BarGraphItem``: a reused item forgets the options of its last use
_BAR_DEFAULTS: dict[str, Any] = dict.fromkeys(
    ("x", "y", "x0", "y0", "x1", "y1", "height", "width", "pens", "brushes", "name")
) | {"brush": (128, 128, 128)}

P = ParamSpec("P")
R = TypeVar("R")


def drawing(
    builder: Callable[Concatenate[ChartView, P], R],
) -> Callable[Concatenate[ChartView, P], R]:
    """Decorate a chart builder ``builder(view, ...)``: ``view.finish()`` after it."""

    @functools.wraps(builder)
    def draw(view: ChartView, *args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return builder(view, *args, **kwargs)
        finally:
            view.finish()

    return draw


class _Entries:
    """The legend entries of one drawing (applied by ``ChartView.finish``)."""

    def __init__(self, entries: list[tuple[Any, str]]) -> None:
        self._entries = entries

    def addItem(self, item: Any, name: str) -> None:  # noqa: N802 - as pg.LegendItem
        self._entries.append((item, name))


@dataclass
class Hit:
    """A clickable, hoverable region of a plot."""

    plot: pg.PlotItem
    rect: QRectF
    key: str
    tooltip: str


class ChartView(pg.GraphicsLayoutWidget):
    """A themed chart canvas with hover tooltips, click signal and PNG/SVG export."""

    #: the key of the bar / stage / month clicked (for drill-down)
    clicked = Signal(str)

    def __init__(self, theme: Theme = DEFAULT_THEME, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.theme = theme
        self.setBackground(theme.background)
        self.ci.setContentsMargins(6, 6, 10, 6)
        self.hits: list[Hit] = []
        self.bars: list[pg.BarGraphItem] = []
        self.labels: list[pg.TextItem] = []
        self.plots: list[pg.PlotItem] = []
        self._cache: dict[tuple, pg.PlotItem] = {}
        #: the plot in each (row, col) of the layout
        self._placed: dict[tuple[int, int], pg.PlotItem] = {}
        #: (plot, kind of item) -> the items of that kind, and how many this drawing used
        self._pools: dict[tuple[pg.PlotItem, str], list[Any]] = {}
        self._used: dict[tuple[pg.PlotItem, str], int] = {}
        self._legends: dict[pg.PlotItem, pg.LegendItem] = {}
        self._legend_entries: dict[pg.PlotItem, list[tuple[Any, str]]] = {}
        self._transient: list[tuple[pg.PlotItem, QGraphicsItem]] = []
        self.export_name = "chart"
        self._hover: Hit | None = None
        self.scene().sigMouseMoved.connect(self._on_move)
        self.scene().sigMouseClicked.connect(self._on_click)
        self.setMinimumHeight(220)

    # --- building ---------------------------------------------------------------------
    #
    # Creating pyqtgraph items (plots with their axes and view box, bars, text) and
    # moving them in and out of the layout is what costs time, so a redraw updates the
    # items of the last drawing in place: ``reset`` starts a drawing; ``new_plot`` returns
    # the plot already in that cell; ``add_bars``, ``add_label``, ``add_polygon``,
    # ``add_line`` and ``add_hline`` reuse the plot's items of that kind in order (new
    # ones only when this drawing has more); :func:`drawing` calls ``finish`` after the
    # builder, which hides the items this drawing did not use, takes unused plots out of
    # the layout and rebuilds a legend only when its entries changed.

    def reset(self) -> None:
        """Start a new drawing (the items of the last one are reused by the next calls)."""
        self.plots = []
        for plot, item in self._transient:
            plot.removeItem(item)
        self._transient.clear()
        for key in self._used:
            self._used[key] = 0
        self._legend_entries = {}
        self.hits.clear()
        self.bars.clear()
        self.labels.clear()
        self._hover = None

    def finish(self) -> None:
        """End a drawing: hide what it did not use; legends with their new entries."""
        for key, pool in self._pools.items():
            for item in pool[self._used.get(key, 0) :]:
                if item.isVisible():
                    item.hide()
        for cell, placed in list(self._placed.items()):
            if placed not in self.plots:
                self.ci.removeItem(placed)
                del self._placed[cell]
        for plot, legend in self._legends.items():
            entries = self._legend_entries.get(plot)
            if entries is None or plot not in self.plots:
                legend.hide()
                continue
            shown = [(sample.item, label.text) for sample, label in legend.items]
            if shown != entries:
                legend.clear()
                for item, name in entries:
                    legend.addItem(item, name)
            legend.show()

    def new_plot(
        self,
        row: int = 0,
        col: int = 0,
        title: str = "",
        axes: dict[str, str] | None = None,
    ) -> pg.PlotItem:
        """A styled PlotItem at (row, col); ``axes`` maps "left"/"bottom" to "compact" or
        "percent" tick formats."""
        key = (row, col, tuple(sorted((axes or {}).items())))
        plot = self._cache.get(key)
        if plot is None:
            items = {name: make_axis(kind, name) for name, kind in (axes or {}).items()}
            plot = pg.PlotItem(axisItems=items)
            self._cache[key] = plot
            style_plot(plot, self.theme)
        else:
            for name in ("left", "bottom"):
                axis = plot.getAxis(name)
                if not axis.isVisible():
                    plot.showAxis(name)
                axis.setTicks(None)
            plot.getAxis("left").setWidth(None)
            plot.showGrid(x=False, y=True, alpha=self.theme.grid_alpha)
        placed = self._placed.get((row, col))
        if placed is not plot:
            if placed is not None:
                self.ci.removeItem(placed)
            self.ci.addItem(plot, row=row, col=col)
            self._placed[(row, col)] = plot
        self.set_title(plot, self.theme.title_html(title) if title else None)
        self.plots.append(plot)
        return plot

    def set_title(self, plot: pg.PlotItem, html: str | None) -> None:
        """Set the title of ``plot`` (HTML; None hides it), unless it already shows it."""
        label = plot.titleLabel
        if html is None:
            if label.isVisible():
                plot.setTitle(None)
        elif not label.isVisible() or label.text != html:
            plot.setTitle(html)

    def legend(self, plot: pg.PlotItem, **kwargs) -> _Entries:
        """The legend of ``plot`` for this drawing (``addItem(item, name)`` collects its
        entries); ``kwargs`` as ``PlotItem.addLegend``, used when it is first made."""
        if plot not in self._legends:
            size = f"{round(self.theme.font_size * self.theme.scale)}pt"
            self._legends[plot] = plot.addLegend(
                labelTextColor=self.theme.foreground, labelTextSize=size, **kwargs
            )
        return _Entries(self._legend_entries.setdefault(plot, []))

    def _take(self, plot: pg.PlotItem, kind: str, make: Callable[[], Any]) -> Any:
        """The next item of ``kind`` of ``plot`` in this drawing (made and added if new)."""
        key = (plot, kind)
        pool = self._pools.setdefault(key, [])
        used = self._used.get(key, 0)
        if used < len(pool):
            item = pool[used]
            if not item.isVisible():
                item.show()
        else:
            item = make()
            pool.append(item)
            plot.addItem(item, ignoreBounds=kind == "label")
        self._used[key] = used + 1
        return item

    def add_item(self, plot: pg.PlotItem, item: QGraphicsItem) -> QGraphicsItem:
        """Add any item to ``plot`` for this drawing only (removed by the next ``reset``)."""
        plot.addItem(item)
        self._transient.append((plot, item))
        return item

    def add_bars(self, plot: pg.PlotItem, **kwargs: Any) -> pg.BarGraphItem:
        """Bars in ``plot`` (``kwargs`` as ``pg.BarGraphItem``); remembered in ``bars``."""
        opts = {**_BAR_DEFAULTS, "pen": pg.getConfigOption("foreground"), **kwargs}
        made: list[pg.BarGraphItem] = []

        def make() -> pg.BarGraphItem:
            made.append(pg.BarGraphItem(**opts))
            return made[0]

        item = self._take(plot, "bars", make)
        if not made:
            item.setOpts(**opts)
        self.bars.append(item)
        return item

    def add_polygon(
        self, plot: pg.PlotItem, polygon: QPolygonF, fill: QBrush, outline: QPen
    ) -> QGraphicsPolygonItem:
        """A filled polygon in the data coordinates of ``plot``."""
        item = self._take(plot, "polygon", QGraphicsPolygonItem)
        item.setPolygon(polygon)
        item.setBrush(fill)
        item.setPen(outline)
        return item

    def add_line(self, plot: pg.PlotItem, x: Any, y: Any, **kwargs: Any) -> pg.PlotDataItem:
        """A line (with symbols, ``kwargs`` as ``pg.PlotDataItem``) through ``x``, ``y``."""
        item = self._take(plot, "line", pg.PlotDataItem)
        item.setData(x, y, **kwargs)
        return item

    def add_hline(self, plot: pg.PlotItem, y: float, line_pen: QPen) -> pg.InfiniteLine:
        """A horizontal line across ``plot`` at ``y``."""
        item = self._take(plot, "hline", lambda: pg.InfiniteLine(angle=0))
        item.setPen(line_pen)
        item.setPos(y)
        return item

    def add_label(
        self,
        plot: pg.PlotItem,
        text: str,
        pos: tuple[float, float],
        anchor: tuple[float, float] = (0.5, 1.0),
        color: str | None = None,
        bold: bool = False,
        size: int | None = None,
        html: str | None = None,
    ) -> pg.TextItem:
        """Show a text label at data position ``pos`` of ``plot``."""
        item = self._take(plot, "label", pg.TextItem)
        look = (color or self.theme.foreground, size, bold)
        if getattr(item, "_look", None) != look:
            item.setColor(look[0])
            item.setFont(self.theme.font(size, bold))
            item._look = look
        if html:
            item.setHtml(html)
        elif getattr(item, "_html", False):
            item.textItem.setPlainText(text)
            item.updateTextPos()
        else:
            item.setPlainText(text)
        item._html = bool(html)
        if item.anchor != pg.Point(anchor):
            item.setAnchor(anchor)
        item.setPos(*pos)
        self.labels.append(item)
        return item

    def show_empty(self, plot: pg.PlotItem, text: str) -> None:
        """Show ``text`` in the middle of an otherwise empty ``plot``."""
        for name in ("left", "bottom"):
            plot.hideAxis(name)
        plot.showGrid(x=False, y=False)
        plot.setXRange(0, 1, padding=0)
        plot.setYRange(0, 1, padding=0)
        self.add_label(plot, text, (0.5, 0.5), (0.5, 0.5), color=self.theme.muted, size=11)

    def add_hit(self, plot: pg.PlotItem, rect: QRectF, key: str, tooltip: str) -> None:
        """Register a hover / click region in the data coordinates of ``plot``."""
        self.hits.append(Hit(plot, rect.normalized(), key, tooltip))

    # --- interaction ------------------------------------------------------------------

    def hit_at(self, scene_pos: QPointF) -> Hit | None:
        """The hit under ``scene_pos``, if any."""
        for hit in self.hits:
            vb = hit.plot.getViewBox()
            if not vb.sceneBoundingRect().contains(scene_pos):
                continue
            if hit.rect.contains(vb.mapSceneToView(scene_pos)):
                return hit
        return None

    def _on_move(self, pos: QPointF) -> None:
        hit = self.hit_at(pos)
        if hit is self._hover:
            return
        self._hover = hit
        if hit is None:
            QToolTip.hideText()
            self.unsetCursor()
        else:
            QToolTip.showText(QCursor.pos(), hit.tooltip, self)
            self.setCursor(Qt.CursorShape.PointingHandCursor)

    def _on_click(self, event) -> None:  # noqa: ANN001 - pyqtgraph MouseClickEvent
        if event.button() != Qt.MouseButton.LeftButton:
            return
        hit = self.hit_at(event.scenePos())
        if hit is not None:
            self.clicked.emit(hit.key)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt API
        menu = QMenu(self)
        menu.addAction(self.tr("Export as PNG…"), lambda: self.export_dialog("png"))
        menu.addAction(self.tr("Export as SVG…"), lambda: self.export_dialog("svg"))
        menu.exec(event.globalPos())
        event.accept()

    # --- export -------------------------------------------------------------------------

    def export_dialog(self, kind: str) -> Path | None:
        """Ask for a file name and export as ``kind`` ("png" or "svg")."""
        filters = self.tr("PNG image (*.png)") if kind == "png" else self.tr("SVG image (*.svg)")
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export chart"), f"{self.export_name}.{kind}", filters
        )
        if not name:
            return None
        path = Path(name)
        if kind == "png":
            self.export_png(path)
        else:
            self.export_svg(path)
        return path

    def to_image(self, width: int | None = None) -> QImage:
        """The chart as a QImage (``width`` pixels wide, height in proportion)."""
        exporter = ImageExporter(self.ci)
        if width:
            exporter.parameters()["width"] = int(width)
        image = exporter.export(toBytes=True)
        return image

    def export_png(self, path: str | Path, width: int | None = None) -> None:
        """Write the chart as a PNG file (default: twice the on-screen width)."""
        self.to_image(width or max(800, self.width() * 2)).save(  # type: ignore[call-overload]  # PySide6's stub wants bytes; only str works
            str(path), "PNG"
        )

    def to_svg(self) -> bytes:
        """The chart as SVG bytes (pyqtgraph's SVGExporter; Qt's QSvgGenerator when the
        exporter cannot parse the paths this Qt version writes)."""
        try:
            data = SVGExporter(self.ci).export(toBytes=True)
            return data if isinstance(data, bytes) else bytes(data)
        except ValueError:
            return self._svg_by_qt()

    def _svg_by_qt(self) -> bytes:
        from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
        from PySide6.QtGui import QPainter
        from PySide6.QtSvg import QSvgGenerator

        source = self.ci.sceneBoundingRect()
        array = QByteArray()
        buffer = QBuffer(array)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        generator.setSize(QSize(int(source.width()), int(source.height())))
        generator.setViewBox(QRectF(0, 0, source.width(), source.height()))
        generator.setTitle(self.export_name)
        painter = QPainter(generator)
        try:
            self.scene().render(painter, QRectF(0, 0, source.width(), source.height()), source)
        finally:
            painter.end()
        buffer.close()
        return bytes(array.data())

    def export_svg(self, path: str | Path) -> None:
        """Write the chart as an SVG file."""
        Path(path).write_bytes(self.to_svg())
