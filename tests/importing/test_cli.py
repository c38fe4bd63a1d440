"""``dealbook import / imports / undo-import`` through the real argument parser."""

from __future__ import annotations

import json

import pytest

from desktop_app import cli

MINE = (
    "desktop_app.commands.import_file",
    "desktop_app.commands.imports",
    "desktop_app.commands.undo_import",
)


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
    assert "read as MDY (default)" in capsys.readouterr().out


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
