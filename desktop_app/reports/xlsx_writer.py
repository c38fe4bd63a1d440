"""A document as an XLSX workbook: one sheet per section, numbers as numbers.

Numbers keep their raw values with the number format of their unit from
:mod:`desktop_app.presentation.spreadsheet` (rates as fractions formatted ``0.0 %``), so a cell
shows the same text as the PDF. A change is a number with its rule's format (``+2.5 pp``,
``no change`` for zero) or the text ``was …`` / ``no comparison``. Dates are dates, and text
that a spreadsheet would run as a formula (``=``, ``+``, ``-``, ``@``, tab) is written with a
leading apostrophe. Charts are not embedded: their figures are in the tables next to them.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import re
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from desktop_app.presentation import format as fmt
from desktop_app.presentation import spreadsheet as sheet
from desktop_app.presentation import units as u
from desktop_app.reports.document import Document, KpiGrid, Paragraph, Row, Section, Table
from desktop_app.reports.i18n import tr

BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
MUTED = Font(color="5F6B7A", size=9)
HEAD_FILL = PatternFill("solid", fgColor="F2F5F8")
HEAD_BORDER = Border(bottom=Side(style="thin", color="1D2733"))
TOTAL_BORDER = Border(top=Side(style="thin", color="1D2733"))
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")


def _sheet_title(name: str, used: set[str]) -> str:
    base = _BAD_SHEET_CHARS.sub(" ", name).strip()[:31] or "Sheet"
    title, n = base, 2
    while title.lower() in used:
        suffix = f" ({n})"
        title, n = base[: 31 - len(suffix)] + suffix, n + 1
    used.add(title.lower())
    return title


def _value(value: Any, kind: str) -> Any:
    """A cell value: numbers stay numbers, dates dates, text escaped."""
    if fmt.is_null(value):
        return None
    if kind == u.DATE:
        if isinstance(value, dt.datetime):
            return value.date()
        if hasattr(value, "date") and callable(value.date):
            return value.date()
        return value if isinstance(value, dt.date) else sheet.escape_formula(str(value))
    if kind == u.TEXT:
        return sheet.escape_formula(str(value))
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return value
    if hasattr(value, "item"):
        return value.item()
    return sheet.escape_formula(str(value))


def _put(ws: Worksheet, row: int, col: int, value: Any, kind: str, currency: str) -> None:
    cell = ws.cell(row=row, column=col, value=_value(value, kind))
    if kind != u.TEXT and cell.value is not None and not isinstance(cell.value, str):
        cell.number_format = sheet.excel_number_format(kind, currency, cell.value)


def _header(ws: Worksheet, row: int, titles: list[str], numeric: list[bool]) -> None:
    for col, (title, right) in enumerate(zip(titles, numeric, strict=True), start=1):
        cell = ws.cell(row=row, column=col, value=sheet.escape_formula(title))
        cell.font, cell.fill, cell.border = BOLD, HEAD_FILL, HEAD_BORDER
        if right:
            cell.alignment = Alignment(horizontal="right")


def _write_table(ws: Worksheet, row: int, table: Table, currency: str) -> int:
    if table.title:
        ws.cell(row=row, column=1, value=sheet.escape_formula(table.title)).font = BOLD
        row += 1
    _header(ws, row, [c.title for c in table.columns], [c.numeric for c in table.columns])
    row += 1
    for values in table.rows:
        for col, (value, column) in enumerate(zip(values, table.columns, strict=True), start=1):
            _put(ws, row, col, value, column.kind, table.currency or currency)
        row += 1
    if table.total is not None:
        for col, (value, column) in enumerate(
            zip(table.total, table.columns, strict=True), start=1
        ):
            _put(ws, row, col, value, column.kind if col > 1 else u.TEXT, currency)
            ws.cell(row=row, column=col).font = BOLD
            ws.cell(row=row, column=col).border = TOTAL_BORDER
        row += 1
    return row + 1


def _write_grid(ws: Worksheet, row: int, grid: KpiGrid) -> int:
    if grid.title:
        ws.cell(row=row, column=1, value=sheet.escape_formula(grid.title)).font = BOLD
        row += 1
    _header(
        ws,
        row,
        [tr("Figure"), tr("This period"), tr("Previous period"), tr("Change")],
        [False, True, True, True],
    )
    row += 1
    for item in grid.items:
        ws.cell(row=row, column=1, value=sheet.escape_formula(item.label))
        _put(ws, row, 2, item.value, item.kind, item.currency)
        _put(ws, row, 3, item.previous, item.kind, item.currency)
        value, number_format = sheet.excel_change(item.change)
        change = ws.cell(
            row=row,
            column=4,
            value=sheet.escape_formula(value) if isinstance(value, str) else value,
        )
        change.number_format = number_format
        if isinstance(value, str):
            change.alignment = Alignment(horizontal="right")
        row += 1
    return row + 1


def _write_section(ws: Worksheet, section: Section, doc: Document) -> None:
    ws.cell(row=1, column=1, value=sheet.escape_formula(section.title)).font = TITLE
    ws.cell(row=2, column=1, value=sheet.escape_formula(doc.header_text)).font = MUTED
    row = 4
    widths: dict[int, float] = {}
    blocks: list = []
    for block in section.blocks:
        blocks.extend(block.blocks if isinstance(block, Row) else [block])
    for block in blocks:
        if isinstance(block, KpiGrid):
            row = _write_grid(ws, row, block)
            for col, width in enumerate((26, 18, 18, 12), start=1):
                widths[col] = max(widths.get(col, 0), width)
        elif isinstance(block, Table):
            row = _write_table(ws, row, block, doc.currency)
            for col, column in enumerate(block.columns, start=1):
                wide = 60 if column.weight >= 3 else 12 + 6 * column.weight
                widths[col] = max(widths.get(col, 0), wide)
        elif isinstance(block, Paragraph):
            ws.cell(row=row, column=1, value=sheet.escape_formula(block.text)).font = MUTED
            row += 2
    for col, size in widths.items():
        ws.column_dimensions[get_column_letter(col)].width = size
    ws.freeze_panes = None


def _write_cover(ws: Worksheet, doc: Document) -> None:
    ws["A1"] = sheet.escape_formula(doc.title)
    ws["A1"].font = TITLE
    rows: list[tuple[str, Any]] = [
        (tr("Company"), sheet.escape_formula(doc.company_name)),
        (tr("Period"), sheet.escape_formula(doc.period_label)),
        (tr("Filters"), sheet.escape_formula(doc.meta.get("filters_label") or doc.subtitle)),
        (tr("Currency"), doc.currency),
        (tr("Printed on"), doc.printed_on),
    ]
    result = doc.meta.get("result") or {}
    period = result.get("period") or {}
    for key, label in (("start", tr("From")), ("end", tr("To"))):
        if period.get(key):
            rows.append((label, dt.date.fromisoformat(period[key])))
    for index, (label, value) in enumerate(rows, start=3):
        ws.cell(row=index, column=1, value=label).font = BOLD
        cell = ws.cell(row=index, column=2, value=value)
        if isinstance(value, dt.date):
            cell.number_format = sheet.excel_number_format(u.DATE)  # 2026年3月4日 in Chinese
    ws.column_dimensions["A"].width = 14
    ws.column_dimensions["B"].width = 40


def write_xlsx(doc: Document, path: str | os.PathLike) -> int:
    """Write ``doc`` as an XLSX workbook; returns the number of sheets."""
    wb = Workbook()
    used: set[str] = set()
    first = wb.active
    if doc.cover:
        first.title = _sheet_title(tr("Report"), used)
        _write_cover(first, doc)
    else:
        wb.remove(first)
    for section in doc.sections:
        name = tr(section.sheet_name) if section.sheet_name else section.title  # figures.SHEETS
        ws = wb.create_sheet(_sheet_title(name, used))
        _write_section(ws, section, doc)
    if doc.evaluation_line and wb.worksheets:  # under everything else on the first sheet
        first_sheet = wb.worksheets[0]
        cell = first_sheet.cell(row=first_sheet.max_row + 2, column=1, value=doc.evaluation_line)
        cell.font = MUTED
    wb.properties.title = f"{doc.title} {doc.period_label}".strip()
    wb.properties.creator = "Dealbook"
    # built in memory, then written: openpyxl leaves its zip file open when a write fails
    # (a full disk), so it never writes to the disk itself
    data = io.BytesIO()
    wb.save(data)
    with open(os.fspath(path), "wb") as fh:
        fh.write(data.getbuffer())
    return len(wb.sheetnames)
