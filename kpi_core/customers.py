"""Customers family: new customers, CAC, churn, retention, CLTV and NPS.

A customer is an account (by name) with a won deal. Its *first-ever won deal* over all the
data decides when it became a customer and to which owner/source/product it is
attributed under filters. ``churned_on`` comes from the accounts table.
"""

from __future__ import annotations

from datetime import timedelta

import numpy as np
import pandas as pd

from kpi_core._util import clean, msum, ratio, sort_rows
from kpi_core.context import KpiContext, customers_at, in_range
from kpi_core.periods import Period, month_key
from kpi_core.revenue import source_money

CAC_CATEGORIES = ("marketing", "sales")


def cac(spend: float, new_customers: int) -> float | None:
    """spend (marketing + sales) / new customers; None when there is no new customer."""
    return ratio(spend, new_customers)


def churn_rate(churned: int, start: int) -> float | None:
    """churned_customers / customers_start; None when there was no customer at the start."""
    return ratio(churned, start)


def net_customer_churn(churned: int, new: int, start: int) -> float | None:
    """(churned_customers − new_customers) / customers_start; None when no start customers."""
    return ratio(churned - new, start)


def retention_rate(end: int, new: int, start: int) -> float | None:
    """(customers_end − new_customers) / customers_start; None when no start customers."""
    return ratio(end - new, start)


def cltv(yearly_revenue_per_customer: float | None, lifetime_years: float) -> float | None:
    """average yearly revenue per customer × lifetime in years (None when revenue is undefined)."""
    if yearly_revenue_per_customer is None:
        return None
    return clean(yearly_revenue_per_customer * lifetime_years)


def lifetime_years(window_churn: float | None, default: float) -> float:
    """1 / churn_rate of the window when it is > 0, else the workspace default."""
    return 1.0 / window_churn if window_churn and window_churn > 0 else float(default)


def nps_score(scores: np.ndarray, scheme: str = "standard") -> float | None:
    """(promoters − detractors) / responses × 100; None without responses.

    Promoters 9–10; detractors 0–6 (``standard``) or 0–5 (``"0-5"``). NaN scores are ignored.
    """
    s = scores[~np.isnan(scores)]
    if len(s) == 0:
        return None
    top = 5.0 if scheme == "0-5" else 6.0
    promoters = int((s >= 9).sum())
    detractors = int((s <= top).sum())
    return clean((promoters - detractors) / len(s) * 100.0)


def customer_counts(first: pd.DataFrame, period: Period) -> dict[str, int]:
    """customers_start (day before start), customers_end, new and churned customers."""
    before = period.start - timedelta(days=1)
    at_start = customers_at(first, before)
    churned = at_start & in_range(first["churned_on"].to_numpy(), period.start, period.end)
    new = in_range(first["first"].to_numpy(), period.start, period.end)
    return {
        "customers_start": int(at_start.sum()),
        "customers_end": int(customers_at(first, period.end).sum()),
        "new_customers": int(new.sum()),
        "churned_customers": int(churned.sum()),
    }


def _attributed(ctx: KpiContext) -> pd.DataFrame:
    fw = ctx.first_won
    return fw.loc[fw["matches"].to_numpy()]


def window_cltv(ctx: KpiContext) -> float | None:
    """CLTV over the window ``[end − 364 d, end]`` (see ``cltv``)."""
    dv = ctx.deals
    w = ctx.window
    mask = dv.won_in(w.start, w.end) & dv.has_rate
    _, accounts = dv.codes("account", mask)
    n_acc = len(accounts)
    yearly = ratio(dv.revenue(mask), n_acc)
    counts = customer_counts(_attributed(ctx), w)
    life = lifetime_years(
        churn_rate(counts["churned_customers"], counts["customers_start"]),
        ctx.settings.default_lifetime_years,
    )
    return cltv(yearly, life)


def cac_by_source(ctx: KpiContext) -> list[dict]:
    """Sources with spend or revenue in the period: spend (marketing + sales) / new
    customers whose first won deal came from that source."""
    rev, any_spend = source_money(ctx)
    _, spend = source_money(ctx, CAC_CATEGORIES)
    new = ctx.new_accounts
    new = new.loc[new["matches"].to_numpy()]
    per_source: dict[str | None, int] = {}
    for s in new["source"].to_numpy(dtype=object):
        key = s if isinstance(s, str) else None
        per_source[key] = per_source.get(key, 0) + 1
    rows = []
    for key in dict.fromkeys([*rev, *any_spend]):
        s, n = spend.get(key, 0.0), per_source.get(key, 0)
        rows.append({"key": key, "value": cac(s, n), "spend": s, "new_customers": n})
    return sort_rows(rows)


def nps_by_month(scores: np.ndarray, dates: np.ndarray, scheme: str) -> list[dict]:
    """NPS of each calendar month that has responses (dates already inside the period)."""
    if len(scores) == 0:
        return []
    codes = dates.astype("datetime64[M]").astype("int64")
    rows = []
    for code in np.unique(codes):
        value = nps_score(scores[codes == code], scheme)
        if value is None:
            continue
        rows.append({"key": month_key(1970 + int(code) // 12, int(code) % 12 + 1), "value": value})
    return rows


def compute(ctx: KpiContext) -> tuple[dict, dict]:
    """The customers family's scalars and breakdowns (cltv_to_cac filled here too)."""
    counts = customer_counts(_attributed(ctx), ctx.period)
    sp = ctx.spend
    keep = sp["has_rate"].to_numpy() & sp["cat"].isin(CAC_CATEGORIES).to_numpy()
    cac_value = cac(msum(sp["base"].to_numpy()[keep]), counts["new_customers"])
    start = counts["customers_start"]
    life_value = window_cltv(ctx)
    nps = ctx.dataset.nps
    in_p = in_range(nps["responded_on"].to_numpy(), ctx.period.start, ctx.period.end)
    scores = nps["score"].to_numpy(dtype="float64")[in_p]
    kpis = {
        "new_customers": counts["new_customers"],
        "cac": cac_value,
        "customers_start": start,
        "customers_end": counts["customers_end"],
        "churned_customers": counts["churned_customers"],
        "churn_rate": churn_rate(counts["churned_customers"], start),
        "net_customer_churn": net_customer_churn(
            counts["churned_customers"], counts["new_customers"], start
        ),
        "retention_rate": retention_rate(counts["customers_end"], counts["new_customers"], start),
        "cltv": life_value,
        "cltv_to_cac": None if life_value is None else ratio(life_value, cac_value),
        "nps": nps_score(scores, ctx.settings.nps_scheme),
    }
    months = nps["responded_on"].to_numpy()[in_p]
    breakdowns = {
        "cac_by_source": cac_by_source(ctx),
        "nps_by_month": nps_by_month(scores, months, ctx.settings.nps_scheme),
    }
    return kpis, breakdowns
