"""``dealbook import / imports / undo-import`` through the real argument parser."""

from __future__ import annotations

import json

import pytest

from desktop_app import cli
from desktop_app.commands import import_file, imports, undo_import

MINE = (import_file, imports, undo_import)


@pytest.fixture(autouse=True)
def only_import_commands(monkeypatch):
    """Parse with the import commands alone (other commands are tested elsewhere)."""
    monkeypatch.setattr(cli, "COMMAND_MODULES", MINE)


def test_import_json_then_list_and_undo(tmp_path, files, capsys):
    db = str(tmp_path / "new" / "cli.sqlite")
    assert cli.main(["import", str(files / "salesforce.csv"), "--db", db, "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["imported"] == 8 and out["preset"] == "salesforce" and out["batch_id"] == 1
    assert cli.main(["import", str(files / "salesforce.csv"), "--db", db]) == 0
    text = capsys.readouterr().out
    assert "Imported 0, updated 0, already there 8" in text
    assert "Nothing new in this file" in text and "Deals: 4 open, 3 won, 1 lost." in text
    assert cli.main(["imports", "--db", db, "--json"]) == 0
    items = json.loads(capsys.readouterr().out)
    assert [i["id"] for i in items] == [1]  # the re-import changed nothing: no import recorded
    assert cli.main(["undo-import", "1", "--db", db]) == 0
    assert "8 rows removed" in capsys.readouterr().out
    assert cli.main(["undo-import", "1", "--db", db]) == 1
    assert "already undone" in capsys.readouterr().err


def test_dry_run_and_options(tmp_path, files, capsys):
    db = str(tmp_path / "cli.sqlite")
    args = [
        "import",
        str(files / "ambiguous.csv"),
        "--db",
        db,
        "--dry-run",
        "--json",
        "--date-order",
        "dmy",
        "--preset",
        "hubspot",
    ]
    assert cli.main(args) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["dry_run"] is True and out["date_order"]["Close Date"]["order"] == "dmy"
    assert not (tmp_path / "cli.sqlite").exists()  # a dry run creates no database


def test_ambiguous_dates_reported_in_summary(tmp_path, files, capsys):
    db = str(tmp_path / "cli.sqlite")
    assert cli.main(["import", str(files / "ambiguous.csv"), "--db", db]) == 0
    assert "read as month first (MDY) (the default)" in capsys.readouterr().out


def test_native_kind(tmp_path, files, capsys):
    db = str(tmp_path / "cli.sqlite")
    assert (
        cli.main(["import", str(files / "native_nps.csv"), "--kind", "nps", "--db", db, "--json"])
        == 0
    )
    out = json.loads(capsys.readouterr().out)
    assert (out["kind"], out["imported"], out["rejected"]) == ("nps", 2, 1)


@pytest.mark.parametrize(
    "name,words",
    [
        ("empty.csv", "empty"),
        ("header_only.csv", "no data rows"),
        ("binary.csv", "binary"),
        ("no_usable.csv", "No column"),
        ("missing.csv", "does not exist"),
    ],
)
def test_not_a_table_exits_1_with_one_sentence(tmp_path, files, capsys, name, words):
    db = tmp_path / "cli.sqlite"
    assert cli.main(["import", str(files / name), "--db", str(db), "--json"]) == 1
    cap = capsys.readouterr()
    assert cap.out == ""
    assert words in cap.err and cap.err.count("\n") == 1 and "Traceback" not in cap.err


def _pipeline_file(tmp_path):
    f = tmp_path / "pipeline.csv"
    f.write_text(
        "opportunity_id,sales_agent,account,deal_stage,close_date,close_value,notes\n"
        "A1,Ann,Acme,Won,2025-01-05,100,call back\n"
        "A2,Bob,Beta,Lost,2025-01-06,0,too pricey\n"
        "A3,Ann,Gamma,Engaging,,,demo booked\n",
        encoding="utf-8",
    )
    return f


def test_map_option_names_the_columns(tmp_path, capsys):
    f = _pipeline_file(tmp_path)
    db = tmp_path / "m.sqlite"
    args = ["import", str(f), "--db", str(db), "--dry-run", "--json", "--map", "title=notes"]
    assert cli.main(args) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["mapping"]["title"] == {"column": "notes", "reason": "chosen by the user"}
    assert out["status_counts"] == {"open": 1, "won": 1, "lost": 1}
    assert not db.exists()  # a dry run on a missing path creates nothing
    bad = ["import", str(f), "--db", str(db), "--map", "title=Nope"]
    assert cli.main(bad) == 1
    assert "no column 'Nope'" in capsys.readouterr().err
    assert cli.main(["import", str(f), "--db", str(db), "--map", "colour=notes"]) == 1
    assert "'colour' is not a field of deals" in capsys.readouterr().err
    assert cli.main(["import", str(f), "--db", str(db), "--map", "title"]) == 1
    assert "is not FIELD=COLUMN" in capsys.readouterr().err
    assert not db.exists()


def test_mapping_file_is_the_wizards_saved_object(tmp_path, capsys):
    f = _pipeline_file(tmp_path)
    saved = tmp_path / "mapping.json"
    saved.write_text(
        json.dumps(
            {
                "preset": "generic",
                "columns": {"account": "title", "opportunity_id": "external_id"},
                "stages": {"Engaging": {"status": None, "stage": "Meeting"}},
            }
        ),
        encoding="utf-8",
    )
    db = tmp_path / "s.sqlite"
    args = ["import", str(f), "--db", str(db), "--mapping", str(saved), "--json"]
    assert cli.main(args) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["mapping"]["title"]["column"] == "account"
    assert out["stages"]["Engaging"] == {"status": None, "stage": "Meeting", "how": "user"}
    assert out["imported"] == 3 and db.exists()
    saved.write_text("[1, 2]", encoding="utf-8")
    assert cli.main(["import", str(f), "--db", str(db), "--mapping", str(saved)]) == 1
    assert "has no 'columns' object" in capsys.readouterr().err


def test_failed_import_and_dry_run_leave_no_file_and_no_change(tmp_path, files, capsys):
    db = tmp_path / "new" / "never.sqlite"
    for name in ("no_usable.csv", "header_only.csv", "binary.csv"):
        assert cli.main(["import", str(files / name), "--db", str(db)]) == 1
        capsys.readouterr()
    assert cli.main(["import", str(files / "salesforce.csv"), "--db", str(db), "--dry-run"]) == 0
    capsys.readouterr()
    assert not db.exists() and not db.parent.exists()
    assert cli.main(["import", str(files / "salesforce.csv"), "--db", str(db)]) == 0
    capsys.readouterr()
    before = db.read_bytes()
    for args in (
        ["import", str(files / "salesforce.csv"), "--db", str(db), "--dry-run"],
        ["import", str(files / "hubspot.csv"), "--db", str(db), "--dry-run"],
        ["import", str(files / "salesforce.csv"), "--db", str(db)],  # nothing new
    ):
        assert cli.main(args) == 0
        capsys.readouterr()
    assert cli.main(["import", str(files / "no_usable.csv"), "--db", str(db)]) == 1
    assert db.read_bytes() == before
    assert sorted(p.name for p in db.parent.iterdir()) == ["never.sqlite"]
