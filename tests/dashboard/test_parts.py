"""Smaller parts of the dashboard: cards, planner, empty workspace, render with a dataset."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop_app.charts import format as fmt
from desktop_app.charts.render import CHART_NAMES, render_chart_image
from desktop_app.ui.dashboard import DashboardPage
from desktop_app.ui.dashboard.cards import KpiCard
from desktop_app.ui.dashboard.planner_panel import PlannerPanel, period_rates
from desktop_app.ui.dashboard.tables import RowsModel, roi_columns
from kpi_core.engine import compute_kpis
from kpi_core.filters import Filters
from kpi_core.periods import parse_period, year_before

from .conftest import FakeContext, small_dataset


def test_card_shows_dash_change_colour_and_excluded_note(qtbot):
    card = KpiCard("revenue")
    qtbot.addWidget(card)
    card.set_value(1200.0, 1000.0, "EUR", excluded=3)
    assert card.value.text() == "EUR 1,200"
    assert "20.0 %" in card.change.text() and card.change.property("goodness") == 1
    assert "3 deals left out" in card.note.text()
    churn = KpiCard("churn_rate")
    qtbot.addWidget(churn)
    churn.set_value(0.08, 0.05, "EUR", excluded=3)
    assert churn.change.property("goodness") == -1  # churn up is bad
    assert churn.note.isHidden()  # not a money figure
    churn.set_value(None, 0.05, "EUR")
    assert churn.value.text() == fmt.DASH and churn.value.toolTip()


def test_planner_uses_kpi_core_leads_needed(qtbot, dataset):
    result = compute_kpis(dataset, parse_period("2025"), Filters())
    panel = PlannerPanel()
    qtbot.addWidget(panel)
    panel.set_inputs(result, {})
    panel.target.setValue(10)
    rates = period_rates(result)
    product = 1.0
    for rate in rates.values():
        product *= rate
    assert panel.needed() == 10 / product
    assert "You need about" in panel.answer.text()


def test_page_waits_for_a_dataset(qtbot, dataset):
    context = FakeContext(None)
    page = DashboardPage(context)
    qtbot.addWidget(page)
    assert page.data() is None and page.cards["revenue"].value.text() == fmt.DASH
    with qtbot.waitSignal(page.updated, timeout=20000):
        context.set_dataset(dataset)
    assert page.data() is not None
    assert page.filter_bar.combos["owner"].count() == 3  # all reps, Alice, Bob


def test_funnel_toggles_between_count_and_value(qtbot, context):
    page = DashboardPage(context)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.updated, timeout=20000):
        page.set_period(parse_period("2025"))
    view = page.sections.views["funnel"]
    counts = list(view.bars[0].opts["width"])
    page.sections.funnel_by.setCurrentIndex(page.sections.funnel_by.findData("value"))
    values = list(view.bars[0].opts["width"])
    assert counts != values and len(values) == 6


def test_render_with_a_dataset_and_odd_sizes(qapp, dataset):
    period = parse_period("2025-Q1")
    result = compute_kpis(dataset, period, Filters())
    comparison = compute_kpis(dataset, year_before(period), Filters())
    for name in CHART_NAMES:
        image = render_chart_image(name, result, comparison, dataset=dataset, size=(1200, 500))
        assert (image.width(), image.height()) == (1200, 500)


def test_roi_table_shows_return_on_spend_and_roi():
    model = RowsModel(roi_columns())
    model.set_rows(
        [
            {
                "key": "Ads",
                "spend": 1525000.0,
                "revenue": 775000.0,
                "return_on_spend": 0.508,
                "value": -0.492,
            }
        ],
        "USD",
    )
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert "Return on spend" in headers and "ROI" in headers
    row = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert row == ["Ads", "USD 1,525,000", "USD 775,000", "50.8 %", "-49.2 %"]


def test_every_required_card_is_there():
    from desktop_app.ui.dashboard.kpis import card_ids

    required = [
        "revenue",
        "revenue_growth",
        "deals_won",
        "avg_deal_size",
        "win_rate",
        "opportunity_win_rate",
        "sales_cycle_days",
        "pipeline_velocity",
        "weighted_pipeline",
        "pipeline_coverage",
        "lead_conversion_rate",
        "mql_to_sql_rate",
        "new_customers",
        "cac",
        "cltv",
        "cltv_to_cac",
        "churn_rate",
        "retention_rate",
        "nps",
        "quota_attainment",
        "forecast_accuracy",
        "gross_margin",
        "net_profit_margin",
        "acv",
        "sales_per_rep",
    ]
    assert set(required) <= set(card_ids())
    assert len(card_ids()) == len(set(card_ids()))


@pytest.mark.parametrize(
    "filters", [Filters(), Filters(owner="Alice"), Filters(source="Referral", product="Pro")]
)
def test_dashboard_series_agree_with_compute_kpis(filters):
    """The dashboard's funnel, pipeline and year before are kpi_core's, equal to the KPIs."""
    from desktop_app.ui.dashboard.compute import compute_dashboard
    from kpi_core.dataset import KpiSettings

    dataset = small_dataset()
    period = parse_period("2025-Q2")
    data = compute_dashboard(dataset, period, filters, KpiSettings())
    result = compute_kpis(dataset, period, filters)
    funnel = result["breakdowns"]["funnel"]
    assert [s.key for s in data.funnel_values] == [r["key"] for r in funnel]
    assert [s.count for s in data.funnel_values] == [r["count"] for r in funnel]
    assert [s.conversion for s in data.funnel_values] == [r["conversion"] for r in funnel]
    values = [s.value for s in data.funnel_values]
    assert all(b <= a for a, b in zip(values, values[1:], strict=False))
    total = sum(s.weighted for s in data.pipeline)
    assert total == pytest.approx(result["kpis"]["weighted_pipeline"] or 0.0)
    rows = data.year_before["breakdowns"]["revenue_by_month"]
    expected = compute_kpis(dataset, year_before(period), filters)["breakdowns"]["revenue_by_month"]
    assert [r["key"] for r in rows] == [r["key"] for r in expected]
    assert [r["value"] for r in rows] == pytest.approx([r["value"] or 0.0 for r in expected])


def test_funnel_drill_down_ids_are_the_funnel_counts():
    from desktop_app.ui.dashboard.drill import funnel_deal_ids, open_deal_ids
    from kpi_core.dataset import KpiSettings

    dataset, period, settings = small_dataset(), parse_period("2025"), KpiSettings()
    result = compute_kpis(dataset, period, Filters())
    for row in result["breakdowns"]["funnel"]:
        ids = funnel_deal_ids(dataset, period, Filters(), settings, row["key"])
        assert len(ids) == row["count"]
    open_ids = [
        open_deal_ids(dataset, period, Filters(), settings, s.name) for s in settings.stages
    ]
    assert sum(len(i) for i in open_ids) == len(set().union(*map(set, open_ids)))


def test_growth_card_shows_the_previous_growth_not_a_change_of_a_change(qtbot):
    card = KpiCard("revenue_growth")
    qtbot.addWidget(card)
    card.set_value(0.25, 0.10, "USD")
    assert card.value.text() == "+25.0 %"
    assert card.change_text == "was +10.0 %" and "was +10.0 %" in card.change.text()
    assert "pp" not in card.change.text() and "▲" not in card.change.text()


def test_a_ratio_card_changes_in_times_with_an_arrow_and_colour(qtbot):
    """CLTV : CAC from 3 to 2 is "-1.0×" and red, on the card as in the review."""
    card = KpiCard("cltv_to_cac")
    qtbot.addWidget(card)
    card.set_value(2.0, 3.0, "USD")
    assert card.value.text() == "2.0×"
    assert card.change_text == "-1.0×" and "▼ -1.0× vs previous" in card.change.text()
    assert card.change.property("goodness") == -1
    card.set_value(2.0, 2.0, "USD")
    assert card.change_text == "no change" and "▲" not in card.change.text()
