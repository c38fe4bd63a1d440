"""Conversion and funnel family: win rates, lead conversion, funnel, pipeline coverage.

Cohort KPIs (``opportunity_win_rate``, ``lead_conversion_rate``, ``mql_to_sql_rate``,
``funnel``) follow the deals or leads *created* in the period and count what they have
reached by now, in all the data.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from kpi_core import series
from kpi_core._util import msum, ratio, sort_rows
from kpi_core.context import KpiContext, code_counts, code_sums, in_range
from kpi_core.lead_arrays import converted_mask
from kpi_core.series import FunnelStep
from kpi_core.types import RawBreakdowns, RawKpis, Row


def win_rate(won: int, lost: int) -> float | None:
    """deals_won / (deals_won + deals_lost); None when nothing closed."""
    return ratio(won, won + lost)


def share_of(hits: int, total: int) -> float | None:
    """hits / total; None when total is 0 (used by the cohort rates)."""
    return ratio(hits, total)


def lead_converted(leads: pd.DataFrame) -> np.ndarray:
    """A lead is converted when it has ``converted_on`` or a ``deal_external_id``."""
    return converted_mask(leads)


def lead_reached_sql(leads: pd.DataFrame) -> np.ndarray:
    """A lead reached SQL when it has ``sql_on`` or was converted into a deal (a later step)."""
    return np.asarray(leads["sql_on"].notna().to_numpy() | lead_converted(leads))


def pipeline_coverage(open_value: float, quotas: float, revenue: float) -> float | None:
    """open value at period end / (Σ reps' quotas − revenue); None when that is ≤ 0."""
    den = quotas - revenue
    return None if den <= 0 else ratio(open_value, den)


def funnel_rows(steps: list[FunnelStep]) -> list[Row]:
    """The ``funnel`` breakdown from :func:`kpi_core.series.funnel`: each stage in order,
    then Won, with the count of deals created in the period that reached it and the
    conversion from the row before (None on the first row or after a 0)."""
    return [{"key": s.key, "count": s.count, "conversion": s.conversion} for s in steps]


def win_rate_by(codes: np.ndarray, uniques: np.ndarray, won: np.ndarray) -> list[Row]:
    """``win_rate`` per key over the deals won or lost in the period.

    ``codes``/``uniques`` factorise the key of those deals (-1 = missing key → None);
    ``won`` marks the won ones.
    """
    wins = code_sums(codes, uniques, won.astype("float64"))
    totals = code_counts(codes, uniques)
    rows = [
        {"key": k, "value": win_rate(int(wins[k]), int(n - wins[k]))} for k, n in totals.items()
    ]
    return sort_rows(rows)


def compute(ctx: KpiContext) -> tuple[RawKpis, RawBreakdowns]:
    """The conversion family's scalars and breakdowns."""
    dv = ctx.deals
    won_n, lost_n = len(ctx.won_rows), len(ctx.lost_rows)
    p = ctx.period
    # whether each lead was converted / reached SQL is known once per leads frame
    lv, created = ctx.lead_view, ctx.leads_created
    n_created = int(np.count_nonzero(created))
    converted = int(np.count_nonzero(lv.converted & created))
    reached = int(np.count_nonzero(lv.reached_sql & created))
    cohort_won = dv.pick(dv.prep.won, ctx.created_rows)
    rows = ctx.open_rows
    open_value = msum(dv.amount[rows[dv.has_rate[rows]]])
    quota_total = float(ctx.rep_quota.sum()) if len(ctx.rep_quota) else 0.0
    kpis = {
        "win_rate": win_rate(won_n, lost_n),
        "opportunity_win_rate": share_of(int(cohort_won.sum()), len(cohort_won)),
        "lead_conversion_rate": share_of(converted, n_created),
        "mql_to_sql_rate": share_of(reached, n_created),
        "qualified_leads": int(np.count_nonzero(in_range(lv.sql_on, p.start, p.end))),
        "pipeline_coverage": pipeline_coverage(open_value, quota_total, ctx.revenue),
    }
    closed = ctx.closed_rows
    won_of_closed = ctx.won[closed]
    src, src_names = dv.all_codes("source", closed)  # rows sorted by win_rate_by
    own, own_names = dv.all_codes("owner", closed)
    breakdowns = {
        "funnel": funnel_rows(series.funnel(ctx)),
        "win_rate_by_source": win_rate_by(src, src_names, won_of_closed),
        "win_rate_by_owner": win_rate_by(own, own_names, won_of_closed),
    }
    return kpis, breakdowns
