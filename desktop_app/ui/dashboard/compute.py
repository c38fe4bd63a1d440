"""The dashboard's one background computation: current, previous and year-before KPIs
plus the chart series that need the dataset (runs on a worker thread, no Qt)."""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import pandas as pd

from desktop_app.charts.data import NpsMonth, StageValue, nps_shares_by_month
from desktop_app.charts.facts import (
    DealFacts,
    deal_facts,
    facts_funnel,
    facts_mask,
    facts_pipeline,
    facts_revenue_by_month,
)
from kpi_core.dataset import Dataset, KpiSettings
from kpi_core.filters import Filters
from kpi_core.periods import Period, previous_period


def year_before(period: Period) -> Period:
    """The same dates one year earlier (29 February becomes 28 February)."""

    def back(day: date) -> date:
        try:
            return day.replace(year=day.year - 1)
        except ValueError:
            return day.replace(year=day.year - 1, day=28)

    return Period(back(period.start), back(period.end))


@dataclass
class DashboardData:
    """Everything one refresh of the dashboard shows."""

    period: Period
    filters: Filters
    current: dict[str, Any]
    previous: dict[str, Any]
    #: the same months a year before: ``{"period": ..., "breakdowns": {"revenue_by_month"}}``
    year_before: dict[str, Any]
    funnel_values: list[StageValue] = field(default_factory=list)
    pipeline: list[StageValue] = field(default_factory=list)
    nps_months: list[NpsMonth] = field(default_factory=list)
    history_rates: dict[str, float | None] = field(default_factory=dict)
    facts: DealFacts | None = None
    #: seconds spent computing (on the worker thread)
    seconds: float = 0.0


class Cancelled(Exception):
    """The computation was superseded by a newer one."""


def _check(state: Any) -> None:
    if state is not None and state.cancelled:
        raise Cancelled


class ResultCache:
    """The last few compute_kpis results of one dataset, shared with the worker thread.

    Stepping to the next period reuses the result of the old one as "previous"; going back
    to a filter shown a moment ago costs nothing. Cleared when the dataset changes.
    """

    def __init__(self, size: int = 24) -> None:
        self._size = size
        self._items: OrderedDict[tuple, dict[str, Any]] = OrderedDict()
        self._lock = threading.Lock()

    def clear(self) -> None:
        with self._lock:
            self._items.clear()

    def get(
        self, dataset: Dataset, period: Period, filters: Filters, settings: KpiSettings
    ) -> dict[str, Any]:
        """compute_kpis(dataset, period, filters, settings), from the cache when known."""
        from kpi_core.engine import compute_kpis

        key = (id(dataset), period, filters, settings, date.today())
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
                return self._items[key]
        result = compute_kpis(dataset, period, filters, settings)
        with self._lock:
            self._items[key] = result
            while len(self._items) > self._size:
                self._items.popitem(last=False)
        return result


def compute_dashboard(
    dataset: Dataset,
    period: Period,
    filters: Filters,
    settings: KpiSettings,
    with_history: bool = True,
    facts: DealFacts | None = None,
    cache: ResultCache | None = None,
    state: Any = None,
) -> DashboardData:
    """compute_kpis for the period and the previous period; the revenue by month of the
    year before; the funnel values, open pipeline by stage and NPS shares of the period.

    ``with_history`` also works out the planner's historical rates and the per-deal
    :class:`DealFacts` (once per dataset; pass ``facts`` back in afterwards). ``state`` (a
    ``TaskState``) stops the work early with :class:`Cancelled` when a newer request came.
    """
    began = time.perf_counter()
    cache = cache or ResultCache()
    current = cache.get(dataset, period, filters, settings)
    _check(state)
    previous = cache.get(dataset, previous_period(period), filters, settings)
    _check(state)
    if with_history or facts is None:
        facts = deal_facts(dataset, settings)
    mask = facts_mask(facts, filters)
    before = year_before(period)
    comparison = {
        "period": {"start": before.start.isoformat(), "end": before.end.isoformat()},
        "breakdowns": {
            "revenue_by_month": facts_revenue_by_month(facts, mask, before.start, before.end)
        },
    }
    data = DashboardData(period, filters, current, previous, comparison)
    data.facts = facts
    data.funnel_values = facts_funnel(facts, mask, period.start, period.end)
    data.pipeline = facts_pipeline(facts, mask, period.end)
    data.nps_months = nps_shares_by_month(
        dataset.nps, pd.Timestamp(period.start), pd.Timestamp(period.end), settings.nps_scheme
    )
    if with_history:
        try:
            from kpi_core.planner import historical_rates

            data.history_rates = historical_rates(dataset, settings)
        except Exception:  # noqa: BLE001 - the planner falls back to the period's rates
            data.history_rates = {}
    data.seconds = time.perf_counter() - began
    return data
