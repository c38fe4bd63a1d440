"""A real spreadsheet program shows the XLSX numbers as the window writes them.

LibreOffice (``soffice --headless --convert-to csv``, cells "as shown") reads two workbooks
written in Chinese with the 万 / 亿 option on: the review of a demo company, and a sheet of
amounts, CNY and other currencies, rates, days, months and changes around every boundary
(万, 亿, cents, rounding), in Simplified and Traditional Chinese and in English. Every cell
must read exactly as :mod:`desktop_app.presentation.format` writes it on screen. Skipped
where LibreOffice is not installed.
"""

from __future__ import annotations

import csv
import datetime as dt
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook

from desktop_app.presentation import format as fmt
from desktop_app.presentation import locale as loc
from desktop_app.presentation import spreadsheet as sheet
from desktop_app.presentation import units as u
from desktop_app.ui import i18n

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(
    SOFFICE is None, reason="LibreOffice (soffice) is not installed: no spreadsheet to compare"
)
#: "as shown" CSV of every sheet (token 9: formatted text; token 12, -1: all sheets)
CSV_ALL_SHEETS = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1"

AMOUNTS = (0, 5, 45.5, 999.99, 1234, 9999.4, 9999.5, 10000, 12345, 99999, 123456.78)
AMOUNTS += (1234567, 12345678, 99994999, 99995000, 99999999, 123456789, 1234567890123)
AMOUNTS += (-5, -45.5, -12345, -12345678, -123456789)
FRACTIONS = (0, 0.25, 0.12345, 1.5, -0.034, 0.0004)
FIGURES = (0, 1, 12.34, 1234.56, -3.05)
MONTHS = (0, 0.3, 0.5, 1, 1.2, 1.49, 1.5, 2.5, 12)
CHANGES = (
    (1.25, 1.0, u.MONEY, u.UP),
    (1.0, 1.25, u.MONEY, u.UP),
    (1, 1, u.MONEY, u.UP),
    (0.3, 0.25, u.RATE, u.UP),
    (0.25, 0.3, u.RATE, u.UP),
    (40, 30, u.SCORE, u.UP),
    (2.5, 2.0, u.RATIO, u.UP),
    (30, 40, u.DAYS, u.DOWN),
    (0.2, 0.1, u.GROWTH, u.UP),
)


def _cases() -> list[tuple[Any, str, str]]:
    out: list[tuple[Any, str, str]] = []
    for currency in ("CNY", "USD", ""):
        for unit in sorted(u.MONEY_UNITS):
            out += [(a, unit, currency) for a in AMOUNTS]
    out += [(a, u.NUMBER, "") for a in AMOUNTS]
    out += [(v, unit, "") for v in FRACTIONS for unit in (u.RATE, u.GROWTH)]
    units = (u.DAYS, u.HOURS, u.DECIMAL, u.RATIO, u.COUNT, u.SCORE)
    out += [(v, unit, "") for v in FIGURES for unit in units]
    out += [(v, u.MONTHS, "") for v in MONTHS]
    out.append((dt.date(2026, 3, 4), u.DATE, ""))
    return out


def _write_formats(path: Path) -> None:
    """Column A the number with its format, B what the window writes, C the case; one block
    per language and 万 / 亿 choice."""
    book = Workbook()
    ws = book.active
    row = 1
    for language, large in (("zh_CN", True), ("zh_TW", True), ("zh_CN", False), ("en", False)):
        i18n.install(language)
        loc.set_current(language, large_units=large)
        for value, unit, currency in _cases():
            cell = ws.cell(row=row, column=1, value=value)
            cell.number_format = sheet.excel_number_format(unit, currency, value)
            ws.cell(row=row, column=2, value=fmt.format_value(value, unit, currency))
            ws.cell(row=row, column=3, value=f"{language} {unit} {currency} {value!r}")
            row += 1
        for current, previous, unit, good in CHANGES:
            change = fmt.change_of(current, previous, unit, good, "USD")
            value, number_format = sheet.excel_change(change)
            ws.cell(row=row, column=1, value=value).number_format = number_format
            ws.cell(row=row, column=2, value=change.text)
            ws.cell(row=row, column=3, value=f"{language} change {unit} {previous}->{current}")
            row += 1
    book.save(path)


def _expected_rows(section: Any) -> list[list[str]]:
    """The rows the window's texts give a section's figures and tables (an empty cell for
    "—": the spreadsheet keeps no value there)."""
    from desktop_app.reports.document import KpiGrid, Row, Table

    blocks: list[Any] = []
    for block in section.blocks:
        blocks.extend(block.blocks if isinstance(block, Row) else [block])
    rows: list[list[str]] = []
    for block in blocks:
        if isinstance(block, KpiGrid):
            for item in block.items:
                rows.append([item.label, item.value_text, item.previous_text, item.change_text])
        elif isinstance(block, Table):
            for values in block.rows:
                rows.append([block.cell_text(values, i) for i in range(len(block.columns))])
    return [["" if text == fmt.NULL else text for text in r] for r in rows]


def _shown(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.reader(fh))


def test_libreoffice_shows_the_windows_text(tmp_path):
    from desktop_app.reports.output import review_from_engine
    from desktop_app.reports.xlsx_writer import write_xlsx
    from desktop_app.store.demo import generate_demo
    from desktop_app.store.engine import open_database
    from kpi_core.periods import year_period

    formats = tmp_path / "formats.xlsx"
    _write_formats(formats)
    i18n.install("zh_CN")
    loc.set_current("zh_CN", large_units=True)
    engine = open_database(tmp_path / "demo.sqlite", create=True)
    try:
        generate_demo(engine, deals=300, seed=11)
        doc = review_from_engine(engine, year_period(dt.date.today().year - 1))
    finally:
        engine.dispose()
    review = tmp_path / "review.xlsx"
    write_xlsx(doc, review)
    out = tmp_path / "csv"
    subprocess.run(
        [
            str(SOFFICE),
            "--headless",
            "--norestore",
            f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
            "--convert-to",
            CSV_ALL_SHEETS,
            "--outdir",
            str(out),
            str(review),
            str(formats),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    differ = [
        f"{row[2]}: the spreadsheet shows {row[0]!r}, the window {row[1]!r}"
        for row in _shown(out / "formats-Sheet.csv")
        if row[0] != row[1]
    ]
    assert not differ, "\n".join(differ)
    names = load_workbook(review, read_only=True).sheetnames[1:]  # after the cover
    compared = wan = 0
    for name, section in zip(names, doc.sections, strict=True):
        shown = _shown(out / f"review-{name}.csv")
        for expected in _expected_rows(section):
            assert expected in [r[: len(expected)] for r in shown], (name, expected)
            compared += 1
            wan += any("万" in text for text in expected)
    assert compared > 80 and wan > 5, (compared, wan)
