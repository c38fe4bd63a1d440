"""Customers family: new customers, CAC, churn, retention, CLTV and NPS.

A customer is an account (by name) with a won deal. Its *first-ever won deal* over all the
data decides when it became a customer and to which owner/source/product it is
attributed under filters. ``churned_on`` comes from the accounts table.
"""

from __future__ import annotations

from datetime import timedelta

import numpy as np
import pandas as pd

from kpi_core import series
from kpi_core._util import clean, msum, ratio, sort_rows
from kpi_core.context import KpiContext, code_sums, customers_at, in_range
from kpi_core.periods import Period
from kpi_core.revenue import source_money
from kpi_core.types import RawBreakdowns, RawKpis, Row

CAC_CATEGORIES = ("marketing", "sales")


def cac(spend: float | None, new_customers: int) -> float | None:
    """spend (marketing + sales) / new customers.

    None when no marketing or sales spend is recorded (``spend`` None: "no spend recorded",
    not a CAC of 0) or there is no new customer.
    """
    return None if spend is None else ratio(spend, new_customers)


def churn_rate(churned: int, start: int) -> float | None:
    """churned_customers / customers_start; None when there was no customer at the start."""
    return ratio(churned, start)


def net_customer_churn(churned: int, new: int, start: int) -> float | None:
    """(churned_customers − new_customers) / customers_start; None when no start customers."""
    return ratio(churned - new, start)


def retention_rate(churned: int, start: int) -> float | None:
    """Cohort form: customers at period start still customers at period end / customers_start
    = (customers_start − churned_customers) / customers_start = 1 − churn_rate.

    Always within 0..1 (new customers who leave within the period do not touch it); None
    when there was no customer at the start. Example: 500 at start, 30 lost → 0.94.
    """
    return ratio(start - churned, start)


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
    The bands are :func:`kpi_core.series.nps_band_counts`.
    """
    return series.nps_band_counts(scores, scheme).score


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
    matches = fw["matches"].to_numpy()
    return fw if matches.all() else fw.loc[matches]


def window_cltv(ctx: KpiContext) -> float | None:
    """CLTV over the window ``[end − 364 d, end]`` (see ``cltv``)."""
    dv = ctx.deals
    w = ctx.window
    rows = ctx.won_money_rows if w == ctx.period else np.flatnonzero(dv.won_in(w.start, w.end))
    rows = rows[dv.has_rate[rows]]
    codes = dv.pick(ctx.prep.codes("account")[0], rows)
    n_acc = int(np.count_nonzero(np.bincount(codes[codes >= 0])))  # accounts among them
    yearly = ratio(dv.revenue_at(rows), n_acc)
    counts = customer_counts(_attributed(ctx), w)
    life = lifetime_years(
        churn_rate(counts["churned_customers"], counts["customers_start"]),
        ctx.settings.default_lifetime_years,
    )
    return cltv(yearly, life)


def cac_by_source(ctx: KpiContext) -> list[Row]:
    """Sources with spend or revenue in the period: spend (marketing + sales) / new
    customers whose first won deal came from that source; None when the source has no
    marketing or sales spend recorded in the period (as ``cac``) or no new customer."""
    rev, any_spend = source_money(ctx)
    _, spend = source_money(ctx, CAC_CATEGORIES)
    new = ctx.new_accounts
    firsts = new["row"].to_numpy()[new["matches"].to_numpy()]  # their first won deals
    codes, keys = ctx.prep.codes("source")
    per_source: dict[str | None, int] = {}
    for name, n in code_sums(codes[firsts], keys, np.ones(len(firsts))).items():
        key = name if isinstance(name, str) else None
        per_source[key] = per_source.get(key, 0) + int(n)
    rows = []
    for key in dict.fromkeys([*rev, *any_spend]):
        s, n = spend.get(key), per_source.get(key, 0)  # s None: no such spend recorded
        rows.append({"key": key, "value": cac(s, n), "spend": s or 0.0, "new_customers": n})
    return sort_rows(rows)


def nps_by_month(ctx: KpiContext) -> list[Row]:
    """NPS of each calendar month with responses in the period (see
    :func:`kpi_core.series.nps_months`)."""
    return [{"key": m.key, "value": m.score} for m in series.nps_months(ctx)]


def cac_spend(spend: pd.DataFrame) -> float | None:
    """Σ marketing and sales spend (base currency) of ``ctx.spend``; None when no such row
    with a known amount and exchange rate is dated in the period."""
    base = spend["base"].to_numpy()
    keep = spend["has_rate"].to_numpy() & spend["cat"].isin(CAC_CATEGORIES).to_numpy()
    keep &= ~np.isnan(base)
    return msum(base[keep]) if keep.any() else None


def compute(ctx: KpiContext) -> tuple[RawKpis, RawBreakdowns]:
    """The customers family's scalars and breakdowns (cltv_to_cac filled here too)."""
    counts = customer_counts(_attributed(ctx), ctx.period)
    cac_value = cac(cac_spend(ctx.spend), counts["new_customers"])
    start, churned = counts["customers_start"], counts["churned_customers"]
    life_value = window_cltv(ctx)
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
        "retention_rate": retention_rate(churned, start),
        "cltv": life_value,
        "cltv_to_cac": None if life_value is None else ratio(life_value, cac_value),
        "nps": series.nps_bands(ctx).score,
    }
    breakdowns = {
        "cac_by_source": cac_by_source(ctx),
        "nps_by_month": nps_by_month(ctx),
    }
    return kpis, breakdowns
