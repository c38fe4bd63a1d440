"""Revenue family: the spec's worked examples and the breakdown rules."""

import numpy as np
import pytest
from kpi_builders import MARCH, Q1, Q2, dataset, deal, deals, kpis, rows, run

from kpi_core import revenue as rv


def test_revenue_100_packages_of_10000():
    ds = dataset(deals=deals(100, amount=10_000.0))
    assert kpis(ds)["revenue"] == 1_000_000.0
    assert kpis(ds)["deals_won"] == 100


def test_revenue_growth_q2_over_q1():
    ds = dataset(
        deals=deals(8, amount=100_000.0, closed="2025-02-01")
        + deals(10, amount=100_000.0, created="2025-04-01", closed="2025-05-01")
    )
    assert kpis(ds, Q2)["revenue_growth"] == pytest.approx(0.25)
    assert rv.revenue_growth(1_000_000.0, 800_000.0) == pytest.approx(0.25)


def test_avg_deal_size_50_deals_500000():
    ds = dataset(deals=deals(50, amount=10_000.0))
    assert kpis(ds)["avg_deal_size"] == pytest.approx(10_000.0)


def test_share_of_social_media_is_a_quarter():
    ds = dataset(
        deals=[deal(amount=500_000.0, source="Social media", closed="2025-03-03")]
        + deals(3, amount=500_000.0, source="Website", closed="2025-03-04")
    )
    by_source = {r["key"]: r for r in rows(ds, "revenue_by_source", MARCH)}
    assert by_source["Social media"]["share"] == pytest.approx(0.25)
    assert by_source["Website"] == {"key": "Website", "value": 1_500_000.0, "share": 0.75}
    assert [r["key"] for r in rows(ds, "revenue_by_source", MARCH)] == ["Website", "Social media"]


def test_sales_per_rep_20_reps():
    ds = dataset(deals=[deal(amount=50_000.0, owner=f"Rep {i}") for i in range(20)])
    assert kpis(ds)["sales_per_rep"] == pytest.approx(50_000.0)


def test_acv_three_year_contract_with_fee():
    ds = dataset(deals=[deal(amount=380_000.0, contract_months=36, one_time_fee=20_000.0)])
    assert kpis(ds)["acv"] == pytest.approx(120_000.0)
    assert rv.acv(np.array([380_000.0]), np.array([np.nan]), np.array([36.0])) == pytest.approx(
        126_666.666, rel=1e-6
    )


def test_return_on_spend_and_roi():
    assert rv.return_on_spend(775_000.0, 1_525_000.0) == pytest.approx(0.508, abs=5e-4)
    assert rv.roi(775_000.0, 1_525_000.0) == pytest.approx(-0.492, abs=5e-4)
    ds = dataset(
        deals=[deal(amount=775_000.0, source="Ads")],
        spend=[{"id": 1, "spent_on": "2025-02-01", "source": "Ads", "amount": 1_525_000.0}],
    )
    (row,) = rows(ds, "roi_by_source")
    assert row["key"] == "Ads"
    assert row["return_on_spend"] == pytest.approx(0.508, abs=5e-4)
    assert row["value"] == pytest.approx(-0.492, abs=5e-4)
    assert (row["spend"], row["revenue"]) == (1_525_000.0, 775_000.0)


def test_gross_margin_only_deals_with_cost():
    ds = dataset(deals=[deal(amount=1000.0, cost=400.0), deal(amount=5000.0)])
    assert kpis(ds)["gross_margin"] == pytest.approx(0.6)
    assert kpis(dataset(deals=[deal(amount=1000.0)]))["gross_margin"] is None


def test_net_profit_margin_subtracts_costs_and_all_spend():
    ds = dataset(
        deals=[deal(amount=1000.0, cost=100.0), deal(amount=1000.0)],
        spend=[
            {"id": 1, "spent_on": "2025-01-15", "amount": 200.0, "category": "other"},
            {"id": 2, "spent_on": "2025-06-15", "amount": 999.0},
        ],
    )
    assert kpis(ds)["net_profit_margin"] == pytest.approx((2000 - 100 - 200) / 2000)


def test_net_profit_margin_needs_something_recorded_to_subtract():
    nothing = dataset(deals=[deal(amount=1000.0), deal(amount=1000.0)])
    assert kpis(nothing)["net_profit_margin"] is None  # not 100 %
    costs_only = dataset(deals=[deal(amount=1000.0, cost=250.0)])
    assert kpis(costs_only)["net_profit_margin"] == pytest.approx(0.75)
    spend_only = dataset(
        deals=[deal(amount=1000.0)],
        spend=[{"id": 1, "spent_on": "2025-02-01", "amount": 100.0, "category": "sales"}],
    )
    assert kpis(spend_only)["net_profit_margin"] == pytest.approx(0.9)
    assert rv.net_profit_margin(1000.0, None, None) is None


def test_new_customer_revenue_share():
    ds = dataset(
        deals=[
            deal(account="Old", amount=100.0, closed="2024-05-01", created="2024-04-01"),
            deal(account="Old", amount=300.0),
            deal(account="New", amount=100.0),
            deal(account="New", amount=600.0, closed="2025-03-01"),
        ]
    )
    assert kpis(ds)["new_customer_revenue_share"] == pytest.approx(700 / 1000)


def test_revenue_by_month_every_month_in_order():
    ds = dataset(
        deals=[deal(amount=100.0, closed="2025-03-02"), deal(amount=300.0, closed="2025-01-31")]
    )
    assert rows(ds, "revenue_by_month") == [
        {"key": "2025-01", "value": 300.0, "share": 0.75},
        {"key": "2025-02", "value": 0.0, "share": 0.0},
        {"key": "2025-03", "value": 100.0, "share": 0.25},
    ]


def test_revenue_breakdowns_group_missing_key_under_null():
    ds = dataset(deals=[deal(amount=100.0, owner=None), deal(amount=300.0, owner="Ann")])
    assert rows(ds, "revenue_by_owner") == [
        {"key": "Ann", "value": 300.0, "share": 0.75},
        {"key": None, "value": 100.0, "share": 0.25},
    ]


def test_missing_amounts_add_zero_but_count_as_deals():
    ds = dataset(deals=[deal(amount=None), deal(amount=1000.0)])
    k = kpis(ds)
    assert (k["revenue"], k["deals_won"], k["avg_deal_size"]) == (1000.0, 2, 500.0)


def test_revenue_formula_functions():
    assert rv.revenue(np.array([1.0, np.nan, 2.0])) == 3.0
    assert rv.revenue(np.array([np.nan])) == 0.0 and rv.revenue(np.array([])) is None
    assert rv.avg_deal_size(500_000.0, 50) == 10_000.0
    assert rv.avg_deal_size(0.0, 0) is None
    assert rv.revenue_growth(10.0, 0.0) is None
    assert rv.net_profit_margin(0.0, 0.0, 10.0) is None
    assert rv.net_profit_margin(100.0, None, 10.0) == pytest.approx(0.9)


def test_previous_revenue_comes_from_previous_calendar_quarter():
    ds = dataset(
        deals=[deal(amount=100.0, closed="2024-12-31", created="2024-12-01")]
        + deals(1, amount=150.0)
    )
    out = run(ds, Q1)
    assert out["period"]["previous_start"] == "2024-10-01"
    assert out["kpis"]["revenue_growth"] == pytest.approx(0.5)


def test_revenue_zero_when_nothing_won_null_without_deals():
    assert kpis(dataset(deals=[deal(status="lost")]))["revenue"] == 0.0
    assert kpis(dataset())["revenue"] is None
    assert kpis(dataset(deals=[deal(amount=None)]))["revenue"] == 0.0
