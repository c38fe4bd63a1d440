"""KPI labels and formulas for the printed review.

They come from :mod:`kpi_core.explain` (``LABELS``, ``FORMULAS``, the one source the app's
tooltips use). The short fallbacks below, worded after ``kpi_spec.md``, are only used for a
KPI that ``kpi_core.explain`` does not know.
"""

from __future__ import annotations

_FALLBACK_LABELS: dict[str, str] = {
    "revenue": "Revenue",
    "revenue_growth": "Revenue growth",
    "avg_deal_size": "Average deal",
    "win_rate": "Win rate",
    "sales_cycle_days": "Sales cycle",
    "pipeline_velocity": "Pipeline velocity",
    "weighted_pipeline": "Weighted pipeline",
    "cac": "CAC",
    "nps": "NPS",
    "quota_attainment": "Quota attainment",
    "forecast_accuracy": "Forecast accuracy",
    "new_customers": "New customers",
    "churned_customers": "Churned customers",
    "customers_start": "Customers at start",
    "customers_end": "Customers at end",
    "churn_rate": "Churn rate",
    "retention_rate": "Retention rate",
    "cltv": "CLTV",
    "cltv_to_cac": "CLTV : CAC",
    "funnel": "Funnel",
    "revenue_by_month": "Revenue by month",
    "revenue_by_source": "Revenue by source",
    "win_rate_by_source": "Win rate by source",
    "roi_by_source": "ROI by source",
    "cac_by_source": "CAC by source",
    "rep_table": "Reps",
    "attainment_by_rep": "Attainment by rep",
    "nps_by_month": "NPS by month",
    "deals_won": "Deals won",
}

_FALLBACK_FORMULAS: dict[str, str] = {
    "revenue": "Sum of the amounts of the deals won in the period.",
    "revenue_growth": "(Revenue − revenue of the previous period) / revenue of the previous "
    "period.",
    "avg_deal_size": "Revenue / deals won.",
    "win_rate": "Deals won / (deals won + deals lost), both closed in the period.",
    "sales_cycle_days": "Mean days from created to closed over the deals won in the period.",
    "pipeline_velocity": "Deals open at period end × average deal × win rate / sales cycle.",
    "weighted_pipeline": "Sum over the deals open at period end of amount × probability.",
    "cac": "Marketing and sales spend of the period / new customers.",
    "nps": "(Promoters − detractors) / responses × 100.",
    "quota_attainment": "Reps at or above quota / reps with a quota in the period.",
    "forecast_accuracy": "1 − |revenue − forecast| / revenue.",
    "new_customers": "Accounts whose first-ever won deal closes in the period.",
    "churned_customers": "Customers at period start that churned in the period.",
    "churn_rate": "Churned customers / customers at start.",
    "retention_rate": "(Customers at end − new customers) / customers at start.",
    "cltv": "Average yearly revenue per customer × customer lifetime in years.",
    "cltv_to_cac": "CLTV / CAC.",
    "funnel": "Deals created in the period that reached each stage; conversion from the "
    "previous row.",
    "revenue_by_source": "Revenue grouped by source, with its share of revenue.",
    "win_rate_by_source": "Win rate grouped by source.",
    "roi_by_source": "(Revenue of the source − spend of the source) / spend of the source.",
    "cac_by_source": "Spend of the source / new customers whose first won deal came from it.",
    "attainment_by_rep": "Revenue of the rep / quota of the rep.",
    "nps_by_month": "NPS per calendar month over the responses inside the period.",
    "revenue_by_month": "Revenue grouped by calendar month.",
}


def _explain_tables() -> tuple[dict[str, str], dict[str, str]]:
    try:
        from kpi_core import explain
    except ImportError:
        return {}, {}
    return dict(getattr(explain, "LABELS", {}) or {}), dict(getattr(explain, "FORMULAS", {}) or {})


def label(kpi_id: str) -> str:
    """The label the app shows for ``kpi_id``."""
    labels, _ = _explain_tables()
    return labels.get(kpi_id) or _FALLBACK_LABELS.get(kpi_id) or kpi_id.replace("_", " ")


def formula(kpi_id: str) -> str:
    """The formula of ``kpi_id`` in words (``kpi_core.explain.FORMULAS``)."""
    _, formulas = _explain_tables()
    return formulas.get(kpi_id) or _FALLBACK_FORMULAS.get(kpi_id, "")
