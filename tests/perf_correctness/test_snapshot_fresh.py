"""The dataset snapshot never serves stale data.

After every kind of write (the store's repository as the window uses it, the command line
import and undo, another process writing with plain SQL, a restored copy of the file), the
dataset ``load_dataset`` gives must equal a fresh full read of the database.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pandas.testing as pdt
import pytest
from sqlalchemy import Engine

from desktop_app.cli import main
from desktop_app.store import snapshot
from desktop_app.store.engine import open_database
from desktop_app.store.loader import load_dataset
from desktop_app.store.repository import create_record, delete_records, update_record
from kpi_core.dataset import COLUMNS, Dataset


@pytest.fixture(autouse=True)
def _always_snapshot(monkeypatch: pytest.MonkeyPatch) -> None:
    """Write a snapshot whatever the size (the demo is below the size that earns one)."""
    monkeypatch.setattr(snapshot, "MIN_ROWS", 0)


@pytest.fixture()
def workspace(tmp_path: Path) -> Path:
    path = tmp_path / "work.sqlite"
    assert main(["demo", "--db", str(path), "--deals", "300", "--seed", "5"]) == 0
    return path


def assert_same(a: Dataset, b: Dataset) -> None:
    for name in COLUMNS:
        pdt.assert_frame_equal(getattr(a, name), getattr(b, name), obj=name)


def load_checked(engine: Engine, db: Path) -> Dataset:
    """The dataset as the app loads it, checked against a fresh full read."""
    loaded = load_dataset(engine)
    assert_same(loaded, load_dataset(engine, snapshot=False))
    assert snapshot.snapshot_path(db).exists()
    return loaded


def from_snapshot(db: Path) -> Dataset | None:
    """What the snapshot file alone would give for the database's state now."""
    with sqlite3.connect(db) as conn:
        key = snapshot.read_key(conn)
    assert key is not None
    return snapshot.read(snapshot.snapshot_path(db), key)


def test_second_load_comes_from_the_snapshot_and_equals_a_full_read(workspace: Path) -> None:
    engine = open_database(workspace)
    first = load_checked(engine, workspace)
    cached = from_snapshot(workspace)
    assert cached is not None
    assert_same(cached, first)
    assert_same(load_checked(engine, workspace), first)
    engine.dispose()


def test_repository_writes_of_every_kind_invalidate_the_snapshot(workspace: Path) -> None:
    engine = open_database(workspace)
    before = load_checked(engine, workspace)
    deal_id = int(before.deals["id"].iloc[0])
    update_record(engine, "deals", deal_id, {"amount": 123456.5, "stage": "Negotiation"})
    assert from_snapshot(workspace) is None  # the write changed the stamp
    after = load_checked(engine, workspace)
    row = after.deals.set_index("id").loc[deal_id]
    assert row["amount"] == 123456.5

    changes = create_record(
        engine, "leads", {"name": "Ada Fresh", "created_on": "2025-03-01", "source": "New Src"}
    )
    loaded = load_checked(engine, workspace)
    assert "Ada Fresh" in set(loaded.leads["name"])
    assert "New Src" in set(loaded.leads["source"])

    delete_records(engine, "leads", [changes.id])
    assert "Ada Fresh" not in set(load_checked(engine, workspace).leads["name"])

    spend_id = int(loaded.spend["id"].iloc[0])
    delete_records(engine, "spend", [spend_id])
    assert spend_id not in set(load_checked(engine, workspace).spend["id"])
    engine.dispose()


def test_a_renamed_lookup_shows_in_the_next_load(workspace: Path) -> None:
    engine = open_database(workspace)
    load_checked(engine, workspace)
    with sqlite3.connect(workspace) as conn:
        conn.execute("UPDATE reps SET name = 'Renamed Rep' WHERE id = (SELECT min(id) FROM reps)")
    assert "Renamed Rep" in set(load_checked(engine, workspace).deals["owner"])
    engine.dispose()


def test_command_line_import_and_undo_invalidate_the_snapshot(
    workspace: Path, tmp_path: Path
) -> None:
    engine = open_database(workspace)
    before = load_checked(engine, workspace)
    csv = tmp_path / "deals.csv"
    csv.write_text(
        "Deal ID,Deal name,Account,Owner,Stage,Status,Amount,Created,Close Date\n"
        "X-1,Snapshot deal one,Acme Fresh,Priya Raman,Proposal,open,5000,2025-02-01,\n"
        "X-2,Snapshot deal two,Acme Fresh,Priya Raman,Won,won,7000,2025-02-03,2025-03-01\n",
        encoding="utf-8",
    )
    assert main(["import", str(csv), "--db", str(workspace)]) == 0
    imported = load_checked(engine, workspace)
    assert len(imported.deals) == len(before.deals) + 2
    assert {"X-1", "X-2"} <= set(imported.deals["external_id"])
    with sqlite3.connect(workspace) as conn:
        batch = conn.execute("SELECT max(id) FROM import_batches").fetchone()[0]
    assert main(["undo-import", str(batch), "--db", str(workspace)]) == 0
    undone = load_checked(engine, workspace)
    assert_same(undone, before)
    engine.dispose()


def test_a_write_from_another_process_invalidates_the_snapshot(workspace: Path) -> None:
    engine = open_database(workspace)
    before = load_checked(engine, workspace)
    deal_id = int(before.deals["id"].iloc[-1])
    script = (
        "import sqlite3, sys\n"
        "conn = sqlite3.connect(sys.argv[1])\n"
        "conn.execute('UPDATE deals SET amount = 42.25 WHERE id = ?', (int(sys.argv[2]),))\n"
        "conn.commit()\n"
    )
    subprocess.run([sys.executable, "-c", script, str(workspace), str(deal_id)], check=True)
    after = load_checked(engine, workspace)
    assert after.deals.set_index("id").loc[deal_id, "amount"] == 42.25
    engine.dispose()


def test_a_restored_copy_never_meets_the_snapshot_of_later_edits(
    workspace: Path, tmp_path: Path
) -> None:
    engine = open_database(workspace)
    load_checked(engine, workspace)
    engine.dispose()
    copy = tmp_path / "copy.sqlite"
    with sqlite3.connect(workspace) as src, sqlite3.connect(copy) as dst:
        src.backup(dst)
    engine = open_database(workspace)
    with sqlite3.connect(workspace) as conn:
        conn.execute("UPDATE deals SET amount = amount + 1")
    load_checked(engine, workspace)  # the snapshot now holds the edited amounts
    engine.dispose()
    with sqlite3.connect(copy) as src, sqlite3.connect(workspace) as dst:
        src.backup(dst)  # the backup restored, as SQLite copies a live database
    engine = open_database(workspace)
    restored = load_checked(engine, workspace)
    engine.dispose()
    with sqlite3.connect(copy) as conn:
        amounts = [r[0] for r in conn.execute("SELECT amount FROM deals ORDER BY id")]
    assert restored.deals["amount"].tolist() == pytest.approx(amounts, nan_ok=True)


def test_a_damaged_snapshot_is_ignored_and_written_again(workspace: Path) -> None:
    engine = open_database(workspace)
    good = load_checked(engine, workspace)
    path = snapshot.snapshot_path(workspace)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])  # cut short
    assert from_snapshot(workspace) is None
    assert_same(load_checked(engine, workspace), good)
    assert from_snapshot(workspace) is not None  # rebuilt
    path.write_bytes(b"not a snapshot at all")
    assert_same(load_checked(engine, workspace), good)
    engine.dispose()


def test_without_its_triggers_the_database_is_always_read(workspace: Path) -> None:
    engine = open_database(workspace)
    load_checked(engine, workspace)
    with sqlite3.connect(workspace) as conn:
        conn.execute("DROP TRIGGER dataset_stamp_deals_update")
        assert snapshot.read_key(conn) is None
        conn.execute("UPDATE deals SET amount = 1")  # no longer changes the stamp
    loaded = load_dataset(engine)
    assert set(loaded.deals["amount"].dropna()) == {1.0}
    engine.dispose()


def test_a_bulk_import_changes_the_stamp_once_and_keeps_the_triggers(tmp_path: Path) -> None:
    db = tmp_path / "bulk.sqlite"
    engine = open_database(db)
    assert len(load_checked(engine, db).deals) == 0
    rows = 50_000  # the size from which the import drops indexes and stamp triggers
    csv = tmp_path / "bulk.csv"
    lines = ["Deal ID,Deal name,Account,Owner,Stage,Status,Amount,Created,Close Date"]
    lines += [
        f"B-{i},Deal {i},Account {i % 97},Rep {i % 5},Proposal,open,{1000 + i},2025-01-{1 + i % 28:02d},"
        for i in range(rows)
    ]
    csv.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(["import", str(csv), "--db", str(db)]) == 0
    loaded = load_checked(engine, db)
    assert len(loaded.deals) == rows
    with sqlite3.connect(db) as conn:
        assert snapshot.read_key(conn) is not None  # every trigger back in place
        conn.execute("UPDATE deals SET amount = 7 WHERE external_id = 'B-3'")
    assert load_checked(engine, db).deals.set_index("external_id").loc["B-3", "amount"] == 7
    engine.dispose()
