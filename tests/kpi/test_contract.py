"""The output object: exactly the spec's keys, JSON-ready, no exception on odd data."""

import json
from datetime import date

import pytest
from kpi_builders import Q1, dataset, deal, deals, kpis, run

from kpi_core import BREAKDOWN_IDS, KPI_IDS, Dataset, Filters, custom_period

SPEC_KPIS = """revenue, deals_won, deals_lost, revenue_growth, avg_deal_size,
  new_customer_revenue_share, gross_margin, net_profit_margin, sales_per_rep, acv, win_rate,
  opportunity_win_rate, lead_conversion_rate, mql_to_sql_rate, qualified_leads,
  pipeline_coverage, sales_cycle_days, deal_velocity_days, pipeline_velocity,
  pipeline_velocity_month, weighted_pipeline, new_customers, cac, customers_start,
  customers_end, churned_customers, churn_rate, net_customer_churn, retention_rate, cltv,
  cltv_to_cac, nps, quota_attainment, forecast_accuracy, team_attainment"""
#: the ids version 2 adds besides team_attainment (computed by their own modules)
SPEC_V2_OTHER_KPIS = """leads_created, opportunities_created, mrr, arr, mrr_growth,
  net_revenue_retention, gross_revenue_retention, growth_ceiling, sales_efficiency,
  ttm_revenue, ttm_growth, discount_rate, revenue_per_unit, marginal_revenue_per_unit,
  activities, selling_hours, time_spent_selling, activities_per_won_deal"""
SPEC_BREAKDOWNS = {
    **dict.fromkeys(
        ["revenue_by_source", "revenue_by_owner", "revenue_by_product",
         "revenue_by_product_type", "revenue_by_month"], {"key", "value", "share"}),
    **dict.fromkeys(
        ["win_rate_by_source", "win_rate_by_owner", "attainment_by_rep", "quota_consistency",
         "nps_by_month", "monthly_sales_growth", "time_in_stage_days"], {"key", "value"}),
    "funnel": {"key", "count", "conversion"},
    "roi_by_source": {"key", "value", "spend", "revenue", "return_on_spend"},
    "cac_by_source": {"key", "value", "spend", "new_customers"},
    "rep_table": {"key", "deals_won", "revenue", "win_rate", "sales_cycle_days", "quota", "attainment"},
    # since version 2
    "opportunities_by_source": {"key", "value", "share", "won", "win_rate"},
    "weighted_pipeline_by_source": {"key", "value", "share"},
    "mrr_by_month": {"key", "value"},
    "activities_by_type": {"key", "value", "share"},
    "time_spent_selling_by_rep": {"key", "value", "hours"},
}  # fmt: skip
COUNTS = {"deals_won", "deals_lost", "qualified_leads", "new_customers", "customers_start",
          "customers_end", "churned_customers", "leads_created", "opportunities_created",
          "activities"}  # fmt: skip


def full_dataset() -> Dataset:
    d1 = deal(owner="Ann", source="Web", product="P", account="A", stage="Meeting", cost=10.0,
              contract_months=12, list_amount=12_000.0, quantity=2.0)  # fmt: skip
    return dataset(
        deals=[d1, deal(status="lost", owner="Bob"), deal(status="open", stage="Proposal")],
        stage_history=[{"deal_id": d1["id"], "stage": "Lead-in", "entered_on": "2025-01-05"}],
        leads=[{"id": 1, "created_on": "2025-01-02", "sql_on": "2025-01-09"}],
        spend=[{"id": 1, "spent_on": "2025-01-02", "amount": 10.0, "source": "Web"}],
        nps=[{"id": 1, "responded_on": "2025-01-02", "score": 9}],
        quotas=[
            {
                "id": 1,
                "owner": "Ann",
                "period_start": "2025-01-01",
                "period_end": "2025-01-31",
                "amount": 5.0,
            }
        ],
        forecasts=[
            {"id": 1, "period_start": "2025-01-01", "period_end": "2025-03-31", "amount": 5.0}
        ],
        accounts=[{"id": 1, "name": "A"}],
        activities=[
            {"id": 1, "done_on": "2025-01-03", "owner": "Ann", "type": "call", "hours": 2.0},
            {"id": 2, "done_on": "2025-02-03", "owner": "Bob", "type": "admin"},
        ],
    )


def test_version_2_breakdowns_have_their_fields():
    out = run(full_dataset())
    for name in ("opportunities_by_source", "weighted_pipeline_by_source", "mrr_by_month",
                 "activities_by_type", "time_spent_selling_by_rep"):  # fmt: skip
        assert out["breakdowns"][name], name
        for row in out["breakdowns"][name]:
            assert set(row) == SPEC_BREAKDOWNS[name], name
    assert type(out["breakdowns"]["opportunities_by_source"][0]["won"]) is int


@pytest.mark.parametrize("make", [Dataset, full_dataset])
def test_exact_key_set_and_json(make):
    out = run(make())
    assert set(out) == {
        "period",
        "filters",
        "currency",
        "kpis",
        "breakdowns",
        "excluded_missing_rate",
    }
    assert set(out["period"]) == {"start", "end", "previous_start", "previous_end"}
    assert out["filters"] == {"owner": None, "source": None, "product": None}
    ids = {k.strip() for k in SPEC_KPIS.split(",")}
    other = {k.strip() for k in SPEC_V2_OTHER_KPIS.split(",")}
    spec_order = [k.strip() for k in f"{SPEC_KPIS},{SPEC_V2_OTHER_KPIS}".split(",")]
    assert list(out["kpis"]) == list(KPI_IDS) == spec_order
    assert set(out["kpis"]) == ids | other
    assert set(SPEC_BREAKDOWNS) == set(out["breakdowns"]) == set(BREAKDOWN_IDS)
    for name, fields in SPEC_BREAKDOWNS.items():
        for row in out["breakdowns"][name]:
            assert set(row) == fields, name
    for k, v in out["kpis"].items():
        assert v is None or type(v) in (int, float), k
        if k in COUNTS:
            assert type(v) is int
    json.dumps(out, allow_nan=False)


def test_no_data_every_id_present_all_null_or_zero():
    out = run(Dataset())
    for k, v in out["kpis"].items():
        if k == "selling_hours":
            assert v == 0.0  # a sum over no activity
            continue
        assert v == 0 if k in COUNTS else v is None, k
    for name, value in out["breakdowns"].items():
        if name == "mrr_by_month":  # every month, null without any contract
            assert [r["key"] for r in value] == ["2025-01", "2025-02", "2025-03"]
            assert all(r["value"] is None for r in value)
        elif name in ("revenue_by_month", "monthly_sales_growth", "funnel"):
            assert value, name  # one row per month / stage, even without data
        else:
            assert value == [], name
    assert out["excluded_missing_rate"] == 0


def test_zero_denominators_are_null_never_nan():
    ds = dataset(deals=[deal(amount=0.0, cost=0.0, contract_months=0)])
    k = kpis(ds)
    assert k["gross_margin"] is None and k["net_profit_margin"] is None and k["acv"] is None
    assert k["avg_deal_size"] == 0.0 and k["win_rate"] == 1.0


def test_all_won_and_all_lost():
    won = kpis(dataset(deals=deals(5)))
    assert won["win_rate"] == 1.0 and won["deals_lost"] == 0
    lost = kpis(dataset(deals=deals(5, status="lost")))
    assert lost["win_rate"] == 0.0 and lost["revenue"] == 0.0  # nothing won: a sum of 0
    assert lost["avg_deal_size"] is None and lost["sales_cycle_days"] is None
    assert lost["deal_velocity_days"] is not None


def test_period_with_no_previous_data():
    out = run(dataset(deals=deals(3)))
    assert out["kpis"]["revenue_growth"] is None
    growth = [r["value"] for r in out["breakdowns"]["monthly_sales_growth"]]
    assert growth == [None, None, -1.0]  # Jan and Feb follow months without revenue


def test_deals_without_stage_history_and_unknown_stage():
    ds = dataset(deals=[deal(stage="???", status="open"), deal(stage=None)])
    out = run(ds)
    assert out["breakdowns"]["time_in_stage_days"] == []
    assert out["breakdowns"]["funnel"][0]["count"] == 2
    assert out["kpis"]["weighted_pipeline"] == pytest.approx(1000.0)


def test_missing_dates_and_odd_rows_do_not_raise():
    ds = dataset(
        deals=[
            deal(created=None, closed=None),
            deal(status="won", closed=None),
            deal(status="weird"),
        ],
        stage_history=[{"deal_id": 424242, "stage": "Lead-in", "entered_on": "2025-01-01"}],
        nps=[{"id": 1, "responded_on": "2025-01-01", "score": None}],
        rates=[{"currency": "EUR", "rate": None, "valid_from": None}],
    )
    out = run(ds, custom_period(date(2025, 1, 15), date(2025, 2, 3)))
    json.dumps(out, allow_nan=False)


def test_filters_are_echoed_and_applied():
    out = run(full_dataset(), filters=Filters(owner="Ann", source="Web", product="P"))
    assert out["filters"] == {"owner": "Ann", "source": "Web", "product": "P"}
    assert out["kpis"]["deals_won"] == 1 and out["kpis"]["deals_lost"] == 0
    assert out["period"]["start"] == Q1.start.isoformat()


def test_repeated_deal_ids_do_not_raise():
    rows = [{k: v for k, v in deal(account="A").items() if k != "id"} for _ in range(2)]
    ds = dataset(
        deals=rows, stage_history=[{"deal_id": 0, "stage": "Lead-in", "entered_on": "2025-01-05"}]
    )
    out = run(ds)
    assert out["kpis"]["revenue"] == 20_000.0 and out["kpis"]["new_customers"] == 1
