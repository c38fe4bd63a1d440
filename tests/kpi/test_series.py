"""The chart and report series of ``kpi_core.series``: the same numbers as the KPIs."""

from datetime import date, timedelta

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from kpi_builders import MARCH, Q1, TODAY, dataset, deal, deals, rows, run

from kpi_core import Dataset, Filters, KpiSettings, series
from kpi_core.periods import parse_period, shift_month_key, year_before

NPS_SCORES = [10, 10, 10, 10, 9, 8, 8, 7, 6, 3]
STAGE_NAMES = ["Lead-in", "Qualified", "Meeting", "Proposal", "Negotiation"]


def ctx(ds, period=Q1, filters=None, **kw):
    return series.context(ds, period, filters, KpiSettings(**kw), TODAY)


# ---- funnel ------------------------------------------------------------------------------
@st.composite
def funnel_data(draw):
    """Deals with and without history, unknown/empty stages, later-stage hand entries."""
    n = draw(st.integers(0, 30))
    stage = st.sampled_from([*STAGE_NAMES, None, "", "Unknown"])
    deal_rows, history = [], []
    for i in range(n):
        status = draw(st.sampled_from(["open", "won", "lost"]))
        created = date(2025, 1, 1) + timedelta(days=draw(st.integers(0, 120)))
        deal_rows.append(
            {
                "id": i + 1,
                "status": status,
                "stage": draw(stage),
                "amount": draw(st.one_of(st.none(), st.floats(0, 1e6))),
                "created_on": created.isoformat(),
                "closed_on": (created + timedelta(days=5)).isoformat()
                if status != "open"
                else None,
                "source": draw(st.sampled_from(["Web", "Ads", None])),
            }
        )
        for _ in range(draw(st.integers(0, 3))):  # some deals have history, some none
            history.append({"deal_id": i + 1, "stage": draw(stage), "entered_on": "2025-01-02"})
    return Dataset.from_frames(deals=deal_rows, stage_history=history)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(funnel_data(), st.sampled_from([None, "Web"]))
def test_every_funnel_row_is_at_most_the_row_above(ds, source):
    c = ctx(ds, parse_period("2025-Q1"), Filters(source=source))
    steps = series.funnel(c)
    assert [s.key for s in steps] == [*STAGE_NAMES, "Won"]
    for above, below in zip(steps, steps[1:], strict=False):
        assert below.count <= above.count
        assert below.value <= above.value
        assert below.conversion is None or 0.0 <= below.conversion <= 1.0
    breakdown = run(ds, parse_period("2025-Q1"), Filters(source=source))["breakdowns"]["funnel"]
    assert [r["count"] for r in breakdown] == [s.count for s in steps]
    assert all(r["conversion"] is None or r["conversion"] <= 1.0 for r in breakdown)


def test_funnel_counts_values_and_conversions():
    ds = dataset(
        deals=[
            deal(status="open", stage="Meeting", amount=100.0),
            deal(status="lost", stage="Qualified", amount=200.0),
            deal(status="won", stage="Negotiation", amount=300.0),
            deal(status="open", stage=None, amount=None),
        ]
    )
    steps = series.funnel(ctx(ds))
    assert [s.count for s in steps] == [4, 3, 2, 1, 1, 1]
    assert [s.value for s in steps] == [600.0, 600.0, 400.0, 300.0, 300.0, 300.0]
    assert steps[0].conversion is None and steps[2].conversion == pytest.approx(2 / 3)
    assert steps[2].dropped == 1 and steps[2].value_dropped == 200.0
    assert steps[5].overall == pytest.approx(0.25) and steps[5].value_overall == 0.5


def test_funnel_deal_ids_follow_the_reach():
    d1 = deal(status="open", stage="Proposal")
    d2 = deal(status="open", stage="Lead-in")
    history = [{"deal_id": d2["id"], "stage": "Meeting", "entered_on": "2025-01-10"}]
    c = ctx(dataset(deals=[d1, d2], stage_history=history))
    assert series.funnel_deal_ids(c, "Qualified") == sorted([d1["id"], d2["id"]])
    assert series.funnel_deal_ids(c, "Proposal") == [d1["id"]]
    assert series.funnel_deal_ids(c, "Won") == [] and series.funnel_deal_ids(c, "Nope") == []


def test_funnel_from_rows_reads_a_result():
    result_rows = [{"key": "A", "count": 10, "conversion": None}, {"key": "B", "count": 4}]
    a, b = series.funnel_from_rows(result_rows)
    assert (a.count, b.count, b.conversion, b.dropped, b.value) == (10, 4, 0.4, 6, None)


# ---- open pipeline -----------------------------------------------------------------------
def test_open_pipeline_by_stage_and_weighted_pipeline_agree():
    ds = dataset(
        deals=[
            deal(status="open", stage="Qualified", amount=1000.0),
            deal(status="open", stage="Proposal", amount=500.0, probability=50.0),
            deal(status="open", stage="Mystery", amount=100.0),  # shown under the first stage
            deal(status="won", stage="Proposal", amount=700.0),  # closed inside: not open
            deal(status="won", stage="Proposal", amount=900.0, probability=100.0,
                 closed="2025-05-01"),  # closed after period end: stage default 60 %
        ]
    )  # fmt: skip
    c = ctx(ds)
    stages = series.open_pipeline(c)
    assert [s.key for s in stages] == STAGE_NAMES
    assert [s.count for s in stages] == [1, 1, 0, 2, 0]
    assert [s.value for s in stages] == [100.0, 1000.0, 0.0, 1400.0, 0.0]
    assert stages[3].weighted == pytest.approx(250.0 + 540.0)
    total = run(ds)["kpis"]["weighted_pipeline"]
    assert sum(s.weighted for s in stages) == pytest.approx(total)
    assert len(series.open_deal_ids(c, "Proposal")) == 2
    assert len(series.open_deal_ids(c, "Lead-in")) == 1 and series.open_deal_ids(c, "X") == []


def test_weighted_pipeline_is_zero_with_deals_and_null_without_any():
    ds = dataset(deals=deals(2, status="won"))
    assert run(ds)["kpis"]["weighted_pipeline"] == 0.0
    assert run(Dataset())["kpis"]["weighted_pipeline"] is None


# ---- revenue by month and the year before ------------------------------------------------
@pytest.mark.parametrize("filters", [Filters(), Filters(owner="Ann"), Filters(source="Web")])
def test_revenue_by_month_is_the_breakdown_and_year_before_matches_compute_kpis(filters):
    ds = dataset(
        deals=[
            deal(amount=100.0, closed="2025-02-10", owner="Ann", source="Web"),
            deal(amount=200.0, closed="2025-03-31", owner="Bob", source="Web"),
            deal(amount=50.0, closed="2024-03-01", created="2024-01-01", owner="Ann"),
            deal(amount=70.0, closed="2024-01-31", created="2024-01-01", owner="Bob"),
        ]
    )
    c = ctx(ds, Q1, filters)
    assert series.revenue_by_month(c) == rows(ds, "revenue_by_month", Q1, filters)
    before = series.year_before_revenue(c)
    assert before["period"] == {"start": "2024-01-01", "end": "2024-03-31"}
    expected = rows(ds, "revenue_by_month", year_before(Q1), filters)
    got = before["breakdowns"]["revenue_by_month"]
    assert [{k: r[k] for k in ("key", "value", "share")} for r in got] == expected
    now = {r["key"][5:]: r["value"] for r in rows(ds, "revenue_by_month", Q1, filters)}
    for row in got:
        old = row["value"]
        assert row["growth"] == (None if old == 0 else (now[row["key"][5:]] - old) / old)


def test_month_arithmetic():
    assert year_before(parse_period("2024-02")) == parse_period("2023-02")
    leap = year_before(series.context(Dataset(), parse_period("2024-02")).period)
    assert (leap.start, leap.end) == (date(2023, 2, 1), date(2023, 2, 28))
    assert (
        shift_month_key("2025-03", -1) == "2024-03" and shift_month_key("2025-12", 2) == "2027-12"
    )


# ---- NPS ---------------------------------------------------------------------------------
def nps_data(scores, day="2025-03-02"):
    return dataset(nps=[{"id": i, "responded_on": day, "score": s} for i, s in enumerate(scores)])


def test_nps_bands_spec_example_both_schemes():
    ds = nps_data(NPS_SCORES)
    standard = series.nps_bands(ctx(ds, MARCH))
    assert (standard.promoters, standard.passives, standard.detractors) == (5, 3, 2)
    assert standard.score == pytest.approx(30.0) and standard.share("detractors") == 0.2
    variant = series.nps_bands(ctx(ds, MARCH, nps_scheme="0-5"))
    assert (variant.promoters, variant.passives, variant.detractors) == (5, 4, 1)
    assert variant.score == pytest.approx(40.0)
    empty = series.nps_bands(ctx(ds, parse_period("2024-01")))
    assert empty.responses == 0 and empty.score is None and empty.share("promoters") is None


def test_nps_months_shares_and_score_equal_nps_by_month():
    ds = dataset(
        nps=[{"id": i, "responded_on": "2025-01-05", "score": s} for i, s in enumerate(NPS_SCORES)]
        + [
            {"id": 50, "responded_on": "2025-03-01", "score": 0},
            {"id": 51, "responded_on": "2025-03-09", "score": 10},
            {"id": 52, "responded_on": "2025-03-10", "score": None},
        ]
    )
    months = series.nps_months(ctx(ds))
    assert [m.key for m in months] == ["2025-01", "2025-03"]
    assert (months[0].promoters, months[0].passives, months[0].detractors) == (0.5, 0.3, 0.2)
    assert months[1].responses == 2 and months[1].score == 0.0
    by_month = rows(ds, "nps_by_month")
    assert [r["value"] for r in by_month] == [m.score for m in months]
    assert run(ds)["kpis"]["nps"] == series.nps_bands(ctx(ds)).score


# ---- conventions: empty keys, nothing to count -------------------------------------------
def test_empty_keys_are_grouped_under_null():
    ds = dataset(
        deals=[
            deal(amount=100.0, source=None, owner="Ann"),
            deal(amount=200.0, source="", owner=""),
            deal(amount=300.0, source="  ", owner=None),
            deal(amount=400.0, source="Web", owner="Ann"),
        ],
        spend=[{"id": 1, "spent_on": "2025-02-01", "amount": 50.0, "source": ""}],
    )
    by_source = {r["key"]: r["value"] for r in rows(ds, "revenue_by_source")}
    assert by_source == {"Web": 400.0, None: 600.0}
    by_owner = {r["key"]: r["value"] for r in rows(ds, "revenue_by_owner")}
    assert by_owner == {"Ann": 500.0, None: 500.0}
    roi = {r["key"]: r["spend"] for r in rows(ds, "roi_by_source")}
    assert roi[None] == 50.0 and "" not in roi
    assert [r["key"] for r in rows(ds, "rep_table")] == ["Ann"]  # no rep named ""


def test_nothing_to_count_counts_and_sums_zero_ratios_null():
    ds = dataset(deals=[deal(status="open", created="2024-01-01")])
    out = run(ds, MARCH)
    k = out["kpis"]
    assert (k["deals_won"], k["new_customers"], k["revenue"]) == (0, 0, 0.0)
    assert k["weighted_pipeline"] == pytest.approx(1000.0)  # open at period end
    assert k["win_rate"] is None and k["avg_deal_size"] is None and k["nps"] is None
    assert [r["count"] for r in out["breakdowns"]["funnel"]] == [0] * 6
    assert all(r["conversion"] is None for r in out["breakdowns"]["funnel"])


def test_series_are_fast_arrays_reused_from_the_dataset_cache():
    """The reached stages are computed once per dataset and pipeline, then only selected."""
    from kpi_core.prepared import prepared

    ds = dataset(deals=deals(50, status="open", stage="Meeting"))
    c = ctx(ds)
    series.funnel(c)
    cached = prepared(ds).stage_reach(KpiSettings().stages)
    assert cached is prepared(ds).stage_reach(KpiSettings().stages)
    assert np.all(cached[1] == 2)


# ---- activity by source ------------------------------------------------------------------
def source_data() -> Dataset:
    return dataset(
        deals=[
            deal(source="Web", owner="A", created="2025-01-05", closed="2025-02-01"),
            deal(status="lost", source="Web", owner="B", created="2025-01-06"),
            deal(source=None, owner="A", created="2024-12-01", closed="2025-03-01"),
            deal(source="  ", owner="A", status="open", created="2025-02-01"),
            deal(source="Fair", owner="A", status="open", created="2025-04-01"),
        ],
        leads=[
            {"id": 1, "source": "Web", "owner": "A", "created_on": "2025-01-02"},
            {"id": 2, "source": "Fair", "owner": "B", "created_on": "2025-02-02"},
            {"id": 3, "source": "Fair", "owner": "B", "created_on": "2024-02-02"},
            {"id": 4, "source": "", "owner": "B", "created_on": "2025-02-02"},
        ],
    )


def test_source_activity_counts_leads_deals_and_won_blank_under_null():
    out = series.source_activity(ctx(source_data()))
    assert out["Web"] == series.SourceActivity(leads=1, deals=2, won=1)
    assert out["Fair"] == series.SourceActivity(leads=1, deals=0, won=0)
    assert out[None] == series.SourceActivity(leads=1, deals=1, won=1)  # None, "" and "  "
    assert "" not in out and "  " not in out


def test_source_activity_follows_filters_and_empty_data():
    out = series.source_activity(ctx(source_data(), filters=Filters(owner="B")))
    assert out["Web"] == series.SourceActivity(leads=0, deals=1, won=0)
    assert out["Fair"].leads == 1
    assert series.source_activity(ctx(Dataset())) == {}
