"""The demo company reads like a real business in every month, quarter and year it covers.

The figures are the ``dealbook kpi --json`` object (kpi_spec.md version 2) of every full
calendar month, quarter and year of the demo, checked against the ranges a sales manager
would accept: win rate 20-40 %, retention 85-100 % with a churn of a few percent, growth
that is not wild, a CAC and a CLTV:CAC of 2-6, a monotone funnel, some reps at quota and
some not, forecasts within 20 % of what was won, NPS 20-60; and the version-2 figures:
recurring revenue kept and grown, discounts under list, time spent selling 30-60 %.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from desktop_app.cli import main as cli_main
from desktop_app.store.demo import generate_demo
from desktop_app.store.demo_sim import add_months, window_start
from desktop_app.store.engine import open_database
from desktop_app.store.loader import load_dataset, load_kpi_settings
from kpi_core.engine import compute_kpis
from kpi_core.periods import parse_period

TODAY = dt.date(2025, 11, 20)
SEED = 7
N_SOURCES = 8


def _periods(today: dt.date) -> list[tuple[str, str]]:
    """(kind, label) of every calendar month, quarter and year inside the demo's full months."""
    first, stop = window_start(today), today.replace(day=1)
    out = []
    month = first
    while month < stop:
        out.append(("month", f"{month.year}-{month.month:02d}"))
        if month.month % 3 == 1 and add_months(month, 3) <= stop:
            out.append(("quarter", f"{month.year}-Q{month.month // 3 + 1}"))
        if month.month == 1 and add_months(month, 12) <= stop:
            out.append(("year", f"{month.year}"))
        month = add_months(month, 1)
    return out


PERIODS = _periods(TODAY)


def _make(path: Path, seed: int) -> None:
    engine = open_database(path, create=True)
    try:
        generate_demo(engine, seed=seed, today=TODAY)
    finally:
        engine.dispose()


class _Demo:
    """The demo database and its KPI objects, computed once per period."""

    def __init__(self, path: Path) -> None:
        self.path = path
        engine = open_database(path, create=False)
        try:
            self.dataset = load_dataset(engine)
            self.settings = load_kpi_settings(engine)
        finally:
            engine.dispose()
        self._cache: dict[str, dict] = {}

    def kpis(self, label: str) -> dict:
        if label not in self._cache:
            result = compute_kpis(self.dataset, parse_period(label), settings=self.settings)
            self._cache[label] = json.loads(json.dumps(result, allow_nan=False))
        return self._cache[label]


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> _Demo:
    path = tmp_path_factory.mktemp("plausible") / "demo.sqlite"
    _make(path, SEED)
    return _Demo(path)


def test_the_demo_covers_whole_years_of_full_periods() -> None:
    kinds = [kind for kind, _ in PERIODS]
    assert PERIODS[0] == ("month", "2024-01")  # starts on a year boundary
    assert kinds.count("month") == 22  # January 2024 to October 2025
    assert kinds.count("quarter") == 7
    assert kinds.count("year") == 1


@pytest.mark.parametrize("month", range(1, 13))
def test_the_demo_starts_in_january_18_to_29_months_back(month: int) -> None:
    today = dt.date(2026, month, 15)
    first = window_start(today)
    months_back = (today.year - first.year) * 12 + today.month - first.month
    assert first.month == 1 and first.day == 1
    assert 18 <= months_back <= 29


@pytest.mark.parametrize(("kind", "label"), PERIODS, ids=[label for _, label in PERIODS])
def test_every_figure_is_plausible(demo: _Demo, kind: str, label: str) -> None:
    result = demo.kpis(label)
    k, b = result["kpis"], result["breakdowns"]
    assert result["excluded_missing_rate"] == 0

    for rate in (
        "win_rate",
        "opportunity_win_rate",
        "lead_conversion_rate",
        "mql_to_sql_rate",
        "churn_rate",
        "retention_rate",
        "quota_attainment",
        "new_customer_revenue_share",
        "gross_margin",
        "forecast_accuracy",
    ):
        assert k[rate] is not None and 0 <= k[rate] <= 1, (rate, k[rate])

    # deals: a third of the decided ones are won, in weeks to a few months
    # a month decides about 35 deals, so its win rate wanders by about ±8 pp (binomial)
    low, high = (0.15, 0.45) if kind == "month" else (0.20, 0.40)
    assert low <= k["win_rate"] <= high
    assert 20 <= k["sales_cycle_days"] <= 120
    if parse_period(label).end <= TODAY - dt.timedelta(days=150):  # cohorts judged by now
        low = 0.08 if kind == "month" else 0.15
        assert low <= k["opportunity_win_rate"] <= 0.45
    assert 0.10 <= k["lead_conversion_rate"] <= 0.40
    assert 0.20 <= k["mql_to_sql_rate"] <= 0.60
    assert k["leads_created"] > 0 and k["qualified_leads"] > 0

    # the funnel never widens: each stage is at most the one before (spec version 2)
    counts = [row["count"] for row in b["funnel"]]
    assert [row["key"] for row in b["funnel"]][-1] == "Won"
    assert counts[0] > 0 and counts == sorted(counts, reverse=True), counts
    assert all(row["conversion"] is None or 0 <= row["conversion"] <= 1 for row in b["funnel"])

    # customers: an installed base from the first month, a few percent churn
    assert k["customers_start"] >= 80
    assert k["new_customers"] >= 1
    assert 0.85 <= k["retention_rate"] <= 1.0
    assert k["retention_rate"] == pytest.approx(1 - k["churn_rate"])  # cohort form
    assert k["churn_rate"] <= {"month": 0.04, "quarter": 0.08, "year": 0.15}[kind]

    # growth: months are lumpy (about ten wins a month), quarters and years are not wild
    low, high = {"month": (-0.7, 2.0), "quarter": (-0.3, 0.5), "year": (-0.3, 0.6)}[kind]
    assert k["revenue_growth"] is not None and low <= k["revenue_growth"] <= high

    # spend in every channel, so CAC is a figure and CLTV pays for it a few times
    spending = {row["key"] for row in b["roi_by_source"] if row["key"] and row["spend"] > 0}
    assert len(spending) == N_SOURCES
    assert k["cac"] is not None and 20_000 <= k["cac"] <= 100_000
    assert k["cltv_to_cac"] is not None and 2 <= k["cltv_to_cac"] <= 6
    # a month's spend is steady but its revenue is about ten wins: a weak month loses money
    low, high = {"month": (-1.5, 0.7), "quarter": (-0.2, 0.6), "year": (-0.1, 0.5)}[kind]
    assert k["net_profit_margin"] is not None and low <= k["net_profit_margin"] <= high

    # team: quotas that some reps meet, a forecast near what was won, happy customers
    attainment = [row["value"] for row in b["attainment_by_rep"]]
    assert len(attainment) == 6
    assert k["quota_attainment"] == pytest.approx(sum(a >= 1 for a in attainment) / 6)
    if kind != "month":
        assert 0.7 <= k["team_attainment"] <= 1.3
    if kind == "year":
        assert 0 < k["quota_attainment"] < 1
        assert all(0.6 <= a <= 1.4 for a in attainment), attainment
    assert 0.80 <= k["forecast_accuracy"] <= 1.0
    assert 20 <= k["nps"] <= 60

    # subscriptions: recurring revenue that grows, kept by most customers
    assert k["mrr"] is not None and k["mrr"] > 0
    assert 0.8 <= k["gross_revenue_retention"] <= 1.0
    assert 0.9 <= k["net_revenue_retention"] <= 1.3
    low, high = {"month": (-0.05, 0.1), "quarter": (-0.1, 0.2), "year": (-0.1, 0.5)}[kind]
    assert k["mrr_growth"] is not None and low <= k["mrr_growth"] <= high

    # prices: sold a little under list, per seat, sensor or service day
    assert k["discount_rate"] is not None and 0.02 <= k["discount_rate"] <= 0.15
    assert k["revenue_per_unit"] is not None and 300 <= k["revenue_per_unit"] <= 3_000

    # activities: every rep logs work; selling is 30-60 % of a 40-hour week
    assert k["activities"] > 0
    assert 0.30 <= k["time_spent_selling"] <= 0.60
    per_rep = b["time_spent_selling_by_rep"]
    assert len(per_rep) == 6 and all(0.25 <= row["value"] <= 0.65 for row in per_rep)
    assert {row["key"] for row in b["activities_by_type"]} >= {"call", "email", "meeting"}


def test_quarters_have_reps_above_and_below_quota(demo: _Demo) -> None:
    quarters = [demo.kpis(label)["kpis"] for kind, label in PERIODS if kind == "quarter"]
    assert all(0 <= q["quota_attainment"] <= 1 for q in quarters)
    assert sum(0 < q["quota_attainment"] < 1 for q in quarters) >= len(quarters) - 1
    months = [demo.kpis(label)["kpis"] for kind, label in PERIODS if kind == "month"]
    assert 0.2 <= sum(m["quota_attainment"] for m in months) / len(months) <= 0.8


def test_the_command_line_prints_the_same_figures(demo: _Demo, capsys) -> None:
    label = next(label for kind, label in PERIODS if kind == "quarter")
    assert cli_main(["kpi", "--db", str(demo.path), "--period", label, "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["kpis"] == demo.kpis(label)["kpis"]


def test_same_seed_same_figures(demo: _Demo, tmp_path: Path) -> None:
    year = next(label for kind, label in PERIODS if kind == "year")
    again = tmp_path / "again.sqlite"
    _make(again, SEED)
    assert _Demo(again).kpis(year) == demo.kpis(year)
    other = tmp_path / "other.sqlite"
    _make(other, SEED + 1)
    assert _Demo(other).kpis(year)["kpis"]["revenue"] != demo.kpis(year)["kpis"]["revenue"]
