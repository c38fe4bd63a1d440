"""Charts rendered off-screen at print resolution, for the printed review and exports.

Works with only a ``QApplication`` (also under ``QT_QPA_PLATFORM=offscreen``), on the GUI
thread (a chart is drawn with Qt widgets; elsewhere a RuntimeError says so): the chart
is drawn into a ChartView that is never shown, then its scene is painted into a QImage of
exactly the requested size (or written as SVG by pyqtgraph's SVGExporter).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt, QThread
from PySide6.QtGui import QColor, QImage, QPainter

from desktop_app.charts.bars import BAR_CHARTS, draw_breakdown_bars
from desktop_app.charts.base import ChartView
from desktop_app.charts.data import period_bounds, rows
from desktop_app.charts.funnel import draw_funnel
from desktop_app.charts.nps import draw_nps
from desktop_app.charts.pipeline import draw_pipeline
from desktop_app.charts.recurring import draw_mrr_movements
from desktop_app.charts.revenue import draw_monthly_revenue
from desktop_app.charts.sources import draw_source_bars
from desktop_app.charts.theme import PRINT_THEME, Theme
from desktop_app.presentation import i18n
from desktop_app.presentation.breakdown_table import BREAKDOWNS
from desktop_app.presentation.sections import MOVEMENTS_TITLE
from kpi_core import series
from kpi_core.context import KpiContext
from kpi_core.dataset import Dataset, KpiSettings
from kpi_core.filters import Filters
from kpi_core.movements import mrr_movements
from kpi_core.periods import Period
from kpi_core.types import KpiResult, YearBefore

CHART_NAMES = (
    "funnel",
    "monthly_revenue",
    "revenue_by_source",
    "win_rate_by_source",
    "cac_by_source",
    "nps_trend",
    "pipeline",
    "mrr_movements",
    *BAR_CHARTS,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("charts", text)


def chart_title(name: str) -> str:
    """The printed title of chart ``name``."""
    if name in BAR_CHARTS:
        return i18n.tr(BREAKDOWNS[name].label)
    if name == "mrr_movements":
        return i18n.tr(MOVEMENTS_TITLE)
    return {
        "funnel": _tr("Sales funnel"),
        "monthly_revenue": _tr("Revenue by month, against the year before"),
        "revenue_by_source": _tr("Revenue by source"),
        "win_rate_by_source": _tr("Win rate by source"),
        "cac_by_source": _tr("Customer acquisition cost by source"),
        "nps_trend": _tr("Net Promoter Score by month"),
        "pipeline": _tr("Open pipeline at period end"),
    }[name]


def draw_named(
    view: ChartView,
    name: str,
    result: KpiResult,
    comparison: KpiResult | YearBefore | None = None,
    dataset: Dataset | None = None,
    settings: KpiSettings | None = None,
    title: str | None = None,
    funnel_by: str = "count",
) -> None:
    """Draw chart ``name`` (one of :data:`CHART_NAMES`) of ``result`` into ``view``."""
    if name not in CHART_NAMES:
        raise ValueError(f"unknown chart {name!r}; expected one of {', '.join(CHART_NAMES)}")
    settings = settings or KpiSettings()
    currency = str(result.get("currency") or settings.base_currency)
    title = chart_title(name) if title is None else title
    ctx = _context(result, dataset, settings)
    if name == "funnel":
        steps = (
            series.funnel(ctx)
            if ctx is not None
            else series.funnel_from_rows(rows(result, "funnel"))
        )
        draw_funnel(view, result, funnel_by, steps, currency, title)
    elif name == "monthly_revenue":
        draw_monthly_revenue(view, result, comparison, currency, title)
    elif name in BAR_CHARTS:
        draw_breakdown_bars(view, result, name, currency, title)
    elif name == "mrr_movements":
        draw_mrr_movements(view, mrr_movements(ctx) if ctx is not None else [], currency, title)
    elif name.endswith("_by_source"):
        draw_source_bars(view, result, name.removesuffix("_by_source"), currency, title)
    elif name == "nps_trend":
        draw_nps(view, result, series.nps_months(ctx) if ctx is not None else None, title)
    else:
        draw_pipeline(
            view, result, series.open_pipeline(ctx) if ctx is not None else [], currency, title
        )


def _context(
    result: KpiResult, dataset: Dataset | None, settings: KpiSettings
) -> KpiContext | None:
    """The kpi_core context of ``result``'s period and filters (None without a dataset)."""
    if dataset is None:
        return None
    start, end = period_bounds(result)
    known = ("owner", "source", "product")
    wanted = {k: v for k, v in (result.get("filters") or {}).items() if k in known}
    return series.context(dataset, Period(start, end), Filters(**wanted), settings)


def print_theme(size: tuple[int, int]) -> Theme:
    """The print theme with fonts in proportion to the image (1.0 at 1000 px wide)."""
    return replace(PRINT_THEME, scale=max(1.0, min(size[0] / 1000, size[1] / 560)))


def _offscreen_view(size: tuple[int, int], theme: Theme) -> ChartView:
    view = ChartView(theme)
    view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    view.resize(QSize(*size))
    view.setMinimumSize(QSize(*size))
    view.ci.setGeometry(QRectF(0, 0, size[0], size[1]))
    return view


def _require_gui_thread() -> None:
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("render_chart_image needs a QApplication")
    if QThread.currentThread() is not app.thread():
        raise RuntimeError("charts are rendered on the GUI thread (Qt widgets); call from there")


def _build(
    name: str,
    result: KpiResult,
    comparison: KpiResult | None,
    dataset: Dataset | None,
    settings: KpiSettings | None,
    size: tuple[int, int],
    theme: Theme,
) -> ChartView:
    _require_gui_thread()
    view = _offscreen_view(size, theme)
    draw_named(view, name, result, comparison, dataset, settings)
    view.ci.setGeometry(QRectF(0, 0, size[0], size[1]))
    view.ci.layout.activate()
    QCoreApplication.processEvents()
    return view


def render_chart_image(
    name: str,
    result: KpiResult,
    comparison: KpiResult | None = None,
    dataset: Dataset | None = None,
    settings: KpiSettings | None = None,
    size: tuple[int, int] = (1600, 900),
    theme: Theme | None = None,
) -> QImage:
    """Chart ``name`` of a compute_kpis ``result`` as a QImage of exactly ``size`` pixels.

    ``comparison`` is the result for the same months a year before (monthly revenue);
    ``dataset`` and ``settings`` feed the funnel values, NPS shares and open pipeline.
    """
    theme = theme or print_theme(size)
    view = _build(name, result, comparison, dataset, settings, size, theme)
    # pyqtgraph sizes the axes to their tick texts while painting: paint once, let the
    # layout settle, then paint the image that is kept
    _paint(view, size, theme)
    view.ci.layout.activate()
    QCoreApplication.processEvents()
    image = _paint(view, size, theme)
    view.deleteLater()
    return image


def _paint(view: ChartView, size: tuple[int, int], theme: Theme) -> QImage:
    image = QImage(size[0], size[1], QImage.Format.Format_ARGB32)
    image.fill(QColor(theme.background))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    try:
        target = QRectF(0, 0, size[0], size[1])
        view.scene().render(painter, target, view.ci.sceneBoundingRect())
    finally:
        painter.end()
    return image


def render_chart_svg(
    name: str,
    result: KpiResult,
    comparison: KpiResult | None = None,
    dataset: Dataset | None = None,
    settings: KpiSettings | None = None,
    size: tuple[int, int] = (1600, 900),
    theme: Theme | None = None,
) -> bytes:
    """Chart ``name`` as SVG bytes (vector, for HTML and PDF reports)."""
    theme = theme or print_theme(size)
    view = _build(name, result, comparison, dataset, settings, size, theme)
    try:
        return view.to_svg()
    finally:
        view.deleteLater()
