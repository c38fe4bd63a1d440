"""Velocity family: sales cycle, deal velocity, pipeline velocity, weighted pipeline,
time in stage."""

from __future__ import annotations

import numpy as np
import pandas as pd

from kpi_core import series
from kpi_core._util import clean, days_between, mean_or_none, py_key, ratio, sort_rows
from kpi_core.context import KpiContext, in_range
from kpi_core.periods import Period
from kpi_core.types import RawBreakdowns, RawKpis, Row


def cycle_days(created: np.ndarray, closed: np.ndarray) -> float | None:
    """Mean of (closed_on − created_on) in days; None when no deal has both dates."""
    return mean_or_none(days_between(closed, created))


def pipeline_velocity(
    open_deals: int, avg_deal: float | None, win: float | None, cycle: float | None
) -> float | None:
    """(open deals × avg_deal_size × win_rate) / sales_cycle_days, money per day.

    None when any input is undefined or the cycle is 0 days.
    Example: 20 × 45,000 × 0.25 / 30 = 7,500 per day.
    """
    if avg_deal is None or win is None:
        return None
    return ratio(open_deals * avg_deal * win, cycle)


def per_30_days(per_day: float | None) -> float | None:
    """pipeline_velocity × 30."""
    return None if per_day is None else per_day * 30.0


def weighted_pipeline(stages: list[series.PipelineStage]) -> float:
    """Σ amount × probability over the deals open at period end = Σ of the weighted values
    of :func:`kpi_core.series.open_pipeline` (probability rule in
    :func:`kpi_core.series.open_probabilities`); 0.0 when none is open."""
    return float(sum(s.weighted for s in stages))


def stage_stints(
    history: pd.DataFrame,
    hist_pos: np.ndarray,
    closed_on: np.ndarray,
    is_closed: np.ndarray,
    period: Period,
) -> pd.DataFrame:
    """Stints (stage, days) of the deals that begin in the period.

    ``hist_pos`` is the row of each history entry's deal among the deals described by
    ``closed_on``/``is_closed`` (-1 = filtered out or unknown). A stint ends when the deal
    enters its next recorded stage, or, for the last recorded stage of a won/lost deal, on
    ``closed_on``. The stage an open deal is still in has no end: NaN (out of the mean).
    """
    entered = history["entered_on"].to_numpy()
    known = (hist_pos >= 0) & ~np.isnat(entered)
    starts = known & in_range(entered, period.start, period.end)
    touched = np.zeros(len(closed_on) + 1, dtype=bool)
    touched[hist_pos[starts]] = True
    sel = np.flatnonzero(known & touched[np.where(hist_pos >= 0, hist_pos, len(closed_on))])
    if len(sel) == 0:
        return pd.DataFrame({"stage": [], "days": []})
    pos, ent = hist_pos[sel], entered[sel]
    order = np.lexsort((ent, pos))
    pos, ent, sel = pos[order], ent[order], sel[order]
    nxt = np.empty_like(ent)
    nxt[:-1] = ent[1:]
    last = np.ones(len(pos), dtype=bool)
    last[:-1] = pos[1:] != pos[:-1]
    nat = np.datetime64("NaT", "ns")
    nxt[last] = np.where(is_closed[pos[last]], closed_on[pos[last]], nat)
    keep = starts[sel]
    return pd.DataFrame(
        {
            "stage": history["stage"].to_numpy(dtype=object)[sel[keep]],
            "days": days_between(nxt, ent)[keep],
        }
    )


def time_in_stage(stints: pd.DataFrame) -> list[Row]:
    """Per stage with stints in the period: mean days spent in it (None when none ended)."""
    s = stints
    if len(s) == 0:
        return []
    means = s.groupby("stage", dropna=False, sort=False)["days"].mean()
    rows = [{"key": py_key(k), "value": mean_or_none(np.array([v]))} for k, v in means.items()]
    return sort_rows(rows)


def period_stints(ctx: KpiContext) -> tuple[np.ndarray, np.ndarray]:
    """The stints of :func:`stage_stints` as ``(rows, days)``: the stage-history rows of the
    filtered deals that begin in the period, and their days, from the days of every entry
    computed once per dataset (:func:`kpi_core.prepared.stint_days`)."""
    known, days = ctx.prep.stints
    entered = ctx.dataset.stage_history["entered_on"].to_numpy()
    starts = known & in_range(entered, ctx.period.start, ctx.period.end)
    if ctx.deal_mask is not None:
        starts &= ctx.hist_pos >= 0
    rows = np.flatnonzero(starts)
    return rows, days[rows]


def time_in_stage_of(ctx: KpiContext) -> list[Row]:
    """:func:`time_in_stage` of the context's stints, grouped by the history's stage codes:
    Σ days / number of ended stints per stage (the days are whole numbers, so the sums are
    exact in any order)."""
    rows, days = period_stints(ctx)
    if len(rows) == 0:
        return []
    # grouped by the history's own stage codes: each stage's rows in the same order as
    # when renumbered by first appearance (the same sums), and the rows are sorted after
    codes, names = ctx.prep.history_codes
    local = codes[rows]
    slot = np.where(local >= 0, local, len(names))
    ended = np.isfinite(days)
    total = np.bincount(slot[ended], weights=days[ended], minlength=len(names) + 1)
    count = np.bincount(slot[ended], minlength=len(names) + 1)
    present = np.bincount(slot, minlength=len(names) + 1) > 0
    out = []
    for i in np.flatnonzero(present):
        key = py_key(names[i]) if i < len(names) else None
        value = clean(total[i] / count[i]) if count[i] else None
        out.append({"key": key, "value": value})
    return sort_rows(out)


def compute(
    ctx: KpiContext, avg_deal: float | None, win: float | None
) -> tuple[RawKpis, RawBreakdowns]:
    """The velocity family's scalars and breakdowns (needs avg_deal_size and win_rate)."""
    dv = ctx.deals
    won, closed = ctx.won_rows, ctx.closed_rows
    cycle = cycle_days(dv.created[won], dv.closed[won])
    per_day = pipeline_velocity(len(ctx.open_rows), avg_deal, win, cycle)
    kpis = {
        "sales_cycle_days": cycle,
        "deal_velocity_days": cycle_days(dv.created[closed], dv.closed[closed]),
        "pipeline_velocity": per_day,
        "pipeline_velocity_month": per_30_days(per_day),
        # null only when the (filtered) workspace has no deal at all
        "weighted_pipeline": weighted_pipeline(series.open_pipeline(ctx)) if len(dv) else None,
    }
    return kpis, {"time_in_stage_days": time_in_stage_of(ctx)}
