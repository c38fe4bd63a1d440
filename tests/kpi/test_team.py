"""Team: quota attainment, forecast accuracy, consistency, monthly growth, rep table."""

import pandas as pd
import pytest
from kpi_builders import MARCH, Q1, dataset, deal, kpis, rows, run

from kpi_core import Filters
from kpi_core import team as tm


def quota(owner: str, amount: float, start="2025-01-01", end="2025-03-31", i=None) -> dict:
    return {"id": i or hash((owner, start)) % 10**9, "owner": owner, "period_start": start,
            "period_end": end, "amount": amount}  # fmt: skip


def test_quota_attainment_15_of_20_reps():
    reps = [f"Rep {i}" for i in range(20)]
    ds = dataset(
        deals=[deal(owner=r, amount=100.0 if i < 15 else 50.0) for i, r in enumerate(reps)],
        quotas=[quota(r, 100.0) for r in reps],
    )
    assert kpis(ds)["quota_attainment"] == pytest.approx(0.75)
    att = {r["key"]: r["value"] for r in rows(ds, "attainment_by_rep")}
    assert att["Rep 0"] == 1.0 and att["Rep 19"] == 0.5
    assert kpis(ds)["team_attainment"] == pytest.approx((15 * 100 + 5 * 50) / 2000)


def test_reps_at_quota_and_team_attainment_differ():
    """One star rep far above quota: the team is at 85 % while 1 rep of 3 is at quota."""
    ds = dataset(
        deals=[
            deal(owner="Ann", amount=1500.0),
            deal(owner="Bob", amount=600.0),
            deal(owner="Cy", amount=450.0),
            deal(owner="Dee", amount=999.0),  # no quota: in neither figure
        ],
        quotas=[quota("Ann", 1000.0), quota("Bob", 1000.0), quota("Cy", 1000.0)],
    )
    k = kpis(ds)
    assert k["quota_attainment"] == pytest.approx(1 / 3)
    assert k["team_attainment"] == pytest.approx(2550 / 3000)
    assert tm.team_attainment(pd.Series({"a": 5.0}), pd.Series(dtype=float)) is None
    assert tm.team_attainment(pd.Series(dtype=float), pd.Series({"a": 10.0})) == 0.0


def test_quota_of_a_rep_only_counts_rows_inside_the_period():
    ds = dataset(
        deals=[deal(owner="Ann", amount=100.0)],
        quotas=[quota("Ann", 100.0), quota("Ann", 1e6, start="2025-01-01", end="2025-12-31")],
    )
    assert rows(ds, "attainment_by_rep") == [{"key": "Ann", "value": 1.0}]


def test_forecast_accuracy_900000_vs_1000000():
    ds = dataset(
        deals=[deal(amount=1_000_000.0)],
        forecasts=[
            {
                "id": 1,
                "period_start": "2025-01-01",
                "period_end": "2025-03-31",
                "amount": 900_000.0,
            },
            {
                "id": 2,
                "period_start": "2025-01-01",
                "period_end": "2025-03-31",
                "amount": 5.0,
                "owner": "Ann",
            },
        ],
    )
    assert kpis(ds)["forecast_accuracy"] == pytest.approx(0.90)
    assert tm.forecast_accuracy(1_000_000.0, 900_000.0) == pytest.approx(0.90)


def test_forecast_accuracy_undefined_cases():
    assert tm.forecast_accuracy(0.0, 100.0) is None
    assert tm.forecast_accuracy(100.0, None) is None
    ds = dataset(deals=[deal(amount=100.0)])
    assert kpis(ds)["forecast_accuracy"] is None
    fc = [{"id": 1, "period_start": "2025-01-01", "period_end": "2025-03-31", "amount": 90.0}]
    ds = dataset(deals=[deal(amount=100.0, owner="Ann")], forecasts=fc)
    assert kpis(ds, filters=Filters(owner="Ann"))["forecast_accuracy"] is None


def test_quota_consistency_counts_back_from_last_month():
    months = [
        ("2025-01-01", "2025-01-31"),
        ("2025-02-01", "2025-02-28"),
        ("2025-03-01", "2025-03-31"),
    ]
    q = [quota(r, 100.0, s, e) for r in ("Ann", "Bob") for s, e in months]
    d = [
        deal(owner="Ann", amount=100.0, closed="2025-01-10", created="2025-01-01"),
        deal(owner="Ann", amount=100.0, closed="2025-02-10"),
        deal(owner="Ann", amount=150.0, closed="2025-03-10"),
        deal(owner="Bob", amount=200.0, closed="2025-01-10", created="2025-01-01"),
        deal(owner="Bob", amount=50.0, closed="2025-02-10"),
        deal(owner="Bob", amount=200.0, closed="2025-03-10"),
    ]
    ds = dataset(deals=d, quotas=q)
    assert rows(ds, "quota_consistency") == [{"key": "Ann", "value": 3}, {"key": "Bob", "value": 1}]
    assert rows(ds, "quota_consistency", MARCH) == [
        {"key": "Ann", "value": 3},
        {"key": "Bob", "value": 1},
    ]


def test_monthly_sales_growth_every_month():
    d = [
        deal(amount=100.0, closed="2024-12-15", created="2024-12-01"),
        deal(amount=150.0, closed="2025-01-15"),
        deal(amount=0.0, closed="2025-02-15"),
        deal(amount=300.0, closed="2025-03-15"),
    ]
    assert rows(dataset(deals=d), "monthly_sales_growth") == [
        {"key": "2025-01", "value": 0.5},
        {"key": "2025-02", "value": -1.0},
        {"key": "2025-03", "value": None},
    ]


def test_rep_table_rows_for_active_reps():
    ds = dataset(
        deals=[
            deal(owner="Ann", amount=300.0, created="2025-01-01", closed="2025-01-11"),
            deal(owner="Ann", status="lost"),
            deal(owner="Bob", status="open", created="2025-02-01"),
            deal(owner="Old", created="2024-01-01", closed="2024-02-01"),
        ],
        quotas=[quota("Cy", 1000.0)],
    )
    table = rows(ds, "rep_table")
    assert [r["key"] for r in table] == ["Ann", "Bob", "Cy"]
    assert table[0] == {
        "key": "Ann", "deals_won": 1, "revenue": 300.0, "win_rate": 0.5,
        "sales_cycle_days": 10.0, "quota": None, "attainment": None,
    }  # fmt: skip
    assert table[2]["quota"] == 1000.0 and table[2]["attainment"] == 0.0
    assert run(ds, Q1)["kpis"]["sales_per_rep"] == pytest.approx(100.0)


def test_consecutive_from_end():
    import numpy as np

    met = np.array([[True, False, True, True], [True, True, True, False]])
    assert tm.consecutive_from_end(met).tolist() == [2, 0]
    assert tm.quota_attainment(pd.Series({"a": 5.0}), pd.Series(dtype=float)) is None
