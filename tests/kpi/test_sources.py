"""Sources and volume: leads and opportunities created, opportunities and expected revenue
by source."""

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from kpi_builders import Q1, TODAY, dataset, deal, kpis, rows, run

from kpi_core import Dataset, Filters
from kpi_core.explain import explain
from kpi_core.sources import opportunities_by_source, weighted_by_source


def lead(i, created, **extra):
    return {"id": i, "created_on": created, **extra}


def test_leads_created_counts_the_period_and_the_filters():
    ds = dataset(
        leads=[
            lead(1, "2025-01-02", owner="Ann", source="Web"),
            lead(2, "2025-02-02", owner="Bob", source="Web"),
            lead(3, "2025-03-31", owner="Ann", source="Ads"),
            lead(4, "2025-04-01", owner="Ann"),  # next quarter
            lead(5, None),  # no date: in no period
        ]
    )
    assert kpis(ds)["leads_created"] == 3
    assert kpis(ds, filters=Filters(owner="Ann"))["leads_created"] == 2
    assert kpis(ds, filters=Filters(source="Web"))["leads_created"] == 2


def test_opportunities_created_and_by_source():
    ds = dataset(
        deals=[
            deal(source="Web", created="2025-01-05", closed="2025-02-01"),  # won
            deal(source="Web", status="lost", created="2025-01-06"),
            deal(source="Web", status="open", created="2025-03-01"),
            deal(source="Ads", created="2025-02-01", closed="2025-06-01"),  # won after the period
            deal(source=None, status="open", created="2025-02-03"),
            deal(source="  ", status="lost", created="2025-02-03"),  # blank key: null too
            deal(source="Ads", created="2024-12-01"),  # created before the period
        ]
    )
    out = run(ds)
    assert out["kpis"]["opportunities_created"] == 6
    got = out["breakdowns"]["opportunities_by_source"]
    assert got == [
        {"key": "Web", "value": 3, "share": 0.5, "won": 1, "win_rate": pytest.approx(1 / 3)},
        {"key": None, "value": 2, "share": pytest.approx(1 / 3), "won": 0, "win_rate": 0.0},
        {"key": "Ads", "value": 1, "share": pytest.approx(1 / 6), "won": 1, "win_rate": 1.0},
    ]


def test_opportunities_by_source_function_on_nothing():
    empty = np.array([], dtype="int64")
    assert opportunities_by_source(empty, np.array([], dtype=object), empty.astype(bool)) == []


def pipeline_dataset():
    return dataset(
        deals=[
            # still open, own probability 90 %
            deal(status="open", source="Web", stage="Proposal", probability=90.0, amount=10_000.0),
            # open, no probability: the stage's default (60 %)
            deal(status="open", source="Web", stage="Proposal", amount=5_000.0),
            # won after the period's end: the stage it kept (80 %), never its own 100 %
            deal(source="Ads", stage="Negotiation", probability=100.0, amount=20_000.0,
                 closed="2025-05-01"),
            # open, no stage: the first stage's default (10 %)
            deal(status="open", source=None, amount=1_000.0),
            # closed in the period: not open at its end
            deal(source="Ads", stage="Proposal", amount=99_000.0),
        ]
    )  # fmt: skip


def test_weighted_pipeline_by_source_uses_the_weighted_pipeline_rule():
    out = run(pipeline_dataset())
    total = out["kpis"]["weighted_pipeline"]
    assert total == pytest.approx(9_000.0 + 3_000.0 + 16_000.0 + 100.0)
    got = out["breakdowns"]["weighted_pipeline_by_source"]
    assert [r["key"] for r in got] == ["Ads", "Web", None]
    assert [r["value"] for r in got] == pytest.approx([16_000.0, 12_000.0, 100.0])
    assert sum(r["value"] for r in got) == pytest.approx(total)
    assert [r["share"] for r in got] == pytest.approx(
        [v / total for v in (16_000.0, 12_000.0, 100.0)]
    )


def test_weighted_pipeline_by_source_keeps_a_source_without_rate_at_zero():
    ds = dataset(deals=[deal(status="open", source="Web", currency="GBP", stage="Proposal")])
    got = rows(ds, "weighted_pipeline_by_source")
    assert got == [{"key": "Web", "value": 0.0, "share": None}]


def test_weighted_by_source_function_shares():
    got = weighted_by_source({"A": 30.0, "B": 10.0}, ["A", "B"], 40.0)
    assert got == [
        {"key": "A", "value": 30.0, "share": 0.75},
        {"key": "B", "value": 10.0, "share": 0.25},
    ]


def test_empty_workspace():
    out = run(Dataset())
    assert out["kpis"]["leads_created"] == 0 and out["kpis"]["opportunities_created"] == 0
    assert out["breakdowns"]["opportunities_by_source"] == []
    assert out["breakdowns"]["weighted_pipeline_by_source"] == []


def test_explain_opportunities_created_and_by_source():
    ds = dataset(
        deals=[
            deal(id=1, created="2025-01-05"),
            deal(id=2, created="2024-12-05"),
            deal(id=3, status="open", created="2025-03-05", stage="Proposal", source="Web"),
        ]
    )
    e = explain("opportunities_created", ds, Q1, today=TODAY)
    assert e.deal_ids == [1, 3] and e.inputs["opportunities_created"] == 2
    assert explain("weighted_pipeline_by_source", ds, Q1, today=TODAY).deal_ids == [3]


FAST = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def deal_sets(draw):
    out = []
    for i in range(draw(st.integers(0, 15))):
        status = draw(st.sampled_from(["open", "won", "lost"]))
        created = draw(st.sampled_from(["2024-12-20", "2025-01-10", "2025-02-15", "2025-03-30"]))
        out.append(
            {
                "id": i + 1,
                "status": status,
                "created_on": created,
                "closed_on": None
                if status == "open"
                else draw(st.sampled_from(["2025-01-20", "2025-03-31", "2025-04-02"])),
                "amount": draw(st.one_of(st.none(), st.floats(0, 1e6))),
                "probability": draw(st.one_of(st.none(), st.floats(0, 100))),
                "stage": draw(st.sampled_from(["Lead-in", "Proposal", "Negotiation", None, "?"])),
                "source": draw(st.sampled_from(["Web", "Ads", "", None])),
                "owner": draw(st.sampled_from(["Ann", "Bob"])),
            }
        )
    return out


@FAST
@given(deal_sets(), st.sampled_from([None, "Ann"]))
def test_breakdowns_add_up_to_their_kpis(deals_, owner):
    out = run(dataset(deals=deals_), filters=Filters(owner=owner))
    k, b = out["kpis"], out["breakdowns"]
    opp = b["opportunities_by_source"]
    assert sum(r["value"] for r in opp) == k["opportunities_created"]
    for r in opp:
        assert 0 <= r["won"] <= r["value"] and 0.0 <= r["win_rate"] <= 1.0
    wp = b["weighted_pipeline_by_source"]
    assert sum(r["value"] for r in wp) == pytest.approx(k["weighted_pipeline"] or 0.0, abs=1e-6)
    shares = [r["share"] for r in wp if r["share"] is not None]
    assert not shares or sum(shares) == pytest.approx(1.0)
