"""Team family: rep table, quota attainment, quota consistency, forecast accuracy and
monthly sales growth."""

from __future__ import annotations

import numpy as np
import pandas as pd

from kpi_core._util import days_between, py_key, ratio, sort_rows
from kpi_core.context import KpiContext, code_sums, ts
from kpi_core.periods import month_key, months_in
from kpi_core.revenue import revenue_growth
from kpi_core.types import RawBreakdowns, RawKpis, Row


def quota_attainment(revenues: pd.Series, quotas: pd.Series) -> float | None:
    """ "Reps at quota": reps whose revenue ≥ their quota / reps with a quota > 0 in the
    period; None when no rep has one. Example: 15 of 20 reps at or above quota → 0.75."""
    q = quotas[quotas > 0]
    if len(q) == 0:
        return None
    r = revenues.reindex(q.index).fillna(0.0)
    return ratio(int((r >= q).sum()), len(q))


def team_attainment(revenues: pd.Series, quotas: pd.Series) -> float | None:
    """Σ revenue of the reps with a quota > 0 / Σ of those quotas ("team attainment").

    None when no rep has a quota above 0 in the period. Example: quotas 100 and 300,
    revenues 150 and 150 → 300 / 400 = 0.75 (while reps at quota = 1 / 2).
    """
    q = quotas[quotas > 0]
    if len(q) == 0:
        return None
    return ratio(float(revenues.reindex(q.index).fillna(0.0).sum()), float(q.sum()))


def attainment(rep_revenue: float, quota: float | None) -> float | None:
    """revenue of the rep / quota of the rep; None when the quota is missing or 0."""
    return None if quota is None else ratio(rep_revenue, quota)


def forecast_accuracy(revenue: float, forecast: float | None) -> float | None:
    """1 − |revenue − forecast| / revenue; None without forecast or without revenue."""
    if forecast is None:
        return None
    r = ratio(abs(revenue - forecast), revenue)
    return None if r is None else 1.0 - r


def consecutive_from_end(met: np.ndarray) -> np.ndarray:
    """Per row of a (rep × month) bool matrix: count of trailing True months."""
    if met.size == 0:
        return np.zeros(met.shape[0], dtype="int64")
    return np.asarray(np.cumprod(met[:, ::-1], axis=1).sum(axis=1))


def _month_code(values: np.ndarray) -> np.ndarray:
    return values.astype("datetime64[M]").astype("int64")


def _rep_revenue(ctx: KpiContext, mask: np.ndarray) -> pd.Series:
    dv = ctx.deals
    m = mask & dv.has_rate
    sums = dv.sums_by("owner", m, dv.amount[m])
    return pd.Series({k: v for k, v in sums.items() if k is not None}, dtype="float64")


def quota_consistency(ctx: KpiContext, reps: list[str]) -> list[Row]:
    """Per rep: consecutive months, ending with the period's last month, with revenue ≥ the
    monthly quota (the rep's quota rows lying inside that calendar month). A month without
    such a quota breaks the run."""
    if not reps:
        return []
    q = ctx.dataset.quotas
    q = q.loc[q["owner"].isin(reps).to_numpy()]
    qs, qe = _month_code(q["period_start"].to_numpy()), _month_code(q["period_end"].to_numpy())
    one_month = (
        (qs == qe) & q["period_start"].notna().to_numpy() & q["period_end"].notna().to_numpy()
    )
    q = pd.DataFrame(
        {
            "owner": q["owner"].to_numpy(dtype=object)[one_month],
            "m": qs[one_month],
            "amount": q["amount"].to_numpy()[one_month],
        }
    )
    last = int(_month_code(np.array([ts(ctx.period.end)]))[0])
    q = q.loc[q["m"] <= last]
    first = int(q["m"].min()) if len(q) else last
    months = np.arange(first, last + 1)
    quota = q.groupby(["owner", "m"])["amount"].sum().unstack(fill_value=0.0)
    quota = quota.reindex(index=reps, columns=months, fill_value=0.0).fillna(0.0)
    dv = ctx.deals
    won = (
        dv.won
        & (dv.closed <= ts(ctx.period.end))
        & (dv.closed >= np.datetime64(f"{1970 + first // 12:04d}-{first % 12 + 1:02d}-01", "ns"))
        & dv.has_rate
    )
    # grouped by the owners' integer codes (no text hashed), the same rows per group in
    # the same order as grouping by name: the same sums
    codes, names = dv.codes("owner", won)
    named = codes >= 0  # a deal without an owner is in no rep's run
    rev = pd.DataFrame(
        {
            "owner": codes[named],
            "m": _month_code(dv.closed[won])[named],
            "amount": np.nan_to_num(dv.amount[won], nan=0.0)[named],
        }
    )
    revenue = rev.groupby(["owner", "m"])["amount"].sum().unstack(fill_value=0.0)
    revenue.index = pd.Index(names[revenue.index.to_numpy(dtype=np.int64)], dtype=object)
    revenue = revenue.reindex(index=reps, columns=months, fill_value=0.0).fillna(0.0)
    met = (quota.to_numpy() > 0) & (revenue.to_numpy() >= quota.to_numpy())
    runs = consecutive_from_end(met)
    return sort_rows({"key": r, "value": int(n)} for r, n in zip(reps, runs, strict=True))


def monthly_sales_growth(ctx: KpiContext) -> list[Row]:
    """Every calendar month of the period: growth of its revenue over the month before
    (whole calendar months; None when the month before has no revenue)."""
    months = months_in(ctx.period)
    codes = [y * 12 + m - 1 - 1970 * 12 for y, m in months]
    dv = ctx.deals
    lo = np.datetime64(f"{months[0][0]:04d}-{months[0][1]:02d}", "M") - 1
    hi = np.datetime64(f"{months[-1][0]:04d}-{months[-1][1]:02d}", "M") + 1
    won = dv.won & dv.has_rate & (dv.closed >= lo.astype("datetime64[ns]"))
    won &= dv.closed < hi.astype("datetime64[ns]")
    mc = _month_code(dv.closed[won])
    amounts = np.nan_to_num(dv.amount[won], nan=0.0)
    per = {c: float(amounts[mc == c].sum()) for c in [codes[0] - 1, *codes]}
    return [
        {"key": month_key(y, m), "value": revenue_growth(per[c], per[c - 1])}
        for (y, m), c in zip(months, codes, strict=True)
    ]


def rep_table(ctx: KpiContext) -> list[Row]:
    """Reps active in the period: deals won, revenue, win rate, cycle, quota, attainment."""
    reps = ctx.reps_active
    if not reps:
        return []
    dv = ctx.deals
    closed = ctx.won | ctx.lost
    c, uniques = dv.codes("owner", closed)
    won = ctx.won[closed]
    days = days_between(dv.closed[closed], dv.created[closed])
    won_days = won & ~np.isnan(days)
    n_won = code_sums(c, uniques, won.astype("float64"))
    n_closed = code_sums(c, uniques, np.ones(len(c)))
    day_sum = code_sums(c[won_days], uniques, days[won_days])
    day_n = code_sums(c[won_days], uniques, np.ones(int(won_days.sum())))
    revenue = _rep_revenue(ctx, ctx.won)
    rows = []
    for rep in reps:
        won_n, closed_n = int(n_won.get(rep, 0)), int(n_closed.get(rep, 0))
        cyc = ratio(day_sum.get(rep, 0.0), day_n.get(rep, 0))
        rev = float(revenue.get(rep, 0.0))
        quota = float(ctx.rep_quota[rep]) if rep in ctx.rep_quota.index else None
        rows.append(
            {
                "key": py_key(rep),
                "deals_won": won_n,
                "revenue": rev,
                "win_rate": ratio(won_n, closed_n),
                "sales_cycle_days": cyc,
                "quota": quota,
                "attainment": attainment(rev, quota),
            }
        )
    return sort_rows(rows, "revenue")


def compute(ctx: KpiContext) -> tuple[RawKpis, RawBreakdowns]:
    """The team family's scalars and breakdowns."""
    quotas = ctx.rep_quota
    revenue = _rep_revenue(ctx, ctx.won)
    with_quota = [r for r in quotas.index if quotas[r] > 0]
    fc = ctx.dataset.forecasts
    inside = (
        fc["owner"].isna().to_numpy()
        & (fc["period_start"].to_numpy() >= ts(ctx.period.start))
        & (fc["period_end"].to_numpy() <= ts(ctx.period.end))
    )
    forecast = float(np.nansum(fc["amount"].to_numpy()[inside])) if inside.any() else None
    if ctx.filters.active:
        forecast = None  # a company forecast is not comparable with a filtered revenue
    kpis = {
        "quota_attainment": quota_attainment(revenue, quotas),
        "team_attainment": team_attainment(revenue, quotas),
        "forecast_accuracy": forecast_accuracy(ctx.revenue, forecast),
    }
    breakdowns = {
        "rep_table": rep_table(ctx),
        "attainment_by_rep": sort_rows(
            {"key": r, "value": attainment(float(revenue.get(r, 0.0)), float(quotas[r]))}
            for r in with_quota
        ),
        "quota_consistency": quota_consistency(ctx, with_quota),
        "monthly_sales_growth": monthly_sales_growth(ctx),
    }
    return kpis, breakdowns
