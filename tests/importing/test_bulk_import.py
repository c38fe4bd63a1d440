"""A large import takes the bulk path (indexes and stamp triggers dropped and built again in
the same transaction): it stores what the row path stores, rejects the same rows for the
same reasons, adds nothing on a re-import, is undone exactly, and a cancel midway leaves the
database, its indexes and its triggers as they were."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import Engine

from desktop_app.importing.api import (
    ImportCancelled,
    ImportOptions,
    list_imports,
    run_import,
    undo_import,
)
from desktop_app.store import bulk_write
from desktop_app.store.engine import open_database
from tests.importing.conftest import TODAY, count, dump

OPTS = ImportOptions(today=TODAY)
ROWS = bulk_write.BULK_ROWS + 2_000

#: rows (1-based data rows) made bad on purpose, and the reason each must be rejected for
BAD = {
    101: ("Amount", "-5.00", "negative amount"),
    202: ("Created", "2025-13-45", "unreadable date"),
    303: ("Amount", '"12,5"', "mixed decimal marks"),  # quoted: the comma is no delimiter
    404: ("Amount", "abc", "not a number"),
    505: ("Close Date", "", "missing close date"),
    606: ("Amount", "1e300", "number out of range"),
}
HEAD = ["Deal ID", "Deal name", "Account", "Owner", "Source", "Stage", "Status"]
HEAD += ["Amount", "Created", "Close Date"]


def _deals_csv(path: Path, rows: int, prefix: str = "B") -> Path:
    lines = [",".join(HEAD)]
    for i in range(1, rows + 1):
        status = ("open", "won", "lost")[i % 3]
        rec = {
            "Deal ID": f"{prefix}-{i}",
            "Deal name": f"Deal {i}",
            "Account": f"Account {i % 97}",
            "Owner": f"Rep {i % 7}",
            "Source": ("Web", "Referral", "")[i % 3],
            "Stage": "Proposal" if status == "open" else "",
            "Status": status if i != 505 else "won",
            "Amount": f"{1000 + i}.{i % 100:02d}" if i % 11 else "",
            "Created": f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}",
            "Close Date": "" if status == "open" else f"2026-{1 + i % 10:02d}-{1 + i % 27:02d}",
        }
        if i in BAD:
            column, value, _reason = BAD[i]
            rec[column] = value
        lines.append(",".join(rec[h] for h in HEAD))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _leads_csv(path: Path, rows: int) -> Path:
    lines = ["Lead ID,Name,Company,Lead Source,Owner,Created,Converted"]
    lines += [
        f"L-{i},Lead {i},Account {i % 89},{('Web', 'Event', '')[i % 3]},Rep {i % 5},"
        f"2025-{1 + i % 12:02d}-{1 + i % 28:02d},{'' if i % 4 else '2025-12-01'}"
        for i in range(1, rows + 1)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _deals_csv(tmp_path_factory.mktemp("bulk") / "deals.csv", ROWS)


def _schema(engine: Engine) -> list[tuple[str, str, str]]:
    """Every index and trigger of the database with its SQL."""
    with engine.connect() as conn:
        cur = bulk_write.raw_cursor(conn)
        return sorted(
            cur.execute(
                "SELECT type, name, sql FROM sqlite_master "
                "WHERE type IN ('index', 'trigger') AND sql IS NOT NULL"
            ).fetchall()
        )


def _rows(engine: Engine, table: str) -> list[tuple]:
    """The table's rows without the time of writing (the two imports ran at other times)."""
    with engine.connect() as conn:
        cur = bulk_write.raw_cursor(conn)
        cols = [r[1] for r in cur.execute(f"PRAGMA table_info({table})") if r[1] != "updated_at"]
        return cur.execute(f"SELECT {', '.join(cols)} FROM {table} ORDER BY id").fetchall()


@pytest.mark.parametrize("kind", ["deals", "leads"])
def test_bulk_path_stores_what_the_row_path_stores(
    kind: str, big: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    src = big if kind == "deals" else _leads_csv(tmp_path / "leads.csv", ROWS)
    bulk = open_database(tmp_path / "bulk.sqlite")
    rowwise = open_database(tmp_path / "rows.sqlite")
    try:
        schema = _schema(bulk)
        got = run_import(bulk, src, kind=kind, options=OPTS).to_dict()
        assert _schema(bulk) == schema  # every index and stamp trigger back as it was
        monkeypatch.setattr(bulk_write, "BULK_ROWS", 10**9)  # the row-by-row path
        ref = run_import(rowwise, src, kind=kind, options=OPTS).to_dict()
        for key in ("imported", "updated", "rejected", "duplicates", "warnings", "rejects"):
            assert got[key] == ref[key], key
        for table in (kind, "accounts", "reps", "sources", "stage_history", "import_changes"):
            assert _rows(bulk, table) == _rows(rowwise, table), table
        if kind == "deals":
            reasons = {r["row"]: r["reason"] for r in got["rejects"]}
            assert reasons == {row: reason for row, (_c, _v, reason) in BAD.items()}
            assert got["imported"] == ROWS - len(BAD)
        else:
            assert got["imported"] == ROWS
        with sqlite3.connect(tmp_path / "bulk.sqlite") as con:  # indexes hold every row
            assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        bulk.dispose()
        rowwise.dispose()


def test_reimport_of_the_same_large_file_adds_nothing(engine: Engine, big: Path) -> None:
    run_import(engine, big, options=OPTS)
    before = dump(engine)
    again = run_import(engine, big, options=OPTS).to_dict()
    assert (again["imported"], again["updated"]) == (0, 0)
    assert dump(engine) == before
    assert len(list_imports(engine)) == 1


def test_undo_of_a_large_import_removes_exactly_its_rows(
    engine: Engine, big: Path, tmp_path: Path
) -> None:
    small = _deals_csv(tmp_path / "small.csv", 40, prefix="S")
    run_import(engine, small, options=OPTS)
    before, schema = dump(engine), _schema(engine)
    report = run_import(engine, big, options=OPTS).to_dict()
    assert count(engine, "deals") == 40 + ROWS - len(BAD)
    undo_import(engine, report["batch_id"])
    assert dump(engine) == before
    assert _schema(engine) == schema


class _CancelAt:
    """Cancels once the written share reaches ``at`` (the bulk insert reports per chunk)."""

    def __init__(self, at: float) -> None:
        self.at = at
        self.seen: list[float] = []

    def progress(self, fraction: float, text: str = "") -> None:
        self.seen.append(fraction)

    @property
    def cancelled(self) -> bool:
        return bool(self.seen) and self.seen[-1] >= self.at


def test_a_cancel_midway_through_a_large_write_leaves_the_database_unchanged(
    engine: Engine, big: Path, tmp_path: Path
) -> None:
    run_import(engine, _deals_csv(tmp_path / "small.csv", 30, prefix="S"), options=OPTS)
    before, schema, batches = dump(engine), _schema(engine), list_imports(engine)
    state = _CancelAt(0.6)
    with pytest.raises(ImportCancelled):
        run_import(engine, big, options=OPTS, state=state)
    assert any(0.4 < f < 0.95 for f in state.seen)  # it was cancelled while writing rows
    assert dump(engine) == before
    assert _schema(engine) == schema  # the dropped indexes and triggers came back
    assert list_imports(engine) == batches
