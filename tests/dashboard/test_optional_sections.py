"""The Recurring revenue and Activities sections: shown with kpi_core's values on the demo
company, hidden behind a one-line hint on a workspace without contracts or activities; the
MRR chart's bars are kpi_core's movements; the new source charts and "Show deals"."""

from __future__ import annotations

import dataclasses
import datetime as dt

import numpy as np
import pytest

from desktop_app.charts import format as fmt
from desktop_app.presentation import sections as words
from desktop_app.ui.dashboard import DashboardPage
from kpi_core import series
from kpi_core.dataset import empty_frame
from kpi_core.engine import compute_kpis
from kpi_core.explain import explain
from kpi_core.filters import Filters
from kpi_core.movements import mrr_movements
from kpi_core.periods import parse_period

from .conftest import FakeContext

WAIT = 30000
TODAY = dt.date(2026, 1, 15)
PERIOD = "2025-Q4"


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """The demo company: (dataset, settings)."""
    from desktop_app.store.demo import generate_demo
    from desktop_app.store.engine import open_database
    from desktop_app.store.loader import load_dataset, load_kpi_settings

    engine = open_database(tmp_path_factory.mktemp("demo") / "demo.sqlite")
    try:
        generate_demo(engine, seed=11, today=TODAY)
        return load_dataset(engine), load_kpi_settings(engine)
    finally:
        engine.dispose()


def open_page(qtbot, dataset, settings, period: str = PERIOD, width: int = 1400) -> DashboardPage:
    page = DashboardPage(FakeContext(dataset, settings))
    qtbot.addWidget(page)
    page.resize(width, 900)
    page.show()
    with qtbot.waitSignal(page.updated, timeout=WAIT):
        page.set_period(parse_period(period))
    return page


def bare(dataset):
    """The same company without any contract length and without activities."""
    return dataclasses.replace(
        dataset,
        deals=dataset.deals.assign(contract_months=np.nan),
        activities=empty_frame("activities"),
    )


def test_sections_show_kpi_core_values_on_the_demo_company(qtbot, demo):
    dataset, settings = demo
    page = open_page(qtbot, dataset, settings)
    expected = compute_kpis(dataset, parse_period(PERIOD), Filters(), settings)
    currency = expected["currency"]
    for section_id in ("recurring", "activities"):
        section = page.optional[section_id]
        assert section.has_data() and section.body.isVisible(), section_id
        assert not section.hint.isVisible()
        assert section.caption.text() == words.title(section_id)
        for card in section.cards:
            value = expected["kpis"][card.kpi_id]
            assert value is not None, card.kpi_id  # the demo has contracts and activities
            assert card.value.text() == fmt.value_text(card.kpi_id, value, currency)
            assert card.isVisible()
    for kpi_id in (
        "ttm_revenue",
        "ttm_growth",
        "discount_rate",
        "revenue_per_unit",
        "marginal_revenue_per_unit",
        "leads_created",
        "opportunities_created",
    ):
        card = page.cards[kpi_id]
        assert card.isVisible()
        assert card.value.text() == fmt.value_text(kpi_id, expected["kpis"][kpi_id], currency)
    by_type = page.optional["activities"].views["activities_by_type"]
    rows = expected["breakdowns"]["activities_by_type"]
    assert [list(b.opts["width"]) for b in by_type.bars] == [[r["value"] for r in rows[:8]]]


def test_sections_are_hidden_with_a_hint_without_contracts_or_activities(qtbot, demo):
    dataset, settings = demo
    page = open_page(qtbot, bare(dataset), settings)
    for section_id in ("recurring", "activities"):
        section = page.optional[section_id]
        assert not section.has_data() and not section.body.isVisible(), section_id
        assert section.hint.isVisible() and section.hint.text() == words.hint(section_id)
        assert all(not card.isVisible() for card in section.cards)
    assert page.optional["recurring"].hint.text() == (
        "Record contract lengths on won deals to see recurring revenue."
    )
    # the other cards still show: revenue does not need contracts
    assert page.cards["revenue"].isVisible() and page.cards["revenue"].value.text() != fmt.DASH


def test_the_sections_come_back_when_the_records_arrive(qtbot, demo):
    dataset, settings = demo
    page = open_page(qtbot, bare(dataset), settings)
    assert not page.optional["recurring"].has_data()
    with qtbot.waitSignal(page.updated, timeout=WAIT):
        page.context.set_dataset(dataset)
    assert page.optional["recurring"].has_data() and page.optional["activities"].has_data()


def test_mrr_chart_bars_are_kpi_core_movements(qtbot, demo):
    dataset, settings = demo
    page = open_page(qtbot, dataset, settings, "2025")
    months = mrr_movements(series.context(dataset, parse_period("2025"), Filters(), settings))
    assert len(months) == 12 and any(m.lost > 0 for m in months)
    assert page.data().mrr_movements == months
    view = page.optional["recurring"].views["mrr_movements"]
    heights = {b.movement: list(b.opts["height"]) for b in view.bars}
    for name in ("new", "expansion", "contraction", "lost"):
        assert heights[name] == [getattr(m, name) for m in months], name
    # the line above ends where the MRR card says
    assert months[-1].end_mrr == pytest.approx(page.data().current["kpis"]["mrr"], rel=1e-12)
    tips = [h.tooltip for h in view.hits if h.key == "2025-03"]
    assert tips and fmt.money(months[2].lost, "USD").split()[-1] in tips[0]


def test_new_source_charts_draw_kpi_core_rows(qtbot, demo):
    dataset, settings = demo
    page = open_page(qtbot, dataset, settings)
    cur = page.data().current
    for name in ("opportunities_by_source", "weighted_pipeline_by_source"):
        view = page.sections.views[name]
        rows = cur["breakdowns"][name][:8]
        assert rows and [list(b.opts["width"]) for b in view.bars] == [[r["value"] for r in rows]]


@pytest.mark.parametrize("kpi_id", ["mrr", "net_revenue_retention", "opportunities_created"])
def test_show_deals_for_new_kpis(qtbot, demo, kpi_id):
    dataset, settings = demo
    page = open_page(qtbot, dataset, settings)
    page.explain(kpi_id)
    qtbot.waitUntil(lambda: page.explain_panel.show_deals.isEnabled(), timeout=WAIT)
    expected = explain(kpi_id, dataset, parse_period(PERIOD), Filters(), settings).deal_ids
    assert expected and page.explain_panel.deal_ids == [int(i) for i in expected]
    with qtbot.waitSignal(page.show_deals_requested, timeout=WAIT) as got:
        page.explain_panel.show_deals.click()
    assert got.args[0] == [int(i) for i in expected]


def test_clicking_a_month_of_the_mrr_chart_shows_its_contracts(qtbot, demo):
    dataset, settings = demo
    page = open_page(qtbot, dataset, settings)
    view = page.optional["recurring"].views["mrr_movements"]
    with qtbot.waitSignal(page.show_deals_requested, timeout=WAIT) as got:
        view.clicked.emit("2025-11")
    ids, caption = got.args
    assert ids and "2025-11" in caption
    won = dataset.deals.set_index("id").loc[ids]
    assert (won["status"] == "won").all() and (won["contract_months"] > 0).all()


def test_under_a_filter_without_contracts_the_hint_says_so(qtbot, demo):
    dataset, settings = demo
    deals = dataset.deals
    rep = deals["owner"].dropna().iloc[0]
    only_rep_plain = deals.assign(
        contract_months=deals["contract_months"].where(deals["owner"] != rep)
    )
    page = open_page(qtbot, dataclasses.replace(dataset, deals=only_rep_plain), settings)
    assert page.optional["recurring"].has_data()  # other reps have contracts
    with qtbot.waitSignal(page.updated, timeout=WAIT):
        page.set_filters(Filters(owner=rep))
    section = page.optional["recurring"]
    assert not section.has_data() and section.hint.isVisible()
    assert section.hint.text() == fmt.why_undefined("mrr", page.data().current)
    assert "filters" in section.hint.text()


def test_an_activity_figure_counts_its_activities(qtbot, demo):
    dataset, settings = demo
    page = open_page(qtbot, dataset, settings)
    page.explain("time_spent_selling")
    qtbot.waitUntil(lambda: bool(page.explain_panel.input_rows()), timeout=WAIT)
    expected = explain("time_spent_selling", dataset, parse_period(PERIOD), Filters(), settings)
    assert expected.activity_ids and not expected.deal_ids
    status = page.explain_panel.status.text()
    assert status.startswith("Activities behind this figure: ")
    assert "".join(c for c in status if c.isdigit()) == str(len(expected.activity_ids))
    assert not page.explain_panel.show_deals.isEnabled()
