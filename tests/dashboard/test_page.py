"""The Dashboard page shows exactly what kpi_core computes, and explains it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop_app.charts import format as fmt
from desktop_app.ui.dashboard import DashboardPage
from desktop_app.ui.dashboard.kpis import card_ids
from kpi_core.dataset import KpiSettings
from kpi_core.engine import compute_kpis
from kpi_core.explain import explain
from kpi_core.filters import Filters
from kpi_core.periods import custom_period, parse_period

from .conftest import FakeContext

WAIT = 20000


@pytest.fixture
def page(qtbot, context: FakeContext) -> DashboardPage:
    page = DashboardPage(context)
    qtbot.addWidget(page)
    page.resize(1400, 900)
    with qtbot.waitSignal(page.updated, timeout=WAIT):
        page.set_period(parse_period("2025-Q2"))
    return page


def settle(qtbot, page: DashboardPage, action) -> None:
    with qtbot.waitSignal(page.updated, timeout=WAIT):
        action()


def card_text(page: DashboardPage, kpi_id: str) -> str:
    return page.cards[kpi_id].value.text()


def test_revenue_card_equals_compute_kpis(page, dataset):
    expected = compute_kpis(dataset, parse_period("2025-Q2"), Filters())
    revenue = expected["kpis"]["revenue"]
    assert revenue > 0
    assert card_text(page, "revenue") == fmt.money(revenue, "USD")
    assert page.data().current["kpis"] == expected["kpis"]
    for kpi_id in ("win_rate", "deals_won", "sales_cycle_days", "nps"):
        assert card_text(page, kpi_id) == fmt.value_text(kpi_id, expected["kpis"][kpi_id], "USD")


def test_owner_filter_changes_cards_as_compute_kpis_says(qtbot, page, dataset):
    period = parse_period("2025-Q2")
    settle(qtbot, page, lambda: page.filter_bar.set_filter("owner", "Alice"))
    assert page.current_filters() == Filters(owner="Alice")
    alice = compute_kpis(dataset, period, Filters(owner="Alice"))
    everyone = compute_kpis(dataset, period, Filters())
    assert alice["kpis"]["revenue"] != everyone["kpis"]["revenue"]
    for kpi_id in card_ids():
        value = alice["kpis"].get(kpi_id)
        assert card_text(page, kpi_id) == fmt.value_text(kpi_id, value, "USD"), kpi_id
    assert page.data().current["kpis"] == alice["kpis"]
    rep_rows = {r["key"] for r in page.sections.rep_model.rows}
    assert rep_rows == {"Alice"}


def test_change_is_coloured_by_goodness(page, dataset):
    data = page.data()
    for kpi_id in ("revenue", "sales_cycle_days", "cac", "churn_rate"):
        delta = fmt.change(kpi_id, data.current["kpis"][kpi_id], data.previous["kpis"][kpi_id])
        assert page.cards[kpi_id].change.property("goodness") == delta.goodness
        assert page.cards[kpi_id].change_text == delta.text


def test_explain_panel_shows_formula_and_show_deals_emits_explain_ids(qtbot, page, dataset):
    settle_explain(qtbot, page, "revenue")
    panel = page.explain_panel
    assert not panel.isHidden()
    assert panel.formula.text() == fmt.formula("revenue")
    expected = explain(
        "revenue", dataset, parse_period("2025-Q2"), Filters(), page.context.kpi_settings()
    )
    assert panel.input_rows()  # the inputs with their values
    with qtbot.waitSignal(page.show_deals_requested, timeout=WAIT) as blocker:
        panel.show_deals.click()
    ids, caption = blocker.args
    assert ids == list(expected.deal_ids)
    assert ids and "Revenue" in caption


def settle_explain(qtbot, page: DashboardPage, kpi_id: str) -> None:
    page.explain(kpi_id)
    qtbot.waitUntil(lambda: page.explain_panel.show_deals.isEnabled(), timeout=WAIT)


def test_period_picker_prev_next_and_compared_label(qtbot, page):
    picker = page.picker
    assert "compared with Q1 2025" in picker.compared.text()
    settle(qtbot, page, picker.prev_button.click)
    assert page.current_period() == parse_period("2025-Q1")
    assert "compared with Q4 2024" in picker.compared.text()
    settle(qtbot, page, picker.next_button.click)
    settle(qtbot, page, picker.next_button.click)
    assert page.current_period() == parse_period("2025-Q3")
    settle(qtbot, page, lambda: picker.mode.setCurrentIndex(picker.mode.findData("month")))
    assert page.current_period() == parse_period("2025-09")
    assert "compared with August 2025" in picker.compared.text()
    custom = custom_period(
        parse_period("2025-03").start, parse_period("2025-03").start.replace(day=10)
    )
    settle(qtbot, page, lambda: page.set_period(custom))
    assert picker.mode.currentData() == "custom"
    assert "compared with" in picker.compared.text() and "Feb 2025" in picker.compared.text()


def test_null_kpi_shows_a_dash_with_a_reason(qtbot, page):
    settle(qtbot, page, lambda: page.set_period(parse_period("2031")))
    card = page.cards["win_rate"]
    assert card.value.text() == fmt.DASH
    assert card.value.toolTip()
    expected = compute_kpis(page.context.dataset(), parse_period("2031"), Filters())["kpis"]
    assert expected["win_rate"] is None
    assert card_text(page, "revenue") == fmt.value_text("revenue", expected["revenue"], "USD")


def test_stale_results_are_dropped(qtbot, page):
    page.set_period(parse_period("2025-Q1"))
    page.refresh()
    with qtbot.waitSignal(page.updated, timeout=WAIT):
        page.set_period(parse_period("2024"))
    qtbot.waitUntil(lambda: not page.is_updating(), timeout=WAIT)
    assert page.data().period == parse_period("2024")
    assert page.updating_label.isHidden()


def test_clicking_a_source_bar_shows_its_deals(qtbot, page, dataset):
    view = page.sections.views["revenue_by_source"]
    assert {h.key for h in view.hits} == {"Website", "Referral", "Events"}
    with qtbot.waitSignal(page.show_deals_requested, timeout=WAIT) as blocker:
        view.clicked.emit("Website")
    ids, caption = blocker.args
    expected = explain(
        "revenue", dataset, parse_period("2025-Q2"), Filters(source="Website"), KpiSettings()
    )
    assert ids == list(expected.deal_ids) and "Website" in caption


def test_clicking_won_in_the_funnel_shows_the_won_deals_created_in_the_period(qtbot, page, dataset):
    with qtbot.waitSignal(page.show_deals_requested, timeout=WAIT) as blocker:
        page.sections.views["funnel"].clicked.emit("Won")
    deals = dataset.deals
    created = deals["created_on"].between("2025-04-01", "2025-06-30")
    expected = sorted(deals.loc[created & (deals["status"] == "won"), "id"].tolist())
    assert sorted(blocker.args[0]) == expected
    won_row = page.data().current["breakdowns"]["funnel"][-1]
    assert won_row["count"] == len(expected)


def test_hovering_a_bar_shows_its_tooltip(qtbot, page):
    view = page.sections.views["monthly_revenue"]
    hit = next(h for h in view.hits if h.key == "2025-05")
    scene_pos = hit.plot.getViewBox().mapViewToScene(hit.rect.center())
    assert view.hit_at(scene_pos) is hit
    assert "May 25" in hit.tooltip and "Revenue" in hit.tooltip


def test_clicking_a_card_opens_its_explanation(qtbot, page):
    card = page.cards["cac"]
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.explain_panel.kpi_id == "cac", timeout=WAIT)
    assert page.explain_panel.formula.text() == fmt.formula("cac")
    qtbot.waitUntil(lambda: bool(page.explain_panel.input_rows()), timeout=WAIT)
    qtbot.keyClick(page.cards["nps"], Qt.Key.Key_Return)
    assert page.explain_panel.kpi_id == "nps"
