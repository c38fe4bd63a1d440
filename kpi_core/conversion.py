"""Conversion and funnel family: win rates, lead conversion, funnel, pipeline coverage.

Cohort KPIs (``opportunity_win_rate``, ``lead_conversion_rate``, ``mql_to_sql_rate``,
``funnel``) follow the deals or leads *created* in the period and count what they have
reached by now, in all the data.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from kpi_core._util import msum, ratio, sort_rows
from kpi_core.context import KpiContext, code_sums, in_range
from kpi_core.dataset import Stage

WON_ROW = "Won"


def win_rate(won: int, lost: int) -> float | None:
    """deals_won / (deals_won + deals_lost); None when nothing closed."""
    return ratio(won, won + lost)


def share_of(hits: int, total: int) -> float | None:
    """hits / total; None when total is 0 (used by the cohort rates)."""
    return ratio(hits, total)


def lead_converted(leads: pd.DataFrame) -> np.ndarray:
    """A lead is converted when it has ``converted_on`` or a ``deal_external_id``."""
    return leads["converted_on"].notna().to_numpy() | leads["deal_external_id"].notna().to_numpy()


def lead_reached_sql(leads: pd.DataFrame) -> np.ndarray:
    """A lead reached SQL when it has ``sql_on`` or was converted into a deal (a later step)."""
    return leads["sql_on"].notna().to_numpy() | lead_converted(leads)


def pipeline_coverage(open_value: float, quotas: float, revenue: float) -> float | None:
    """open value at period end / (Σ reps' quotas − revenue); None when that is ≤ 0."""
    den = quotas - revenue
    return None if den <= 0 else ratio(open_value, den)


def reached_matrix(
    stage: np.ndarray,
    won: np.ndarray,
    hist_pos: np.ndarray,
    hist_stage: np.ndarray,
    stages: tuple[Stage, ...],
) -> np.ndarray:
    """Bool matrix (deal × stage): which pipeline stages each deal reached.

    ``stage``/``won`` describe the deals; ``hist_pos`` gives, for each stage-history entry,
    the row of its deal (-1 for entries of other deals) and ``hist_stage`` its stage.
    With history: the stages it records plus the deal's current stage (the first stage
    when neither names a pipeline stage). Without: the current stage and every earlier one;
    an empty or unknown current stage counts at the first stage only. Won deals reached
    every stage.
    """
    n, k = len(stage), len(stages)
    out = np.zeros((n, k), dtype=bool)
    if n == 0 or k == 0:
        return out
    index = {s.name: i for i, s in enumerate(stages)}
    cur = pd.Series(stage, dtype=object).map(index).to_numpy(dtype="float64")
    known = ~np.isnan(cur)
    cur_i = np.where(known, cur, 0).astype("int64")
    has_hist = np.zeros(n, dtype=bool)
    sel = hist_pos >= 0
    if sel.any():
        pos = hist_pos[sel]
        has_hist[pos] = True
        h_idx = pd.Series(hist_stage[sel], dtype=object).map(index).to_numpy(dtype="float64")
        ok = ~np.isnan(h_idx)
        out[pos[ok], h_idx[ok].astype("int64")] = True
    no_hist = ~has_hist
    out[no_hist] = np.arange(k)[None, :] <= cur_i[no_hist][:, None]
    rows = np.flatnonzero(has_hist & known)
    out[rows, cur_i[rows]] = True
    out[has_hist & ~out.any(axis=1), 0] = True  # history of unknown stages only
    out[won] = True
    return out


def subset_positions(hist_pos: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """Re-map history positions (rows of all deals) to rows of ``deals[mask]``; -1 elsewhere."""
    remap = np.full(len(mask) + 1, -1, dtype="int64")
    remap[np.flatnonzero(mask)] = np.arange(int(mask.sum()))
    return remap[np.where(hist_pos >= 0, hist_pos, len(mask))]


def funnel_rows(reached: np.ndarray, won: np.ndarray, stages: tuple[Stage, ...]) -> list[dict]:
    """Each stage in order, then Won: count reached and conversion from the row before."""
    counts = [int(c) for c in reached.sum(axis=0)] if reached.size else [0] * len(stages)
    names = [s.name for s in stages] + [WON_ROW]
    counts.append(int(won.sum()))
    rows = []
    for i, (name, count) in enumerate(zip(names, counts, strict=True)):
        conv = None if i == 0 else ratio(count, counts[i - 1])
        rows.append({"key": name, "count": count, "conversion": conv})
    return rows


def win_rate_by(codes: np.ndarray, uniques: np.ndarray, won: np.ndarray) -> list[dict]:
    """``win_rate`` per key over the deals won or lost in the period.

    ``codes``/``uniques`` factorise the key of those deals (-1 = missing key → None);
    ``won`` marks the won ones.
    """
    wins = code_sums(codes, uniques, won.astype("float64"))
    totals = code_sums(codes, uniques, np.ones(len(codes)))
    rows = [
        {"key": k, "value": win_rate(int(wins[k]), int(n - wins[k]))} for k, n in totals.items()
    ]
    return sort_rows(rows)


def compute(ctx: KpiContext) -> tuple[dict, dict]:
    """The conversion family's scalars and breakdowns."""
    dv = ctx.deals
    won_n, lost_n = int(ctx.won.sum()), int(ctx.lost.sum())
    leads = ctx.leads
    p = ctx.period
    created = leads.loc[in_range(leads["created_on"].to_numpy(), p.start, p.end)]
    stages = ctx.settings.stages
    cohort_won = dv.won[ctx.created]
    reached = reached_matrix(
        dv.column("stage", ctx.created),
        cohort_won,
        subset_positions(ctx.hist_pos, ctx.created),
        ctx.dataset.stage_history["stage"].to_numpy(dtype=object),
        stages,
    )
    open_value = msum(dv.amount[ctx.open_end & dv.has_rate])
    quota_total = float(ctx.rep_quota.sum()) if len(ctx.rep_quota) else 0.0
    kpis = {
        "win_rate": win_rate(won_n, lost_n),
        "opportunity_win_rate": share_of(int(cohort_won.sum()), len(cohort_won)),
        "lead_conversion_rate": share_of(int(lead_converted(created).sum()), len(created)),
        "mql_to_sql_rate": share_of(int(lead_reached_sql(created).sum()), len(created)),
        "qualified_leads": int(in_range(leads["sql_on"].to_numpy(), p.start, p.end).sum()),
        "pipeline_coverage": pipeline_coverage(open_value, quota_total, ctx.revenue),
    }
    closed = ctx.won | ctx.lost
    won_of_closed = ctx.won[closed]
    src, src_names = dv.codes("source", closed)
    own, own_names = dv.codes("owner", closed)
    breakdowns = {
        "funnel": funnel_rows(reached, cohort_won, stages),
        "win_rate_by_source": win_rate_by(src, src_names, won_of_closed),
        "win_rate_by_owner": win_rate_by(own, own_names, won_of_closed),
    }
    return kpis, breakdowns
