"""Explain: the inputs and the deals behind a number.

``explain`` recomputes one KPI and returns its input values (by key) and the ids of the deals
(and activities) behind it. ``kpi_core`` holds no words: labels, formulas, units and the
sentences for undefined values are the app's presentation table
(``desktop_app/presentation``), which also words every input key.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import numpy as np

from kpi_core import activities, recurring, sources, trailing
from kpi_core.context import KpiContext, in_range
from kpi_core.conversion import lead_converted, lead_reached_sql
from kpi_core.customers import cac_spend
from kpi_core.dataset import Dataset, KpiSettings
from kpi_core.engine import build_context, compute_all
from kpi_core.filters import Filters
from kpi_core.ids import BREAKDOWN_IDS, KPI_IDS
from kpi_core.periods import Period
from kpi_core.types import RawKpis

__all__ = ["Explanation", "explain"]

#: families that explain their own ids (inputs, deals and activities behind a number)
_FAMILIES = (sources, recurring, trailing, activities)

_DEFAULT_FILTERS = Filters()
_DEFAULT_SETTINGS = KpiSettings()


@dataclass(frozen=True)
class Explanation:
    """A KPI's input values and the ids of the deals (and, for the activity KPIs, of the
    activities) behind it."""

    kpi_id: str
    inputs: dict[str, float | int | None] = field(default_factory=dict)
    deal_ids: list[int] = field(default_factory=list)
    activity_ids: list[int] = field(default_factory=list)


# ---- which deals are behind each KPI ------------------------------------------------------
_WON = {
    "revenue", "deals_won", "avg_deal_size", "net_profit_margin", "sales_per_rep",
    "revenue_by_source", "revenue_by_owner", "revenue_by_product", "revenue_by_product_type",
    "revenue_by_month", "roi_by_source", "sales_cycle_days", "quota_attainment", "team_attainment",
    "attainment_by_rep", "forecast_accuracy", "rep_table",
}  # fmt: skip
_CLOSED = {"win_rate", "deal_velocity_days", "win_rate_by_source", "win_rate_by_owner"}
_CREATED = {"opportunity_win_rate", "funnel"}
_OPEN = {"weighted_pipeline", "pipeline_coverage", "pipeline_velocity", "pipeline_velocity_month"}


def _deal_mask(kpi_id: str, ctx: KpiContext) -> np.ndarray | None:
    dv = ctx.deals
    money = dv.has_rate
    if kpi_id in _WON:
        return ctx.won_money if kpi_id != "deals_won" else ctx.won
    if kpi_id == "deals_lost":
        return ctx.lost
    if kpi_id in _CLOSED:
        return np.asarray(ctx.won | ctx.lost)
    if kpi_id in _CREATED:
        return ctx.created
    if kpi_id in _OPEN:
        return ctx.open_end & money if kpi_id == "weighted_pipeline" else ctx.open_end
    if kpi_id == "revenue_growth":
        return np.asarray((ctx.won | dv.won_in(ctx.prev.start, ctx.prev.end)) & money)
    if kpi_id == "gross_margin":
        return np.asarray(ctx.won_money & ~np.isnan(dv.cost))
    if kpi_id == "acv":
        months = dv.values("contract_months")
        return np.asarray(ctx.won_money & (months > 0) & ~np.isnan(dv.amount))
    if kpi_id == "new_customer_revenue_share":
        new = set(ctx.new_accounts["account"])
        acc = dv.column("account", ctx.won_money)
        mask = ctx.won_money.copy()
        mask[ctx.won_money] = np.array([a in new for a in acc], dtype=bool)
        return mask
    if kpi_id in {"new_customers", "cac", "cac_by_source"}:
        return _first_deals(ctx, new_only=True)
    if kpi_id == "cltv":
        return np.asarray(dv.won_in(ctx.window.start, ctx.window.end) & money)
    if kpi_id == "monthly_sales_growth":
        return np.asarray(dv.won & money & in_range(dv.closed, ctx.prev.start, ctx.period.end))
    if kpi_id == "quota_consistency":
        return ctx.won_money
    if kpi_id == "time_in_stage_days":
        return _stage_deals(ctx)
    return None


def _stage_deals(ctx: KpiContext) -> np.ndarray:
    """Deals with a stage entered in the period (their stints are measured)."""
    entered = ctx.dataset.stage_history["entered_on"].to_numpy()
    pos = ctx.hist_pos[(ctx.hist_pos >= 0) & in_range(entered, ctx.period.start, ctx.period.end)]
    mask = np.zeros(len(ctx.deals), dtype=bool)
    mask[pos] = True
    return mask


def _first_deals(ctx: KpiContext, new_only: bool) -> np.ndarray:
    fw = ctx.new_accounts if new_only else ctx.first_won
    rows = fw["row"].to_numpy()[fw["matches"].to_numpy()]
    ids = set(ctx.dataset.deals["id"].to_numpy()[rows].tolist())
    return np.isin(ctx.deals.ids, np.array(sorted(ids), dtype="int64"))


def _inputs(kpi_id: str, ctx: KpiContext, kpis: RawKpis) -> dict[str, float | int | None]:
    dv = ctx.deals
    p = ctx.period
    leads = ctx.leads
    created = leads.loc[in_range(leads["created_on"].to_numpy(), p.start, p.end)]
    sp = ctx.spend
    ok = sp["has_rate"].to_numpy()
    table: dict[str, dict[str, float | int | None]] = {
        "revenue_growth": {
            "revenue": kpis["revenue"],
            "previous_revenue": dv.revenue(dv.won_in(ctx.prev.start, ctx.prev.end)),
        },
        "avg_deal_size": {
            "revenue": kpis["revenue"],
            "deals_won_with_rate": int(ctx.won_money.sum()),
        },
        "sales_per_rep": {"revenue": kpis["revenue"], "reps_active": len(ctx.reps_active)},
        "net_profit_margin": {
            "revenue": kpis["revenue"],
            "deal_costs": float(np.nansum(dv.cost[ctx.won_money])),
            "spend": float(np.nansum(sp["base"].to_numpy()[ok])),
        },
        "win_rate": {"deals_won": kpis["deals_won"], "deals_lost": kpis["deals_lost"]},
        "opportunity_win_rate": {
            "deals_created": int(ctx.created.sum()),
            "won_by_now": int((ctx.created & dv.won).sum()),
        },
        "lead_conversion_rate": {
            "leads_created": len(created),
            "converted": int(lead_converted(created).sum()),
        },
        "mql_to_sql_rate": {
            "leads_created": len(created),
            "reached_sql": int(lead_reached_sql(created).sum()),
        },
        "pipeline_coverage": {
            "open_value": dv.revenue(ctx.open_end),
            "quotas": float(ctx.rep_quota.sum()) if len(ctx.rep_quota) else 0.0,
            "revenue": kpis["revenue"],
        },
        "pipeline_velocity": {
            "open_deals": int(ctx.open_end.sum()),
            "avg_deal_size": kpis["avg_deal_size"],
            "win_rate": kpis["win_rate"],
            "sales_cycle_days": kpis["sales_cycle_days"],
        },
        "cac": {"spend": cac_spend(sp), "new_customers": kpis["new_customers"]},
        "churn_rate": {
            "churned_customers": kpis["churned_customers"],
            "customers_start": kpis["customers_start"],
        },
        "cltv_to_cac": {"cltv": kpis["cltv"], "cac": kpis["cac"]},
        "nps": {"responses": _responses(ctx)},
    }
    table["pipeline_velocity_month"] = table["pipeline_velocity"]
    table["net_customer_churn"] = {**table["churn_rate"], "new_customers": kpis["new_customers"]}
    table["retention_rate"] = {
        "customers_start": kpis["customers_start"],
        "churned_customers": kpis["churned_customers"],
    }
    inputs = dict(table.get(kpi_id, {}))
    if kpi_id in kpis:
        inputs.setdefault(kpi_id, kpis[kpi_id])
    inputs["excluded_missing_rate"] = ctx.excluded_missing_rate
    return inputs


def _responses(ctx: KpiContext) -> int:
    nps = ctx.dataset.nps
    inside = in_range(nps["responded_on"].to_numpy(), ctx.period.start, ctx.period.end)
    return int((inside & nps["score"].notna().to_numpy()).sum())


def explain(
    kpi_id: str,
    dataset: Dataset,
    period: Period,
    filters: Filters = _DEFAULT_FILTERS,
    settings: KpiSettings = _DEFAULT_SETTINGS,
    today: date | None = None,
) -> Explanation:
    """Input values and the ids of the deals behind ``kpi_id`` (sorted)."""
    if kpi_id not in KPI_IDS and kpi_id not in BREAKDOWN_IDS:
        raise KeyError(f"unknown KPI {kpi_id!r}")
    ctx = build_context(dataset, period, filters, settings, today)
    kpis, _ = compute_all(ctx)
    for family in _FAMILIES:
        parts = family.explain_parts(kpi_id, ctx, kpis)
        if parts is not None:
            inputs, deals, activity_ids = parts
            if kpi_id in kpis:  # the figure itself is always among its inputs
                inputs.setdefault(kpi_id, kpis[kpi_id])
            inputs["excluded_missing_rate"] = ctx.excluded_missing_rate
            found = [] if deals is None else sorted(int(i) for i in ctx.deals.ids[deals])
            return Explanation(kpi_id, inputs, found, activity_ids)
    mask = _deal_mask(kpi_id, ctx)
    ids: list[int] = []
    if mask is not None:
        ids = sorted(int(i) for i in ctx.deals.ids[mask])
    return Explanation(kpi_id, _inputs(kpi_id, ctx, kpis), ids)
