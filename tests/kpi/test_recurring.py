"""Recurring revenue: contracts, MRR, ARR, retention, growth ceiling, sales efficiency."""

from datetime import date, timedelta

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from kpi_builders import Q1, TODAY, dataset, deal, kpis, rows, run

from kpi_core import Filters, KpiSettings, clear_cache, custom_period, parse_period
from kpi_core.engine import build_context
from kpi_core.explain import explain
from kpi_core.recurring import (
    add_months,
    ceiling_inputs,
    contracts,
    growth_ceiling,
    monthly_values,
    revenue_retention,
)

Q2 = parse_period("2025-Q2")


def contract(amount, months, closed, account=None, **extra):
    return deal(
        amount=amount, contract_months=months, closed=closed, created="2024-01-01",
        account=account, **extra,
    )  # fmt: skip


def until(end: date):
    return custom_period(date(2025, 1, 1), end)


# ---- worked examples -----------------------------------------------------------------------
def test_twelve_month_contract_mrr_arr_and_end():
    ds = dataset(deals=[contract(12_000.0, 12, "2025-01-15", "A")])
    k = kpis(ds)  # Q1 2025: MRR on 31 March
    assert k["mrr"] == pytest.approx(1_000.0)
    assert k["arr"] == pytest.approx(12_000.0)
    assert kpis(ds, until(date(2026, 1, 14)))["mrr"] == pytest.approx(1_000.0)
    assert kpis(ds, until(date(2026, 1, 15)))["mrr"] == 0.0  # inactive from 15 January
    assert kpis(ds, custom_period(date(2025, 1, 1), date(2025, 1, 14)))["mrr"] == 0.0


def test_fee_is_taken_out_of_the_monthly_value():
    # the ACV example: 3 years, 380,000 with a fee of 20,000 -> 120,000 a year
    assert monthly_values(np.array([380_000.0]), np.array([20_000.0]), np.array([36.0]))[
        0
    ] == pytest.approx(10_000.0)
    ds = dataset(deals=[contract(380_000.0, 36, "2025-01-02", "A", one_time_fee=20_000.0)])
    assert kpis(ds)["mrr"] == pytest.approx(10_000.0)


def retention_dataset():
    """At start (31 March): A 1,000, B 2,000. On 30 June: A 1,500, B 0 (churned), C 700."""
    return dataset(
        deals=[
            contract(12_000.0, 12, "2025-01-10", "A"),
            contract(6_000.0, 12, "2025-05-01", "A"),  # expansion: +500
            contract(24_000.0, 12, "2025-02-01", "B"),
            contract(8_400.0, 12, "2025-06-01", "C"),  # new: 700
        ],
        accounts=[{"id": 1, "name": "B", "churned_on": "2025-05-15"}],
    )


def test_net_and_gross_revenue_retention_and_mrr_growth():
    k = kpis(retention_dataset(), Q2)
    assert k["mrr"] == pytest.approx(2_200.0)
    assert k["net_revenue_retention"] == pytest.approx(0.5)
    assert k["gross_revenue_retention"] == pytest.approx(1_000.0 / 3_000.0)
    assert round(k["gross_revenue_retention"], 3) == 0.333
    assert k["mrr_growth"] == pytest.approx((2_200.0 - 3_000.0) / 3_000.0)
    assert round(k["mrr_growth"], 3) == -0.267


def test_revenue_retention_function():
    net, gross = revenue_retention(
        np.array([1_000.0, 2_000.0, 0.0]), np.array([1_500.0, 0.0, 700.0])
    )
    assert net == pytest.approx(0.5) and gross == pytest.approx(1 / 3)
    assert revenue_retention(np.array([0.0]), np.array([5.0])) == (None, None)


def test_sales_efficiency_ten():
    ds = dataset(
        deals=[contract(10.0, 12, "2025-02-01", "A")],  # net new ARR 10
        spend=[{"id": 1, "spent_on": "2025-02-01", "amount": 1.0, "category": "sales"}],
    )
    assert kpis(ds)["sales_efficiency"] == pytest.approx(10.0)


def test_sales_efficiency_counts_marketing_and_sales_spend_only():
    ds = dataset(
        deals=[contract(10.0, 12, "2025-02-01", "A")],
        spend=[
            {"id": 1, "spent_on": "2025-02-01", "amount": 1.0},  # empty category = marketing
            {"id": 2, "spent_on": "2025-02-01", "amount": 1.0, "category": "sales"},
            {"id": 3, "spent_on": "2025-02-01", "amount": 100.0, "category": "other"},
        ],
    )
    assert kpis(ds)["sales_efficiency"] == pytest.approx(5.0)
    only_other = dataset(
        deals=[contract(10.0, 12, "2025-02-01", "A")],
        spend=[{"id": 3, "spent_on": "2025-02-01", "amount": 100.0, "category": "other"}],
    )
    assert kpis(only_other)["sales_efficiency"] is None  # no such spend recorded


def test_growth_ceiling_by_hand():
    ds = dataset(
        deals=[
            contract(36_000.0, 36, "2024-01-01", "X"),  # 1,000 all along
            contract(6_000.0, 12, "2024-06-01", "Y"),  # 500 until 1 June 2025
            contract(4_800.0, 24, "2025-03-01", "Z"),  # 200, new in the window
        ]
    )
    # window [2025-01-01, 2025-12-31]: new 200; MRR on 2024-12-31 1,500, on 2025-12-31 1,200
    # lost = 1,500 + 200 - 1,200 = 500; sample days: 6 before 1 June, 11 on/after 1 March
    average = (14 * 1_000.0 + 6 * 500.0 + 11 * 200.0) / 14
    k = kpis(ds, parse_period("2025"))
    assert k["growth_ceiling"] == pytest.approx(200.0 * average / 500.0)
    assert growth_ceiling(200.0, 500.0, average) == pytest.approx(548.571428571)


def test_growth_ceiling_null_when_nothing_is_lost():
    ds = dataset(deals=[contract(12_000.0, 12, "2025-02-01", "A")])
    assert kpis(ds)["growth_ceiling"] is None
    assert growth_ceiling(100.0, 0.0, 50.0) is None and growth_ceiling(1.0, -5.0, 1.0) is None


def test_mrr_by_month_month_ends_and_period_end():
    ds = dataset(
        deals=[contract(12_000.0, 12, "2025-01-15", "A"), contract(600.0, 2, "2025-02-10", "B")]
    )
    got = rows(ds, "mrr_by_month", custom_period(date(2025, 1, 1), date(2025, 4, 5)))
    assert [r["key"] for r in got] == ["2025-01", "2025-02", "2025-03", "2025-04"]
    # 31 Jan 1,000; 28 Feb +300; 31 Mar +300 (ends 10 April); 5 April: the period's end
    assert [r["value"] for r in got] == pytest.approx([1_000.0, 1_300.0, 1_300.0, 1_300.0])
    short = rows(ds, "mrr_by_month", custom_period(date(2025, 4, 1), date(2025, 4, 10)))
    assert short == [{"key": "2025-04", "value": 1_000.0}]  # 10 April: the 2-month one ended


# ---- edge cases ---------------------------------------------------------------------------
def test_no_contract_mrr_null_and_months_null():
    ds = dataset(deals=[deal(), deal(contract_months=0), deal(status="lost", contract_months=12)])
    out = run(ds)
    for key in ("mrr", "arr", "mrr_growth", "net_revenue_retention", "gross_revenue_retention",
                "growth_ceiling", "sales_efficiency"):  # fmt: skip
        assert out["kpis"][key] is None, key
    months = out["breakdowns"]["mrr_by_month"]
    assert len(months) == 3 and all(r["value"] is None for r in months)


def test_churn_before_contract_start_counts_nowhere():
    ds = dataset(
        deals=[contract(12_000.0, 12, "2025-02-01", "A")],
        accounts=[{"id": 1, "name": "A", "churned_on": "2025-01-20"}],
    )
    k = kpis(ds)
    assert k["mrr"] is None and k["arr"] is None  # not a contract at all
    same_day = dataset(
        deals=[contract(12_000.0, 12, "2025-02-01", "A")],
        accounts=[{"id": 1, "name": "A", "churned_on": "2025-02-01"}],
    )
    assert kpis(same_day)["mrr"] is None


def test_churn_stops_a_contract_from_that_day():
    ds = dataset(
        deals=[contract(12_000.0, 12, "2025-01-15", "A")],
        accounts=[{"id": 1, "name": "A", "churned_on": "2025-03-10"}],
    )
    assert kpis(ds, until(date(2025, 3, 9)))["mrr"] == pytest.approx(1_000.0)
    assert kpis(ds, until(date(2025, 3, 10)))["mrr"] == 0.0


def test_january_31_plus_one_month_clamps():
    jan31 = np.array(["2025-01-31", "2024-01-31", "2025-03-31"], dtype="datetime64[D]")
    got = add_months(jan31, np.array([1, 1, 1]))
    assert list(got.astype(str)) == ["2025-02-28", "2024-02-29", "2025-04-30"]
    assert (
        str(add_months(np.array(["2025-01-15"], dtype="datetime64[D]"), np.array([12]))[0])
        == "2026-01-15"
    )
    ds = dataset(deals=[contract(1_000.0, 1, "2025-01-31", "A")])
    assert kpis(ds, until(date(2025, 2, 27)))["mrr"] == pytest.approx(1_000.0)
    assert kpis(ds, until(date(2025, 2, 28)))["mrr"] == 0.0


def test_contract_without_amount_or_rate_is_left_out():
    ds = dataset(
        deals=[
            contract(None, 12, "2025-01-10", "A"),
            contract(1_200.0, 12, "2025-01-10", "B", currency="GBP"),  # no GBP rate
            contract(2_400.0, 12, "2025-01-10", "C", currency="EUR"),
        ],
        rates=[{"currency": "EUR", "rate": 1.5, "valid_from": "2024-01-01"}],
    )
    assert kpis(ds)["mrr"] == pytest.approx(300.0)  # 2,400 x 1.5 / 12


def test_fee_larger_than_amount_leaves_no_recurring_part():
    ds = dataset(deals=[contract(1_000.0, 12, "2025-01-10", "A", one_time_fee=5_000.0)])
    assert kpis(ds)["mrr"] == 0.0


def test_contracts_without_account_are_accounts_of_their_own():
    ds = dataset(deals=[contract(12_000.0, 12, "2025-01-10"), contract(6_000.0, 12, "2025-05-01")])
    k = kpis(ds, Q2)
    # the second contract is not the expansion of an unknown account: NRR stays 1
    assert k["net_revenue_retention"] == pytest.approx(1.0)
    assert k["mrr"] == pytest.approx(1_500.0)


def test_filters_restrict_the_contracts():
    ds = dataset(
        deals=[
            contract(12_000.0, 12, "2025-01-10", "A", owner="Ann"),
            contract(24_000.0, 12, "2025-01-10", "B", owner="Bob"),
        ]
    )
    assert kpis(ds, filters=Filters(owner="Ann"))["mrr"] == pytest.approx(1_000.0)
    assert kpis(ds, filters=Filters(owner="Eve"))["mrr"] is None


def test_explain_mrr_lists_the_active_contracts():
    ds = dataset(
        deals=[
            contract(12_000.0, 12, "2025-01-10", "A", id=1),
            contract(1_200.0, 1, "2025-01-10", "B", id=2),  # ended 10 February
            deal(id=3),
        ]
    )
    e = explain("mrr", ds, Q1, today=TODAY)
    assert e.deal_ids == [1] and e.inputs["mrr_on_end"] == pytest.approx(1_000.0)
    growth = explain("net_revenue_retention", retention_dataset(), Q2, today=TODAY)
    assert growth.inputs["accounts_at_start"] == 2
    assert growth.inputs["their_mrr_at_start"] == pytest.approx(3_000.0)


# ---- properties ---------------------------------------------------------------------------
FAST = settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
BASE = date(2023, 6, 1)


@st.composite
def contract_sets(draw):
    out = []
    for i in range(draw(st.integers(0, 8))):
        amount = draw(st.floats(0, 1e5))
        out.append(
            {
                "id": i + 1,
                "status": draw(st.sampled_from(["won", "won", "won", "lost", "open"])),
                "amount": amount,
                "one_time_fee": draw(st.one_of(st.none(), st.floats(0, 2e5))),
                "contract_months": draw(st.integers(0, 36)),
                "created_on": "2023-01-01",
                "closed_on": (BASE + timedelta(days=draw(st.integers(0, 900)))).isoformat(),
                "account": draw(st.sampled_from(["A", "B", "C", None])),
            }
        )
    churn = [
        {"id": i, "name": n, "churned_on": draw(st.one_of(st.none(), st.integers(0, 1200).map(
            lambda d: (BASE + timedelta(days=d)).isoformat())))}
        for i, n in enumerate("AB")
    ]  # fmt: skip
    return out, churn


PERIODS = st.tuples(st.integers(0, 1100), st.integers(0, 400)).map(
    lambda t: custom_period(BASE + timedelta(days=t[0]), BASE + timedelta(days=t[0] + t[1]))
)


def recurring(deals_, churn, period):
    out = run(dataset(deals=deals_, accounts=churn), period)
    return out["kpis"], out["breakdowns"]["mrr_by_month"]


@FAST
@given(contract_sets(), PERIODS)
def test_retention_and_mrr_invariants(data, period):
    k, months = recurring(*data, period)
    if k["gross_revenue_retention"] is not None:
        assert k["gross_revenue_retention"] <= 1.0 + 1e-9
        assert k["net_revenue_retention"] >= k["gross_revenue_retention"] - 1e-9
    assert k["mrr"] is None or k["mrr"] >= 0.0
    for row in months:
        assert row["value"] is None or row["value"] >= 0.0
    if k["mrr"] is None:
        assert k["arr"] is None
    else:
        assert k["arr"] == pytest.approx(12.0 * k["mrr"])


@FAST
@given(contract_sets(), PERIODS, st.integers(1, 24), st.floats(1.0, 1e5))
def test_a_contract_adds_nothing_after_it_ends(data, period, months, amount):
    deals_, churn = data
    start = period.end - timedelta(days=40 * months)  # ends before the period's end
    extra = {
        "id": 999, "status": "won", "amount": amount, "contract_months": months,
        "created_on": "2020-01-01", "closed_on": start.isoformat(), "account": "Z",
    }  # fmt: skip
    base_k, _ = recurring(deals_, churn, period)
    with_k, _ = recurring([*deals_, extra], churn, period)
    assert (with_k["mrr"] or 0.0) == pytest.approx(base_k["mrr"] or 0.0)


def test_settings_do_not_change_recurring_figures():
    ds = dataset(deals=[contract(12_000.0, 12, "2025-01-15", "A")])
    a = run(ds)["kpis"]["mrr"]
    b = kpis(ds, Q1, None, working_hours_per_week=20)["mrr"]
    assert a == b == pytest.approx(1_000.0) and KpiSettings().working_hours_per_week == 40


def test_remembered_contracts_follow_a_changed_dataset():
    ds = dataset(deals=[contract(12_000.0, 12, "2025-01-15", "A")])
    assert kpis(ds)["mrr"] == pytest.approx(1_000.0)
    ds.accounts = dataset(accounts=[{"id": 1, "name": "A", "churned_on": "2025-02-01"}]).accounts
    assert kpis(ds)["mrr"] == 0.0  # a replaced frame is noticed
    assert kpis(ds, until(date(2025, 1, 31)))["mrr"] == pytest.approx(1_000.0)
    ds.deals.loc[0, "amount"] = 24_000.0  # edited in place: needs clear_cache
    clear_cache()
    assert kpis(ds, until(date(2025, 1, 31)))["mrr"] == pytest.approx(2_000.0)


@FAST
@given(contract_sets(), PERIODS)
def test_growth_ceiling_lost_is_the_spec_formula(data, period):
    deals_, churn = data
    ctx = build_context(dataset(deals=deals_, accounts=churn), period, today=TODAY)
    c = contracts(ctx)
    got = ceiling_inputs(c, period.end)
    year_before = c.mrr_on(period.end - timedelta(days=365))
    assert got["lost"] >= 0.0
    assert got["lost"] == pytest.approx(year_before + got["new"] - c.mrr_on(period.end), abs=1e-6)
