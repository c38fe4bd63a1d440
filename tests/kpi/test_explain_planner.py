"""explain(): formulas and the deals behind a number; planner."""

import pytest
from kpi_builders import Q1, TODAY, dataset, deal, run

from kpi_core import BREAKDOWN_IDS, KPI_IDS, Filters, KpiSettings
from kpi_core.explain import explain
from kpi_core.planner import historical_rates, leads_needed, leads_needed_from_history


def sample():
    return dataset(
        deals=[
            deal(id=1, amount=100.0, created="2024-12-01"),
            deal(id=2, status="lost", created="2025-01-03"),
            deal(id=3, status="open", created="2025-02-01"),
            deal(id=4, amount=50.0, currency="GBP"),  # no rate
            deal(id=5, amount=70.0, closed="2024-11-01", created="2024-10-01"),
        ]
    )


def test_every_id_can_be_explained():
    ds = sample()
    for kpi_id in (*KPI_IDS, *BREAKDOWN_IDS):
        e = explain(kpi_id, ds, Q1, Filters(), KpiSettings(), today=TODAY)
        assert e.kpi_id == kpi_id and isinstance(e.inputs, dict)


@pytest.mark.parametrize(
    ("kpi_id", "ids"),
    [
        ("revenue", [1]),
        ("deals_won", [1, 4]),
        ("win_rate", [1, 2, 4]),
        ("opportunity_win_rate", [2, 3, 4]),
        ("weighted_pipeline", [3]),
        ("revenue_growth", [1, 5]),
        ("nps", []),
    ],
)
def test_explain_deal_ids(kpi_id, ids):
    e = explain(kpi_id, sample(), Q1, Filters(), KpiSettings(), today=TODAY)
    assert e.deal_ids == ids
    assert e.kpi_id == kpi_id


def test_explain_inputs_match_the_result():
    ds = sample()
    e = explain("win_rate", ds, Q1)
    assert e.inputs["deals_won"] == 2 and e.inputs["deals_lost"] == 1
    assert e.inputs["win_rate"] == run(ds)["kpis"]["win_rate"]
    assert explain("revenue", ds, Q1).inputs["excluded_missing_rate"] == 1


def test_explain_unknown_id():
    with pytest.raises(KeyError):
        explain("nope", dataset(), Q1)


def test_planner_25_percent_qualified_50_wanted_gives_200():
    assert leads_needed(50, [0.25]) == pytest.approx(200.0)
    assert leads_needed(10, [0.5, 0.5, 0.2]) == pytest.approx(200.0)
    assert leads_needed(10, [0.5, 0.0]) is None
    assert leads_needed(10, [0.5, None]) is None
    assert leads_needed(10, []) is None


def test_historical_rates_mql_to_won():
    leads = [{"id": i, "created_on": "2025-01-01", "sql_on": "2025-01-05" if i < 4 else None,
              "converted_on": "2025-01-09" if i < 2 else None} for i in range(8)]  # fmt: skip
    ds = dataset(
        leads=leads,
        deals=[deal(stage="Negotiation"), deal(status="lost", stage="Lead-in")],
    )
    rates = historical_rates(ds)
    keys = list(rates)
    assert keys[:3] == ["MQL → SQL", "SQL → Deal", "Deal → Lead-in"]
    assert keys[-1] == "Negotiation → Won"
    assert rates["MQL → SQL"] == 0.5 and rates["SQL → Deal"] == 0.5
    assert rates["Lead-in → Qualified"] == 0.5 and rates["Negotiation → Won"] == 1.0
    assert leads_needed_from_history(1, ds) == pytest.approx(1 / (0.5 * 0.5 * 1 * 0.5))
