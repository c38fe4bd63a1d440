"""Velocity: cycle, pipeline velocity (the spec's three examples), weighted pipeline,
time in stage."""

import pytest
from kpi_builders import MARCH, Q1, dataset, deal, deals, kpis, rows

from kpi_core import velocity as vel


def test_sales_cycle_10_deals_200_days():
    ds = dataset(
        deals=deals(5, created="2025-03-01", closed="2025-03-11")
        + deals(5, created="2025-02-01", closed="2025-03-03")
    )
    assert kpis(ds, MARCH)["sales_cycle_days"] == pytest.approx(20.0)


def test_pipeline_velocity_7500_per_day_from_data():
    # 20 open deals at period end; 4 won (45,000 each) and 12 lost: win rate 0.25;
    # each won deal took 30 days.
    ds = dataset(
        deals=deals(20, status="open", created="2025-01-02")
        + deals(4, amount=45_000.0, created="2025-01-10", closed="2025-02-09")
        + deals(12, status="lost", created="2025-01-10", closed="2025-02-01")
    )
    k = kpis(ds)
    assert (k["avg_deal_size"], k["win_rate"], k["sales_cycle_days"]) == (45_000.0, 0.25, 30.0)
    assert k["pipeline_velocity"] == pytest.approx(7_500.0)
    assert k["pipeline_velocity_month"] == pytest.approx(225_000.0)


def test_pipeline_velocity_formula_examples():
    assert vel.pipeline_velocity(20, 45_000.0, 0.25, 30.0) == pytest.approx(7_500.0)
    assert vel.pipeline_velocity(200, 10_000.0, 0.25, 25.0) == pytest.approx(20_000.0)
    # 20 opportunities worth 150,000,000 in total: 20 × 7,500,000 × 0.5 / 30
    assert vel.pipeline_velocity(20, 7_500_000.0, 0.5, 30.0) == pytest.approx(2_500_000.0)
    assert vel.per_30_days(7_500.0) == 225_000.0


def test_pipeline_velocity_undefined_cases():
    assert vel.pipeline_velocity(20, None, 0.25, 30.0) is None
    assert vel.pipeline_velocity(20, 100.0, None, 30.0) is None
    assert vel.pipeline_velocity(20, 100.0, 0.5, 0.0) is None
    assert vel.pipeline_velocity(20, 100.0, 0.5, None) is None


def test_weighted_pipeline_probability_rules():
    ds = dataset(
        deals=[
            deal(status="open", amount=1000.0, probability=50.0, stage="Lead-in"),  # own 50 %
            deal(status="open", amount=1000.0, stage="Proposal"),  # stage 60 %
            deal(status="open", amount=1000.0, stage="Unknown"),  # first stage 10 %
            # won after the period: counted open, at the stage it kept (80 %), not 100 %
            deal(status="won", amount=1000.0, stage="Negotiation", closed="2025-05-01"),
            deal(status="won", amount=1000.0),  # closed inside: not open
            deal(status="open", amount=1000.0, created="2025-04-02"),  # created after end
        ]
    )
    assert kpis(ds)["weighted_pipeline"] == pytest.approx(500 + 600 + 100 + 800)


def test_deal_closed_after_period_end_with_probability_100_uses_stage_default():
    ds = dataset(
        deals=[
            # the CRM set 100 at the win (after the period): the stage's 60 % counts
            deal(status="won", amount=1000.0, stage="Proposal", probability=100.0,
                 closed="2025-05-01"),
            # lost after the period with 0: the stage's 40 % counts, not 0
            deal(status="lost", amount=1000.0, stage="Meeting", probability=0.0,
                 closed="2025-06-01"),
            # closed later, unknown stage: the first stage's 10 %
            deal(status="won", amount=1000.0, stage=None, probability=100.0, closed="2025-05-01"),
        ]
    )  # fmt: skip
    assert kpis(ds)["weighted_pipeline"] == pytest.approx(600 + 400 + 100)


def test_open_probabilities_function():
    from kpi_core import series

    ds = dataset(
        deals=[
            deal(status="open", stage="Meeting"),
            deal(status="open", stage="Meeting", probability=30.0),
            deal(status="open", stage=None),
            deal(status="won", stage="Meeting", probability=100.0, closed="2025-05-01"),
        ]
    )
    ctx = series.context(ds, Q1)
    assert series.open_probabilities(ctx).tolist() == pytest.approx([0.4, 0.3, 0.1, 0.4])


def test_time_in_stage_from_history():
    d1 = deal(status="won", created="2025-01-01", closed="2025-01-31")
    d2 = deal(status="open", created="2025-01-01")
    history = [
        {"deal_id": d1["id"], "stage": "Lead-in", "entered_on": "2025-01-01"},
        {"deal_id": d1["id"], "stage": "Meeting", "entered_on": "2025-01-11"},
        {"deal_id": d2["id"], "stage": "Lead-in", "entered_on": "2025-01-01"},
        {"deal_id": d2["id"], "stage": "Meeting", "entered_on": "2025-01-05"},  # still there
    ]
    ds = dataset(deals=[d1, d2], stage_history=history)
    assert rows(ds, "time_in_stage_days", Q1) == [
        {"key": "Meeting", "value": 20.0},
        {"key": "Lead-in", "value": 7.0},
    ]


def test_deal_velocity_covers_won_and_lost():
    ds = dataset(
        deals=[
            deal(created="2025-01-01", closed="2025-01-11"),
            deal(status="lost", created="2025-01-01", closed="2025-01-31"),
        ]
    )
    k = kpis(ds)
    assert (k["sales_cycle_days"], k["deal_velocity_days"]) == (10.0, 20.0)


@pytest.mark.parametrize(
    ("open_deals", "amount", "lost", "cycle", "expected"),
    [
        (200, 10_000.0, 3, 25, 20_000.0),  # 200 qualified leads, 25 %, 10,000, 25 days
        (20, 7_500_000.0, 1, 30, 2_500_000.0),  # 150,000,000 over 20 opportunities, 50 %, 30 days
    ],
)
def test_pipeline_velocity_spec_examples_from_data(open_deals, amount, lost, cycle, expected):
    ds = dataset(
        deals=deals(open_deals, status="open", created="2025-01-02")
        + [deal(amount=amount, created="2025-01-01", closed=f"2025-01-{1 + cycle:02d}")]
        + deals(lost, status="lost")
    )
    assert kpis(ds)["pipeline_velocity"] == pytest.approx(expected)
