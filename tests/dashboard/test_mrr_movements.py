"""MRR movements by month: they reconcile, they are the contracts' own, and they agree with
``mrr_by_month``."""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from kpi_core.movements import account_movements, month_bounds, movements_of
from kpi_core.periods import Period
from kpi_core.recurring import build_contracts, mrr_by_month

DAY0 = date(2024, 1, 1)

contract = st.tuples(
    st.integers(0, 900),  # start, days after DAY0
    st.integers(1, 36),  # months
    st.floats(0, 50_000, allow_nan=False),  # amount
    st.integers(-1, 6),  # account (-1 = none)
    st.one_of(st.none(), st.integers(0, 1000)),  # churn of the account, days after DAY0
)


def _contracts(rows: list[tuple]):
    n = len(rows)
    start = np.array([np.datetime64(DAY0 + timedelta(days=r[0]), "D") for r in rows], "M8[D]")
    churn_of = {r[3]: r[4] for r in rows if r[3] >= 0}
    churn = np.array(
        [
            np.datetime64("NaT")
            if r[3] < 0 or churn_of[r[3]] is None
            else np.datetime64(DAY0 + timedelta(days=churn_of[r[3]]), "D")
            for r in rows
        ],
        "M8[D]",
    )
    return build_contracts(
        start,
        np.array([r[1] for r in rows], float),
        np.array([r[2] for r in rows], float),
        np.full(n, np.nan),
        np.array([r[3] for r in rows]),
        churn,
        np.ones(n, bool),
    )


@settings(max_examples=150, deadline=None)
@given(
    st.lists(contract, min_size=1, max_size=40),
    st.integers(0, 800),
    st.integers(0, 500),
)
def test_movements_reconcile(rows, first, length):
    c = _contracts(rows)
    period = Period(DAY0 + timedelta(days=first), DAY0 + timedelta(days=first + length))
    months = movements_of(c, period)
    if len(c) == 0:
        assert months == []
        return
    assert [m.key for m in months] == [r["key"] for r in mrr_by_month(c, period)]
    scale = 1e-9 * max(1.0, float(c.value.sum()))
    for m, by_month in zip(months, mrr_by_month(c, period), strict=True):
        assert min(m.new, m.expansion, m.contraction, m.lost) >= 0
        assert abs(m.start_mrr + m.new + m.expansion - m.contraction - m.lost - m.end_mrr) <= scale
        assert abs(m.end_mrr - by_month["value"]) <= scale
    for earlier, later in zip(months, months[1:], strict=False):
        assert abs(earlier.end_mrr - later.start_mrr) <= scale  # the months chain


def test_one_account_of_each_kind():
    before = np.array([0.0, 100.0, 100.0, 100.0, 100.0, 0.0])
    end = np.array([50.0, 130.0, 60.0, 0.0, 100.0, 0.0])
    assert account_movements(before, end) == (50.0, 30.0, 40.0, 100.0)


def test_worked_example_a_renewal_at_a_higher_price_is_expansion():
    # account 0: 1,200 over 12 months from 1 Jan 2025 (100 a month), renewed on 1 Jan 2026
    # for 1,800 (150 a month); account 1: 600 over 6 months from 15 Jan 2025 (100 a month)
    rows = [(366, 12, 1200.0, 0, None), (731, 12, 1800.0, 0, None), (380, 6, 600.0, 1, None)]
    c = _contracts(rows)
    months = {m.key: m for m in movements_of(c, Period(date(2025, 1, 1), date(2026, 1, 31)))}
    assert (months["2025-01"].new, months["2025-01"].end_mrr) == (200.0, 200.0)
    assert months["2025-07"].lost == 100.0  # account 1's contract ended on 15 Jul
    jan = months["2026-01"]
    assert (jan.start_mrr, jan.expansion, jan.end_mrr) == (100.0, 50.0, 150.0)


def test_months_after_today_are_left_out():
    p = Period(date(2026, 1, 1), date(2026, 12, 31))
    bounds = month_bounds(p, today=date(2026, 11, 20))
    assert [b[0] for b in bounds][-1] == "2026-11" and bounds[-1][2] == date(2026, 11, 20)
