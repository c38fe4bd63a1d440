"""Revenue family: revenue, growth, deal size, margins, ACV, revenue breakdowns, ROI.

Every money figure is in the base currency; deals without an exchange rate are left out
(see ``money.py``); an unknown amount adds 0 to a sum but still counts as a deal.
"""

from __future__ import annotations

import numpy as np

from kpi_core import series
from kpi_core._util import clean, msum, ratio, sort_rows
from kpi_core.context import KpiContext, key_sums
from kpi_core.types import RawBreakdowns, RawKpis, Row


def revenue(amounts: np.ndarray) -> float | None:
    """Sum of the amounts of the deals won in the period (unknown amount = 0).

    None when there is no data at all; 0.0 when nothing was won (or only unknown amounts).
    """
    return msum(amounts) if len(amounts) else None


def revenue_growth(current: float, previous: float) -> float | None:
    """(revenue − previous revenue) / previous revenue; None when previous revenue is 0."""
    return ratio(current - previous, previous)


def avg_deal_size(total: float, deals_won: int) -> float | None:
    """revenue / deals_won; None when no deal was won."""
    return ratio(total, deals_won)


def gross_margin(amounts: np.ndarray, costs: np.ndarray) -> float | None:
    """Over deals with a cost: (Σ amount − Σ cost) / Σ amount; None when none has a cost.

    Also None when those deals' amounts sum to 0.
    """
    has_cost = ~np.isnan(costs)
    if not has_cost.any():
        return None
    total = msum(amounts[has_cost])
    return ratio(total - msum(costs[has_cost]), total)


def net_profit_margin(total: float, deal_costs: float | None, spend: float | None) -> float | None:
    """(revenue − recorded costs of the won deals − all spend dated in the period) / revenue.

    ``deal_costs`` is None when no won deal of the period has a cost, ``spend`` None when
    no spend is dated in the period: with neither, nothing was recorded to subtract and the
    margin is None (not 100 %). None also when revenue is 0.
    """
    if deal_costs is None and spend is None:
        return None
    return ratio(total - (deal_costs or 0.0) - (spend or 0.0), total)


def acv(amounts: np.ndarray, fees: np.ndarray, contract_months: np.ndarray) -> float | None:
    """Mean over deals with contract_months > 0 and a known amount of (amount − fee) / (months / 12).

    A missing fee counts as 0. None when no deal qualifies.
    """
    ok = (contract_months > 0) & ~np.isnan(amounts)
    if not ok.any():
        return None
    fee = np.nan_to_num(fees[ok], nan=0.0)
    return clean(np.mean((amounts[ok] - fee) / (contract_months[ok] / 12.0)))


def roi(source_revenue: float, spend: float) -> float | None:
    """(revenue of the source − spend of the source) / spend; None when spend is 0."""
    return ratio(source_revenue - spend, spend)


def return_on_spend(source_revenue: float, spend: float) -> float | None:
    """revenue of the source / spend of the source; None when spend is 0."""
    return ratio(source_revenue, spend)


def share(part: float, total: float) -> float | None:
    """part / total; None when total is 0."""
    return ratio(part, total)


def revenue_by(sums: dict[str | None, float], total: float) -> list[Row]:
    """Rows ``{key, value, share}`` from ``{key: revenue}``, largest first."""
    rows = [{"key": k, "value": v, "share": share(v, total)} for k, v in sums.items()]
    return sort_rows(rows)


def source_money(
    ctx: KpiContext, categories: tuple[str, ...] | None = None
) -> tuple[dict[str | None, float], dict[str | None, float]]:
    """Revenue and spend (optionally only ``categories``) per source in the period."""
    dv, rows = ctx.deals, ctx.won_money_rows
    rev = dv.key_sums("source", rows, dv.amount[rows])
    sp = ctx.spend
    keep = sp["has_rate"].to_numpy() & ~np.isnan(sp["base"].to_numpy())
    if categories is not None:
        keep = keep & sp["cat"].isin(categories).to_numpy()
    spend = key_sums(sp["source"].to_numpy(dtype=object)[keep], sp["base"].to_numpy()[keep])
    return rev, spend


def roi_by_source(ctx: KpiContext) -> list[Row]:
    """Sources with spend or revenue in the period: ROI, spend, revenue, return on spend."""
    rev, spend = source_money(ctx)
    rows = []
    for key in dict.fromkeys([*rev, *spend]):
        r, s = rev.get(key, 0.0), spend.get(key, 0.0)
        rows.append(
            {
                "key": key,
                "value": roi(r, s),
                "spend": s,
                "revenue": r,
                "return_on_spend": return_on_spend(r, s),
            }
        )
    return sort_rows(rows)


def compute(ctx: KpiContext) -> tuple[RawKpis, RawBreakdowns]:
    """The revenue family's scalars and breakdowns."""
    dv, won = ctx.deals, ctx.won_money_rows  # ascending rows: the mask's values, in order
    total = ctx.revenue
    prev = dv.revenue_at(np.flatnonzero(dv.won_in(ctx.prev.start, ctx.prev.end)))
    n_money = len(won)
    # the won deals of the accounts that became customers in the period: an account's
    # code is that of its first won deal's row
    all_codes, keys = dv.prep.codes("account")
    is_new = np.zeros(len(keys) + 1, dtype=bool)  # the last slot: no account (code -1)
    is_new[all_codes[ctx.new_accounts["row"].to_numpy()]] = True
    is_new[-1] = False
    by_new = won[is_new[dv.pick(all_codes, won)]]
    spend = ctx.spend
    recorded = spend["has_rate"].to_numpy() & ~np.isnan(spend["base"].to_numpy())
    spend_total = msum(spend["base"].to_numpy()[recorded]) if recorded.any() else None
    won_costs = dv.cost[won]
    has_cost = ~np.isnan(won_costs)
    cost_total = msum(won_costs[has_cost]) if has_cost.any() else None
    reps = len(ctx.reps_active)
    kpis = {
        # A sum over no won deal is 0 when there are deals at all; null only without data.
        "revenue": total if (n_money or len(dv)) else None,
        "deals_won": len(ctx.won_rows),
        "deals_lost": len(ctx.lost_rows),
        "revenue_growth": revenue_growth(total, prev),
        "avg_deal_size": avg_deal_size(total, n_money),
        "new_customer_revenue_share": share(dv.revenue_at(by_new), total),
        "gross_margin": gross_margin(dv.amount[won], dv.cost[won]),
        "net_profit_margin": net_profit_margin(total, cost_total, spend_total),
        "sales_per_rep": ratio(total, reps) if (n_money or len(dv)) else None,
        "acv": acv(
            dv.amount[won],
            dv.fee[won],
            dv.values_at("contract_months", won),
        ),
    }
    breakdowns = {
        f"revenue_by_{col}": revenue_by(dv.key_sums(col, won, dv.amount[won]), total)
        for col in ("source", "owner", "product", "product_type")
    }
    breakdowns["revenue_by_month"] = series.revenue_by_month(ctx)
    breakdowns["roi_by_source"] = roi_by_source(ctx)
    return kpis, breakdowns
