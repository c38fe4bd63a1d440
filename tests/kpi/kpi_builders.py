"""Small builders for KPI tests: row dicts and datasets."""

from __future__ import annotations

from datetime import date
from itertools import count

from kpi_core import Dataset, Filters, KpiSettings, compute_kpis, parse_period

Q1 = parse_period("2025-Q1")
Q2 = parse_period("2025-Q2")
MARCH = parse_period("2025-03")
TODAY = date(2026, 1, 1)

_ids = count(1)


def deal(
    status: str = "won",
    amount: float | None = 10_000.0,
    created: str | None = "2025-01-05",
    closed: str | None = "2025-02-10",
    **extra,
) -> dict:
    """A deal row; ``closed`` is dropped for open deals unless given explicitly."""
    row = {
        "id": extra.pop("id", next(_ids)),
        "title": "Deal",
        "status": status,
        "amount": amount,
        "created_on": created,
        "closed_on": closed if status != "open" else extra.pop("closed_on", None),
    }
    row.update(extra)
    return row


def deals(n: int, **kwargs) -> list[dict]:
    return [deal(**kwargs) for _ in range(n)]


def dataset(**frames) -> Dataset:
    return Dataset.from_frames(**frames)


def run(ds: Dataset, period=Q1, filters: Filters | None = None, **settings) -> dict:
    return compute_kpis(ds, period, filters or Filters(), KpiSettings(**settings), today=TODAY)


def kpis(ds: Dataset, period=Q1, filters: Filters | None = None, **settings) -> dict:
    return run(ds, period, filters, **settings)["kpis"]


def rows(ds: Dataset, breakdown: str, period=Q1, filters: Filters | None = None, **settings):
    return run(ds, period, filters, **settings)["breakdowns"][breakdown]
