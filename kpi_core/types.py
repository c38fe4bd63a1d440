"""Named types of what kpi_core hands out: the output object of ``compute_kpis`` and the
shapes the KPI families pass each other while computing it."""

from __future__ import annotations

from typing import Any, TypedDict

import numpy as np
import numpy.typing as npt

#: a KPI's value in the output object: a count (int), an amount or a rate (float), or
#: None when the data cannot give it
KpiValue = float | int | None
#: a value of a breakdown row in the output object (``key`` is the text or None)
RowValue = str | float | int | None
#: one row of a breakdown in the output object: ``key`` and the fields of ``BREAKDOWN_FIELDS``
BreakdownRow = dict[str, RowValue]

#: one breakdown row as a KPI family computes it, before the output's cleaning (numpy
#: scalars and NaN allowed); internal to kpi_core
Row = dict[str, Any]
#: every scalar of a KPI family as computed (before cleaning), by KPI id
RawKpis = dict[str, Any]
#: every breakdown of a KPI family as computed, by breakdown id
RawBreakdowns = dict[str, list[Row]]
#: the inputs behind one number, by input key (see ``kpi_core.explain``)
Inputs = dict[str, Any]
#: a boolean mask over rows
Mask = npt.NDArray[np.bool_]


class PeriodBounds(TypedDict):
    """The period of a result and the period it is compared with, as ISO dates."""

    start: str
    end: str
    previous_start: str
    previous_end: str


class KpiResult(TypedDict):
    """The output object of ``kpi_spec.md`` (``compute_kpis``): JSON-ready, no NaN."""

    period: PeriodBounds
    filters: dict[str, str | None]
    currency: str
    kpis: dict[str, KpiValue]
    breakdowns: dict[str, list[BreakdownRow]]
    excluded_missing_rate: int


class PeriodDates(TypedDict):
    """A period as ISO dates."""

    start: str
    end: str


class YearBefore(TypedDict):
    """``revenue_by_month`` of the year before a period, shaped like a part of a
    :class:`KpiResult` (see ``kpi_core.series.year_before_revenue``)."""

    period: PeriodDates
    currency: str
    breakdowns: dict[str, list[BreakdownRow]]


class WithBreakdowns(TypedDict):
    """What a chart of breakdowns reads: a :class:`KpiResult` or a :class:`YearBefore`."""

    breakdowns: dict[str, list[BreakdownRow]]
