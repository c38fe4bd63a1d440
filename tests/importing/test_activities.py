"""Native CSV import of activities and stage history, the export round trip, the CLI kinds."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pandas as pd

from desktop_app import cli
from desktop_app.importing.api import ImportOptions, run_import, undo_import
from desktop_app.store.export import export_kind
from desktop_app.store.loader import load_dataset
from desktop_app.store.repository_frames import table_frame
from tests.importing.conftest import TODAY, count, dump

OPTS = ImportOptions(today=TODAY)

DEALS = (
    "external_id,title,owner,status,amount,created_on,closed_on,list_amount,quantity\n"
    "D1,Alpha,Ann,won,900,2025-01-02,2025-02-01,1000,3\n"
    "D2,Bravo,Bo,open,400,2025-01-05,,,\n"
)
ACTIVITIES = (
    "done_on,owner,type,hours,deal_external_id,account,note\n"
    "2025-01-06,Ann,call,1.5,D1,Acme,first call\n"
    "2025-01-07,Ann,Demo,2,D1,Acme,\n"  # types are read case-insensitively
    "2025-01-08,Bo,,,,,\n"  # no type: other; no hours: unknown
    "2025-01-09,Bo,email,0.25,D9,,=SUM(A1)\n"  # a deal not (yet) in the workspace
    "2025-01-10,Bo,nap,1,,,\n"  # rejected: unknown type
    "2025-01-11,Bo,call,-1,,,\n"  # rejected: negative hours
)


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_activities_import_checks_rows_and_links_deals(engine, tmp_path: Path) -> None:
    run_import(engine, _write(tmp_path, "deals.csv", DEALS), "deals", options=OPTS)
    report = run_import(
        engine, _write(tmp_path, "act.csv", ACTIVITIES), options=OPTS, kind="activities"
    )
    d = report.to_dict()
    assert (d["preset"], d["imported"], d["rejected"]) == ("native", 4, 2)
    assert [(r["row"], r["reason"]) for r in d["rejects"]] == [
        (5, "unknown activity type"),
        (6, "negative hours"),
    ]
    assert d["warnings"].get("formula_like_text") == 1
    frame = table_frame(engine, "activities")
    assert frame["type"].tolist() == ["call", "demo", "other", "email"]
    assert frame["hours"].tolist()[:2] == [1.5, 2.0] and pd.isna(frame["hours"].iloc[2])
    assert frame["note"].iloc[3] == "=SUM(A1)"  # stored as the text it is
    data = load_dataset(engine)
    deal_ids = dict(zip(data.deals["external_id"], data.deals["id"], strict=True))
    linked = data.activities["deal_id"].tolist()
    assert linked[:2] == [deal_ids["D1"]] * 2 and all(pd.isna(v) for v in linked[2:])
    won = data.deals.set_index("external_id").loc["D1"]
    assert (won["list_amount"], won["quantity"]) == (1000.0, 3.0)
    again = run_import(engine, tmp_path / "act.csv", "activities", options=OPTS).to_dict()
    assert (again["imported"], again["updated"]) == (0, 0)


def test_activities_export_imports_back_the_same_rows(engine, tmp_path: Path) -> None:
    from desktop_app.store.engine import open_database

    run_import(engine, _write(tmp_path, "act.csv", ACTIVITIES), "activities", options=OPTS)
    out = tmp_path / "exported.csv"
    assert export_kind(engine, "activities", out) == 4
    text = out.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0] == "done_on,owner,type,hours,deal_external_id,account,note"
    assert "'=SUM(A1)" in text  # formula-like text escaped on the way out
    fresh = open_database(tmp_path / "fresh.sqlite")
    try:
        d = run_import(fresh, out, "activities", options=OPTS).to_dict()
        assert (d["imported"], d["rejected"]) == (4, 0)
        a = table_frame(engine, "activities").drop(columns=["id", "batch_id"])
        b = table_frame(fresh, "activities").drop(columns=["id", "batch_id"])
        b["note"] = b["note"].str.removeprefix("'")  # the quote the CSV escape added
        pd.testing.assert_frame_equal(a, b)
    finally:
        fresh.dispose()


def test_stage_history_native_import_and_undo(engine, tmp_path: Path) -> None:
    run_import(engine, _write(tmp_path, "deals.csv", DEALS), "deals", options=OPTS)
    before = dump(engine)
    history = _write(
        tmp_path,
        "history.csv",
        "deal_external_id,stage,entered_on\n"
        "D1,Qualified,2025-01-02\n"
        "D1,Proposal,2025-01-20\n"
        "D7,Proposal,2025-01-21\n",  # no such deal: refused, the rest imports
    )
    d = run_import(engine, history, "stage_history", options=OPTS).to_dict()
    assert (d["imported"], d["rejected"]) == (2, 1)
    assert d["rejects"][0]["reason"] == "unknown deal"
    assert count(engine, "stage_history") == 2
    out = tmp_path / "history-out.csv"
    export_kind(engine, "stage_history", out)
    assert out.read_text(encoding="utf-8-sig").splitlines() == [
        "deal_external_id,stage,entered_on",
        "D1,Qualified,2025-01-02",
        "D1,Proposal,2025-01-20",
    ]
    again = run_import(engine, history, "stage_history", options=OPTS).to_dict()
    assert (again["imported"], again["rejected"]) == (0, 1)
    undo_import(engine, d["batch_id"])
    assert dump(engine) == before


def test_cli_kinds_include_activities_and_stage_history(tmp_path: Path, capsys) -> None:
    db = str(tmp_path / "cli.sqlite")
    deals = _write(tmp_path, "deals.csv", DEALS)
    assert cli.main(["import", str(deals), "--db", db]) == 0
    act = _write(tmp_path, "act.csv", ACTIVITIES)
    capsys.readouterr()
    assert cli.main(["import", str(act), "--db", db, "--kind", "activities", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["imported"] == 4
    hist = _write(tmp_path, "h.csv", "deal_external_id,stage,entered_on\nD2,Lead-in,2025-01-05\n")
    assert cli.main(["import", str(hist), "--db", db, "--kind", "stage_history", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["imported"] == 1
    out = tmp_path / "a.csv"
    assert cli.main(["export", "--db", db, "--kind", "activities", "--out", str(out)]) == 0
    assert len(out.read_text(encoding="utf-8-sig").splitlines()) == 5
    assert dt.date.fromisoformat(out.read_text(encoding="utf-8-sig").splitlines()[1][:10])
