"""The review's sections of recurring revenue, activities, and opportunities and expected
revenue by source, and the trailing and price figures.

Recurring revenue prints only when the (filtered) workspace has a contract, Activities only
when it has activities: the same rule as the dashboard
(:func:`desktop_app.presentation.sections.has_section_data`). Every caption is the
presentation table's; the MRR movements come from :func:`kpi_core.movements.mrr_movements`.
"""

from __future__ import annotations

from typing import Any

from desktop_app.presentation import i18n
from desktop_app.presentation import sections as words
from desktop_app.presentation.breakdown_table import BREAKDOWNS
from desktop_app.reports.document import Chart, Column, KpiGrid, Row, Section, Table
from desktop_app.reports.figures import breakdown_map, key_text
from desktop_app.reports.review_sections import kpi_items
from kpi_core.types import KpiResult

#: the trailing-year, price and volume figures, printed with revenue by month
TRAILING_KPIS = (
    "ttm_revenue",
    "ttm_growth",
    "discount_rate",
    "revenue_per_unit",
    "marginal_revenue_per_unit",
    "leads_created",
    "opportunities_created",
)


def _field_col(breakdown_id: str, name: str, weight: float = 1.0) -> Column:
    field = BREAKDOWNS[breakdown_id].field(name)
    return Column(i18n.tr(field.label), field.unit, weight)


def trailing_grid(result: KpiResult, previous: KpiResult, currency: str) -> KpiGrid:
    """The trailing twelve months, price and volume figures (a table, no tiles)."""
    items = kpi_items(TRAILING_KPIS, result, previous, currency)
    return KpiGrid(items, title=i18n.tr(words.TRAILING_TITLE), tiles=False)


def movements(dataset: Any, period: Any, filters: Any, settings: Any) -> list[Any]:
    """kpi_core's MRR movements by month of ``period`` (empty without contracts)."""
    from kpi_core import series
    from kpi_core.movements import mrr_movements

    return mrr_movements(series.context(dataset, period, filters, settings))


def recurring_section(
    result: KpiResult,
    previous: KpiResult,
    months: list[Any],
    currency: str,
) -> Section | None:
    """MRR, ARR, growth, retention, ceiling and efficiency; the MRR movements by month as a
    chart and a table. None when the workspace has no contract (the section is left out)."""
    if not words.has_section_data("recurring", result, 0):
        return None
    items = kpi_items(words.SECTIONS["recurring"].kpis, result, previous, currency)
    blocks: list[Any] = [KpiGrid(items, tiles=False)]
    if months:
        blocks.append(Chart("mrr_movements", i18n.tr(words.MOVEMENTS_TITLE), result, aspect=0.5))
        columns = [Column(i18n.tr(BREAKDOWNS["mrr_by_month"].key_label), weight=1.0)]
        columns += [Column(i18n.tr(f.label), f.unit, 1.25) for f in words.MOVEMENT_FIELDS]
        rows = [
            [_month(m.key)] + [getattr(m, f.name) for f in words.MOVEMENT_FIELDS] for m in months
        ]
        blocks.append(Table(columns=columns, rows=rows, currency=currency))
    return Section(words.title("recurring"), blocks, new_page=True, sheet_name="Recurring revenue")


def _month(key: str) -> str:
    from desktop_app.presentation.format import month_label

    return month_label(key)


def activities_section(
    result: KpiResult, previous: KpiResult, recorded: int, currency: str
) -> Section | None:
    """Activities, selling hours, time spent selling, activities per won deal; activities by
    type and time spent selling by rep. None when the workspace has no activity."""
    if not words.has_section_data("activities", result, recorded):
        return None
    items = kpi_items(words.SECTIONS["activities"].kpis, result, previous, currency)
    by_type = Chart(
        "activities_by_type", i18n.tr(BREAKDOWNS["activities_by_type"].label), result, aspect=0.8
    )
    by_rep = Chart(
        "time_spent_selling_by_rep",
        i18n.tr(BREAKDOWNS["time_spent_selling_by_rep"].label),
        result,
        aspect=0.8,
    )
    reps = (result.get("breakdowns") or {}).get("time_spent_selling_by_rep") or []
    table = Table(
        columns=[
            Column(i18n.tr(BREAKDOWNS["time_spent_selling_by_rep"].key_label), weight=2.0),
            _field_col("time_spent_selling_by_rep", "hours", 1.2),
            _field_col("time_spent_selling_by_rep", "value", 1.2),
        ],
        rows=[[r.get("key"), r.get("hours"), r.get("value")] for r in reps],
        currency=currency,
    )
    return Section(
        words.title("activities"),
        [KpiGrid(items, tiles=False), Row([by_type, by_rep], [1.0, 1.0]), table],
        new_page=True,
        sheet_name="Activities",
    )


def pipeline_sources_section(result: KpiResult, currency: str) -> Section:
    """Opportunities created and expected revenue (weighted pipeline) per source."""
    opportunities = breakdown_map(result, "opportunities_by_source")
    expected = breakdown_map(result, "weighted_pipeline_by_source")
    keys = list(dict.fromkeys([*opportunities, *expected]))
    rows = []
    for key in keys:
        opp = opportunities.get(key) or {}
        rows.append(
            [
                key_text(key),
                opp.get("value", 0),
                opp.get("won", 0),
                opp.get("win_rate"),
                (expected.get(key) or {}).get("value", 0.0),
                (expected.get(key) or {}).get("share"),
            ]
        )
    rows.sort(key=lambda r: (-(r[1] or 0), -(r[4] or 0.0), str(r[0])))
    opp_id, exp_id = "opportunities_by_source", "weighted_pipeline_by_source"
    table = Table(
        columns=[
            Column(i18n.tr(BREAKDOWNS[opp_id].key_label), weight=1.8),
            _field_col(opp_id, "value", 1.2),
            _field_col(opp_id, "won", 1.0),
            _field_col(opp_id, "win_rate", 0.9),
            _field_col(exp_id, "value", 1.6),
            _field_col(exp_id, "share", 0.9),
        ],
        rows=rows,
        currency=currency,
    )
    charts = Row(
        [
            Chart(opp_id, i18n.tr(BREAKDOWNS[opp_id].label), result, aspect=0.75),
            Chart(exp_id, i18n.tr(BREAKDOWNS[exp_id].label), result, aspect=0.75),
        ],
        [1.0, 1.0],
    )
    return Section(
        i18n.tr(words.SOURCES_TITLE), [charts, table], new_page=True, sheet_name="Opportunities"
    )
