"""Currency conversion and excluded_missing_rate."""

import numpy as np
import pandas as pd
import pytest
from kpi_builders import dataset, deal, kpis, run

from kpi_core.money import rates_on

RATES = [
    {"currency": "EUR", "rate": 1.10, "valid_from": "2024-01-01"},
    {"currency": "EUR", "rate": 1.20, "valid_from": "2025-02-01"},
]


def test_rate_valid_on_close_date_else_created():
    ds = dataset(
        deals=[
            deal(amount=100.0, currency="EUR", closed="2025-01-20"),  # 1.10
            deal(amount=100.0, currency="eur", closed="2025-02-01"),  # 1.20 (from that day)
            deal(amount=100.0, currency="USD"),  # base
            deal(amount=100.0, currency=None),  # base
            deal(status="open", amount=100.0, currency="EUR", created="2025-03-01"),
        ],
        rates=RATES,
    )
    out = run(ds)
    assert out["kpis"]["revenue"] == pytest.approx(110.0 + 120.0 + 200.0)
    assert out["kpis"]["weighted_pipeline"] == pytest.approx(120.0 * 0.1)
    assert out["excluded_missing_rate"] == 0


def test_missing_rate_is_excluded_and_counted():
    ds = dataset(
        deals=[
            deal(amount=100.0),
            deal(amount=999.0, currency="GBP"),  # no GBP rate at all
            deal(
                amount=999.0, currency="EUR", closed="2023-06-01", created="2023-06-01"
            ),  # other period
            deal(status="open", amount=999.0, currency="GBP", created="2025-01-02"),
        ],
        rates=RATES,
    )
    out = run(ds)
    assert out["kpis"]["revenue"] == 100.0
    assert out["kpis"]["deals_won"] == 2  # still a won deal
    assert out["kpis"]["avg_deal_size"] == 100.0
    assert out["kpis"]["weighted_pipeline"] == 0.0  # its only open deal has no rate
    assert out["excluded_missing_rate"] == 2


def test_rate_before_first_valid_from_is_missing():
    r = rates_on(
        pd.Series(["EUR", "EUR", None]),
        pd.Series(pd.to_datetime(["2023-12-31", "2024-01-01", "2020-01-01"])),
        dataset(rates=RATES).rates,
        "USD",
    )
    assert np.isnan(r[0]) and r[1] == pytest.approx(1.1) and r[2] == 1.0


def test_spend_in_other_currency_converted_on_spent_on():
    ds = dataset(
        deals=[deal(account="A", closed="2025-02-10", created="2025-02-01")],
        spend=[{"id": 1, "spent_on": "2025-02-05", "amount": 100.0, "currency": "EUR"}],
        rates=RATES,
    )
    assert kpis(ds)["cac"] == pytest.approx(120.0)


def test_other_base_currency():
    ds = dataset(deals=[deal(amount=100.0, currency="EUR"), deal(amount=50.0, currency=None)])
    out = run(ds, base_currency="EUR")
    assert out["currency"] == "EUR" and out["kpis"]["revenue"] == 150.0
