"""The sections of the sales review, each built from ``compute_kpis`` results."""

from __future__ import annotations

from typing import Any

from desktop_app.presentation import format as fmt
from desktop_app.presentation import i18n
from desktop_app.presentation import locale as loc
from desktop_app.presentation import units as u
from desktop_app.presentation.breakdown_table import BREAKDOWNS
from desktop_app.presentation.kpi_table import KPIS, formula, label
from desktop_app.reports.document import (
    Chart,
    Column,
    KpiGrid,
    KpiItem,
    Paragraph,
    Row,
    Section,
    Table,
)
from desktop_app.reports.figures import breakdown_map, key_text
from desktop_app.reports.i18n import tr
from kpi_core.types import KpiResult, RowValue, YearBefore

#: the summary's figures, in reading order
SUMMARY_KPIS = (
    "revenue",
    "revenue_growth",
    "avg_deal_size",
    "win_rate",
    "sales_cycle_days",
    "pipeline_velocity",
    "weighted_pipeline",
    "cac",
    "nps",
    "quota_attainment",
    "team_attainment",
    "forecast_accuracy",
)
#: the summary's second table: the volume behind the figures
ACTIVITY_KPIS = (
    "deals_won",
    "deals_lost",
    "qualified_leads",
    "lead_conversion_rate",
    "opportunity_win_rate",
    "sales_per_rep",
    "pipeline_coverage",
)
CUSTOMER_KPIS = (
    "customers_start",
    "new_customers",
    "churned_customers",
    "customers_end",
    "churn_rate",
    "retention_rate",
    "cltv",
    "cltv_to_cac",
)
BREAKDOWNS_SHOWN = (
    "funnel",
    "revenue_by_month",
    "revenue_by_source",
    "win_rate_by_source",
    "roi_by_source",
    "cac_by_source",
    "attainment_by_rep",
    "nps_by_month",
    "opportunities_by_source",
    "weighted_pipeline_by_source",
    "activities_by_type",
    "time_spent_selling_by_rep",
)


def kpi_items(
    ids: tuple[str, ...], result: KpiResult, previous: KpiResult, currency: str
) -> list[KpiItem]:
    kpis, prev = result.get("kpis") or {}, previous.get("kpis") or {}
    return [KpiItem(k, kpis.get(k), prev.get(k), currency) for k in ids]


def _key_col(breakdown_id: str, weight: float = 1.8) -> Column:
    """The key column of a breakdown, captioned by the presentation table."""
    return Column(i18n.tr(BREAKDOWNS[breakdown_id].key_label), weight=weight)


def _field_col(breakdown_id: str, name: str, weight: float = 1.0) -> Column:
    """A field column of a breakdown, captioned and typed by the presentation table."""
    field = BREAKDOWNS[breakdown_id].field(name)
    return Column(i18n.tr(field.label), field.unit, weight)


def summary_section(result: KpiResult, previous: KpiResult, currency: str) -> Section:
    items = kpi_items(SUMMARY_KPIS, result, previous, currency)
    info = previous.get("period") or {}
    prev_label = loc.iso_range_text(str(info.get("start", "")), str(info.get("end", "")))
    note = Paragraph(
        tr("Previous period: {0}.").format(prev_label)
        + " "
        + i18n.tr(fmt.CHANGE_NOTE)
        + " "
        + tr("— means the figure is undefined (no data or a zero denominator)."),
        small=True,
    )
    activity = KpiGrid(
        kpi_items(ACTIVITY_KPIS, result, previous, currency), title=tr("Activity"), tiles=False
    )
    return Section(tr("Summary"), [KpiGrid(items), activity, note], sheet_name="Summary")


def funnel_section(result: KpiResult) -> Section:
    rows = (result.get("breakdowns") or {}).get("funnel") or []
    table = Table(
        columns=[
            _key_col("funnel", 2),
            _field_col("funnel", "count"),
            _field_col("funnel", "conversion"),
        ],
        rows=[[key_text(r.get("key")), r.get("count"), r.get("conversion")] for r in rows],
    )
    chart = Chart(
        "funnel", tr("Deals created in the period, by the stage they reached"), result, aspect=0.75
    )
    return Section(
        tr("Funnel"), [Row([chart, table], [1.25, 1.0])], new_page=True, sheet_name="Funnel"
    )


def _number(value: RowValue) -> float:
    """A breakdown value as a number to sort by (0 for a missing one)."""
    return float(value) if isinstance(value, int | float) else 0.0


def monthly_section(result: KpiResult, last_year: YearBefore, currency: str) -> Section:
    months = (result.get("breakdowns") or {}).get("revenue_by_month") or []
    before = [
        r.get("value") for r in (last_year.get("breakdowns") or {}).get("revenue_by_month") or []
    ]
    rows = []
    for index, row in enumerate(months):
        prior = before[index] if index < len(before) else None
        value = row.get("value")
        growth = (
            (value - prior) / prior
            if isinstance(value, int | float) and isinstance(prior, int | float) and prior
            else None
        )
        rows.append([fmt.month_label(str(row.get("key"))), row.get("value"), prior, growth])
    table = Table(
        columns=[
            Column(tr("Month")),
            Column(tr("Revenue"), u.MONEY, 1.4),
            Column(tr("Year before"), u.MONEY, 1.4),
            Column(tr("Change"), u.GROWTH),
        ],
        rows=rows,
        currency=currency,
    )
    chart = Chart(
        "monthly_revenue",
        tr("Revenue by month against the year before"),
        result,
        last_year,
        aspect=0.4,
    )
    return Section(tr("Revenue by month"), [chart, table], sheet_name="Monthly revenue")


def sources_section(
    dataset: Any, period: Any, filters: Any, result: KpiResult, currency: str
) -> Section:
    from kpi_core import series

    activity = series.source_activity(series.context(dataset, period, filters))
    revenue = breakdown_map(result, "revenue_by_source")
    win = breakdown_map(result, "win_rate_by_source")
    roi = breakdown_map(result, "roi_by_source")
    cac = breakdown_map(result, "cac_by_source")
    keys = list(dict.fromkeys([*revenue, *roi, *cac, *win]))
    keys += [k for k in activity if k not in keys]
    rows = []
    for key in keys:
        name = key_text(key)
        counts = activity.get(key) or series.SourceActivity()
        rows.append(
            [
                name,
                counts.leads,
                counts.deals,
                counts.won,
                (revenue.get(key) or {}).get("value", 0.0),
                (win.get(key) or {}).get("value"),
                (roi.get(key) or {}).get("spend"),
                (cac.get(key) or {}).get("value"),
                (roi.get(key) or {}).get("value"),
            ]
        )
    rows.sort(key=lambda r: (-(r[4] or 0.0), str(r[0])))
    table = Table(
        columns=[
            _key_col("revenue_by_source"),
            Column(tr("Leads"), u.COUNT, 0.8),
            Column(tr("Deals"), u.COUNT, 0.8),
            Column(tr("Won"), u.COUNT, 0.7),
            _field_col("revenue_by_source", "value", 1.5),
            _field_col("win_rate_by_source", "value", 0.9),
            _field_col("roi_by_source", "spend", 1.4),
            _field_col("cac_by_source", "value", 1.3),
            _field_col("roi_by_source", "value", 1.0),
        ],
        rows=rows,
        currency=currency,
    )
    chart = Chart("revenue_by_source", tr("Revenue by source"), result, aspect=0.38)
    note = Paragraph(
        tr(
            "Leads and deals: created in the period. Won: deals won in the period. ROI: "
            "(revenue − spend) / spend of the source."
        ),
        small=True,
    )
    return Section(tr("Sources"), [chart, table, note], new_page=True, sheet_name="Sources")


def reps_section(result: KpiResult, currency: str) -> Section:
    rows = (result.get("breakdowns") or {}).get("rep_table") or []
    table = Table(
        columns=[
            _key_col("rep_table"),
            _field_col("rep_table", "deals_won", 0.9),
            _field_col("rep_table", "revenue", 1.5),
            _field_col("rep_table", "quota", 1.5),
            _field_col("rep_table", "attainment", 1.0),
            _field_col("rep_table", "win_rate", 0.9),
            _field_col("rep_table", "sales_cycle_days", 1.0),
        ],
        rows=[
            [
                r.get("key"),
                r.get("deals_won"),
                r.get("revenue"),
                r.get("quota"),
                r.get("attainment"),
                r.get("win_rate"),
                r.get("sales_cycle_days"),
            ]
            for r in sorted(rows, key=lambda r: -_number(r.get("revenue")))
        ],
        currency=currency,
    )
    return Section(tr("Reps"), [table], sheet_name="Reps")


def customers_section(result: KpiResult, previous: KpiResult, currency: str) -> Section:
    items = kpi_items(CUSTOMER_KPIS, result, previous, currency)
    return Section(
        tr("Customers"), [KpiGrid(items, tiles=False)], new_page=True, sheet_name="Customers"
    )


def nps_section(dataset: Any, period: Any, result: KpiResult, scheme: str) -> Section:
    from kpi_core import series
    from kpi_core.dataset import KpiSettings

    nps_settings = KpiSettings(nps_scheme=scheme)
    bands = series.nps_bands(series.context(dataset, period, settings=nps_settings))
    passives = "6–8" if scheme == "0-5" else "7–8"
    detractors = "0–5" if scheme == "0-5" else "0–6"
    table = Table(
        columns=[
            Column(tr("Band"), weight=2),
            Column(tr("Responses"), u.COUNT),
            Column(tr("Share"), u.RATE),
        ],
        rows=[
            [tr("Promoters (9–10)"), bands.promoters, bands.share("promoters")],
            [tr("Passives ({0})").format(passives), bands.passives, bands.share("passives")],
            [
                tr("Detractors ({0})").format(detractors),
                bands.detractors,
                bands.share("detractors"),
            ],
        ],
        total=[tr("All responses"), bands.responses, 1.0 if bands.responses else None],
    )
    score = (result.get("kpis") or {}).get("nps")
    intro = Paragraph(
        tr("Net Promoter Score of the period: {0}").format(fmt.value_text("nps", score))
    )
    chart = Chart("nps_trend", tr("NPS by month"), result, aspect=0.6)
    return Section(tr("Net Promoter Score"), [intro, table, chart], sheet_name="NPS")


def all_figures_section(result: KpiResult, previous: KpiResult, currency: str) -> Section:
    """Every figure of the period with its previous value and change, in the spec's order."""
    ids = tuple(result.get("kpis") or {})
    items = kpi_items(ids, result, previous, currency)
    return Section(
        tr("All figures"),
        [KpiGrid(items, tiles=False)],
        new_page=True,
        sheet_name="All figures",
        keep_together=False,
    )


def appendix_section() -> Section:
    from desktop_app.presentation.sections import MOVEMENTS_FORMULA, MOVEMENTS_TITLE

    ids = list(dict.fromkeys([*KPIS, *BREAKDOWNS_SHOWN]))  # every figure of "All figures"
    rows = [[label(k), formula(k)] for k in ids]
    rows.append([i18n.tr(MOVEMENTS_TITLE), i18n.tr(MOVEMENTS_FORMULA)])
    table = Table(
        columns=[Column(tr("Figure"), weight=1.3), Column(tr("Formula"), weight=4.2)],
        rows=rows,
    )
    return Section(tr("Appendix: formulas"), [table], new_page=True, sheet_name="Formulas")
