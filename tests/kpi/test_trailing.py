"""Trailing twelve months, discount rate and revenue per unit."""

from datetime import date

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from kpi_builders import Q1, Q2, TODAY, dataset, deal, kpis

from kpi_core import Dataset, compute_kpis, custom_period, parse_period
from kpi_core.dataset import normalize_frame
from kpi_core.explain import explain
from kpi_core.trailing import (
    discount_rate,
    marginal_revenue_per_unit,
    revenue_per_unit,
    ttm_window,
    unit_sums,
)

M = 1_000_000.0


def test_ttm_revenue_worked_example():
    # 10 M from 1 January to 30 June 2020; 25 M in 2020; 17 M from 1 January to 30 June 2021
    ds = dataset(
        deals=[
            deal(amount=10 * M, created="2020-01-01", closed="2020-03-01"),
            deal(amount=15 * M, created="2020-01-01", closed="2020-09-01"),
            deal(amount=17 * M, created="2021-01-01", closed="2021-03-01"),
        ]
    )
    k = kpis(ds, parse_period("2021-Q2"))
    assert k["ttm_revenue"] == pytest.approx(32 * M)  # (17 - 10) + 25
    # the twelve months before: [2019-07-02, 2020-06-30] hold the 10 M
    assert k["ttm_growth"] == pytest.approx((32 - 10) / 10)


def test_ttm_window_is_365_days():
    w = ttm_window(date(2021, 6, 30))
    assert (w.start, w.end) == (date(2020, 7, 1), date(2021, 6, 30)) and w.days == 365
    before = ttm_window(date(2021, 6, 30), 1)
    assert (before.start, before.end) == (date(2019, 7, 2), date(2020, 6, 30))


def test_ttm_edges():
    assert kpis(Dataset())["ttm_revenue"] is None  # no deal at all
    only_lost = dataset(deals=[deal(status="lost")])
    k = kpis(only_lost)
    assert k["ttm_revenue"] == 0.0 and k["ttm_growth"] is None


def test_revenue_per_unit_and_marginal_worked_example():
    ds = dataset(
        deals=[
            deal(amount=100_000.0, quantity=10.0, closed="2025-02-01"),
            deal(amount=110_000.0, quantity=20.0, created="2025-04-01", closed="2025-05-01"),
        ]
    )
    assert kpis(ds, Q1)["revenue_per_unit"] == pytest.approx(10_000.0)
    q2 = kpis(ds, Q2)
    assert q2["revenue_per_unit"] == pytest.approx(5_500.0)
    assert q2["marginal_revenue_per_unit"] == pytest.approx(1_000.0)  # 10,000 / 10
    assert marginal_revenue_per_unit((110_000.0, 20.0, 1), (100_000.0, 10.0, 1)) == 1_000.0


def test_discount_rate_worked_example():
    assert discount_rate(np.array([880_000.0]), np.array([1_000_000.0])) == pytest.approx(0.12)
    ds = dataset(deals=[deal(amount=880_000.0, list_amount=1_000_000.0)])
    assert kpis(ds)["discount_rate"] == pytest.approx(0.12)


def test_discount_rate_uses_only_deals_with_a_list_amount_and_converts_it():
    ds = dataset(
        deals=[
            deal(amount=90.0, list_amount=100.0, currency="EUR"),
            deal(amount=500.0),  # no list amount: out
            deal(amount=None, list_amount=100.0),  # unknown amount: out
            deal(amount=10.0, list_amount=0.0),  # list amount 0: out
        ],
        rates=[{"currency": "EUR", "rate": 2.0, "valid_from": "2024-01-01"}],
    )
    assert kpis(ds)["discount_rate"] == pytest.approx(1 - 180.0 / 200.0)


def test_undefined_cases():
    none = dataset(deals=[deal(amount=100.0)])
    k = kpis(none)
    assert k["discount_rate"] is None and k["revenue_per_unit"] is None
    assert k["marginal_revenue_per_unit"] is None
    equal = dataset(
        deals=[
            deal(amount=100.0, quantity=10.0, closed="2025-02-01"),
            deal(amount=300.0, quantity=10.0, created="2025-04-01", closed="2025-05-01"),
        ]
    )
    assert kpis(equal, Q2)["marginal_revenue_per_unit"] is None  # same quantities
    assert kpis(equal, Q1)["marginal_revenue_per_unit"] is None  # previous period has none
    assert revenue_per_unit(np.array([5.0]), np.array([0.0])) is None
    assert unit_sums(np.array([np.nan, 4.0]), np.array([3.0, 2.0])) == (4.0, 2.0, 1)


def test_absent_optional_columns_behave_as_unknown():
    deals = normalize_frame("deals", pd.DataFrame([deal(amount=100.0)]))
    deals = deals.drop(columns=["list_amount", "quantity"])  # a frame from before the columns
    ds = Dataset(deals=deals)
    k = compute_kpis(ds, Q1, today=TODAY)["kpis"]
    assert k["discount_rate"] is None and k["revenue_per_unit"] is None


def test_explain_discount_and_units():
    ds = dataset(
        deals=[
            deal(id=1, amount=880.0, list_amount=1_000.0, quantity=2.0),
            deal(id=2, amount=50.0),
            deal(id=3, amount=70.0, quantity=1.0, created="2024-11-01", closed="2024-12-01"),
        ]
    )
    e = explain("discount_rate", ds, Q1, today=TODAY)
    assert e.deal_ids == [1] and e.inputs["list_amount"] == 1_000.0
    m = explain("marginal_revenue_per_unit", ds, Q1, today=TODAY)
    assert m.deal_ids == [1, 3] and m.inputs["previous_quantity"] == 1.0


FAST = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(
    st.lists(
        st.tuples(
            st.floats(0, 1e6),
            st.one_of(st.none(), st.floats(0, 2e6)),
            st.one_of(st.none(), st.floats(0, 100)),
            st.integers(0, 700),
        ),
        max_size=12,
    )
)
@example(items=[(13.0, 6.887066841915842e-308, None, 366)])  # a list amount near 0
def test_trailing_invariants(items):
    base = pd.Timestamp("2024-01-01")
    ds = dataset(
        deals=[
            deal(id=i + 1, amount=a, list_amount=lst, quantity=q, created="2023-12-01",
                 closed=(base + pd.Timedelta(days=d)).date().isoformat())
            for i, (a, lst, q, d) in enumerate(items)
        ]
    )  # fmt: skip
    period = custom_period(date(2025, 1, 1), date(2025, 11, 30))
    k = compute_kpis(ds, period, today=TODAY)["kpis"]
    first, last = pd.Timestamp("2024-12-01"), pd.Timestamp("2025-11-30")  # end - 364 days, end
    total = sum(a for a, _, _, d in items if first <= base + pd.Timedelta(days=d) <= last)
    if items:
        assert k["ttm_revenue"] == pytest.approx(total)
    rpu = k["revenue_per_unit"]
    assert rpu is None or rpu >= 0.0
    d = k["discount_rate"]
    assert d is None or d <= 1.0
