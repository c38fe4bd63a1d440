"""Hostile files are refused with one sentence, or read, within seconds and bounded memory.

Each file here once took minutes or gigabytes (or never finished): an XLSX with one cell at
XFD1048576, a shared-strings zip bomb, a CSV line of millions of fields, 10,000 columns,
``/dev/zero``. A 1 MB field in a file with a multi-line field must import.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import time
import zipfile
import zlib
from pathlib import Path

import openpyxl
import pytest

from desktop_app.errors import UserError
from desktop_app.importing import limits
from desktop_app.importing.api import ImportOptions, analyse, run_import
from desktop_app.importing.mapping import map_columns
from tests.importing.conftest import TODAY, count, dump

ROOT = Path(__file__).resolve().parents[2]
HEAD = "Deal Name,Amount,Deal Stage,Close Date,Deal owner\n"
ROW = "Alpha,100,Closed Won,2025-01-05,Ann\n"


def _refused_fast(path: Path, engine, seconds: float = 10.0) -> str:
    before = dump(engine)
    t0 = time.perf_counter()
    with pytest.raises(UserError) as err:
        run_import(engine, path, options=ImportOptions(today=TODAY))
    assert time.perf_counter() - t0 < seconds
    assert dump(engine) == before
    msg = str(err.value)
    assert msg and "\n" not in msg
    return msg


def far_cell_xlsx(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Deal Name", "Amount", "Deal Stage", "Close Date"])
    ws.append(["Alpha", 100, "Closed Won", "2025-01-05"])
    ws.cell(1_048_576, 16_384, "x")
    wb.save(path)
    return path


def shared_strings_bomb(path: Path, inflated_mb: int = 200, stored: bool = False) -> Path:
    """A small workbook whose shared-strings part inflates to ``inflated_mb`` MB."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Deal Name", "Amount"])
    ws.append(["Alpha", 100])
    buf = io.BytesIO()
    wb.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    head = (
        b'<?xml version="1.0" encoding="UTF-8"?>'
        b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        b"<si><t>Deal Name</t></si><si><t>Alpha</t></si>"
    )
    unit = b"<si><t>x</t></si>"
    body = unit * (inflated_mb * (1 << 20) // len(unit))
    xml = head + body + b"</sst>"
    with zipfile.ZipFile(path, "w") as out:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "xl/sharedStrings.xml" or item.filename.endswith(
                "sharedStrings.xml"
            ):
                continue
            out.writestr(item, data, compress_type=zipfile.ZIP_DEFLATED)
        info = zipfile.ZipInfo("xl/sharedStrings.xml")
        info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
        out.writestr(info, xml, compresslevel=1)
    del body, xml
    return path


def test_far_cell_xlsx_is_refused_at_once(tmp_path, engine):
    p = far_cell_xlsx(tmp_path / "far.xlsx")
    assert p.stat().st_size < 10_000
    msg = _refused_fast(p, engine, seconds=5)
    assert "XFD" in msg and "columns" in msg


def test_shared_strings_bomb_is_refused(tmp_path, engine):
    p = shared_strings_bomb(tmp_path / "bomb.xlsx", inflated_mb=200)
    assert p.stat().st_size < 8 << 20
    msg = _refused_fast(p, engine, seconds=10)
    assert "Excel" in msg


def test_many_shared_strings_stored_are_refused(tmp_path, engine):
    p = shared_strings_bomb(tmp_path / "many.xlsx", inflated_mb=40, stored=True)
    msg = _refused_fast(p, engine, seconds=10)
    assert "texts" in msg


def test_xlsx_bombs_stay_under_memory_bound(tmp_path):
    """In a fresh process the hostile workbooks are refused under 1.5 GB peak memory."""
    far = far_cell_xlsx(tmp_path / "far.xlsx")
    bomb = shared_strings_bomb(tmp_path / "bomb.xlsx", inflated_mb=200)
    code = (
        "import resource, sys\n"
        "from desktop_app.errors import UserError\n"
        "from desktop_app.importing.api import analyse\n"
        "for p in sys.argv[1:]:\n"
        "    try:\n"
        "        analyse(p)\n"
        "    except UserError:\n"
        "        pass\n"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(far), str(bomb)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=True,
    )
    peak_kb = int(out.stdout.strip().splitlines()[-1])
    assert peak_kb < 1_500_000


@pytest.mark.parametrize("start", ["", '"odd quote '])
def test_one_long_line_of_many_fields_is_refused(tmp_path, engine, start):
    """Refused from a count of delimiter bytes, before any CSV parser builds the record."""
    p = tmp_path / "long.csv"
    p.write_text(HEAD + start + "a," * 3_000_000 + "a\n" + ROW)
    msg = _refused_fast(p, engine, seconds=15)
    assert "columns" in msg and "line 2" in msg


def test_long_header_line_is_refused(tmp_path, engine):
    p = tmp_path / "wide_head.csv"
    p.write_text(",".join(f"c{i}" for i in range(10_000)) + "\n" + ROW)
    msg = _refused_fast(p, engine, seconds=10)
    assert "10,000 columns" in msg


def test_ten_thousand_columns_refused_two_thousand_read(tmp_path, engine):
    names = ["Deal Name", "Amount", "Deal Stage", "Close Date"]
    wide = tmp_path / "wide.csv"
    extra = [f"Custom field number {i}" for i in range(10_000)]
    wide.write_text(",".join(names + extra) + "\n" + "A,1,Closed Won,2025-01-05" + ",x" * 10_000)
    _refused_fast(wide, engine, seconds=10)
    ok = tmp_path / "ok.csv"
    extra = [f"Custom field number {i}" for i in range(limits.MAX_COLUMNS - 4)]
    rows = [f"Deal {j},{j},Closed Won,2025-01-05" + ",x" * len(extra) for j in range(200)]
    ok.write_text(",".join(names + extra) + "\n" + "\n".join(rows) + "\n")
    t0 = time.perf_counter()
    rep = run_import(engine, ok, options=ImportOptions(today=TODAY))
    assert time.perf_counter() - t0 < 20
    assert rep.imported == 200


def test_header_matcher_is_linear(monkeypatch):
    """Fuzzy matching runs on a bounded number of headers whatever the width."""
    import difflib

    calls = []
    real = difflib.get_close_matches

    def counted(*args, **kw):
        calls.append(1)
        return real(*args, **kw)

    monkeypatch.setattr(difflib, "get_close_matches", counted)
    big = [f"Some custom field {i}" for i in range(20_000)]
    assert map_columns(big + ["Deal Name"], "deals") == {"Deal Name": "title"}
    assert len(calls) <= 200
    # a misspelt header among the first ones is still matched
    assert map_columns(["Deal Name", "Deal Stag", *big[:5000]], "deals")["Deal Stag"] == "stage"


def test_dev_zero_and_folders_are_refused_at_once(tmp_path, engine):
    if os.path.exists("/dev/zero"):
        msg = _refused_fast(Path("/dev/zero"), engine, seconds=2)
        assert "not a regular file" in msg
    msg = _refused_fast(tmp_path, engine, seconds=2)
    assert "folder" in msg


def test_fifo_is_refused_without_blocking(tmp_path, engine):
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes here")
    p = tmp_path / "pipe.csv"
    os.mkfifo(p)
    assert "not a regular file" in _refused_fast(p, engine, seconds=2)


def test_too_large_file_is_refused_before_reading(tmp_path, engine, monkeypatch):
    p = tmp_path / "big.csv"
    p.write_text(HEAD + ROW * 1000)
    monkeypatch.setattr(limits, "MAX_FILE_BYTES", 10_000)
    assert "smaller parts" in _refused_fast(p, engine, seconds=2)


def test_row_limit_is_a_refusal(tmp_path, engine, monkeypatch):
    p = tmp_path / "rows.csv"
    p.write_text(HEAD + "".join(f"D{i},1,Closed Won,2025-01-05,Ann\n" for i in range(500)))
    monkeypatch.setattr(limits, "MAX_ROWS", 100)
    assert "rows" in _refused_fast(p, engine, seconds=5)
    q = tmp_path / "rows_multiline.csv"
    q.write_text(HEAD + '"two\nlines",1,Closed Won,2025-01-05,Ann\n' + p.read_text()[len(HEAD) :])
    assert "rows" in _refused_fast(q, engine, seconds=5)


@pytest.mark.parametrize("multiline", [False, True])
def test_one_megabyte_field_imports(tmp_path, engine, multiline):
    notes = "n" * (1 << 20)
    first = '"two\nlines"' if multiline else "Beta"
    text = (
        "Deal Name,Amount,Deal Stage,Close Date,Notes\n"
        f'Alpha,100,Closed Won,2025-01-05,"{notes}"\n'
        f"{first},200,Closed Won,2025-01-06,short\n"
    )
    p = tmp_path / "notes.csv"
    p.write_text(text)
    rep = run_import(engine, p, options=ImportOptions(today=TODAY))
    assert rep.imported == 2 and rep.rejected == 0
    assert count(engine, "deals") == 2


def test_one_megabyte_title_is_stored_whole(tmp_path, engine):
    title = "T" * (1 << 20)
    p = tmp_path / "title.csv"
    p.write_text(f'Deal Name,Amount\n"{title}",1\n"x\ny",2\n')
    rep = run_import(engine, p, options=ImportOptions(today=TODAY))
    assert rep.imported == 2
    out = analyse(p)
    assert len(out["preview"][0]["title"]) == 1 << 20


def test_unclosed_quote_names_its_line(tmp_path, engine):
    p = tmp_path / "open_quote.csv"
    p.write_text(
        HEAD + ROW + '"never closed,1,Closed Won,2025-01-05,Ann\n' + ROW * 3 + "x" * 300_000
    )
    msg = _refused_fast(p, engine, seconds=5)
    assert "line 3" in msg and "quote" in msg


def test_zlib_sanity_for_bomb_builder():
    """The bomb builder really builds a part that inflates over the ratio limit."""
    unit = b"<si><t>x</t></si>" * 100_000
    assert len(unit) / len(zlib.compress(unit, 1)) > limits.MAX_ZIP_RATIO
