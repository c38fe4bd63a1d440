"""The chart widget every builder draws into: hover tooltips, click-to-drill, export.

A :class:`ChartView` is a ``pg.GraphicsLayoutWidget`` holding one or more styled
``PlotItem``. Builders register *hits* (a rectangle in a plot's data coordinates, a key and
a tooltip); the view shows the tooltip on hover and emits :attr:`ChartView.clicked` with
the key on a left click. Right click offers "Export as PNG…" and "Export as SVG…".
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pyqtgraph as pg
from pyqtgraph.exporters import ImageExporter, SVGExporter
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QCursor, QImage
from PySide6.QtWidgets import QFileDialog, QGraphicsItem, QMenu, QToolTip, QWidget

from desktop_app.charts.axes import make_axis
from desktop_app.charts.theme import DEFAULT_THEME, Theme, style_plot


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
        self._pools: dict[pg.PlotItem, list[pg.TextItem]] = {}
        self._used: dict[pg.PlotItem, int] = {}
        self._legends: dict[pg.PlotItem, pg.LegendItem] = {}
        self._transient: list[tuple[pg.PlotItem, QGraphicsItem]] = []
        self.export_name = "chart"
        self._hover: Hit | None = None
        self.scene().sigMouseMoved.connect(self._on_move)
        self.scene().sigMouseClicked.connect(self._on_click)
        self.setMinimumHeight(220)

    # --- building ---------------------------------------------------------------------
    #
    # Creating a PlotItem (axes, view box, menus) and TextItems is what costs time in
    # pyqtgraph, so a redraw reuses them: ``reset`` takes the plots out of the layout and
    # hides the labels; ``new_plot`` puts a cached plot back; ``add_label`` reuses a
    # hidden label of that plot. Bars, lines and polygons are removed and made anew.

    def reset(self) -> None:
        """Clear the chart before drawing new data (keeps plots and labels for reuse)."""
        for plot in self.plots:
            self.ci.removeItem(plot)
        for plot, item in self._transient:
            plot.removeItem(item)
        for plot, pool in self._pools.items():
            for label in pool:
                label.hide()
            self._used[plot] = 0
        for legend in self._legends.values():
            legend.clear()
            legend.hide()
        self._transient.clear()
        self.hits.clear()
        self.bars.clear()
        self.labels.clear()
        self.plots.clear()
        self._hover = None

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
            self._pools[plot] = []
            self._used[plot] = 0
        else:
            for name in ("left", "bottom"):
                plot.showAxis(name)
                plot.getAxis(name).setTicks(None)
            plot.getAxis("left").setWidth(None)
        self.ci.addItem(plot, row=row, col=col)
        style_plot(plot, self.theme, title)
        if not title:
            plot.setTitle(None)
        self.plots.append(plot)
        return plot

    def legend(self, plot: pg.PlotItem, **kwargs) -> pg.LegendItem:
        """The (cleared) legend of ``plot``; ``kwargs`` as ``PlotItem.addLegend``."""
        legend = self._legends.get(plot)
        if legend is None:
            size = f"{round(self.theme.font_size * self.theme.scale)}pt"
            legend = plot.addLegend(
                labelTextColor=self.theme.foreground, labelTextSize=size, **kwargs
            )
            self._legends[plot] = legend
        legend.show()
        return legend

    def add_item(self, plot: pg.PlotItem, item: QGraphicsItem) -> QGraphicsItem:
        """Add any item to ``plot`` for this drawing only."""
        plot.addItem(item)
        self._transient.append((plot, item))
        return item

    def add_bars(self, plot: pg.PlotItem, **kwargs) -> pg.BarGraphItem:
        """Add a BarGraphItem to ``plot`` and remember it."""
        item = pg.BarGraphItem(**kwargs)
        self.add_item(plot, item)
        self.bars.append(item)
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
        pool = self._pools.setdefault(plot, [])
        used = self._used.get(plot, 0)
        if used < len(pool):
            item = pool[used]
        else:
            item = pg.TextItem()
            pool.append(item)
            plot.addItem(item, ignoreBounds=True)
        self._used[plot] = used + 1
        item.setColor(color or self.theme.foreground)
        item.setFont(self.theme.font(size, bold))
        if html:
            item.setHtml(html)
        else:
            item.setPlainText(text)
        item.setAnchor(anchor)
        item.setPos(*pos)
        item.show()
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
