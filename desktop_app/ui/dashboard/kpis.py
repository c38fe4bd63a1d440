"""Which KPI cards the dashboard shows, in which sections.

Their titles and the sentences saying why a value is undefined come from the presentation
table (:mod:`desktop_app.presentation.kpi_table`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop_app.charts import format as fmt
from kpi_core.types import KpiResult


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
                "ttm_revenue",
                "ttm_growth",
                "discount_rate",
                "revenue_per_unit",
                "marginal_revenue_per_unit",
            ],
        ),
        (
            _tr("Conversion and pipeline"),
            [
                "leads_created",
                "opportunities_created",
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
        (
            _tr("Team"),
            ["sales_per_rep", "quota_attainment", "team_attainment", "forecast_accuracy"],
        ),
    ]


def card_ids() -> list[str]:
    """Every KPI id with a card, also those of the optional sections (recurring revenue,
    activities; :mod:`desktop_app.presentation.sections`)."""
    from desktop_app.presentation.sections import SECTIONS

    return [k for _, ids in card_groups() for k in ids] + [
        k for section in SECTIONS.values() for k in section.kpis
    ]


def label(kpi_id: str) -> str:
    """The card title of ``kpi_id``: its short label in the presentation table."""
    return fmt.short_label(kpi_id)


def why_undefined(kpi_id: str, result: KpiResult | None = None) -> str:
    """A plain sentence saying why ``kpi_id`` has no value (the presentation table's)."""
    return fmt.why_undefined(kpi_id, result)
