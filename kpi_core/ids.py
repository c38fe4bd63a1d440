"""The ids of the output contract of ``kpi_spec.md``, in the spec's order."""

from __future__ import annotations

KPI_IDS: tuple[str, ...] = (
    "revenue",
    "deals_won",
    "deals_lost",
    "revenue_growth",
    "avg_deal_size",
    "new_customer_revenue_share",
    "gross_margin",
    "net_profit_margin",
    "sales_per_rep",
    "acv",
    "win_rate",
    "opportunity_win_rate",
    "lead_conversion_rate",
    "mql_to_sql_rate",
    "qualified_leads",
    "pipeline_coverage",
    "sales_cycle_days",
    "deal_velocity_days",
    "pipeline_velocity",
    "pipeline_velocity_month",
    "weighted_pipeline",
    "new_customers",
    "cac",
    "customers_start",
    "customers_end",
    "churned_customers",
    "churn_rate",
    "net_customer_churn",
    "retention_rate",
    "cltv",
    "cltv_to_cac",
    "nps",
    "quota_attainment",
    "forecast_accuracy",
    "team_attainment",
    # sources and volume
    "leads_created",
    "opportunities_created",
    # recurring revenue
    "mrr",
    "arr",
    "mrr_growth",
    "net_revenue_retention",
    "gross_revenue_retention",
    "growth_ceiling",
    "sales_efficiency",
    # trailing, price and units
    "ttm_revenue",
    "ttm_growth",
    "discount_rate",
    "revenue_per_unit",
    "marginal_revenue_per_unit",
    # activities
    "activities",
    "selling_hours",
    "time_spent_selling",
    "activities_per_won_deal",
)

#: KPIs that are counts: 0 (never None) when there is nothing to count.
COUNT_IDS: frozenset[str] = frozenset(
    {
        "deals_won",
        "deals_lost",
        "qualified_leads",
        "new_customers",
        "customers_start",
        "customers_end",
        "churned_customers",
        "leads_created",
        "opportunities_created",
        "activities",
    }
)

#: breakdown id -> the fields of its rows besides ``key``.
BREAKDOWN_FIELDS: dict[str, tuple[str, ...]] = {
    "revenue_by_source": ("value", "share"),
    "revenue_by_owner": ("value", "share"),
    "revenue_by_product": ("value", "share"),
    "revenue_by_product_type": ("value", "share"),
    "revenue_by_month": ("value", "share"),
    "win_rate_by_source": ("value",),
    "win_rate_by_owner": ("value",),
    "attainment_by_rep": ("value",),
    "quota_consistency": ("value",),
    "nps_by_month": ("value",),
    "monthly_sales_growth": ("value",),
    "time_in_stage_days": ("value",),
    "funnel": ("count", "conversion"),
    "roi_by_source": ("value", "spend", "revenue", "return_on_spend"),
    "cac_by_source": ("value", "spend", "new_customers"),
    "rep_table": ("deals_won", "revenue", "win_rate", "sales_cycle_days", "quota", "attainment"),
    "opportunities_by_source": ("value", "share", "won", "win_rate"),
    "weighted_pipeline_by_source": ("value", "share"),
    "mrr_by_month": ("value",),
    "activities_by_type": ("value", "share"),
    "time_spent_selling_by_rep": ("value", "hours"),
}

BREAKDOWN_IDS: tuple[str, ...] = tuple(BREAKDOWN_FIELDS)
