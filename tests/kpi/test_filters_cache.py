"""Filter semantics (docs/kpis.md "Filters") and the per-dataset cache."""

import pandas as pd
import pytest
from kpi_builders import dataset, deal, kpis, run

from kpi_core import Filters, clear_cache, prepare


def test_filters_on_leads_spend_quotas_and_nps():
    ds = dataset(
        deals=[
            deal(owner="Ann", source="Web", account="A"),
            deal(owner="Bob", source="Ads", account="B"),
        ],
        leads=[
            {
                "id": 1,
                "owner": "Ann",
                "source": "Web",
                "created_on": "2025-01-02",
                "sql_on": "2025-01-03",
            },
            {"id": 2, "owner": "Bob", "source": "Ads", "created_on": "2025-01-02"},
        ],
        spend=[
            {"id": 1, "spent_on": "2025-01-02", "source": "Web", "amount": 100.0},
            {"id": 2, "spent_on": "2025-01-02", "source": "Ads", "amount": 300.0},
        ],
        quotas=[
            {
                "id": 1,
                "owner": "Ann",
                "period_start": "2025-01-01",
                "period_end": "2025-03-31",
                "amount": 5.0,
            },
            {
                "id": 2,
                "owner": "Bob",
                "period_start": "2025-01-01",
                "period_end": "2025-03-31",
                "amount": 1e9,
            },
        ],
        nps=[{"id": 1, "responded_on": "2025-01-02", "score": 10}],
    )
    web = kpis(ds, filters=Filters(source="Web"))
    assert web["mql_to_sql_rate"] == 1.0 and web["new_customers"] == 1
    assert web["cac"] == 100.0  # only Web spend
    assert web["nps"] == 100.0  # NPS is never filtered
    ann = kpis(ds, filters=Filters(owner="Ann"))
    assert ann["quota_attainment"] == 1.0 and ann["sales_per_rep"] == 10_000.0
    assert ann["cac"] == 400.0  # spend has no owner: all of it
    assert kpis(ds)["quota_attainment"] == 0.5


def test_filter_with_unknown_value_gives_empty_results():
    out = run(dataset(deals=[deal(owner="Ann")]), filters=Filters(owner="Nobody"))
    assert out["kpis"]["deals_won"] == 0 and out["kpis"]["win_rate"] is None


def test_cache_notices_a_replaced_frame_and_can_be_cleared():
    ds = dataset(deals=[deal(amount=100.0)])
    assert kpis(ds)["revenue"] == 100.0
    ds.deals = dataset(deals=[deal(amount=250.0)]).deals
    assert kpis(ds)["revenue"] == 250.0
    ds.deals.loc[0, "amount"] = 7.0  # edited in place: only noticed after clear_cache
    clear_cache()
    assert kpis(ds)["revenue"] == 7.0


def test_prepare_fills_the_cache():
    ds = dataset(deals=[deal(account="A")], stage_history=pd.DataFrame())
    prep = prepare(ds)
    assert len(prep.first_won) == 1
    assert kpis(ds)["new_customers"] == 1


@pytest.mark.parametrize("owner", ["Ann", None])
def test_time_in_stage_respects_filters(owner):
    d1 = deal(owner="Ann", status="won", created="2025-01-01", closed="2025-01-21")
    d2 = deal(owner="Bob", status="won", created="2025-01-01", closed="2025-01-05")
    history = [
        {"deal_id": d1["id"], "stage": "Meeting", "entered_on": "2025-01-01"},
        {"deal_id": d2["id"], "stage": "Meeting", "entered_on": "2025-01-01"},
    ]
    ds = dataset(deals=[d1, d2], stage_history=history)
    rows = run(ds, filters=Filters(owner=owner))["breakdowns"]["time_in_stage_days"]
    assert rows == [{"key": "Meeting", "value": 20.0 if owner else 12.0}]


def test_cache_does_not_keep_a_dataset_alive():
    import gc
    import weakref

    ds = dataset(deals=[deal(amount=1.0)])
    kpis(ds)
    ref = weakref.ref(ds)
    del ds
    gc.collect()
    assert ref() is None
