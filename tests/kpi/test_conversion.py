"""Conversion and funnel: the spec's worked examples and the reached-stage rules."""

import pytest
from kpi_builders import MARCH, Q1, dataset, deal, deals, kpis, rows

STAGES = ["Lead-in", "Qualified", "Meeting", "Proposal", "Negotiation", "Won"]


def lead(i: int, created: str = "2025-03-05", **extra) -> dict:
    return {"id": i, "name": f"Lead {i}", "created_on": created, **extra}


def funnel_counts(ds, period=Q1) -> list[int]:
    return [r["count"] for r in rows(ds, "funnel", period)]


def test_mql_to_sql_100_signups_20_sql():
    leads = [lead(i, sql_on="2025-03-20" if i < 20 else None) for i in range(100)]
    assert kpis(dataset(leads=leads), MARCH)["mql_to_sql_rate"] == pytest.approx(0.20)


def test_lead_conversion_1000_leads_200_converted():
    leads = [lead(i, converted_on="2025-04-02" if i < 200 else None) for i in range(1000)]
    assert kpis(dataset(leads=leads), MARCH)["lead_conversion_rate"] == pytest.approx(0.20)


def test_qualified_leads_counts_sql_dates_in_period():
    leads = [lead(i, sql_on="2025-03-10" if i < 150 else None) for i in range(500)]
    leads.append(lead(999, created="2025-01-01", sql_on="2025-04-01"))
    assert kpis(dataset(leads=leads), MARCH)["qualified_leads"] == 150


def test_opportunity_win_rate_100_created_25_won_by_now():
    ds = dataset(
        deals=deals(25, created="2025-02-01", closed="2025-09-01")  # won after the quarter
        + deals(35, status="lost", created="2025-02-01", closed="2025-03-01")
        + deals(40, status="open", created="2025-02-01")
        + deals(7, created="2024-12-01", closed="2025-02-01")  # not created in Q1
    )
    assert kpis(ds)["opportunity_win_rate"] == pytest.approx(0.25)


def test_8000_downloads_2000_reach_proposal():
    ds = dataset(
        deals=deals(2000, status="open", stage="Proposal", created="2025-02-01")
        + deals(6000, status="open", stage="Lead-in", created="2025-02-01")
    )
    funnel = {r["key"]: r["count"] for r in rows(ds, "funnel")}
    assert funnel["Proposal"] / funnel["Lead-in"] == pytest.approx(0.25)


def test_win_rate_and_by_owner():
    ds = dataset(
        deals=deals(3, owner="Ann")
        + deals(1, status="lost", owner="Ann")
        + deals(1, status="lost", owner="Bob")
        + deals(1, status="open", owner="Cy")
    )
    assert kpis(ds)["win_rate"] == pytest.approx(0.6)
    assert rows(ds, "win_rate_by_owner") == [
        {"key": "Ann", "value": 0.75},
        {"key": "Bob", "value": 0.0},
    ]


def test_funnel_without_history_uses_current_stage_or_later():
    ds = dataset(
        deals=[
            deal(status="open", stage="Meeting"),
            deal(status="lost", stage="Qualified"),
            deal(status="won", stage="Negotiation"),
            deal(status="won", stage=None),  # won reached every stage
        ]
    )
    assert funnel_counts(ds) == [4, 4, 3, 2, 2, 2]
    funnel = rows(ds, "funnel")
    assert [r["key"] for r in funnel] == STAGES
    assert funnel[0]["conversion"] is None
    assert funnel[2]["conversion"] == pytest.approx(0.75)


def test_funnel_unknown_or_empty_stage_counts_at_first_stage_only():
    ds = dataset(deals=[deal(status="open", stage="Mystery"), deal(status="lost", stage=None)])
    assert funnel_counts(ds) == [2, 0, 0, 0, 0, 0]


def test_funnel_with_history_fills_the_skipped_stages():
    d1 = deal(status="lost", stage="Proposal")
    history = [
        {"deal_id": d1["id"], "stage": "Lead-in", "entered_on": "2025-01-05"},
        {"deal_id": d1["id"], "stage": "Proposal", "entered_on": "2025-01-20"},
    ]
    ds = dataset(deals=[d1], stage_history=history)
    assert funnel_counts(ds) == [1, 1, 1, 1, 0, 0]  # reaching Proposal passed Qualified


def test_open_deal_lead_in_to_proposal_counts_at_qualified():
    """The case a manager caught: an open deal moved Lead-in → Proposal reached Qualified."""
    d1 = deal(status="open", stage="Proposal")
    history = [
        {"deal_id": d1["id"], "stage": "Lead-in", "entered_on": "2025-01-05"},
        {"deal_id": d1["id"], "stage": "Proposal", "entered_on": "2025-01-20"},
    ]
    funnel = rows(dataset(deals=[d1], stage_history=history), "funnel")
    assert {r["key"]: r["count"] for r in funnel}["Qualified"] == 1


def test_hand_entered_later_stage_deals_never_exceed_100_percent():
    """Deals typed in at Proposal without history: every conversion stays ≤ 100 %."""
    ds = dataset(
        deals=deals(2, status="open", stage="Lead-in", created="2025-02-01")
        + deals(4, status="open", stage="Proposal", created="2025-02-01")
    )
    funnel = rows(ds, "funnel")
    assert [r["count"] for r in funnel] == [6, 4, 4, 4, 0, 0]
    assert all(r["conversion"] is None or r["conversion"] <= 1.0 for r in funnel)


def test_funnel_history_later_than_current_stage_counts_the_furthest():
    d1 = deal(status="lost", stage="Qualified")  # went back to Qualified before it was lost
    history = [{"deal_id": d1["id"], "stage": "Negotiation", "entered_on": "2025-01-20"}]
    assert funnel_counts(dataset(deals=[d1], stage_history=history)) == [1, 1, 1, 1, 1, 0]


def test_pipeline_coverage():
    ds = dataset(
        deals=[deal(amount=100.0), deal(status="open", amount=900.0, created="2025-03-01")],
        quotas=[
            {
                "id": 1,
                "owner": "Ann",
                "period_start": "2025-01-01",
                "period_end": "2025-03-31",
                "amount": 400.0,
            }
        ],
    )
    assert kpis(ds)["pipeline_coverage"] == pytest.approx(900 / 300)


def test_pipeline_coverage_null_when_quota_met_or_missing():
    ds = dataset(deals=[deal(amount=1000.0), deal(status="open", amount=900.0)])
    assert kpis(ds)["pipeline_coverage"] is None


def test_funnel_history_with_unknown_current_stage():
    d1 = deal(status="open", stage=None)
    d2 = deal(status="open", stage="Weird")
    history = [
        {"deal_id": d1["id"], "stage": "Meeting", "entered_on": "2025-01-05"},
        {"deal_id": d2["id"], "stage": "Old name", "entered_on": "2025-01-05"},
    ]
    ds = dataset(deals=[d1, d2], stage_history=history)
    # d1 reached Meeting (and so the two stages before); d2 knows no pipeline stage: first only
    assert funnel_counts(ds) == [2, 1, 1, 0, 0, 0]


def test_funnel_blank_stage_counts_at_first_stage_only():
    ds = dataset(deals=[deal(status="open", stage=""), deal(status="open", stage="  ")])
    assert funnel_counts(ds) == [2, 0, 0, 0, 0, 0]
