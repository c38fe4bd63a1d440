"""Activities: counts, selling hours, time spent selling, per type and per rep."""

from datetime import date

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from kpi_builders import Q1, TODAY, dataset, deal, kpis, run

from kpi_core import Dataset, Filters, KpiSettings, clear_cache, custom_period
from kpi_core.activities import (
    activities_by_type,
    selling_hours,
    time_spent_selling,
    working_hours,
)
from kpi_core.explain import explain

WEEK = custom_period(date(2025, 1, 6), date(2025, 1, 12))  # 7 days: one working week


def act(i, done="2025-01-07", owner="Ann", type_="call", hours=None, **extra):
    return {"id": i, "done_on": done, "owner": owner, "type": type_, "hours": hours, **extra}


def test_thirty_selling_hours_in_a_forty_hour_week():
    ds = dataset(
        activities=[
            act(1, type_="call", hours=10.0),
            act(2, type_="meeting", hours=12.0),
            act(3, type_="demo", hours=8.0),
            act(4, type_="admin", hours=6.0),  # not selling
        ]
    )
    k = kpis(ds, WEEK)
    assert k["activities"] == 4
    assert k["selling_hours"] == pytest.approx(30.0)
    assert k["time_spent_selling"] == pytest.approx(0.75)
    assert time_spent_selling(np.array([30.0]), np.array([True]), 1, 40.0) == 0.75


def test_working_time_scales_with_days_people_and_setting():
    assert working_hours(40, 7) == 40.0 and working_hours(40, 14) == 80.0
    ds = dataset(activities=[act(1, hours=20.0), act(2, owner="Bob", type_="email", hours=10.0)])
    assert kpis(ds, WEEK)["time_spent_selling"] == pytest.approx(30.0 / 80.0)  # two people
    k = kpis(ds, WEEK, None, working_hours_per_week=30)
    assert k["time_spent_selling"] == pytest.approx(30.0 / 60.0)
    two_weeks = custom_period(date(2025, 1, 6), date(2025, 1, 19))
    assert kpis(ds, two_weeks)["time_spent_selling"] == pytest.approx(30.0 / 160.0)


def test_activities_per_won_deal():
    ds = dataset(
        deals=[deal(), deal(), deal(status="lost")],
        activities=[act(i, done="2025-02-01") for i in range(1, 11)],
    )
    assert kpis(ds)["activities_per_won_deal"] == pytest.approx(5.0)
    assert kpis(dataset(activities=[act(1)]))["activities_per_won_deal"] is None


def test_by_type_and_by_rep():
    ds = dataset(
        activities=[
            act(1, type_="Call", hours=4.0),  # case does not matter
            act(2, type_="call", hours=4.0),
            act(3, type_="admin", hours=2.0, owner="Bob"),
            act(4, type_="meeting", owner="Bob"),  # hours unknown
            act(5, type_=None, owner=None),
            act(6, type_="call", owner="Cy"),  # no hours at all for Cy
        ]
    )
    out = run(ds, WEEK)
    by_type = out["breakdowns"]["activities_by_type"]
    assert by_type[0] == {"key": "call", "value": 3, "share": 0.5}
    assert {r["key"]: r["value"] for r in by_type} == {"call": 3, "admin": 1, "meeting": 1, None: 1}
    by_rep = {r["key"]: r for r in out["breakdowns"]["time_spent_selling_by_rep"]}
    assert by_rep["Ann"] == {"key": "Ann", "value": pytest.approx(8.0 / 40.0), "hours": 8.0}
    assert by_rep["Bob"] == {"key": "Bob", "value": 0.0, "hours": 0.0}  # has hours, none selling
    assert by_rep["Cy"] == {"key": "Cy", "value": None, "hours": None}
    assert by_rep[None]["value"] is None
    assert out["kpis"]["time_spent_selling"] == pytest.approx(8.0 / (40.0 * 4))
    assert activities_by_type(np.array([], dtype="int64"), np.array([], dtype=object)) == []


def test_no_activities():
    out = run(dataset(deals=[deal()]), WEEK)
    k = out["kpis"]
    assert k["activities"] == 0 and k["selling_hours"] == 0.0
    assert k["time_spent_selling"] is None and k["activities_per_won_deal"] is None
    assert out["breakdowns"]["activities_by_type"] == []
    assert out["breakdowns"]["time_spent_selling_by_rep"] == []
    assert run(Dataset())["kpis"]["activities"] == 0


def test_hours_unknown():
    ds = dataset(activities=[act(1), act(2, type_="meeting", hours=-3.0)])  # negative: unknown
    k = kpis(ds, WEEK)
    assert k["activities"] == 2
    assert k["selling_hours"] is None and k["time_spent_selling"] is None
    assert selling_hours(np.array([np.nan]), np.array([True])) is None
    assert selling_hours(np.array([]), np.array([], dtype=bool)) == 0.0


def test_activities_outside_the_period_do_not_count():
    ds = dataset(activities=[act(1, done="2025-01-05", hours=3.0), act(2, done=None, hours=3.0)])
    assert kpis(ds, WEEK)["activities"] == 0


def test_owner_filter_counts_that_reps_activities():
    ds = dataset(activities=[act(1, hours=20.0), act(2, owner="Bob", hours=10.0)])
    k = kpis(ds, WEEK, Filters(owner="Ann"))
    assert k["activities"] == 1 and k["time_spent_selling"] == pytest.approx(0.5)


def test_source_and_product_filters_follow_the_linked_deal():
    ds = dataset(
        deals=[
            deal(id=10, external_id="D-10", source="Web", product="P"),
            deal(id=11, external_id="D-11", source="Ads", product="P"),
        ],
        activities=[
            act(1, deal_id=10),
            act(2, deal_external_id="D-10"),  # linked by external id
            act(3, deal_id=11),
            act(4),  # not linked: out under a source or product filter
            act(5, deal_id=999),  # unknown deal: out
        ],
    )
    assert kpis(ds, WEEK)["activities"] == 5
    assert kpis(ds, WEEK, Filters(source="Web"))["activities"] == 2
    assert kpis(ds, WEEK, Filters(product="P"))["activities"] == 3
    # owner and source together: that rep's activities on deals of that source
    both = kpis(ds, WEEK, Filters(owner="Bob", source="Web"))
    assert both["activities"] == 0


def test_explain_lists_activity_ids():
    ds = dataset(
        deals=[deal(id=7)],
        activities=[act(1, hours=2.0), act(2, type_="admin", hours=1.0), act(3, done="2024-01-01")],
    )
    e = explain("selling_hours", ds, WEEK, today=TODAY)
    assert e.activity_ids == [1] and e.deal_ids == []
    t = explain("time_spent_selling", ds, WEEK, today=TODAY)
    assert t.activity_ids == [1, 2] and t.inputs["people"] == 1
    assert t.inputs["working_hours_per_rep"] == pytest.approx(40.0)
    per_deal = explain("activities_per_won_deal", ds, Q1, today=TODAY)
    assert per_deal.deal_ids == [7] and per_deal.inputs["deals_won"] == 1


FAST = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
TYPES = st.sampled_from(["call", "meeting", "email", "demo", "proposal", "admin", "training",
                         "other", None, "Call"])  # fmt: skip


@st.composite
def activity_sets(draw):
    return [
        act(
            i + 1,
            done=draw(st.sampled_from(["2025-01-05", "2025-01-06", "2025-01-09", "2025-01-12"])),
            owner=draw(st.sampled_from(["Ann", "Bob", None])),
            type_=draw(TYPES),
            hours=draw(st.one_of(st.none(), st.floats(0, 60))),
        )
        for i in range(draw(st.integers(0, 15)))
    ]


@FAST
@given(activity_sets(), st.sampled_from([None, "Ann"]), st.sampled_from([40.0, 20.0]))
def test_time_spent_selling_invariants(acts, owner, hours_per_week):
    out = run(
        dataset(activities=acts), WEEK, Filters(owner=owner), working_hours_per_week=hours_per_week
    )
    k, b = out["kpis"], out["breakdowns"]
    tss = k["time_spent_selling"]
    assert tss is None or tss >= 0.0
    by_rep = b["time_spent_selling_by_rep"]
    for row in by_rep:
        assert row["value"] is None or row["value"] >= 0.0
    if k["selling_hours"] is not None:
        assert sum(r["hours"] or 0.0 for r in by_rep) == pytest.approx(k["selling_hours"])
    assert sum(r["value"] for r in b["activities_by_type"]) == k["activities"]
    assert len(by_rep) <= k["activities"]


def test_settings_default_working_week():
    assert KpiSettings().working_hours_per_week == 40


def test_a_replaced_activities_frame_is_noticed():
    ds = dataset(activities=[act(1, hours=20.0)])
    assert kpis(ds, WEEK)["activities"] == 1
    ds.activities = dataset(activities=[act(1), act(2), act(3, type_="admin")]).activities
    k = kpis(ds, WEEK)
    assert k["activities"] == 3 and k["time_spent_selling"] is None


def test_an_activities_frame_edited_in_place_after_clear_cache():
    ds = dataset(activities=[act(1, hours=20.0)])
    assert kpis(ds, WEEK)["selling_hours"] == 20.0
    ds.activities.loc[0, "hours"] = 10.0
    clear_cache()
    assert kpis(ds, WEEK)["selling_hours"] == 10.0
