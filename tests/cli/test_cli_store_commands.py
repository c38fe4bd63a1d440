"""The demo, kpi and export subcommands end to end through ``desktop_app.cli.main``."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import openpyxl
import pytest

from desktop_app.cli import main
from desktop_app.commands.kpi import last_full_month
from desktop_app.presentation.format import format_value
from desktop_app.store.engine import open_database
from desktop_app.store.export import EXPORT_KINDS, export_kind, headers
from desktop_app.store.lookups import ensure_ids
from desktop_app.store.models import Deal
from kpi_core.engine import BREAKDOWN_IDS, KPI_IDS


def last_full_quarter(today: dt.date) -> str:
    q = (today.month - 1) // 3  # current quarter index 0..3
    year, q = (today.year, q) if q else (today.year - 1, 4)
    return f"{year}-Q{q}"


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "demo.sqlite"
    assert main(["demo", "--db", str(path), "--deals", "400", "--seed", "3"]) == 0
    return path


def test_demo_json_and_refusal(tmp_path: Path, capsys) -> None:
    path = tmp_path / "d.sqlite"
    assert main(["demo", "--db", str(path), "--deals", "50", "--seed", "1", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["counts"]["deals"] == 50
    assert main(["demo", "--db", str(path), "--deals", "50"]) == 1
    err = capsys.readouterr().err.strip()
    assert "already holds data" in err and "\n" not in err and "Traceback" not in err


def test_kpi_json_has_every_id(demo_db: Path, capsys) -> None:
    period = last_full_quarter(dt.date.today())
    assert main(["kpi", "--db", str(demo_db), "--period", period, "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(KPI_IDS) <= set(out["kpis"])
    assert set(BREAKDOWN_IDS) <= set(out["breakdowns"])
    assert out["kpis"]["deals_won"] > 0 and out["currency"] == "USD"
    assert out["period"]["start"].startswith(period[:4])


def test_kpi_table_default_period_and_filters(demo_db: Path, capsys) -> None:
    assert main(["kpi", "--db", str(demo_db), "--owner", "Priya Raman"]) == 0
    out = capsys.readouterr().out
    start, end = last_full_month(dt.date.today())
    assert f"({start.isoformat()} to {end.isoformat()})" in out
    assert "Revenue" in out and "Priya Raman" in out
    assert main(["kpi", "--db", str(demo_db), "--from", "2020-01-01", "--to", "2020-01-31"]) == 0
    assert "—" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["--period", "2025-Q7"], "not a period"),
        (["--period", "2025-13"], "month"),
        (["--from", "2025-02-30"], "not a date"),
        (["--from", "2025-03-01", "--to", "2025-02-01"], "before it starts"),
        (["--period", "2025", "--from", "2025-01-01"], "either"),
        (["--owner", "Nobody Here"], "no rep named"),
    ],
)
def test_kpi_bad_input_is_one_line(demo_db: Path, capsys, args: list[str], needle: str) -> None:
    assert main(["kpi", "--db", str(demo_db), *args]) == 1
    captured = capsys.readouterr()
    err = captured.err.strip()
    assert needle in err and "\n" not in err and "Traceback" not in err
    assert captured.out == ""


def test_kpi_missing_db_is_not_created(tmp_path: Path, capsys) -> None:
    path = tmp_path / "nothing.sqlite"
    assert main(["kpi", "--db", str(path), "--period", "2025"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"No database at {path}.") and "dealbook demo --db" in err
    assert not path.exists()
    assert main(["export", "--db", str(path), "--out", str(tmp_path / "x.csv")]) == 1
    assert not path.exists()


def test_format_value() -> None:
    assert format_value(1234567.891, "money", "USD") == "USD 1,234,568"  # as the window shows it
    assert format_value(7500.0, "money_per_day", "EUR") == "EUR 7,500 / day"
    assert format_value(0.25, "rate", "USD") == "25.0 %"
    assert format_value(20, "days", "USD") == "20.0 days"
    assert format_value(None, "rate", "USD") == "—"
    assert format_value(1500, "count", "USD") == "1,500"


@pytest.mark.parametrize("kind", EXPORT_KINDS)
def test_export_every_kind_csv(demo_db: Path, tmp_path: Path, kind: str, capsys) -> None:
    out = tmp_path / f"{kind}.csv"
    assert main(["export", "--db", str(demo_db), "--kind", kind, "--out", str(out), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == headers(kind)
    assert len(rows) - 1 == result["rows"] > 0


def _escaping_db(tmp_path: Path) -> Path:
    path = tmp_path / "esc.sqlite"
    eng = open_database(path)
    with eng.begin() as conn:
        acc = ensure_ids(conn, "accounts", ['=HYPERLINK("x")', "Zoë Café 北京"])
        rep = ensure_ids(conn, "reps", ["@Rep"])
        conn.execute(
            Deal.__table__.insert(),
            [
                {
                    "external_id": "1",
                    "title": "+cmd",
                    "account_id": acc['=HYPERLINK("x")'],
                    "owner_id": rep["@Rep"],
                    "status": "won",
                    "amount": 1500.0,
                    "probability": 35.0,
                    "created_on": dt.date(2025, 1, 2),
                    "closed_on": dt.date(2025, 2, 3),
                    "contract_months": 12,
                    "currency": "USD",
                },
                {
                    "external_id": "2",
                    "title": "-5 off",
                    "account_id": acc["Zoë Café 北京"],
                    "owner_id": None,
                    "status": "open",
                    "amount": None,
                    "probability": None,
                    "created_on": dt.date(2025, 1, 3),
                    "closed_on": None,
                    "contract_months": None,
                    "currency": None,
                },
            ],
        )
    eng.dispose()
    return path


def test_export_csv_escapes_formulas_and_keeps_names(tmp_path: Path) -> None:
    path = _escaping_db(tmp_path)
    eng = open_database(path)
    out = tmp_path / "deals.csv"
    assert export_kind(eng, "deals", out) == 2
    eng.dispose()
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows[0]["title"] == "'+cmd" and rows[0]["account"] == '\'=HYPERLINK("x")'
    assert rows[0]["owner"] == "'@Rep" and rows[1]["title"] == "'-5 off"
    assert rows[1]["account"] == "Zoë Café 北京"
    assert rows[0]["amount"] == "1500" and rows[0]["probability"] == "35"
    assert rows[0]["created_on"] == "2025-01-02" and rows[0]["closed_on"] == "2025-02-03"
    assert (
        rows[0]["contract_months"] == "12"
        and rows[1]["amount"] == ""
        and rows[1]["closed_on"] == ""
    )


def test_export_xlsx_types_and_text(tmp_path: Path, capsys) -> None:
    path = _escaping_db(tmp_path)
    out = tmp_path / "deals.xlsx"
    assert main(["export", "--db", str(path), "--kind", "deals", "--out", str(out)]) == 0
    ws = openpyxl.load_workbook(out).active
    rows = list(ws.iter_rows(values_only=True))
    assert list(rows[0]) == headers("deals")
    first = dict(zip(rows[0], rows[1], strict=True))
    assert first["title"] == "+cmd" and first["account"] == '=HYPERLINK("x")'
    assert ws.cell(row=2, column=3).data_type == "s"  # text, not a formula
    assert first["amount"] == 1500 and first["probability"] == 35
    assert first["created_on"] == dt.datetime(2025, 1, 2)
    second = dict(zip(rows[0], rows[2], strict=True))
    assert second["account"] == "Zoë Café 北京" and second["amount"] is None


def test_export_rejects_other_suffix(demo_db: Path, tmp_path: Path, capsys) -> None:
    assert main(["export", "--db", str(demo_db), "--out", str(tmp_path / "x.txt")]) == 1
    assert ".csv or .xlsx" in capsys.readouterr().err
