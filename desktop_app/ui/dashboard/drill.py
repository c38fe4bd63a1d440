"""Drill-down from a chart: the deals behind a clicked month, source or stage."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

import pandas as pd
from PySide6.QtCore import QCoreApplication, QObject
from shiboken6 import isValid

from desktop_app.charts.data import filter_deals, reached_index
from desktop_app.ui.tasks import Op
from kpi_core.periods import Period, parse_period

if TYPE_CHECKING:
    from desktop_app.ui.dashboard.page import DashboardPage

#: chart -> (KPI explained for a clicked source)
SOURCE_KPIS = {
    "revenue_by_source": "revenue",
    "win_rate_by_source": "win_rate",
    "cac_by_source": "new_customers",
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Dashboard", text)


def funnel_deal_ids(
    dataset: Any, period: Period, filters: Any, settings: Any, stage: str
) -> list[int]:
    """Ids of the deals created in ``period`` that reached ``stage`` (or "Won")."""
    deals = filter_deals(dataset.deals, filters)
    created = deals.loc[
        (deals["created_on"] >= pd.Timestamp(period.start))
        & (deals["created_on"] <= pd.Timestamp(period.end))
    ]
    names = [s.name for s in settings.stages] + ["Won"]
    if stage not in names:
        return []
    reach = reached_index(created, dataset.stage_history, settings.stages)
    return [int(i) for i in created["id"].to_numpy()[reach >= names.index(stage)]]


def open_deal_ids(
    dataset: Any, period: Period, filters: Any, settings: Any, stage: str
) -> list[int]:
    """Ids of the deals open at the end of ``period`` in ``stage`` (unknown stages: first)."""
    deals = filter_deals(dataset.deals, filters)
    end = pd.Timestamp(period.end)
    mask = (deals["created_on"] <= end) & ((deals["status"] == "open") | (deals["closed_on"] > end))
    open_deals = deals.loc[mask]
    names = {s.name: i for i, s in enumerate(settings.stages)}
    idx = open_deals["stage"].map(names).fillna(0).to_numpy(dtype="int64")
    wanted = names.get(stage, -1)
    return [int(i) for i in open_deals["id"].to_numpy()[idx == wanted]]


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
        elif chart == "pipeline":
            caption = _tr("Open in {0} at {1}").format(key, period.end.isoformat())
            job = (open_deal_ids, dataset, period, filters, settings, key)
        else:
            return

        def emit(ids: Any) -> None:
            if isValid(page):
                page.show_deals_requested.emit([int(i) for i in ids], caption)

        Op(self, *job).success(emit).run()
