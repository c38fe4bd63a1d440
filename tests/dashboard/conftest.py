"""Fixtures of the dashboard tests: a small dataset, a fake app context, no leaked threads."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from PySide6.QtCore import QObject, QThreadPool, Signal

from kpi_core.dataset import Dataset, KpiSettings

STAGES = ["Lead-in", "Qualified", "Meeting", "Proposal", "Negotiation"]


def small_dataset(seed: int = 7, deals: int = 240) -> Dataset:
    """Deals of 2024-2025 for two reps, three sources, two products; leads, NPS, spend."""
    rng = np.random.default_rng(seed)
    created = pd.Timestamp("2024-01-01") + pd.to_timedelta(rng.integers(0, 700, deals), unit="D")
    status = rng.choice(["won", "lost", "open"], deals, p=[0.4, 0.3, 0.3])
    cycle = pd.to_timedelta(rng.integers(5, 90, deals), unit="D")
    closed = pd.Series(created + cycle).where(status != "open")
    closed = closed.where(closed <= pd.Timestamp("2025-12-31"))
    status = np.where((status != "open") & closed.isna(), "open", status)
    frame = pd.DataFrame(
        {
            "id": np.arange(1, deals + 1),
            "title": [f"Deal {i}" for i in range(1, deals + 1)],
            "account": [f"Account {i % 60}" for i in range(deals)],
            "owner": rng.choice(["Alice", "Bob"], deals),
            "source": rng.choice(["Website", "Referral", "Events"], deals),
            "product": rng.choice(["Core", "Pro"], deals),
            "stage": rng.choice(STAGES, deals),
            "status": status,
            "amount": rng.integers(10, 200, deals) * 100.0,
            "created_on": created,
            "closed_on": closed,
            "contract_months": rng.choice([12.0, 24.0, np.nan], deals),
        }
    )
    nleads = deals * 2
    lcreated = pd.Timestamp("2024-01-01") + pd.to_timedelta(rng.integers(0, 700, nleads), unit="D")
    leads = pd.DataFrame(
        {
            "id": np.arange(1, nleads + 1),
            "name": [f"Lead {i}" for i in range(nleads)],
            "source": rng.choice(["Website", "Referral", "Events"], nleads),
            "owner": rng.choice(["Alice", "Bob"], nleads),
            "created_on": lcreated,
            "sql_on": pd.Series(lcreated + pd.Timedelta(days=5)).where(rng.random(nleads) < 0.4),
            "converted_on": pd.Series(lcreated + pd.Timedelta(days=9)).where(
                rng.random(nleads) < 0.2
            ),
        }
    )
    nps = pd.DataFrame(
        {
            "id": np.arange(1, 121),
            "responded_on": pd.Timestamp("2024-01-01")
            + pd.to_timedelta(rng.integers(0, 700, 120), unit="D"),
            "account": [f"Account {i % 60}" for i in range(120)],
            "score": rng.integers(0, 11, 120).astype(float),
        }
    )
    months = pd.date_range("2024-01-01", "2025-12-01", freq="MS")
    spend = pd.DataFrame(
        {
            "id": np.arange(1, len(months) * 3 + 1),
            "spent_on": np.repeat(months, 3),
            "source": ["Website", "Referral", "Events"] * len(months),
            "category": "marketing",
            "amount": 1500.0,
        }
    )
    quotas = pd.DataFrame(
        [
            {
                "owner": o,
                "period_start": m,
                "period_end": m + pd.offsets.MonthEnd(0),
                "amount": 20000.0,
            }
            for o in ("Alice", "Bob")
            for m in months
        ]
    ).assign(id=lambda f: np.arange(1, len(f) + 1))
    accounts = pd.DataFrame({"id": np.arange(1, 61), "name": [f"Account {i}" for i in range(60)]})
    return Dataset.from_frames(
        deals=frame, leads=leads, nps=nps, spend=spend, quotas=quotas, accounts=accounts
    )


class FakeContext(QObject):
    """The part of AppContext the dashboard uses."""

    data_changed = Signal(object)
    dataset_changed = Signal(object)
    settings_changed = Signal()

    def __init__(self, dataset: Dataset | None, settings: KpiSettings | None = None) -> None:
        super().__init__()
        self._dataset = dataset
        self._settings = settings or KpiSettings()
        self.engine = None
        self.db_path = None

    def dataset(self) -> Dataset | None:
        return self._dataset

    def kpi_settings(self) -> KpiSettings:
        return self._settings

    def reload(self) -> None:
        self.dataset_changed.emit(self._dataset)

    def set_dataset(self, dataset: Dataset) -> None:
        self._dataset = dataset
        self.dataset_changed.emit(dataset)


@pytest.fixture(scope="session")
def dataset() -> Dataset:
    return small_dataset()


@pytest.fixture
def context(dataset: Dataset) -> FakeContext:
    return FakeContext(dataset)


@pytest.fixture(autouse=True)
def no_leaked_threads(qapp):
    """Fail a test that leaves background work running."""
    yield
    pool = QThreadPool.globalInstance()
    assert pool.waitForDone(20000), "background work still running after the test"
    assert pool.activeThreadCount() == 0
