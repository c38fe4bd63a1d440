"""Every write returns what it changed: repository writes, settings, imports and their undo."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from desktop_app.importing.api import ImportOptions, run_import, undo_import
from desktop_app.store import repository as repo
from desktop_app.store import repository_settings as repo_settings
from desktop_app.store.changes import Changes
from desktop_app.store.engine import open_database


@pytest.fixture
def engine(tmp_path: Path):
    eng = open_database(tmp_path / "changes.sqlite")
    yield eng
    eng.dispose()


def test_create_update_delete_restore_say_what_they_changed(engine) -> None:
    made = repo.create_record(
        engine, "deals", {"title": "A", "owner": "Ann", "account": "Acme", "stage": "Qualified"}
    )
    assert (made.created, made.updated, made.deleted) == (1, 0, 0)
    assert made.ids == (made.id,) and repo.get_record(engine, "deals", made.id)["title"] == "A"
    assert made.tables == {
        "deals",
        "stage_history",
        "accounts",
        "reps",
        "sources",
        "products",
    }
    assert made.kinds == {"deals", "stage_history", "accounts"}
    assert made.touches("deals") and made.touches("reps") and not made.touches("leads")

    other = repo.create_record(engine, "deals", {"title": "B"})
    both = [made.id, other.id]
    edited = repo.update_records(engine, "deals", both, {"amount": 5.0})
    assert (edited.created, edited.updated, edited.deleted) == (0, 2, 0)
    assert set(edited.ids) == set(both)
    nothing = repo.update_records(engine, "deals", both, {"no_such_field": 1})
    assert nothing.empty and nothing == Changes()

    snap = repo.snapshot(engine, "deals", both)
    gone = repo.delete_records(engine, "deals", both)
    assert (gone.deleted, repo.counts(engine)["deals"]) == (2, 0)
    back = repo.restore(engine, "deals", snap)
    assert (back.updated, back.deleted, repo.counts(engine)["deals"]) == (2, 0, 2)

    note = repo.create_record(engine, "activities", {"done_on": "2025-01-02", "owner": "Bo"})
    assert note.tables == {"activities", "reps", "accounts"} and note.kinds == {
        "activities",
        "accounts",
    }
    assert (note | made).created == 2 and (note | made).tables >= {"activities", "deals"}


def test_settings_writes_name_their_tables(engine) -> None:
    changes = repo_settings.save_workspace_settings(
        engine, {"base_currency": "EUR", "working_hours_per_week": 37.5}
    )
    assert changes.tables == {"settings"}
    assert repo_settings.workspace_settings(engine)["working_hours_per_week"] == 37.5
    stages = repo_settings.save_workspace_settings(engine, {"stages": [("One", 0.5)]})
    assert stages.tables == {"pipeline_stages"}


def test_import_and_undo_return_changes(engine, tmp_path: Path) -> None:
    path = tmp_path / "activities.csv"
    path.write_text(
        "done_on,owner,type,hours,account,note\n"
        "2025-01-06,Ann,call,1.5,Acme,first call\n"
        "2025-01-07,Bo,demo,,Acme,\n",
        encoding="utf-8",
    )
    report = run_import(
        engine, path, "activities", options=ImportOptions(today=dt.date(2025, 2, 1))
    )
    changes = report.changes
    assert (changes.created, changes.updated) == (2, 0)
    assert changes.touches("activities", "reps", "accounts", "import_batches")
    assert "activities" in changes.kinds
    undone = undo_import(engine, report.to_dict()["batch_id"])
    assert (undone.deleted, undone.updated) == (2, 0)
    assert undone.touches("activities", "reps", "accounts", "import_batches")
    assert repo.counts(engine)["activities"] == 0
    dry = run_import(engine, path, "activities", dry_run=True)
    assert dry.changes is None
