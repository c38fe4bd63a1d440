"""Team family: rep table, quota attainment, quota consistency, forecast accuracy and
monthly sales growth."""

from __future__ import annotations

import numpy as np
import pandas as pd

from kpi_core._util import days_between, py_key, ratio, sort_rows
from kpi_core.context import KpiContext, code_counts, code_sums, ts
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


def _rep_revenue(ctx: KpiContext) -> pd.Series:
    """Revenue of each rep (named owner) in the period."""
    dv, rows = ctx.deals, ctx.won_money_rows
    sums = dv.key_sums("owner", rows, dv.amount[rows])
    return pd.Series({k: v for k, v in sums.items() if k is not None}, dtype="float64")


def _month_matrix(
    keys: np.ndarray,
    months: np.ndarray,
    amounts: np.ndarray,
    reps: list[str],
    columns: np.ndarray,
    names: np.ndarray | None = None,
) -> np.ndarray:
    """(rep × month) sums of ``amounts`` grouped by ``(keys, months)`` (pandas' grouped sum:
    the same rows of a group in the same order give the same sum), 0 where none.
    ``names``: the rep of each key when the keys are codes."""
    frame = pd.DataFrame({"owner": keys, "m": months, "amount": amounts})
    table = frame.groupby(["owner", "m"])["amount"].sum().unstack(fill_value=0.0)
    if names is not None:
        table.index = pd.Index(names[table.index.to_numpy(dtype=np.int64)], dtype=object)
    return np.asarray(
        table.reindex(index=reps, columns=columns, fill_value=0.0).fillna(0.0).to_numpy()
    )


def day_month_codes(dates: np.ndarray) -> np.ndarray:
    """:func:`_month_code` of dates without NaT, by a lookup per day (the calendar of the
    few thousand days they span is converted once instead of every date)."""
    d = np.asarray(dates)
    if d.dtype != np.dtype("datetime64[ns]") or len(d) == 0 or np.isnat(d).any():
        return _month_code(d)
    day = d.view(np.int64) // (86_400 * 10**9)
    lo, hi = int(day.min()), int(day.max())
    if hi - lo > 200_000:
        return _month_code(d)
    table = _month_code(np.arange(lo, hi + 1).astype("datetime64[D]"))
    return np.asarray(table[day - lo])


_EPS = float(np.finfo(np.float64).eps)


def quota_consistency(ctx: KpiContext, reps: list[str]) -> list[Row]:
    """Per rep: consecutive months, ending with the period's last month, with revenue ≥ the
    monthly quota (the rep's quota rows lying inside that calendar month). A month without
    such a quota breaks the run.

    The revenue of each (rep, month) is pandas' grouped sum (compensated, the rep's deals
    in row order), see :func:`rep_month_revenue`.
    """
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
    quota = _month_matrix(
        q["owner"].to_numpy(), q["m"].to_numpy(), q["amount"].to_numpy(), reps, months
    )
    dv = ctx.deals
    start = np.datetime64(f"{1970 + first // 12:04d}-{first % 12 + 1:02d}-01", "ns")
    won = np.flatnonzero(
        dv.won & (dv.closed <= ts(ctx.period.end)) & (dv.closed >= start) & dv.has_rate
    )
    revenue = rep_month_revenue(ctx, won, reps, first, quota)
    met = (quota > 0) & (revenue >= quota)
    runs = consecutive_from_end(met)
    return sort_rows({"key": r, "value": int(n)} for r, n in zip(reps, runs, strict=True))


def rep_month_revenue(
    ctx: KpiContext, rows: np.ndarray, reps: list[str], first: int, quota: np.ndarray
) -> np.ndarray:
    """(rep × month from ``first``) revenue of the filtered deals at ``rows`` (won, with a
    rate, closed in those months): each cell equal to pandas' grouped sum of the cell's
    deals in row order (compensated summation), at least where it matters, that is where
    it is compared with a quota: a cell whose ``np.bincount`` sum is nearer its ``quota``
    than the bound ``4 (n + 2) ε Σ|x|`` on the difference of the two sums (n deals) is
    summed again the pandas way."""
    dv = ctx.deals
    n_months = quota.shape[1]
    codes, names = dv.all_codes("owner", rows)
    named = codes >= 0  # a deal without an owner is in no rep's run
    rep_of = pd.Index(reps).get_indexer(names)  # -1: an owner that is not a rep here
    keep = np.flatnonzero(named)
    keep = keep[rep_of[codes[keep]] >= 0]
    rows, rep = rows[keep], rep_of[codes[keep]]
    month = day_month_codes(dv.closed[rows]) - first
    amounts = np.nan_to_num(dv.amount[rows], nan=0.0)
    slot = rep * n_months + month
    size = len(reps) * n_months
    total = np.bincount(slot, weights=amounts, minlength=size).reshape(len(reps), n_months)
    mag = np.bincount(slot, weights=np.abs(amounts), minlength=size).reshape(total.shape)
    count = np.bincount(slot, minlength=size).reshape(total.shape)
    with np.errstate(invalid="ignore"):
        near = ~(np.abs(total - quota) > 4.0 * (count + 2) * _EPS * mag)
    near &= (count > 1) & (quota > 0)
    if near.any():
        cells = np.flatnonzero(near.ravel())
        again = np.isin(slot, cells)
        exact = pd.Series(amounts[again]).groupby(slot[again]).sum()
        total.ravel()[exact.index.to_numpy()] = exact.to_numpy()
    return total


def within(values: np.ndarray, start: np.datetime64, stop: np.datetime64) -> np.ndarray:
    """Mask of ``start <= values < stop`` (NaT never inside), by one unsigned comparison of
    the nanoseconds as ``in_range`` does."""
    lo, hi = int(start.astype(np.int64)), int(stop.astype(np.int64))
    nat = int(np.datetime64("NaT", "ns").astype(np.int64))
    if values.dtype != np.dtype("datetime64[ns]") or nat in (lo, hi) or hi <= lo:
        return np.asarray((values >= start) & (values < stop))
    shifted = values.view(np.int64) - np.int64(lo)
    return np.asarray(shifted.view(np.uint64) < np.uint64(hi - lo))


def monthly_sales_growth(ctx: KpiContext) -> list[Row]:
    """Every calendar month of the period: growth of its revenue over the month before
    (whole calendar months; None when the month before has no revenue)."""
    months = months_in(ctx.period)
    codes = [y * 12 + m - 1 - 1970 * 12 for y, m in months]
    dv = ctx.deals
    lo = np.datetime64(f"{months[0][0]:04d}-{months[0][1]:02d}", "M") - 1
    hi = np.datetime64(f"{months[-1][0]:04d}-{months[-1][1]:02d}", "M") + 1
    start, stop = lo.astype("datetime64[ns]"), hi.astype("datetime64[ns]")
    rows = np.flatnonzero(within(dv.closed, start, stop))
    rows = rows[dv.won[rows] & dv.has_rate[rows]]
    mc = day_month_codes(dv.closed[rows])
    amounts = np.nan_to_num(dv.amount[rows], nan=0.0)
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
    closed = ctx.closed_rows
    c, uniques = dv.all_codes("owner", closed)
    won = ctx.won[closed]
    days = days_between(dv.closed[closed], dv.created[closed])
    won_days = won & ~np.isnan(days)
    n_won = code_sums(c, uniques, won.astype("float64"))
    n_closed = code_counts(c, uniques)
    day_sum = code_sums(c[won_days], uniques, days[won_days])
    day_n = code_counts(c[won_days], uniques)
    revenue = _rep_revenue(ctx).to_dict()
    quotas = ctx.rep_quota.to_dict()
    rows = []
    for rep in reps:
        won_n, closed_n = int(n_won.get(rep, 0)), int(n_closed.get(rep, 0))
        cyc = ratio(day_sum.get(rep, 0.0), day_n.get(rep, 0))
        rev = float(revenue.get(rep, 0.0))
        quota = float(quotas[rep]) if rep in quotas else None
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
    revenue = _rep_revenue(ctx)
    with_quota = [r for r, q in quotas.items() if q > 0]
    by_rep, quota_of = revenue.to_dict(), quotas.to_dict()
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
            {"key": r, "value": attainment(float(by_rep.get(r, 0.0)), float(quota_of[r]))}
            for r in with_quota
        ),
        "quota_consistency": quota_consistency(ctx, with_quota),
        "monthly_sales_growth": monthly_sales_growth(ctx),
    }
    return kpis, breakdowns
