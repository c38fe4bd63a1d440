"""Which KPI cards the dashboard shows, their names, and why a value can be undefined."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("Dashboard", text)


def card_groups() -> list[tuple[str, list[str]]]:
    """(section title, KPI ids) in the order the dashboard shows them."""
    return [
        (
            _tr("Revenue"),
            [
                "revenue",
                "revenue_growth",
                "deals_won",
                "avg_deal_size",
                "acv",
                "gross_margin",
                "net_profit_margin",
            ],
        ),
        (
            _tr("Conversion and pipeline"),
            [
                "win_rate",
                "opportunity_win_rate",
                "lead_conversion_rate",
                "mql_to_sql_rate",
                "sales_cycle_days",
                "pipeline_velocity",
                "weighted_pipeline",
                "pipeline_coverage",
            ],
        ),
        (
            _tr("Customers"),
            [
                "new_customers",
                "cac",
                "cltv",
                "cltv_to_cac",
                "churn_rate",
                "retention_rate",
                "nps",
            ],
        ),
        (_tr("Team"), ["sales_per_rep", "quota_attainment", "forecast_accuracy"]),
    ]


def card_ids() -> list[str]:
    """Every KPI id with a card."""
    return [k for _, ids in card_groups() for k in ids]


def label(kpi_id: str) -> str:
    """The card title of ``kpi_id``."""
    names = {
        "revenue": _tr("Revenue"),
        "revenue_growth": _tr("Revenue growth"),
        "deals_won": _tr("Deals won"),
        "deals_lost": _tr("Deals lost"),
        "avg_deal_size": _tr("Average deal size"),
        "acv": _tr("Annual contract value"),
        "sales_per_rep": _tr("Sales per rep"),
        "gross_margin": _tr("Gross margin"),
        "net_profit_margin": _tr("Net profit margin"),
        "win_rate": _tr("Win rate"),
        "opportunity_win_rate": _tr("Opportunity win rate"),
        "lead_conversion_rate": _tr("Lead conversion"),
        "mql_to_sql_rate": _tr("MQL → SQL"),
        "sales_cycle_days": _tr("Sales cycle"),
        "pipeline_velocity": _tr("Pipeline velocity"),
        "pipeline_velocity_month": _tr("Pipeline velocity (30 days)"),
        "weighted_pipeline": _tr("Weighted pipeline"),
        "pipeline_coverage": _tr("Pipeline coverage"),
        "new_customers": _tr("New customers"),
        "cac": _tr("Acquisition cost (CAC)"),
        "cltv": _tr("Lifetime value (CLTV)"),
        "cltv_to_cac": _tr("CLTV : CAC"),
        "churn_rate": _tr("Churn rate"),
        "retention_rate": _tr("Retention rate"),
        "nps": _tr("Net Promoter Score"),
        "quota_attainment": _tr("Quota attainment"),
        "forecast_accuracy": _tr("Forecast accuracy"),
    }
    return names.get(kpi_id, kpi_id.replace("_", " ").capitalize())


def why_undefined(kpi_id: str, result: dict | None = None) -> str:
    """A plain sentence saying why ``kpi_id`` has no value (translated; kpi_core's
    ``undefined_reason`` for the KPIs this module does not know)."""
    filters = (result or {}).get("filters") or {}
    if kpi_id == "forecast_accuracy" and any(filters.values()):
        return _tr("The forecast is company-wide; clear the filters to compare it.")
    reasons = {
        "revenue_growth": _tr("No revenue in the previous period to compare with."),
        "avg_deal_size": _tr("No deals won in this period."),
        "acv": _tr("No won deal in this period has a contract length."),
        "sales_per_rep": _tr("No rep was active in this period."),
        "gross_margin": _tr("No deal won in this period has a recorded cost."),
        "net_profit_margin": _tr("No revenue in this period."),
        "win_rate": _tr("No deals were won or lost in this period."),
        "opportunity_win_rate": _tr("No deals were created in this period."),
        "lead_conversion_rate": _tr("No leads were created in this period."),
        "mql_to_sql_rate": _tr("No leads were created in this period."),
        "sales_cycle_days": _tr("No deals won in this period."),
        "pipeline_velocity": _tr("Needs deals won, a win rate and a sales cycle in this period."),
        "pipeline_coverage": _tr("Needs quotas larger than the revenue already won."),
        "cac": _tr("No new customers in this period."),
        "cltv": _tr("No deals won in the last twelve months."),
        "cltv_to_cac": _tr("Needs both the lifetime value and the acquisition cost."),
        "churn_rate": _tr("No customers at the start of the period."),
        "retention_rate": _tr("No customers at the start of the period."),
        "nps": _tr("No NPS answers in this period."),
        "quota_attainment": _tr("No rep has a quota inside this period."),
        "forecast_accuracy": _tr("No company forecast or no revenue in this period."),
    }
    if kpi_id in reasons:
        return reasons[kpi_id]
    try:
        from kpi_core.explain import undefined_reason

        return undefined_reason(kpi_id, result) or _tr("Not enough data in this period.")
    except ImportError:  # pragma: no cover - kpi_core.explain not there yet
        return _tr("Not enough data in this period.")
