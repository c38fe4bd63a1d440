"""Invariants checked on random small datasets (hypothesis)."""

from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from kpi_builders import Q1, Q2, TODAY

from kpi_core import Dataset, Filters, KpiSettings, compute_kpis, custom_period

FAST = settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
BASE = date(2024, 10, 1)
OWNERS = st.sampled_from(["Ann", "Bob", None])
SOURCES = st.sampled_from(["Web", "Ads", None])
STAGES = st.sampled_from(["Lead-in", "Qualified", "Meeting", "Proposal", "Negotiation", None, "X"])


def day(offset: int) -> str:
    return (BASE + timedelta(days=offset)).isoformat()


@st.composite
def deal_rows(draw, min_size=0, max_size=25):
    n = draw(st.integers(min_size, max_size))
    rows = []
    for i in range(n):
        created = draw(st.integers(0, 250))
        status = draw(st.sampled_from(["open", "won", "lost"]))
        rows.append(
            {
                "id": i + 1,
                "status": status,
                "created_on": day(created),
                "closed_on": day(created + draw(st.integers(0, 60))) if status != "open" else None,
                "amount": draw(st.one_of(st.none(), st.floats(0, 1e6))),
                "owner": draw(OWNERS),
                "source": draw(SOURCES),
                "account": draw(st.sampled_from(["A", "B", "C", "D", None])),
                "stage": draw(STAGES),
                "probability": draw(st.one_of(st.none(), st.floats(0, 100))),
                "cost": draw(st.one_of(st.none(), st.floats(0, 1e5))),
            }
        )
    return rows


@st.composite
def datasets(draw):
    leads = [
        {
            "id": i + 1,
            "created_on": day(draw(st.integers(0, 250))),
            "sql_on": draw(st.one_of(st.none(), st.integers(0, 250).map(day))),
            "converted_on": draw(st.one_of(st.none(), st.integers(0, 250).map(day))),
            "owner": draw(OWNERS),
            "source": draw(SOURCES),
        }
        for i in range(draw(st.integers(0, 10)))
    ]
    nps = [
        {
            "id": i + 1,
            "responded_on": day(draw(st.integers(0, 250))),
            "score": draw(st.integers(0, 10)),
        }
        for i in range(draw(st.integers(0, 10)))
    ]
    accounts = [
        {"id": i, "name": n, "churned_on": draw(st.one_of(st.none(), st.integers(0, 250).map(day)))}
        for i, n in enumerate("ABCD")
    ]
    quotas = [
        {"id": 1, "owner": "Ann", "period_start": "2025-01-01", "period_end": "2025-03-31",
         "amount": draw(st.floats(0, 1e6))},
    ]  # fmt: skip
    return Dataset.from_frames(
        deals=draw(deal_rows()), leads=leads, nps=nps, accounts=accounts, quotas=quotas
    )


def compute(ds, period=Q1, filters=None, scheme="standard"):
    settings_ = KpiSettings(nps_scheme=scheme)
    return compute_kpis(ds, period, filters or Filters(), settings_, today=TODAY)


SHARES = (
    "win_rate", "opportunity_win_rate", "lead_conversion_rate", "mql_to_sql_rate",
    "new_customer_revenue_share", "churn_rate", "quota_attainment", "retention_rate",
)  # fmt: skip


@FAST
@given(datasets(), st.sampled_from(["standard", "0-5"]))
def test_shares_within_0_1_and_nps_within_bounds(ds, scheme):
    out = compute(ds, scheme=scheme)
    for k in SHARES:
        v = out["kpis"][k]
        assert v is None or 0.0 <= v <= 1.0 + 1e-12, (k, v)
    nps = out["kpis"]["nps"]
    assert nps is None or -100.0 <= nps <= 100.0
    for row in out["breakdowns"]["nps_by_month"]:
        assert -100.0 <= row["value"] <= 100.0
    for name in ("revenue_by_source", "revenue_by_owner", "revenue_by_month"):
        for row in out["breakdowns"][name]:
            assert row["share"] is None or 0.0 <= row["share"] <= 1.0 + 1e-12
    for name in ("win_rate_by_source", "win_rate_by_owner"):
        for row in out["breakdowns"][name]:
            assert 0.0 <= row["value"] <= 1.0


@FAST
@given(datasets())
def test_revenue_is_additive_over_disjoint_periods(ds):
    q1 = compute(ds, Q1)["kpis"]["revenue"] or 0.0  # null = nothing won
    q2 = compute(ds, Q2)["kpis"]["revenue"] or 0.0
    half = compute(ds, custom_period(Q1.start, Q2.end))["kpis"]["revenue"] or 0.0
    assert abs((q1 + q2) - half) <= 1e-6 * max(1.0, half)


@FAST
@given(datasets(), st.integers(0, 89), st.floats(0, 1e6))
def test_adding_a_won_deal_never_lowers_win_rate(ds, offset, amount):
    before = compute(ds)["kpis"]["win_rate"]
    extra = Dataset.from_frames(
        deals=[
            *ds.deals.to_dict("records"),
            {
                "id": 10_000,
                "status": "won",
                "amount": amount,
                "created_on": "2024-12-01",
                "closed_on": (Q1.start + timedelta(days=offset)).isoformat(),
            },
        ]  # fmt: skip
    )
    after = compute(extra)["kpis"]["win_rate"]
    assert after is not None and (before is None or after >= before - 1e-12)


COUNTS = ("deals_won", "deals_lost", "qualified_leads", "new_customers", "customers_start",
          "customers_end", "churned_customers")  # fmt: skip


@FAST
@given(datasets(), OWNERS, SOURCES)
def test_filters_never_raise_a_count(ds, owner, source):
    full = compute(ds)
    part = compute(ds, filters=Filters(owner=owner, source=source))
    for k in COUNTS:
        assert part["kpis"][k] <= full["kpis"][k], k
    full_funnel = [r["count"] for r in full["breakdowns"]["funnel"]]
    part_funnel = [r["count"] for r in part["breakdowns"]["funnel"]]
    assert all(p <= f for p, f in zip(part_funnel, full_funnel, strict=True))
