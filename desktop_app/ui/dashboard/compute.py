"""The dashboard's one background computation: current and previous KPIs, plus the chart
series of :mod:`kpi_core.series` (the year before, funnel values, open pipeline by stage and
NPS bands) and the MRR movements of :mod:`kpi_core.movements`. Runs on a worker thread, no
Qt; computes no number itself."""

from __future__ import annotations

import threading
import time
import weakref
from collections import OrderedDict
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from kpi_core import series
from kpi_core.dataset import Dataset, KpiSettings
from kpi_core.filters import Filters
from kpi_core.movements import MrrMonth, mrr_movements
from kpi_core.periods import Period, previous_period
from kpi_core.prepared import Prepared, prepare
from kpi_core.series import FunnelStep, NpsMonth, PipelineStage
from kpi_core.types import KpiResult, YearBefore


@dataclass
class DashboardData:
    """Everything one refresh of the dashboard shows."""

    period: Period
    filters: Filters
    current: KpiResult
    #: the previous period (None until worked out: :func:`compute_previous`)
    previous: KpiResult | None
    #: the same months a year before: ``{"period": ..., "breakdowns": {"revenue_by_month"}}``
    year_before: YearBefore
    #: the funnel (counts and values, same computation as the ``funnel`` breakdown)
    funnel_values: list[FunnelStep] = field(default_factory=list)
    pipeline: list[PipelineStage] = field(default_factory=list)
    nps_months: list[NpsMonth] = field(default_factory=list)
    #: new, expansion, contraction and lost MRR of each month (empty without contracts)
    mrr_movements: list[MrrMonth] = field(default_factory=list)
    #: activities recorded in the whole workspace (the Activities section needs some)
    activities_recorded: int = 0
    history_rates: dict[str, float | None] = field(default_factory=dict)
    #: kpi_core's per-dataset arrays (kept so that the next refresh finds them ready)
    facts: Prepared | None = None
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
    to a filter shown a moment ago costs nothing. Cleared when the dataset changes. Each
    result is kept with a weak reference to its dataset and served only for that very
    dataset: a worker still computing on a replaced dataset may store its result after the
    clear, and a later dataset at the same address must not be given those figures.
    """

    def __init__(self, size: int = 24) -> None:
        self._size = size
        self._items: OrderedDict[tuple[object, ...], tuple[weakref.ref[Dataset], KpiResult]] = (
            OrderedDict()
        )
        self._lock = threading.Lock()

    def clear(self) -> None:
        with self._lock:
            self._items.clear()

    def known(
        self, dataset: Dataset, period: Period, filters: Filters, settings: KpiSettings
    ) -> KpiResult | None:
        """The cached result of compute_kpis(dataset, period, filters, settings), or None."""
        key = (id(dataset), period, filters, settings, date.today())
        with self._lock:
            hit = self._items.get(key)
            if hit is None:
                return None
            if hit[0]() is not dataset:  # another dataset that lived at this address
                del self._items[key]
                return None
            self._items.move_to_end(key)
            return hit[1]

    def get(
        self, dataset: Dataset, period: Period, filters: Filters, settings: KpiSettings
    ) -> KpiResult:
        """compute_kpis(dataset, period, filters, settings), from the cache when known."""
        from kpi_core.engine import compute_kpis

        known = self.known(dataset, period, filters, settings)
        if known is not None:
            return known
        key = (id(dataset), period, filters, settings, date.today())
        result = compute_kpis(dataset, period, filters, settings)
        with self._lock:
            self._items[key] = (weakref.ref(dataset), result)
            while len(self._items) > self._size:
                self._items.popitem(last=False)
        return result


def compute_dashboard(
    dataset: Dataset,
    period: Period,
    filters: Filters,
    settings: KpiSettings,
    with_history: bool = True,
    facts: Prepared | None = None,
    cache: ResultCache | None = None,
    state: Any = None,
    with_previous: bool = True,
) -> DashboardData:
    """compute_kpis for the period and the previous period, and the series of
    :mod:`kpi_core.series` for the charts: revenue by month of the year before, the funnel
    with values, the open pipeline by stage, the NPS bands by month and the MRR movements by
    month.

    ``with_history`` also works out the planner's historical rates and kpi_core's
    per-dataset arrays (:func:`kpi_core.prepare`; pass ``facts`` back in afterwards).
    ``state`` (a ``TaskState``) stops the work early with :class:`Cancelled` when a newer
    request came. Without ``with_previous`` the previous period is left to
    :func:`compute_previous` (``previous`` is None) unless the cache knows it: the window
    shows the period's figures and charts first and the changes when they arrive.
    """
    began = time.perf_counter()
    cache = cache or ResultCache()
    if with_history or facts is None:
        facts = prepare(dataset, settings.base_currency, settings.stages)
    current = cache.get(dataset, period, filters, settings)
    _check(state)
    previous = (
        cache.get(dataset, previous_period(period), filters, settings)
        if with_previous
        else cache.known(dataset, previous_period(period), filters, settings)
    )
    _check(state)
    ctx = series.context(dataset, period, filters, settings)
    data = DashboardData(period, filters, current, previous, series.year_before_revenue(ctx))
    data.facts = facts
    data.funnel_values = series.funnel(ctx)
    data.pipeline = series.open_pipeline(ctx)
    data.nps_months = series.nps_months(ctx)
    data.mrr_movements = mrr_movements(ctx)
    data.activities_recorded = len(getattr(dataset, "activities", ()))
    if with_history:
        from kpi_core.planner import historical_rates

        data.history_rates = historical_rates(dataset, settings)
    data.seconds = time.perf_counter() - began
    return data


def compute_previous(
    dataset: Dataset,
    period: Period,
    filters: Filters,
    settings: KpiSettings,
    cache: ResultCache,
    state: Any = None,
) -> KpiResult:
    """compute_kpis of the period before ``period`` (what the cards compare with)."""
    _check(state)
    return cache.get(dataset, previous_period(period), filters, settings)
