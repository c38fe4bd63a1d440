"""A small hand-built dataset and, for tests that must not depend on the KPI engine, a
hand-built result shaped exactly like the spec's output object."""

from __future__ import annotations

import datetime as dt
from typing import Any

import numpy as np
import pandas as pd

from kpi_core.dataset import Dataset

SOURCES = ("Website", "Referral", '=HYPERLINK("x")', "Trade Show")
OWNERS = ("Ana Lima", "Ben Okafor", "Chen Wei")
STAGES = ("Lead-in", "Qualified", "Meeting", "Proposal", "Negotiation")


def small_dataset(seed: int = 7, deals: int = 400) -> Dataset:
    """About ``deals`` deals over 2024-2025 with leads, spend, NPS, quotas and accounts."""
    rng = np.random.default_rng(seed)
    start = pd.Timestamp("2024-01-01")
    created = start + pd.to_timedelta(rng.integers(0, 700, deals), unit="D")
    cycle = rng.integers(5, 90, deals)
    status = rng.choice(["won", "lost", "open"], deals, p=[0.35, 0.35, 0.30])
    closed = pd.Series(created + pd.to_timedelta(cycle, unit="D"))
    closed[(status == "open") | (closed > pd.Timestamp("2025-12-31")).to_numpy()] = pd.NaT
    status = np.where((status != "open") & closed.isna().to_numpy(), "open", status)
    accounts = [f"Account {i:03d}" for i in rng.integers(0, 120, deals)]
    deal_frame = pd.DataFrame(
        {
            "id": np.arange(1, deals + 1),
            "external_id": [f"D-{i}" for i in range(deals)],
            "title": [f"Deal {i}" for i in range(deals)],
            "account": accounts,
            "owner": rng.choice(OWNERS, deals),
            "source": rng.choice(SOURCES, deals),
            "product": rng.choice(["Core", "Pro"], deals),
            "product_type": "Licence",
            "stage": rng.choice(STAGES, deals),
            "status": status,
            "amount": rng.integers(20, 400, deals) * 100.0,
            "currency": None,
            "created_on": created,
            "closed_on": closed,
        }
    )
    leads = pd.DataFrame(
        {
            "id": np.arange(1, 2 * deals + 1),
            "name": [f"Lead {i}" for i in range(2 * deals)],
            "source": rng.choice(SOURCES, 2 * deals),
            "owner": rng.choice(OWNERS, 2 * deals),
            "created_on": start + pd.to_timedelta(rng.integers(0, 700, 2 * deals), unit="D"),
        }
    )
    months = pd.date_range("2024-01-01", "2025-12-01", freq="MS")
    spend = pd.DataFrame(
        [
            {"id": i, "spent_on": m, "source": s, "category": "marketing", "amount": 900.0}
            for i, (m, s) in enumerate((m, s) for m in months for s in SOURCES)
        ]
    )
    nps = pd.DataFrame(
        {
            "id": np.arange(1, 301),
            "responded_on": start + pd.to_timedelta(rng.integers(0, 700, 300), unit="D"),
            "account": rng.choice(accounts, 300),
            "score": rng.integers(0, 11, 300).astype(float),
        }
    )
    quotas = pd.DataFrame(
        [
            {
                "id": i,
                "owner": o,
                "period_start": m,
                "period_end": m + pd.offsets.MonthEnd(0),
                "amount": 9000.0,
            }
            for i, (o, m) in enumerate((o, m) for o in OWNERS for m in months)
        ]
    )
    accounts_frame = pd.DataFrame(
        {"id": range(1, 121), "name": [f"Account {i:03d}" for i in range(120)]}
    )
    return Dataset.from_frames(
        deals=deal_frame,
        leads=leads,
        spend=spend,
        nps=nps,
        quotas=quotas,
        accounts=accounts_frame,
    )


def hand_result(start: dt.date, end: dt.date, scale: float = 1.0) -> dict[str, Any]:
    """A result shaped like the output contract, with round numbers scaled by ``scale``."""
    months = pd.period_range(start, end, freq="M")
    kpis: dict[str, Any] = {
        "revenue": 1_234_567.0 * scale,
        "deals_won": int(50 * scale),
        "deals_lost": 40,
        "revenue_growth": 0.125,
        "avg_deal_size": 24_691.34 * scale,
        "win_rate": 0.25 * scale,
        "sales_cycle_days": 20.0,
        "pipeline_velocity": 7_500.0,
        "weighted_pipeline": 456_000.0,
        "cac": 400.0,
        "nps": 30.0 * scale,
        "quota_attainment": 0.75,
        "forecast_accuracy": None,
        "new_customers": 30,
        "churned_customers": 3,
        "customers_start": 100,
        "customers_end": 127,
        "churn_rate": 0.03,
        "retention_rate": 0.97,
        "cltv": 15_000.0,
        "cltv_to_cac": 37.5,
    }
    return {
        "period": {"start": start.isoformat(), "end": end.isoformat()},
        "filters": {"owner": None, "source": None, "product": None},
        "currency": "USD",
        "kpis": kpis,
        "breakdowns": {
            "funnel": [
                {"key": s, "count": 100 - 15 * i, "conversion": None if i == 0 else 0.8}
                for i, s in enumerate((*STAGES, "Won"))
            ],
            "revenue_by_month": [
                {"key": str(m), "value": 400_000.0 * scale, "share": 1 / len(months)}
                for m in months
            ],
            "revenue_by_source": [{"key": "Website", "value": 900_000.0, "share": 0.73}],
            "win_rate_by_source": [{"key": "Website", "value": 0.3}],
            "roi_by_source": [
                {
                    "key": "Website",
                    "value": 2.0,
                    "spend": 300_000.0,
                    "revenue": 900_000.0,
                    "return_on_spend": 3.0,
                }
            ],
            "cac_by_source": [
                {"key": "Website", "value": 500.0, "spend": 300_000.0, "new_customers": 600}
            ],
            "rep_table": [
                {
                    "key": o,
                    "deals_won": 10,
                    "revenue": 100_000.0 * (i + 1),
                    "win_rate": 0.3,
                    "sales_cycle_days": 21.5,
                    "quota": 150_000.0,
                    "attainment": (i + 1) / 1.5,
                }
                for i, o in enumerate(OWNERS)
            ],
            "nps_by_month": [{"key": str(m), "value": 25.0 + i} for i, m in enumerate(months)],
        },
        "excluded_missing_rate": 0,
    }


def hand_compute(dataset: Any, period: Any, filters: Any = None, settings: Any = None) -> dict:
    """A stand-in for ``compute_kpis``: the hand-built result of ``period``."""
    scale = 1.0 if period.start.year >= 2025 else 0.8
    return hand_result(period.start, period.end, scale)
