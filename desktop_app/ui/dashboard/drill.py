"""Drill-down from a chart: the deals behind a clicked month, source or stage."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject
from shiboken6 import isValid

from desktop_app.presentation import i18n
from desktop_app.presentation.sections import MOVEMENTS_TITLE
from desktop_app.ui.tasks import Op
from kpi_core import series
from kpi_core.periods import Period, parse_period

if TYPE_CHECKING:
    from desktop_app.ui.dashboard.page import DashboardPage

#: chart -> (KPI explained for a clicked source)
SOURCE_KPIS = {
    "revenue_by_source": "revenue",
    "win_rate_by_source": "win_rate",
    "cac_by_source": "new_customers",
    "opportunities_by_source": "opportunities_created",
    "weighted_pipeline_by_source": "weighted_pipeline",
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Dashboard", text)


def funnel_deal_ids(
    dataset: Any, period: Period, filters: Any, settings: Any, stage: str
) -> list[int]:
    """Ids of the deals created in ``period`` that reached ``stage`` (or "Won"), as counted
    by the funnel (:func:`kpi_core.series.funnel_deal_ids`)."""
    return series.funnel_deal_ids(series.context(dataset, period, filters, settings), stage)


def open_deal_ids(
    dataset: Any, period: Period, filters: Any, settings: Any, stage: str
) -> list[int]:
    """Ids of the deals open at the end of ``period`` shown under ``stage`` by the pipeline
    chart (:func:`kpi_core.series.open_deal_ids`)."""
    return series.open_deal_ids(series.context(dataset, period, filters, settings), stage)


def movement_deal_ids(
    dataset: Any, period: Period, filters: Any, settings: Any, month: str
) -> list[int]:
    """Ids of the contracts behind the MRR movements of ``month``
    (:func:`kpi_core.movements.movement_deal_ids`)."""
    from kpi_core.movements import movement_deal_ids as ids_of

    return ids_of(series.context(dataset, period, filters, settings), month)


def explained_ids(
    kpi_id: str, dataset: Any, period: Period, filters: Any, settings: Any
) -> list[int]:
    """``explain(...).deal_ids``."""
    from kpi_core.explain import explain

    return list(explain(kpi_id, dataset, period, filters, settings).deal_ids)


class DrillDown(QObject):
    """Turns chart clicks into ``show_deals_requested`` of the page (computed off the GUI)."""

    def __init__(self, page: DashboardPage) -> None:
        super().__init__(page)
        self.page = page

    def chart_clicked(self, chart: str, key: str) -> None:
        """Work out the deals behind ``key`` of ``chart`` and ask to show them."""
        page = self.page
        dataset = page.context.dataset()
        if dataset is None:
            return
        period, filters = page.current_period(), page.current_filters()
        settings = page.context.kpi_settings()
        if chart == "monthly_revenue":
            month = parse_period(key)
            month = (
                Period(max(month.start, period.start), min(month.end, period.end))
                if (period.start <= month.end and month.start <= period.end)
                else month
            )
            caption = _tr("Revenue · {0}").format(key)
            job: tuple = (explained_ids, "revenue", dataset, month, filters, settings)
        elif chart in SOURCE_KPIS:
            caption = _tr("Source {0} · {1}").format(key, period.label)
            job = (
                explained_ids,
                SOURCE_KPIS[chart],
                dataset,
                period,
                replace(filters, source=key),
                settings,
            )
        elif chart == "funnel":
            caption = _tr("Reached {0} · created in {1}").format(key, period.label)
            job = (funnel_deal_ids, dataset, period, filters, settings, key)
        elif chart == "mrr_movements":
            caption = f"{i18n.tr(MOVEMENTS_TITLE)} · {key}"
            job = (movement_deal_ids, dataset, period, filters, settings, key)
        elif chart == "pipeline":
            caption = _tr("Open in {0} at {1}").format(key, period.end.isoformat())
            job = (open_deal_ids, dataset, period, filters, settings, key)
        else:
            return

        def emit(ids: Any) -> None:
            if isValid(page):
                page.show_deals_requested.emit([int(i) for i in ids], caption)

        Op(self, *job).success(emit).run()
