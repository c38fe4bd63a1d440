"""Re-imports, updates with stage history, dry runs, cancel and undo."""

from __future__ import annotations

import pytest

from desktop_app.errors import UserError
from desktop_app.importing.api import (
    ImportCancelled,
    ImportOptions,
    list_imports,
    run_import,
    undo_import,
)
from tests.importing.conftest import TODAY, count, dump

OPTS = ImportOptions(today=TODAY)

HEAD = "Deal - ID,Deal - Title,Deal - Value,Deal - Stage,Deal - Status,Deal - Won time,"
HEAD += "Deal - Last stage change\n"
V1 = HEAD + (
    "1,Alpha,1000,Qualified,open,,2025-01-01\n"
    "2,Bravo,2000,Demo Scheduled,open,,2025-01-02\n"
    "3,Charlie,3000,Proposal Made,won,2025-03-01 10:00:00,2025-02-01\n"
)
V2 = HEAD + (
    "1,Alpha,1500,Proposal Made,open,,2025-04-01\n"  # amount and stage changed
    "2,Bravo,2000,Demo Scheduled,open,,2025-01-02\n"  # unchanged
    "3,Charlie,3000,Proposal Made,won,2025-03-01 10:00:00,2025-02-01\n"  # unchanged
    "4,Delta,4000,Qualified,open,,2025-04-02\n"  # new
)


@pytest.fixture
def v1(tmp_path):
    p = tmp_path / "v1.csv"
    p.write_text(V1, encoding="utf-8")
    return p


@pytest.fixture
def v2(tmp_path):
    p = tmp_path / "v2.csv"
    p.write_text(V2, encoding="utf-8")
    return p


def _deal(engine, ext):
    with engine.connect() as conn:
        cur = conn.connection.driver_connection.cursor()
        return cur.execute(
            "SELECT amount, stage FROM deals WHERE external_id = ?", (ext,)
        ).fetchone()


def test_changed_reimport_updates_and_records_stage_history(engine, v1, v2):
    first = run_import(engine, v1, options=OPTS).to_dict()
    assert (first["imported"], first["updated"]) == (3, 0)
    assert count(engine, "stage_history") == 3  # the file says when each entered its stage
    second = run_import(engine, v2, options=OPTS).to_dict()
    assert (second["imported"], second["updated"]) == (1, 1)
    assert second["status_counts"] == {"open": 3, "won": 1, "lost": 0}
    assert _deal(engine, "1") == (1500.0, "Proposal")
    with engine.connect() as conn:
        cur = conn.connection.driver_connection.cursor()
        hist = cur.execute("SELECT stage, entered_on FROM stage_history ORDER BY id").fetchall()
        changes = cur.execute(
            "SELECT table_name FROM import_changes WHERE batch_id = ?", (second["batch_id"],)
        ).fetchall()
    assert hist == [
        ("Qualified", "2025-01-01"),
        ("Meeting", "2025-01-02"),
        ("Proposal", "2025-02-01"),
        ("Qualified", "2025-04-02"),
        ("Proposal", "2025-04-01"),
    ]
    assert ("deals",) in changes
    third = run_import(engine, v2, options=OPTS).to_dict()
    assert (third["imported"], third["updated"]) == (0, 0)


def test_stage_change_without_dates_uses_import_date(engine, tmp_path):
    a = tmp_path / "a.csv"
    a.write_text("Record ID,Deal Name,Deal Stage,Create Date\nH1,One,Qualified To Buy,2025-01-05\n")
    b = tmp_path / "b.csv"
    b.write_text("Record ID,Deal Name,Deal Stage,Create Date\nH1,One,Contract Sent,2025-01-05\n")
    run_import(engine, a, options=OPTS)
    assert count(engine, "stage_history") == 0
    d = run_import(engine, b, options=OPTS).to_dict()
    assert d["updated"] == 1
    with engine.connect() as conn:
        cur = conn.connection.driver_connection.cursor()
        hist = cur.execute("SELECT stage, entered_on FROM stage_history ORDER BY id").fetchall()
    assert hist == [("Qualified", "2025-01-05"), ("Negotiation", TODAY.isoformat())]


def test_undo_restores_database_exactly(engine, v1, v2):
    run_import(engine, v1, options=OPTS)
    before = dump(engine)
    rep = run_import(engine, v2, options=OPTS).to_dict()
    assert dump(engine) != before
    res = undo_import(engine, rep["batch_id"])
    assert (res.deleted, res.updated) == (1, 1)  # Delta removed, Alpha restored
    assert res.touches("deals", "stage_history", "import_batches")
    assert res.kinds == {"deals", "stage_history"}
    assert dump(engine) == before
    with pytest.raises(UserError, match="already undone"):
        undo_import(engine, rep["batch_id"])
    with pytest.raises(UserError, match="no import number"):
        undo_import(engine, 999)


def test_undo_first_import_leaves_empty_workspace(engine, files):
    empty = dump(engine)
    rep = run_import(engine, files / "pipedrive.csv", options=OPTS).to_dict()
    assert count(engine, "reps") == 3 and count(engine, "settings") >= 1
    undo_import(engine, rep["batch_id"])
    assert dump(engine) == empty
    items = list_imports(engine)
    assert items[0]["id"] == rep["batch_id"] and items[0]["undone_at"]
    assert items[0]["report"]["imported"] == 5


def test_dry_run_writes_nothing(engine, files, v1, v2):
    run_import(engine, v1, options=OPTS)
    before = dump(engine)
    d = run_import(engine, v2, dry_run=True, options=OPTS).to_dict()
    assert (d["imported"], d["updated"], d["dry_run"]) == (1, 1, True)
    assert dump(engine) == before
    assert len(list_imports(engine)) == 1


class _Cancel:
    def __init__(self, at: float) -> None:
        self.at = at
        self.seen: list[float] = []

    def progress(self, fraction: float, text: str = "") -> None:
        self.seen.append(fraction)

    @property
    def cancelled(self) -> bool:
        return bool(self.seen) and self.seen[-1] >= self.at


def test_cancel_rolls_back(engine, files):
    before = dump(engine)
    state = _Cancel(0.4)
    with pytest.raises(ImportCancelled):
        run_import(engine, files / "salesforce.csv", options=OPTS, state=state)
    assert dump(engine) == before
    assert list_imports(engine) == []


def test_adopt_stages_on_first_import(engine, files):
    opts = ImportOptions(today=TODAY, adopt_stages=True)
    before = dump(engine)
    d = run_import(engine, files / "hubspot.csv", options=opts).to_dict()
    assert [s[0] for s in d["adopted_stages"]] == [
        "Appointment Scheduled",
        "Qualified To Buy",
        "Contract Sent",
    ]
    with engine.connect() as conn:
        cur = conn.connection.driver_connection.cursor()
        pipe = cur.execute(
            "SELECT name, probability FROM pipeline_stages ORDER BY position"
        ).fetchall()
        won = cur.execute("SELECT stage FROM deals WHERE status='won'").fetchone()
    assert pipe[0] == ("Appointment Scheduled", 20.0)
    assert won == ("Contract Sent",)
    undo_import(engine, d["batch_id"])
    assert dump(engine) == before


def test_saved_mapping_applies_to_same_headers(engine, tmp_path):
    p = tmp_path / "odd.csv"
    p.write_text("Ref,Thing,Money,Phase\nR1,First,10,Phase A\nR2,Second,20,Phase B\n")
    opts = ImportOptions(
        today=TODAY,
        columns={"Ref": "external_id", "Thing": "title", "Money": "amount", "Phase": "stage"},
        stages={"Phase B": {"status": None, "stage": "Proposal"}},
        save_mapping_as="My CRM",
    )
    run_import(engine, p, options=opts)
    q = tmp_path / "odd2.csv"
    q.write_text("Ref,Thing,Money,Phase\nR3,Third,30,Phase B\n")
    d = run_import(engine, q, options=ImportOptions(today=TODAY)).to_dict()
    assert d["imported"] == 1 and d["columns"]["Thing"] == "title"
    assert d["stages"]["Phase B"]["stage"] == "Proposal"
    assert _deal(engine, "R3") == (30.0, "Proposal")


def test_hubspot_date_entered_columns_date_the_stage(engine, tmp_path):
    p = tmp_path / "hs.csv"
    p.write_text(
        'Record ID,Deal Name,Deal Stage,Date entered "Contract Sent (Sales Pipeline)",'
        'Date entered "Qualified To Buy (Sales Pipeline)"\n'
        "H1,One,Contract Sent,2025-02-03 10:00,2025-01-10 09:00\n"
        "H2,Two,Qualified To Buy,,2025-01-11 09:00\n"
    )
    run_import(engine, p, options=OPTS)
    with engine.connect() as conn:
        cur = conn.connection.driver_connection.cursor()
        hist = cur.execute("SELECT stage, entered_on FROM stage_history ORDER BY id").fetchall()
    assert hist == [("Negotiation", "2025-02-03"), ("Qualified", "2025-01-11")]


def test_undo_refuses_while_a_later_import_changed_the_rows(engine, v1, v2):
    first = run_import(engine, v1, options=OPTS).to_dict()
    second = run_import(engine, v2, options=OPTS).to_dict()
    with pytest.raises(UserError, match=f"undo import {second['batch_id']} first"):
        undo_import(engine, first["batch_id"])
    undo_import(engine, second["batch_id"])
    undo_import(engine, first["batch_id"])
    assert count(engine, "deals") == 0
