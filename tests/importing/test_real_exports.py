"""Exports of many CRMs and languages through ``dealbook import``: exact counts and outcomes.

Every file of ``crm_fixtures3`` holds the same eight deals (3 won for 36,500.50, 2 lost, 3
open) in its CRM's own columns, words, encoding and number format; each must import to
exactly that, with no manual mapping.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from desktop_app import cli
from desktop_app.commands import import_file, imports

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fixtures"))
import crm_fixtures3 as C  # noqa: E402

MINE = (import_file, imports)


@pytest.fixture(autouse=True)
def only_import_commands(monkeypatch):
    monkeypatch.setattr(cli, "COMMAND_MODULES", MINE)


@pytest.fixture(scope="module")
def exports(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return C.build(tmp_path_factory.mktemp("real-exports"))


def _import(capsys, *args: str) -> dict:
    assert cli.main(["import", *args, "--json"]) == 0, capsys.readouterr().err
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("name", list(C.EXPORTS))
def test_export_imports_exactly(tmp_path, exports, capsys, name):
    db = tmp_path / "real.sqlite"
    out = _import(capsys, str(exports / name), "--db", str(db))
    for key, value in C.EXPECTED.items():
        assert out[key] == value, (key, out[key], out["mapping"], out["rejects"][:3])
    extra = dict(C.EXPORTS[name][1])
    warned = extra.pop("warnings_has", None)
    for key, value in extra.items():
        assert out[key] == value, key
    if warned:
        assert warned in out["warnings"]
    assert "no_lost_deals" not in out["warnings"] and "all_deals_open" not in out["warnings"]
    assert "unmapped_stage" not in out["warnings"]  # every open stage found its place
    # the deals' names, owners and accounts are the file's, and every deal has a name
    assert set(out["mapping"]) >= {"stage", "amount"} or "status" in out["mapping"]
    again = _import(capsys, str(exports / name), "--db", str(db))
    assert (again["imported"], again["updated"], again["already_there"]) == (0, 0, 8)
    assert again["nothing_new"] is True and again["batch_id"] is None


def test_salesforce_api_names_map_by_name_and_values(exports, tmp_path, capsys):
    out = _import(capsys, str(exports / "salesforce_api.csv"), "--db", str(tmp_path / "a.sqlite"))
    m = {f: v["column"] for f, v in out["mapping"].items()}
    assert m["stage"] == "StageName" and m["is_won"] == "IsWon" and m["is_closed"] == "IsClosed"
    assert m["account"] == "Account.Name"  # a name column beats the AccountId record ids
    assert m["amount"] == "Amount" and m["title"] == "Name" and m["external_id"] == "Id"
    assert m["owner"] == "OwnerId"  # the only owner column: revenue by rep is kept
    assert "AccountId" in out["left_out"]
    assert "values" in out["mapping"]["account"]["reason"]


def test_dataloader_without_iswon_uses_the_stage(exports, tmp_path, capsys):
    out = _import(
        capsys, str(exports / "salesforce_dataloader.csv"), "--db", str(tmp_path / "d.sqlite")
    )
    assert out["mapping"]["stage"]["column"] == "STAGENAME"
    assert out["mapping"]["is_closed"]["column"] == "ISCLOSED"
    assert out["status_counts"] == {"open": 3, "won": 3, "lost": 2}


def test_analytics_pipeline_without_a_name_column(exports, tmp_path, capsys):
    db = tmp_path / "p.sqlite"
    out = _import(capsys, str(exports / "sales_pipeline.csv"), "--db", str(db))
    assert out["mapping"]["title"]["column"] is None
    assert "record id" in out["mapping"]["title"]["reason"]
    assert out["mapping"]["owner"]["column"] == "sales_agent"
    assert out["mapping"]["created_on"]["column"] == "engage_date"
    assert out["warnings"]["name_from_record_id"] == 8
    text_args = ["import", str(exports / "sales_pipeline.csv"), "--db", str(tmp_path / "q.sqlite")]
    assert cli.main(text_args) == 0
    assert "the name is the record id ('opportunity_id')" in capsys.readouterr().out


def test_closed_without_outcome_is_refused_not_guessed(tmp_path, capsys):
    f = tmp_path / "closed.csv"
    f.write_text(
        "Id,Name,StageName,IsClosed,CloseDate,Amount\n"
        "1,A,Signed,true,2025-01-05,100\n"
        "2,B,Signed,true,2025-01-06,200\n"
        "3,C,Demo,false,2026-12-01,300\n",
        encoding="utf-8",
    )
    out = _import(capsys, str(f), "--db", str(tmp_path / "c.sqlite"), "--dry-run")
    assert out["status_counts"] == {"open": 1, "won": 0, "lost": 0}
    assert [r["reason"] for r in out["rejects"]] == ["outcome unknown", "outcome unknown"]


def test_isclosed_and_iswon_false_is_lost_in_any_spelling(tmp_path, capsys):
    rows = [("Ja", "Nein"), ("是", "否"), ("Y", "N"), ("Oui", "Non"), ("1", "0")]
    lines = ["Deal Name,Is Closed,Is Won,Close Date"]
    for i, (yes, no) in enumerate(rows):
        lines.append(f"Won {i},{yes},{yes},2025-02-0{i + 1}")
        lines.append(f"Lost {i},{yes},{no},2025-03-0{i + 1}")
        lines.append(f"Open {i},{no},{no},2026-12-0{i + 1}")
    f = tmp_path / "bools.csv"
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = _import(capsys, str(f), "--db", str(tmp_path / "b.sqlite"), "--dry-run")
    assert out["status_counts"] == {"open": 5, "won": 5, "lost": 5}


def test_warnings_no_lost_all_open_close_before_created(tmp_path, capsys):
    f = tmp_path / "won_only.csv"
    f.write_text(
        "Deal Name,Stage,Amount,Close Date,Created Date\n"
        "A,Closed Won,100,2025-01-05,2025-02-01\n"
        "B,Closed Won,200,2025-03-05,2025-01-01\n",
        encoding="utf-8",
    )
    out = _import(capsys, str(f), "--db", str(tmp_path / "w.sqlite"), "--dry-run")
    assert out["warnings"]["no_lost_deals"] == 2
    assert out["warnings"]["close_before_created"] == 1
    g = tmp_path / "open_only.csv"
    g.write_text(
        "Deal Name,Amount,Created Date,Outcome\nA,100,2025-01-05,x\nB,200,2025-01-06,y\n",
        encoding="utf-8",
    )
    out = _import(capsys, str(g), "--db", str(tmp_path / "o.sqlite"), "--dry-run")
    assert out["warnings"]["all_deals_open"] == 2
    assert cli.main(["import", str(g), "--db", str(tmp_path / "o.sqlite"), "--dry-run"]) == 0
    assert "all 2 deals are open" in capsys.readouterr().out


def test_unused_status_column_is_reported(tmp_path, capsys):
    f = tmp_path / "extra_status.csv"
    f.write_text(
        "Deal Name,Status,Ergebnis Alt,Close Date\n"
        "A,Won,Gewonnen,2025-01-05\nB,Lost,Verloren,2025-01-06\nC,Open,Offen,2026-12-01\n",
        encoding="utf-8",
    )
    out = _import(capsys, str(f), "--db", str(tmp_path / "u.sqlite"), "--dry-run")
    assert out["mapping"]["status"]["column"] == "Status"
    assert out["warnings"]["unused_status_column"] == 1
    assert "Ergebnis Alt" in out["left_out"]


def test_status_column_found_by_its_values(tmp_path, capsys):
    f = tmp_path / "by_values.csv"
    f.write_text(
        "Deal Name,Phase,Zustand,Close Date\n"
        "A,Angebot,Gewonnen,2025-01-05\nB,Angebot,Verloren,2025-01-06\n"
        "C,Angebot,Offen,2026-12-01\nD,Verhandlung,Offen,2026-12-02\n",
        encoding="utf-8",
    )
    out = _import(capsys, str(f), "--db", str(tmp_path / "v.sqlite"), "--dry-run")
    assert out["mapping"]["status"] == {
        "column": "Zustand",
        "reason": "its values are won/lost words",
    }
    assert out["status_counts"] == {"open": 2, "won": 1, "lost": 1}


def test_salesforce_opportunity_history_imports_as_stage_history(exports, tmp_path, capsys):
    """OpportunityHistory (API names) after the opportunities it belongs to."""
    db = tmp_path / "h.sqlite"
    _import(capsys, str(exports / "salesforce_api.csv"), "--db", str(db))
    rows = ["Id,OpportunityId,StageName,Amount,Probability,CloseDate,CreatedDate,CreatedById"]
    for d in C.DEALS[:3]:
        opp = C.sfid("006", d.n)
        rows.append(f"{C.sfid('008', d.n)},{opp},Prospecting,100,10,{d.closed},"
                    f"{d.created}T10:00:00.000Z,{C.sfid('005', 1)}")  # fmt: skip
        rows.append(f"{C.sfid('008', 10 + d.n)},{opp},{C.stage_of(d, C.EN)},100,100,{d.closed},"
                    f"{d.closed}T10:00:00.000Z,{C.sfid('005', 1)}")  # fmt: skip
    hist = tmp_path / "OpportunityHistory.csv"
    hist.write_text("\n".join(rows) + "\n", encoding="utf-8")
    out = _import(capsys, str(hist), "--db", str(db), "--kind", "stage_history")
    assert out["kind"] == "stage_history" and out["rejected"] == 0
    assert out["columns"] == {
        "OpportunityId": "deal_external_id",
        "StageName": "stage",
        "CreatedDate": "entered_on",
    }
    assert out["imported"] == 6


def test_bare_closed_stage_takes_the_probability_or_is_refused(tmp_path, capsys):
    f = tmp_path / "closed_stage.csv"
    f.write_text(
        "Deal Name,Stage,Probability,Close Date\n"
        "A,Closed,100,2025-01-01\nB,Closed,0,2025-01-02\nC,Closed,50,2025-01-03\n"
        "D,Proposal,50,2026-12-12\n",
        encoding="utf-8",
    )
    out = _import(capsys, str(f), "--db", str(tmp_path / "x.sqlite"), "--dry-run")
    assert out["status_counts"] == {"open": 1, "won": 1, "lost": 1}
    assert [(r["row"], r["reason"]) for r in out["rejects"]] == [(3, "outcome unknown")]


@pytest.mark.parametrize("suffix", [".xls", ".ods"])
def test_workbook_sheet_choice_as_for_xlsx(tmp_path, capsys, suffix):
    """``--sheet`` picks a sheet of an .xls or .ods; an unknown one is named in a sentence."""
    import pandas as pd

    path = tmp_path / f"two_sheets{suffix}"
    deals = pd.DataFrame(
        {
            "Deal Name": ["A", "B", "C"],
            "Stage": ["Closed Won", "Closed Lost", "Proposal"],
            "Amount": [100.0, 200.0, 300.0],
            "Close Date": ["2025-01-05", "2025-02-05", "2026-12-01"],
        }
    )
    if suffix == ".xls":
        import xlwt

        book = xlwt.Workbook()
        book.add_sheet("Notes").write(0, 0, "exported by hand")
        ws = book.add_sheet("Deals")
        for j, h in enumerate(deals.columns):
            ws.write(0, j, h)
            for i, v in enumerate(deals[h], start=1):
                ws.write(i, j, v)
        book.save(str(path))
    else:
        with pd.ExcelWriter(path, engine="odf") as xw:
            pd.DataFrame([["exported by hand"]]).to_excel(
                xw, sheet_name="Notes", header=False, index=False
            )
            deals.to_excel(xw, sheet_name="Deals", index=False)
    db = str(tmp_path / "s.sqlite")
    out = _import(capsys, str(path), "--db", db, "--sheet", "Deals", "--dry-run")
    assert out["sheet"] == "Deals" and out["status_counts"] == {"open": 1, "won": 1, "lost": 1}
    assert cli.main(["import", str(path), "--db", db, "--sheet", "Nope"]) == 1
    assert "no sheet named 'Nope'" in capsys.readouterr().err
