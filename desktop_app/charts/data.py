"""Small pure helpers that read a ``compute_kpis`` result for the charts.

No number is computed here: the KPIs and every chart series (funnel with values, open
pipeline by stage, revenue by month of the year before, NPS bands) come from ``kpi_core``
(:mod:`kpi_core.series`); the charts only draw them.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from desktop_app.presentation.locale import axis_month_text
from kpi_core.types import KpiResult, WithBreakdowns


def month_label(key: str, with_year: bool = True) -> str:
    """ "2025-03" -> "Mar 25" (or "Mar"); "25年3月" in Chinese
    (:func:`desktop_app.presentation.locale.axis_month_text`)."""
    return axis_month_text(key, with_year)


def rows(result: WithBreakdowns | None, name: str) -> list[dict[str, Any]]:
    """The breakdown ``name`` of a compute_kpis result (empty when absent)."""
    if not result:
        return []
    return list(result.get("breakdowns", {}).get(name) or [])


def kpi(result: KpiResult | None, name: str) -> Any:
    """The scalar KPI ``name`` of a compute_kpis result (None when absent)."""
    if not result:
        return None
    return result.get("kpis", {}).get(name)


def period_bounds(result: KpiResult) -> tuple[date, date]:
    """The period of a compute_kpis result as dates (start, end)."""
    p = result["period"]
    return date.fromisoformat(p["start"]), date.fromisoformat(p["end"])
