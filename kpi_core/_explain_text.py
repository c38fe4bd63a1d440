"""The words of the explain panel: formula, unit, label and undefined case of every id."""

from __future__ import annotations

_P = "in the period"

#: id -> (label, unit, formula, why it can be undefined)
_TEXT: dict[str, tuple[str, str, str, str]] = {
    "revenue": (
        "Revenue", "money", f"Sum of the amounts of the deals won {_P}", "The workspace has no deal.",
    ),
    "deals_won": ("Deals won", "count", f"Count of the deals won {_P}", ""),
    "deals_lost": ("Deals lost", "count", f"Count of the deals lost {_P}", ""),
    "revenue_growth": (
        "Revenue growth", "rate",
        "(Revenue − revenue of the previous period) / revenue of the previous period",
        "No revenue in the previous period.",
    ),
    "avg_deal_size": ("Average deal size", "money", "Revenue / deals won", "No deal won in the period."),
    "new_customer_revenue_share": (
        "New-customer revenue share", "rate",
        f"Revenue of the deals won {_P} by new customers / revenue",
        "No revenue in the period.",
    ),
    "gross_margin": (
        "Gross margin", "rate",
        f"Over the deals won {_P} that have a cost: (sum of their amounts − sum of their costs) / sum of their amounts",
        "No deal won in the period has a cost.",
    ),
    "net_profit_margin": (
        "Net profit margin", "rate",
        "(Revenue − recorded costs of the won deals − all spend dated in the period) / revenue",
        "No revenue in the period, or nothing recorded to subtract (no won deal has a cost and no spend is dated in the period).",
    ),
    "sales_per_rep": (
        "Sales per rep", "money", f"Revenue / number of reps active {_P}",
        "No rep was active in the period.",
    ),
    "acv": (
        "Annual contract value", "money",
        f"Mean over the deals won {_P} with contract months > 0 of (amount − one-time fee) / (contract months / 12)",
        "No deal won in the period has a contract length.",
    ),
    "win_rate": (
        "Win rate", "rate", f"Deals won / (deals won + deals lost), both closed {_P}",
        "No deal was won or lost in the period.",
    ),
    "opportunity_win_rate": (
        "Opportunity win rate", "rate", f"Of the deals created {_P}, the share won by now",
        "No deal was created in the period.",
    ),
    "lead_conversion_rate": (
        "Lead conversion rate", "rate", f"Of the leads created {_P}, the share converted into a deal",
        "No lead was created in the period.",
    ),
    "mql_to_sql_rate": (
        "MQL → SQL rate", "rate", f"Of the leads created {_P}, the share that reached SQL",
        "No lead was created in the period.",
    ),
    "qualified_leads": ("Qualified leads", "count", f"Count of the leads whose SQL date lies {_P}", ""),
    "pipeline_coverage": (
        "Pipeline coverage", "ratio",
        "Value of the deals open at period end / (sum of all reps' quotas of the period − revenue)",
        "The quotas of the period are already met (or there is no quota).",
    ),
    "sales_cycle_days": (
        "Sales cycle", "days", f"Mean of (close date − creation date) in days over the deals won {_P}",
        "No deal won in the period.",
    ),
    "deal_velocity_days": (
        "Deal velocity", "days", f"Mean of (close date − creation date) in days over the deals won or lost {_P}",
        "No deal was won or lost in the period.",
    ),
    "pipeline_velocity": (
        "Pipeline velocity", "money_per_day",
        "(Deals open at period end × average deal size × win rate) / sales cycle days",
        "Average deal size, win rate or sales cycle is undefined (or the cycle is 0 days).",
    ),
    "pipeline_velocity_month": (
        "Pipeline velocity (30 days)", "money", "Pipeline velocity × 30",
        "Pipeline velocity is undefined.",
    ),
    "weighted_pipeline": (
        "Weighted pipeline", "money",
        "Sum over the deals open at period end of amount × probability (a deal still open: its own, else its stage's default, else the first stage's; a deal closed after period end: the default of the stage it kept, else the first stage's)",
        "The workspace has no deal.",
    ),
    "new_customers": (
        "New customers", "count", f"Accounts whose first-ever won deal closes {_P}", "",
    ),
    "cac": (
        "Customer acquisition cost", "money", f"Marketing and sales spend {_P} / new customers",
        "No marketing or sales spend recorded in the period, or no new customer.",
    ),
    "customers_start": ("Customers at start", "count", "Customers on the day before the period starts", ""),
    "customers_end": ("Customers at end", "count", "Customers on the last day of the period", ""),
    "churned_customers": (
        "Churned customers", "count", f"Customers at period start whose churn date lies {_P}", "",
    ),
    "churn_rate": (
        "Churn rate", "rate", "Churned customers / customers at start",
        "No customer at the start of the period.",
    ),
    "net_customer_churn": (
        "Net customer churn", "rate", "(Churned customers − new customers) / customers at start",
        "No customer at the start of the period.",
    ),
    "retention_rate": (
        "Retention rate", "rate",
        "Customers at period start who are still customers at period end / customers at start (= 1 − churn rate)",
        "No customer at the start of the period.",
    ),
    "cltv": (
        "Customer lifetime value", "money",
        "Average yearly revenue per customer (revenue of [end − 364 days, end] / accounts with a deal won in it) × lifetime in years (1 / churn rate of that window, else the workspace setting)",
        "No deal with an account was won in the year ending with the period.",
    ),
    "cltv_to_cac": ("CLTV : CAC", "ratio", "CLTV / CAC", "CLTV or CAC is undefined (or CAC is 0)."),
    "nps": (
        "Net Promoter Score", "score",
        f"(Promoters − detractors) / responses × 100 over the responses {_P}",
        "No NPS response in the period.",
    ),
    "quota_attainment": (
        "Reps at quota", "rate",
        f"Reps whose revenue {_P} ≥ their quota / reps with a quota above 0 {_P}",
        "No rep has a quota inside the period.",
    ),
    "team_attainment": (
        "Team attainment", "rate",
        f"Revenue of the reps with a quota above 0 {_P} / sum of those quotas",
        "No rep has a quota inside the period.",
    ),
    "forecast_accuracy": (
        "Forecast accuracy", "rate", "1 − |revenue − forecast| / revenue",
        "The period has no company forecast, or no revenue.",
    ),
    "revenue_by_source": ("Revenue by source", "money", "Revenue grouped by source, with its share of revenue", ""),
    "revenue_by_owner": ("Revenue by rep", "money", "Revenue grouped by owner, with its share of revenue", ""),
    "revenue_by_product": ("Revenue by product", "money", "Revenue grouped by product, with its share of revenue", ""),
    "revenue_by_product_type": (
        "Revenue by product type", "money", "Revenue grouped by product type, with its share of revenue", "",
    ),
    "revenue_by_month": ("Revenue by month", "money", "Revenue grouped by month, with its share of revenue", ""),
    "win_rate_by_source": ("Win rate by source", "rate", "Win rate grouped by source", ""),
    "win_rate_by_owner": ("Win rate by rep", "rate", "Win rate grouped by owner", ""),
    "attainment_by_rep": ("Attainment by rep", "rate", "Revenue of the rep / quota of the rep", ""),
    "quota_consistency": (
        "Quota consistency", "count",
        "Per rep, consecutive months ending with the period's last month in which the rep met the monthly quota",
        "",
    ),
    "nps_by_month": ("NPS by month", "score", "NPS per calendar month, responses inside the period only", ""),
    "monthly_sales_growth": (
        "Monthly sales growth", "rate", "For each month of the period, its revenue growth over the month before", "",
    ),
    "time_in_stage_days": ("Time in stage", "days", "Per stage, mean days spent in it (from stage history)", ""),
    "funnel": (
        "Funnel", "count",
        f"For each pipeline stage in order, then Won: deals created {_P} that reached it, and the conversion from the previous row",
        "",
    ),
    "roi_by_source": (
        "ROI by source", "rate",
        "(Revenue of the source − spend of the source) / spend of the source; return on spend = revenue / spend",
        "",
    ),
    "cac_by_source": (
        "CAC by source", "money",
        "Marketing and sales spend of the source / new customers whose first won deal came from that source (— when the source has no such spend)",
        "",
    ),
    "rep_table": (
        "Reps", "mixed", "Per rep: deals won, revenue, win rate, sales cycle, quota, attainment", "",
    ),
}  # fmt: skip

FORMULAS: dict[str, str] = {k: v[2] for k, v in _TEXT.items()}
UNITS: dict[str, str] = {k: v[1] for k, v in _TEXT.items()}
LABELS: dict[str, str] = {k: v[0] for k, v in _TEXT.items()}
UNDEFINED: dict[str, str] = {k: v[3] or "Not enough data in this period." for k, v in _TEXT.items()}
