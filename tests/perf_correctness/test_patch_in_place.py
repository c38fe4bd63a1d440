"""A dataset patched after a write of a few records equals a fresh load of the database."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pandas.testing as pdt
import pytest

from desktop_app.cli import main
from desktop_app.store.engine import open_database
from desktop_app.store.loader import load_dataset
from desktop_app.store.repository import create_record, delete_records, update_record
from desktop_app.store.snapshot_patch import patch_dataset
from kpi_core.dataset import COLUMNS, Dataset
from kpi_core.engine import compute_kpis
from kpi_core.periods import parse_period

#: the key each frame is sorted on to compare (the contract allows any row order)
KEYS = {"stage_history": "deal_id", "rates": None}


def ordered(frame: pd.DataFrame, name: str) -> pd.DataFrame:
    key = KEYS.get(name, "id")
    if key is None:
        return frame
    return frame.sort_values(key, kind="stable").reset_index(drop=True)


def assert_same(a: Dataset, b: Dataset) -> None:
    for name in COLUMNS:
        pdt.assert_frame_equal(
            ordered(getattr(a, name), name), ordered(getattr(b, name), name), obj=name
        )


@pytest.fixture()
def workspace(tmp_path: Path) -> Path:
    path = tmp_path / "work.sqlite"
    assert main(["demo", "--db", str(path), "--deals", "300", "--seed", "9"]) == 0
    return path


def test_every_patched_write_equals_a_fresh_load(workspace: Path) -> None:
    engine = open_database(workspace)
    dataset = load_dataset(engine, snapshot=False)

    def step(kind: str, ids: tuple[int, ...]) -> Dataset:
        patched = patch_dataset(workspace, dataset, kind, ids)
        assert patched is not None
        assert_same(patched, load_dataset(engine, snapshot=False))
        return patched

    deal = int(dataset.deals["id"].iloc[5])
    dataset = step(
        "deals", update_record(engine, "deals", deal, {"amount": 9876.5, "stage": "Proposal"}).ids
    )
    assert dataset.deals.set_index("id").loc[deal, "amount"] == 9876.5

    created = create_record(
        engine,
        "deals",
        {
            "title": "Patched deal",
            "account": "Brand New Account Ltd",
            "owner": "Nobody Yet",
            "stage": "Qualified",
            "status": "open",
            "amount": 1200,
            "created_on": "2025-05-02",
        },
    )
    dataset = step("deals", created.ids)
    assert "Brand New Account Ltd" in set(dataset.accounts["name"])

    linked = dataset.activities["deal_external_id"].dropna()
    if len(linked):  # a deal whose activities point at it by external id
        target = dataset.deals[dataset.deals["external_id"] == linked.iloc[0]]["id"].iloc[0]
        dataset = step("deals", delete_records(engine, "deals", [int(target)]).ids)

    lead = create_record(
        engine, "leads", {"name": "Lead P", "created_on": "2025-01-09", "source": "Fresh"}
    )
    dataset = step("leads", lead.ids)
    dataset = step("leads", update_record(engine, "leads", lead.id, {"name": "Lead Q"}).ids)
    dataset = step("leads", delete_records(engine, "leads", [lead.id]).ids)

    spend = int(dataset.spend["id"].iloc[0])
    dataset = step("spend", update_record(engine, "spend", spend, {"amount": 77.0}).ids)

    # the KPIs of the patched dataset are those of a fresh load
    period = parse_period("2025")
    fresh = load_dataset(engine, snapshot=False)
    assert compute_kpis(dataset, period) == compute_kpis(fresh, period)
    engine.dispose()


def test_writes_it_does_not_patch_ask_for_a_full_load(workspace: Path) -> None:
    engine = open_database(workspace)
    dataset = load_dataset(engine, snapshot=False)
    assert patch_dataset(workspace, dataset, "quotas", (1,)) is None
    assert patch_dataset(workspace, dataset, "deals", ()) is None
    assert patch_dataset(workspace, dataset, "deals", tuple(range(1, 5000))) is None
    engine.dispose()
