"""The one entry point: every KPI of the spec for one period and filters.

``compute_kpis`` builds one :class:`~kpi_core.context.KpiContext` (filtered frames,
converted money and period masks, each computed once) and asks each KPI family for its
scalars and breakdowns, then assembles the output object of ``kpi_spec.md``.
"""

from __future__ import annotations

import math
from datetime import date

from kpi_core import (
    activities,
    conversion,
    customers,
    recurring,
    revenue,
    sources,
    team,
    trailing,
    velocity,
)
from kpi_core._util import clean
from kpi_core.context import KpiContext
from kpi_core.dataset import Dataset, KpiSettings
from kpi_core.filters import Filters
from kpi_core.ids import BREAKDOWN_FIELDS, BREAKDOWN_IDS, COUNT_IDS, KPI_IDS
from kpi_core.periods import Period
from kpi_core.types import BreakdownRow, KpiResult, RawBreakdowns, RawKpis, Row

__all__ = ["BREAKDOWN_IDS", "KPI_IDS", "build_context", "compute_kpis"]

_DEFAULT_FILTERS = Filters()
_DEFAULT_SETTINGS = KpiSettings()


def build_context(
    dataset: Dataset,
    period: Period,
    filters: Filters = _DEFAULT_FILTERS,
    settings: KpiSettings = _DEFAULT_SETTINGS,
    today: date | None = None,
) -> KpiContext:
    """The shared working set of one computation (also used by ``explain``)."""
    return KpiContext(dataset, period, filters, settings, today or date.today())


def _json_value(kpi_id: str, value: object) -> float | int | None:
    if kpi_id in COUNT_IDS:
        return int(clean(value) or 0)
    return clean(value)


def _json_row(row: Row, fields: tuple[str, ...]) -> BreakdownRow:
    out: BreakdownRow = {"key": row.get("key")}
    for name in fields:
        v = row.get(name)
        if isinstance(v, float):  # what clean() returns for a float, without its checks
            out[name] = float(v) if math.isfinite(v) else None
        else:
            out[name] = v if isinstance(v, int) and not isinstance(v, bool) else clean(v)
    return out


def compute_all(ctx: KpiContext) -> tuple[RawKpis, RawBreakdowns]:
    """Scalars and breakdowns of every family, as computed (before JSON cleaning)."""
    kpis: RawKpis = {}
    breakdowns: RawBreakdowns = {}
    for family in (revenue, conversion, customers, team):
        k, b = family.compute(ctx)
        kpis.update(k)
        breakdowns.update(b)
    k, b = velocity.compute(ctx, kpis["avg_deal_size"], kpis["win_rate"])
    kpis.update(k)
    breakdowns.update(b)
    for family in (sources, recurring, trailing):
        k, b = family.compute(ctx)
        kpis.update(k)
        breakdowns.update(b)
    k, b = activities.compute(ctx, kpis["deals_won"])
    kpis.update(k)
    breakdowns.update(b)
    return kpis, breakdowns


def compute_kpis(
    dataset: Dataset,
    period: Period,
    filters: Filters = _DEFAULT_FILTERS,
    settings: KpiSettings = _DEFAULT_SETTINGS,
    today: date | None = None,
) -> KpiResult:
    """Return the output object of ``kpi_spec.md``: JSON-ready, no NaN, every id present."""
    ctx = build_context(dataset, period, filters, settings, today)
    kpis, breakdowns = compute_all(ctx)
    return {
        "period": {
            "start": period.start.isoformat(),
            "end": period.end.isoformat(),
            "previous_start": ctx.prev.start.isoformat(),
            "previous_end": ctx.prev.end.isoformat(),
        },
        "filters": filters.as_dict(),
        "currency": settings.base_currency,
        "kpis": {k: _json_value(k, kpis.get(k)) for k in KPI_IDS},
        "breakdowns": {
            b: [_json_row(r, BREAKDOWN_FIELDS[b]) for r in breakdowns.get(b, [])]
            for b in BREAKDOWN_IDS
        },
        "excluded_missing_rate": ctx.excluded_missing_rate,
    }
