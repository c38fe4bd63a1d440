"""Customers: CAC, churn, retention, CLTV, NPS (the spec's worked examples)."""

import numpy as np
import pytest
from kpi_builders import MARCH, dataset, deal, kpis, rows

from kpi_core import customers as cu
from kpi_core.periods import parse_period

YEAR = parse_period("2025")


def new_customer_deals(
    n: int, prefix: str = "C", closed: str = "2025-03-10", **extra
) -> list[dict]:
    return [
        deal(account=f"{prefix}{i}", closed=closed, created="2025-03-01", **extra) for i in range(n)
    ]


def spend(amount: float, category: str | None = None, source: str | None = None, day="2025-03-05"):
    return {"id": 1, "spent_on": day, "amount": amount, "category": category, "source": source}


def test_cac_12000_on_ads_30_new_customers():
    ds = dataset(deals=new_customer_deals(30), spend=[spend(12_000.0, "marketing", "Ads")])
    k = kpis(ds, MARCH)
    assert (k["new_customers"], k["cac"]) == (30, pytest.approx(400.0))


def test_cac_formula_examples():
    assert cu.cac(14_000_000.0, 560) == pytest.approx(25_000.0)
    assert cu.cac(100_000.0, 50) == pytest.approx(2_000.0)
    assert cu.cac(100.0, 0) is None


def test_cac_counts_marketing_and_sales_not_other():
    ds = dataset(
        deals=new_customer_deals(50),
        spend=[
            {**spend(60_000.0, "marketing"), "id": 1},
            {**spend(30_000.0, None), "id": 2},  # empty category = marketing
            {**spend(10_000.0, "sales"), "id": 3},
            {**spend(99_999.0, "other"), "id": 4},
        ],
    )
    assert kpis(ds, MARCH)["cac"] == pytest.approx(2_000.0)


def test_churn_retention_500_customers_30_lost_20_new():
    old = [deal(account=f"Old{i}", created="2024-01-01", closed="2024-02-01") for i in range(500)]
    accounts = [
        {"id": i, "name": f"Old{i}", "churned_on": "2025-03-15" if i < 30 else None}
        for i in range(500)
    ]
    ds = dataset(deals=old + new_customer_deals(20, "New"), accounts=accounts)
    k = kpis(ds, MARCH)
    assert (k["customers_start"], k["churned_customers"], k["new_customers"]) == (500, 30, 20)
    assert k["customers_end"] == 490
    assert k["churn_rate"] == pytest.approx(0.06)
    assert k["net_customer_churn"] == pytest.approx(0.02)
    assert k["retention_rate"] == pytest.approx(0.94)
    assert k["retention_rate"] == pytest.approx(1 - k["churn_rate"])


def test_retention_stays_in_0_1_when_new_customers_churn_within_the_period():
    """Version 1's (end − new) / start gave −500 % here; the cohort form keeps 0..1."""
    old = [deal(account="Old0", created="2024-01-01", closed="2024-02-01")]
    accounts = [{"id": 1, "name": "Old0", "churned_on": None}] + [
        {"id": 10 + i, "name": f"New{i}", "churned_on": "2025-03-20"} for i in range(6)
    ]
    ds = dataset(deals=old + new_customer_deals(6, "New"), accounts=accounts)
    k = kpis(ds, MARCH)
    assert (k["customers_start"], k["new_customers"], k["customers_end"]) == (1, 6, 1)
    assert k["retention_rate"] == 1.0 and k["churn_rate"] == 0.0
    assert cu.retention_rate(0, 0) is None


def test_workspace_without_spend_has_null_cac_and_null_net_margin():
    ds = dataset(deals=new_customer_deals(5, amount=1000.0))
    k = kpis(ds, MARCH)
    assert k["new_customers"] == 5 and k["revenue"] == 5000.0
    assert k["cac"] is None and k["net_profit_margin"] is None and k["cltv_to_cac"] is None
    assert all(r["value"] is None for r in rows(ds, "cac_by_source", MARCH))


def test_cac_null_with_only_other_spend_and_zero_with_zero_spend():
    other = dataset(deals=new_customer_deals(5), spend=[spend(500.0, "other")])
    assert kpis(other, MARCH)["cac"] is None
    zero = dataset(deals=new_customer_deals(5), spend=[spend(0.0, "sales")])
    assert kpis(zero, MARCH)["cac"] == 0.0  # spend recorded, and it was 0
    assert cu.cac(None, 5) is None


def test_new_customer_is_judged_over_all_time():
    ds = dataset(
        deals=[
            deal(account="A", created="2023-01-01", closed="2023-02-01"),
            deal(account="A", closed="2025-03-10", created="2025-03-01"),
            deal(account="B", closed="2025-03-11", created="2025-03-01"),
            deal(account="B", closed="2025-09-11", created="2025-03-01"),
        ]
    )
    assert kpis(ds, MARCH)["new_customers"] == 1


def test_cltv_5000_a_year_for_3_years():
    ds = dataset(
        deals=[deal(account=f"A{i}", amount=5_000.0, closed="2025-06-01") for i in range(10)]
    )
    k = kpis(ds, YEAR)
    assert k["cltv"] == pytest.approx(15_000.0)
    assert cu.cltv(5_000.0, 3.0) == 15_000.0


def test_cltv_lifetime_from_window_churn():
    old = [
        deal(account=f"O{i}", amount=5_000.0, created="2024-01-01", closed="2024-06-01")
        for i in range(4)
    ]
    now = [deal(account=f"O{i}", amount=5_000.0, closed="2025-06-01") for i in range(4)]
    accounts = [{"id": 1, "name": "O0", "churned_on": "2025-10-01"}]
    ds = dataset(deals=old + now, accounts=accounts)
    # window churn 1/4 -> lifetime 4 years; 20,000 / 4 accounts = 5,000 a year
    assert kpis(ds, YEAR)["cltv"] == pytest.approx(20_000.0)
    assert kpis(ds, YEAR, default_lifetime_years=7.0)["cltv"] == pytest.approx(20_000.0)


def test_cltv_uses_workspace_default_without_churn():
    ds = dataset(deals=[deal(account="A", amount=1_000.0, closed="2025-06-01")])
    assert kpis(ds, YEAR, default_lifetime_years=5.0)["cltv"] == pytest.approx(5_000.0)


def test_cltv_to_cac():
    ds = dataset(
        deals=[deal(account="A", amount=1_000.0, closed="2025-03-10", created="2025-03-01")],
        spend=[spend(500.0)],
    )
    k = kpis(ds, MARCH)
    assert k["cltv"] == pytest.approx(3_000.0)
    assert k["cltv_to_cac"] == pytest.approx(6.0)


NPS_SCORES = [10, 10, 10, 10, 9, 8, 8, 7, 6, 3]


def nps_rows(scores, day="2025-03-10"):
    return [{"id": i, "responded_on": day, "score": s} for i, s in enumerate(scores)]


def test_nps_standard_30_and_0_5_scheme_40():
    ds = dataset(nps=nps_rows(NPS_SCORES))
    assert kpis(ds, MARCH)["nps"] == pytest.approx(30.0)
    assert kpis(ds, MARCH, nps_scheme="0-5")["nps"] == pytest.approx(40.0)
    assert cu.nps_score(np.array(NPS_SCORES, dtype=float)) == pytest.approx(30.0)


def test_nps_by_month_only_months_with_responses_inside_period():
    ds = dataset(
        nps=nps_rows([10, 0], "2025-01-31")
        + nps_rows([10], "2025-03-01")
        + nps_rows([0], "2025-04-01")
    )
    assert rows(ds, "nps_by_month", parse_period("2025-Q1")) == [
        {"key": "2025-01", "value": 0.0},
        {"key": "2025-03", "value": 100.0},
    ]


def test_cac_by_source_uses_first_won_deal_source():
    ds = dataset(
        deals=new_customer_deals(2, "W", source="Web") + new_customer_deals(1, "R", source="Ref"),
        spend=[
            {**spend(1_000.0, "marketing", "Web"), "id": 1},
            {**spend(300.0, "sales", "Ref"), "id": 2},
        ],
    )
    assert rows(ds, "cac_by_source", MARCH) == [
        {"key": "Web", "value": 500.0, "spend": 1_000.0, "new_customers": 2},
        {"key": "Ref", "value": 300.0, "spend": 300.0, "new_customers": 1},
    ]
