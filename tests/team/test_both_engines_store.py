"""The window's reads and writes hold on both engines: a SQLite file and a team database.

Every editable kind is created, read back (with its version), changed, taken back by undo
and deleted; two editors of one record: the second save is refused with what changed, and
nothing of it is written. The same calls, the same answers on SQLite and on PostgreSQL
(``engine_target``: a real server from ``scripts/pg_test_server.sh``).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from desktop_app.store import loader
from desktop_app.store import repository as repo
from desktop_app.store.conflicts import EditConflict, RecordGone
from desktop_app.store.engine import open_database

#: one record of every editable kind, and a change to make to it
RECORDS = {
    "deals": (
        {"title": "Fleet renewal", "owner": "Ann Lee", "amount": 1200.0, "stage": "Qualified"},
        {"amount": 1500.0, "stage": "Proposal"},
    ),
    "leads": ({"name": "Kiosk chain", "owner": "Ann Lee"}, {"sql_on": dt.date(2025, 2, 1)}),
    "spend": (
        {"spent_on": dt.date(2025, 1, 5), "amount": 10.0, "source": "Fairs"},
        {"amount": 12.5},
    ),
    "nps": ({"responded_on": dt.date(2025, 1, 5), "score": 9}, {"score": 7}),
    "quotas": (
        {
            "owner": "Ann Lee",
            "period_start": dt.date(2025, 1, 1),
            "period_end": dt.date(2025, 3, 31),
            "amount": 1000.0,
        },
        {"amount": 1100.0},
    ),
    "forecasts": (
        {"period_start": dt.date(2025, 1, 1), "period_end": dt.date(2025, 3, 31), "amount": 9.0},
        {"amount": 11.0},
    ),
    "accounts": ({"name": "Acme GmbH"}, {"churned_on": dt.date(2025, 6, 30)}),
    "rates": ({"currency": "EUR", "rate": 1.1, "valid_from": dt.date(2025, 1, 1)}, {"rate": 1.2}),
    "activities": (
        {"done_on": dt.date(2025, 1, 5), "owner": "Ann Lee", "type": "call", "hours": 1.5},
        {"hours": 2.0, "type": "meeting"},
    ),
}


@pytest.fixture
def engine(engine_target: Path | str):
    eng = open_database(engine_target)
    yield eng
    eng.dispose()


def _same(a: object, b: object) -> bool:
    if isinstance(b, dt.date) and not isinstance(a, dt.date):
        return str(a)[:10] == b.isoformat()
    return a == b


@pytest.mark.parametrize("kind", sorted(RECORDS))
def test_create_read_update_undo_delete(engine, kind: str) -> None:
    record, change = RECORDS[kind]
    created = repo.create_record(engine, kind, record, today=dt.date(2025, 1, 10))
    row_id = created.id
    got = repo.get_record(engine, kind, row_id)
    assert got is not None
    assert all(_same(got[k], v) for k, v in record.items()), got
    assert got["version"] == 1
    before = repo.snapshot(engine, kind, [row_id])

    changed = repo.update_record(engine, kind, row_id, {**change, "version": got["version"]})
    assert changed.updated == 1
    again = repo.get_record(engine, kind, row_id)
    assert again is not None
    assert all(_same(again[k], v) for k, v in change.items()), again
    assert again["version"] > got["version"]

    repo.restore(engine, kind, before)  # undo puts the row back as it was
    undone = repo.get_record(engine, kind, row_id)
    assert undone is not None
    assert all(_same(undone[k], v) for k, v in record.items()), undone

    assert repo.delete_records(engine, kind, [row_id]).deleted == 1
    assert repo.get_record(engine, kind, row_id) is None
    assert repo.counts(engine)[kind] == 0


def test_a_stage_change_records_history(engine) -> None:
    deal = repo.create_record(
        engine, "deals", {"title": "Pumps", "stage": "Qualified"}, today=dt.date(2025, 3, 1)
    ).id
    repo.update_record(engine, "deals", deal, {"stage": "Proposal"}, today=dt.date(2025, 3, 9))
    assert repo.stage_history(engine, deal) == [
        ("Qualified", dt.date(2025, 3, 1)),
        ("Proposal", dt.date(2025, 3, 9)),
    ]
    dataset = loader.load_dataset(engine)
    assert dataset.stage_history["stage"].tolist() == ["Qualified", "Proposal"]
    assert dataset.deals.loc[0, "stage"] == "Proposal"


def test_the_second_of_two_editors_is_refused_with_what_changed(engine) -> None:
    deal = repo.create_record(
        engine, "deals", {"title": "Boilers", "amount": 500.0, "stage": "Qualified"}
    ).id
    mine = repo.get_record(engine, "deals", deal)  # both open the form on the same version
    theirs = repo.get_record(engine, "deals", deal)
    assert mine is not None and theirs is not None
    repo.update_record(
        engine, "deals", deal, {"amount": 800.0, "stage": "Proposal"}, started_from=theirs
    )

    with pytest.raises(EditConflict) as refused:
        repo.update_record(engine, "deals", deal, {"title": "Boilers x2"}, started_from=mine)
    conflict = refused.value
    assert conflict.kind == "deals" and conflict.record_id == deal
    assert conflict.changed_fields == ["stage", "amount"]
    assert conflict.theirs["amount"] == 800.0 and conflict.theirs["stage"] == "Proposal"
    assert str(conflict) == (
        "Someone else changed this deal while you were editing it: Stage, Amount. "
        "Reload it to see their version; your changes are kept in the form."
    )
    stored = repo.get_record(engine, "deals", deal)
    assert stored is not None
    assert stored["title"] == "Boilers"  # nothing of the refused save was written
    assert repo.stage_history(engine, deal)[-1][0] == "Proposal"

    # reloaded: the save names the new version and goes through
    repo.update_record(engine, "deals", deal, {"title": "Boilers x2"}, started_from=stored)
    final = repo.get_record(engine, "deals", deal)
    assert final is not None
    assert (final["title"], final["amount"]) == ("Boilers x2", 800.0)


def test_saving_a_record_someone_deleted_says_so(engine) -> None:
    lead = repo.create_record(engine, "leads", {"name": "Dairy"}).id
    mine = repo.get_record(engine, "leads", lead)
    repo.delete_records(engine, "leads", [lead])
    with pytest.raises(RecordGone, match="Someone else deleted this lead"):
        repo.update_record(engine, "leads", lead, {"name": "Dairy plc"}, started_from=mine)
    assert repo.counts(engine)["leads"] == 0


def test_counts_and_lookups_match_what_was_written(engine) -> None:
    for i in range(3):
        repo.create_record(engine, "deals", {"title": f"D{i}", "owner": f"Rep {i % 2}"})
    repo.create_record(engine, "leads", {"name": "L", "owner": "Rep 0"})
    counts = repo.counts(engine)
    assert counts["deals"] == 3 and counts["leads"] == 1 and counts["spend"] == 0
    assert repo.lookup_names(engine, "reps") == ["Rep 0", "Rep 1"]
    summary = {r["name"]: r["open"] for r in repo.rep_summary(engine)}
    assert summary == {"Rep 0": 2, "Rep 1": 1}  # a deal without a status is open


def test_the_change_poll_sees_another_connections_write(engine, engine_target) -> None:
    """``DataVersion`` (the window's polling fallback) moves when another connection writes:
    SQLite's ``data_version`` on a file, the ``dataset_stamp`` on a team database."""
    from desktop_app.store.data_version import DataVersion

    poll = DataVersion(engine_target)
    try:
        before = poll.read()
        assert before is not None
        assert poll.read() == before  # nothing written: the same number
        repo.create_record(engine, "deals", {"title": "Heat pumps"})
        assert poll.read() not in (None, before)
    finally:
        poll.close()
