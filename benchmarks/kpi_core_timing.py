"""Quick local timing of ``compute_kpis`` on synthetic data (not a test).

CPU time is printed next to wall time: on a shared, busy machine wall time mostly
measures waiting for a core.

Usage (from the project root): PYTHONPATH=. python benchmarks/kpi_core_timing.py [deals ...]
(default: 100000 1000000)
"""

from __future__ import annotations

import sys
import time
from datetime import date

import numpy as np
import pandas as pd

from kpi_core import Dataset, Filters, compute_kpis, parse_period
from kpi_core.dataset import DEFAULT_STAGES


def synthetic(n_deals: int, seed: int = 1) -> Dataset:
    """Five years of deals (with ~3 history rows each), leads, spend, NPS, quotas."""
    rng = np.random.default_rng(seed)
    start = np.datetime64("2021-01-01", "D")
    created = start + rng.integers(0, 5 * 365, n_deals).astype("timedelta64[D]")
    closed = created + rng.integers(5, 120, n_deals).astype("timedelta64[D]")
    status = rng.choice(
        np.array(["open", "won", "lost"], dtype=object), n_deals, p=[0.3, 0.35, 0.35]
    )
    closed = np.where(status == "open", np.datetime64("NaT"), closed)
    owners = np.array([f"Rep {i}" for i in range(40)], dtype=object)
    sources = np.array(["Website", "Referral", "Ads", "Events", "Social", None], dtype=object)
    stages = np.array([s.name for s in DEFAULT_STAGES] + [None], dtype=object)
    currencies = np.array([None, "USD", "EUR"], dtype=object)
    accounts = np.array([f"Acct {i}" for i in range(max(10, n_deals // 10))], dtype=object)
    ids = np.arange(1, n_deals + 1)
    deals = pd.DataFrame(
        {
            "id": ids,
            "account": rng.choice(accounts, n_deals),
            "owner": rng.choice(owners, n_deals),
            "source": rng.choice(sources, n_deals),
            "product": rng.choice(np.array(["A", "B", "C"], dtype=object), n_deals),
            "product_type": rng.choice(np.array(["licence", "service"], dtype=object), n_deals),
            "stage": rng.choice(stages, n_deals),
            "status": status,
            "amount": np.where(rng.random(n_deals) < 0.02, np.nan, rng.uniform(1e3, 5e4, n_deals)),
            "currency": rng.choice(currencies, n_deals, p=[0.6, 0.3, 0.1]),
            "cost": np.where(rng.random(n_deals) < 0.5, np.nan, rng.uniform(100, 900, n_deals)),
            "probability": np.where(
                rng.random(n_deals) < 0.8, np.nan, rng.uniform(0, 100, n_deals)
            ),
            "created_on": created.astype("datetime64[ns]"),
            "closed_on": closed.astype("datetime64[ns]"),
            "contract_months": rng.choice(np.array([np.nan, 12.0, 24.0, 36.0]), n_deals),
            "one_time_fee": np.where(rng.random(n_deals) < 0.7, np.nan, 500.0),
        }
    )
    h_deal = np.repeat(ids, 3)
    h_stage = np.tile(np.array([s.name for s in DEFAULT_STAGES[:3]], dtype=object), n_deals)
    h_on = np.repeat(created, 3) + np.tile(np.array([0, 5, 12]), n_deals).astype("timedelta64[D]")
    history = pd.DataFrame({"deal_id": h_deal, "stage": h_stage, "entered_on": h_on})
    n_leads = int(n_deals * 0.3)
    l_created = start + rng.integers(0, 5 * 365, n_leads).astype("timedelta64[D]")
    leads = pd.DataFrame(
        {
            "id": np.arange(1, n_leads + 1),
            "owner": rng.choice(owners, n_leads),
            "source": rng.choice(sources, n_leads),
            "created_on": l_created,
            "sql_on": np.where(
                rng.random(n_leads) < 0.3, l_created + np.timedelta64(7, "D"), np.datetime64("NaT")
            ),
            "converted_on": np.where(
                rng.random(n_leads) < 0.1, l_created + np.timedelta64(20, "D"), np.datetime64("NaT")
            ),
        }
    )
    n_spend = max(10, n_deals // 50)
    spend = pd.DataFrame(
        {
            "id": np.arange(1, n_spend + 1),
            "spent_on": start + rng.integers(0, 5 * 365, n_spend).astype("timedelta64[D]"),
            "source": rng.choice(sources, n_spend),
            "category": rng.choice(
                np.array(["marketing", "sales", "other", None], dtype=object), n_spend
            ),
            "amount": rng.uniform(100, 5000, n_spend),
            "currency": rng.choice(currencies, n_spend),
        }
    )
    n_nps = max(10, n_deals // 20)
    nps = pd.DataFrame(
        {
            "id": np.arange(1, n_nps + 1),
            "responded_on": start + rng.integers(0, 5 * 365, n_nps).astype("timedelta64[D]"),
            "score": rng.integers(0, 11, n_nps).astype(float),
        }
    )
    months = pd.period_range("2021-01", "2025-12", freq="M")
    quotas = pd.DataFrame(
        [
            {
                "id": i,
                "owner": o,
                "period_start": m.start_time,
                "period_end": m.end_time.normalize(),
                "amount": 3e5,
            }
            for i, (o, m) in enumerate((o, m) for o in owners for m in months)
        ]
    )
    forecasts = pd.DataFrame(
        [
            {
                "id": i,
                "period_start": m.start_time,
                "period_end": m.end_time.normalize(),
                "amount": 1e7,
            }
            for i, m in enumerate(months)
        ]
    )
    acc = pd.DataFrame(
        {
            "id": np.arange(len(accounts)),
            "name": accounts,
            "churned_on": np.where(
                rng.random(len(accounts)) < 0.1, np.datetime64("2024-06-01"), np.datetime64("NaT")
            ),
        }
    )
    rates = pd.DataFrame(
        {
            "currency": ["EUR", "EUR"],
            "rate": [1.1, 1.08],
            "valid_from": ["2020-01-01", "2023-01-01"],
        }
    )
    return Dataset.from_frames(
        deals=deals, stage_history=history, leads=leads, spend=spend, nps=nps,
        quotas=quotas, forecasts=forecasts, accounts=acc, rates=rates,
    )  # fmt: skip


def main(sizes: list[int]) -> None:
    for n in sizes:
        t0 = time.perf_counter()
        ds = synthetic(n)
        print(f"{n:>9} deals: built in {time.perf_counter() - t0:.1f} s")
        t0, c0 = time.perf_counter(), time.process_time()
        compute_kpis(ds, parse_period("2024-Q2"), today=date(2026, 1, 1))
        wall, cpu = time.perf_counter() - t0, time.process_time() - c0
        print(
            f"    first call (fills the cache) {wall * 1000:.0f} ms wall, {cpu * 1000:.0f} ms CPU"
        )
        for label, flt in (
            ("2024-Q2", Filters()),
            ("2024", Filters()),
            ("2024-Q2", Filters(owner="Rep 3")),
        ):
            compute_kpis(ds, parse_period(label), flt, today=date(2026, 1, 1))  # warm-up
            times, cpu = [], []
            for _ in range(5):
                t0, c0 = time.perf_counter(), time.process_time()
                compute_kpis(ds, parse_period(label), flt, today=date(2026, 1, 1))
                times.append(time.perf_counter() - t0)
                cpu.append(time.process_time() - c0)
            tag = "owner filter" if flt.active else "no filter"
            print(
                f"    {label:8} {tag:12} best {min(times) * 1000:7.1f} ms wall, "
                f"{min(cpu) * 1000:7.1f} ms CPU"
            )


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [100_000, 1_000_000])
