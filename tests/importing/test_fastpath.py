"""The fast CSV reader (``fastcsv``) gives exactly what the exact reader gives.

Every text fixture, and variants that exercise what the fast path must get right (blank
and whitespace-only lines, all-delimiter lines, short and long rows, quoted delimiters and
doubled quotes, CRLF, footers, a chosen header row), is read both ways and imported both
ways; the tables, the reports and the database contents must be identical.
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest

from desktop_app.errors import UserError
from desktop_app.importing import fastcsv, reader, sniff
from desktop_app.importing.api import ImportOptions, run_import
from desktop_app.importing.reader import read_table
from desktop_app.store.engine import open_database
from tests.importing.conftest import TODAY, dump

TEXT_FIXTURES = [
    "ambiguous.csv",
    "defects.csv",
    "european.csv",
    "header_only.csv",
    "hubspot.csv",
    "hubspot_utf16.csv",
    "native_accounts.csv",
    "native_deals.csv",
    "native_forecasts.csv",
    "native_leads.csv",
    "native_nps.csv",
    "native_quotas.csv",
    "native_rates.csv",
    "native_spend.csv",
    "odoo.csv",
    "pipedrive.csv",
    "salesforce.csv",
    "wukong.csv",
    "zoho.csv",
]

HEAD = "Deal Name,Amount,Deal Stage,Close Date,Deal owner\r\n"
GOOD = [
    "Alpha,100,Closed Won,2025-01-05,Ann",
    '"Beta, Inc",200,Qualified To Buy,2025-02-05,Bob',
    '"Gamma ""big""",,Closed Lost,2025-03-05,Ann',
    "Delta,300,Contract Sent,2025-04-05,Cid",
    "Alpha,100,Closed Won,2025-01-05,Ann",
]
#: name -> (file text, whether the fast path must take it; None: either)
VARIANTS: dict[str, tuple[str, bool | None]] = {
    "plain": (HEAD + "\r\n".join(GOOD) + "\r\n", True),
    "blank_lines": ("\n" + HEAD + "\n\n".join(GOOD) + "\n   \n\t\n", True),
    "all_delimiters": (HEAD + GOOD[0] + "\n,,,,\n , ,,,\n" + "\n".join(GOOD[1:]), True),
    "short_rows": (HEAD + "\n".join([*GOOD[:2], "Eps,5", "Zeta", *GOOD[2:]]) + "\n", True),
    "long_first": (HEAD + "Eta,1,Closed Won,2025-01-01,Ann,extra\n" + "\n".join(GOOD), False),
    "long_later": (HEAD + "\n".join([*GOOD[:2], "Theta,1,Qualified,2025-1-1,Ann,x,y"]), False),
    "footer": (
        HEAD + "\n".join(GOOD) + "\n\nGrand Totals (5 records),,,,\nConfidential Information\n",
        True,
    ),
    "footer_only_blanks": (HEAD + "\n".join(GOOD) + "\n,,,,\n\n", True),
    "title_rows": ("Deals report\nOwner: all\n\n" + HEAD + "\n".join(GOOD) + "\n", False),
    "multiline": (HEAD + '"Iota\nsecond line",5,Closed Won,2025-01-01,Ann\n' + GOOD[0], False),
    "inner_quote": (HEAD + 'Kappa 5" screen,5,Closed Won,2025-01-01,Ann\n' + GOOD[1], False),
    "tabs_blank_tab_line": (
        "Deal Name\tAmount\tDeal Stage\nNu\t5\tClosed Won\n\t\t\n  \nXi\t\tQualified\n",
        None,
    ),
    "trailing_delimiter": ("Deal Name,Amount,\nOmicron,5,\nPi,6,\n,,\n", True),
    "semicolon": (
        "Deal Name;Amount;Deal Stage;Close Date\n"
        "Lambda;1.234,50;Closed Won;05.01.2025\nMu;;Qualified;06.01.2025\n",
        True,
    ),
}


def _score(fields: list[str]) -> int:
    from desktop_app.importing.mapping import map_columns

    return len(map_columns([str(f) for f in fields if str(f).strip()], "deals"))


def _table_state(path: Path, fast: bool, header_row: int | None = None) -> dict:
    try:
        t = read_table(path, score_header=_score, header_row=header_row, fast=fast)
    except UserError as exc:
        return {"error": str(exc)}
    width = len(t.headers)
    good = t.field_counts() == width  # short records have no value for their missing fields
    return {
        "headers": t.headers,
        "rows": [int(r) for r in t.rows],
        "lines": [int(x) for x in t.lines],
        "header_line": t.header_line,
        "footer_lines": t.footer_lines,
        "n_records": t.n_records,
        "encoding": t.encoding,
        "delimiter": t.delimiter,
        "counts": t.field_counts().tolist(),
        "columns": [t.column(i)[good].tolist() for i in range(width)],
        "first": t.records[:200],
    }


def _report(path: Path, kind: str, tmp: Path, fast: bool, monkeypatch) -> tuple:
    monkeypatch.setattr(reader, "FAST_PATH", fast)
    db = tmp / f"{path.stem}-{kind}-{fast}.sqlite"
    engine = open_database(db)
    try:
        try:
            rep = run_import(engine, path, kind, options=ImportOptions(today=TODAY)).to_dict()
        except UserError as exc:
            return {"error": str(exc)}, {}
        rep.pop("file", None)
        rep.pop("batch_id", None)
        stamp = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+$")  # updated_at
        tables = {
            t: [tuple("<now>" if stamp.match(str(v)) else v for v in r) for r in rows]
            for t, rows in dump(engine).items()
        }
        return rep, tables
    finally:
        engine.dispose()


def _kind(name: str) -> str:
    return name.split("_", 1)[1].split(".")[0] if name.startswith("native_") else "deals"


@pytest.mark.parametrize("name", TEXT_FIXTURES)
def test_fixture_tables_match(files: Path, name: str) -> None:
    path = files / name
    assert _table_state(path, True) == _table_state(path, False)


@pytest.mark.parametrize("name", TEXT_FIXTURES)
def test_fixture_imports_match(files: Path, name: str, tmp_path: Path, monkeypatch) -> None:
    path = files / name
    kind = _kind(name)
    assert _report(path, kind, tmp_path, True, monkeypatch) == _report(
        path, kind, tmp_path, False, monkeypatch
    )


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_variants_match(name: str, tmp_path: Path, monkeypatch) -> None:
    text, takes_fast = VARIANTS[name]
    path = tmp_path / f"{name}.csv"
    path.write_bytes(text.encode("utf-8"))
    data = path.read_bytes()
    fast = fastcsv.read_fast(data, sniff.detect_encoding(data), None, _score, None)
    assert takes_fast is None or (fast is not None) == takes_fast
    assert _table_state(path, True) == _table_state(path, False)
    assert _report(path, "deals", tmp_path, True, monkeypatch) == _report(
        path, "deals", tmp_path, False, monkeypatch
    )


@pytest.mark.parametrize("header_row", [1, 2, 4, 5, 99])
def test_header_row_option_matches(header_row: int, tmp_path: Path) -> None:
    path = tmp_path / "h.csv"
    path.write_text("\n" + HEAD + "\n".join(GOOD) + "\n", encoding="utf-8")
    assert _table_state(path, True, header_row) == _table_state(path, False, header_row)


def test_large_regular_file_takes_fast_path(tmp_path: Path) -> None:
    import make_fixtures

    path = make_fixtures.big_hubspot(tmp_path / "big.csv", 3000)
    data = path.read_bytes()
    t = fastcsv.read_fast(data, "utf-8", None, _score, None)
    assert t is not None and t.frame is not None and t.n_records == 3000
    assert np.array_equal(t.lines, np.arange(2, 3002))
    assert _table_state(path, True) == _table_state(path, False)
