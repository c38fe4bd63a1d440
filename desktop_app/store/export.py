"""Export a table in the native format: the design's field names as headers, CSV or XLSX.

The columns are exactly what the native import reads (both come from the declaration of
each kind, ``desktop_app.store.kinds``), so an export imports back as is:
names (account, owner, source, product) instead of ids, ``probability`` as a percentage,
dates as ISO ``YYYY-MM-DD`` (CSV) or real dates (XLSX), empty cells for unknown values.

Formula-like text (a cell starting with ``=``, ``+``, ``-``, ``@``, tab or carriage
return) is never written so that a spreadsheet would run it:

* CSV: such a cell is prefixed with a single quote ``'`` (the OWASP advice; a spreadsheet
  shows the text with its quote). Importing that CSV back gives the text with the quote
  unless the importer removes a quote that precedes one of those characters;
* XLSX: the cell is written as a text cell with Excel's "quote prefix" flag, so the text
  stays exactly as stored and is never evaluated.

CSV files are UTF-8 **with** a byte-order mark (``utf-8-sig``), comma-separated, so that
Excel on Windows opens accents and non-Latin names correctly; every other tool reads it too.
``write_table`` is generic (headers + rows + column kinds) and serves the window's table
export as well.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, text

from desktop_app.errors import UserError
from desktop_app.store.kinds import KINDS, Kind
from desktop_app.translation import translate

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
XLSX_MAX_ROWS = 1_048_575

#: the export's column kind of each declared field type
_COLUMN_KIND = {"money": "number", "number": "number", "percent": "number", "int": "int"}
_COLUMN_KIND |= {"date": "date"}


def _columns(decl: Kind) -> list[tuple[str, str, str]]:
    """[(header, SQL expression, column kind)] of a kind, from its declaration."""
    out = []
    for f in decl.fields:
        if f.type == "lookup":
            expr = f"l_{f.name}.name"
        elif f.type == "deal":
            expr = "l_deal.external_id"
        else:
            expr = f"d.{f.column}"
        out.append((f.name, expr, _COLUMN_KIND.get(f.type, "text")))
    return out


#: kind -> [(header, SQL expression, column kind)]; kinds: text, number, int, date
_SPEC: dict[str, list[tuple[str, str, str]]] = {
    name: _columns(decl) for name, decl in KINDS.items()
}
EXPORT_KINDS: tuple[str, ...] = tuple(_SPEC)
_ORDER = {
    "rates": "d.valid_from, d.currency, d.id",
    "stage_history": "d.deal_id, d.entered_on, d.id",
}


def headers(kind: str) -> list[str]:
    """The native headers of ``kind`` (the design's field names), in order."""
    return [h for h, _, _ in _SPEC[kind]]


def column_kinds(kind: str) -> list[str]:
    return [k for _, _, k in _SPEC[kind]]


def _joins(decl: Kind) -> list[str]:
    out = []
    for f in decl.fields:
        if f.type == "lookup":
            alias = f"l_{f.name}"
            out.append(f"LEFT JOIN {f.lookup} {alias} ON {alias}.id = d.{f.column}")
        elif f.type == "deal":
            out.append(f"LEFT JOIN deals l_deal ON l_deal.id = d.{f.column}")
    return out


def export_sql(kind: str) -> str:
    """The SELECT that reads ``kind`` in native columns, oldest row first."""
    cols = ", ".join(f"{expr} AS {name}" for name, expr, _ in _SPEC[kind])
    joins = " ".join(_joins(KINDS[kind]))
    order = _ORDER.get(kind, "d.id")
    return f"SELECT {cols} FROM {KINDS[kind].table} d {joins} ORDER BY {order}"


def read_rows(engine: Engine, kind: str) -> list[tuple[Any, ...]]:
    """Every row of ``kind`` in native columns (dates as ISO text)."""
    if kind not in _SPEC:
        raise UserError(
            translate("errors", "{0} cannot be exported. Choose one of: {1}.").format(
                repr(kind), ", ".join(EXPORT_KINDS)
            )
        )
    with engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(export_sql(kind)))]


def escape_text(value: str) -> str:
    """Prefix formula-like text with a single quote (for CSV)."""
    return "'" + value if value.startswith(FORMULA_START) else value


def _csv_value(value: Any, kind: str) -> str:
    if value is None:
        return ""
    if kind in ("number", "int") and isinstance(value, float):
        if value != value:
            return ""
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if kind == "date" else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if kind == "date":
        return str(value)[:10]
    return escape_text(str(value)) if isinstance(value, str) else str(value)


def _as_date(value: Any) -> Any:
    if value is None or isinstance(value, dt.date):
        return value.date() if isinstance(value, dt.datetime) else value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return str(value)


def write_csv(
    path: Path, header: Sequence[str], rows: Iterable[Sequence[Any]], kinds: Sequence[str]
) -> int:
    n = 0
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        for row in rows:
            writer.writerow([_csv_value(v, k) for v, k in zip(row, kinds, strict=True)])
            n += 1
    return n


def write_xlsx(
    path: Path,
    header: Sequence[str],
    rows: Iterable[Sequence[Any]],
    kinds: Sequence[str],
    sheet: str = "Sheet1",
) -> int:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    wb = Workbook(write_only=True)
    ws = wb.create_sheet(title=sheet[:31] or "Sheet1")
    bold = Font(bold=True)
    head = []
    for name in header:
        cell = WriteOnlyCell(ws, value=name)
        cell.font = bold
        head.append(cell)
    ws.append(head)
    n = 0
    for row in rows:
        n += 1
        if n > XLSX_MAX_ROWS:
            raise UserError(
                translate(
                    "errors",
                    "The table has more rows than an Excel sheet can hold. Export it as CSV instead.",
                )
            )
        out: list[Any] = []
        for value, kind in zip(row, kinds, strict=True):
            if value is None or (isinstance(value, float) and value != value):
                out.append(None)
            elif kind == "date":
                cell = WriteOnlyCell(ws, value=_as_date(value))
                cell.number_format = "yyyy-mm-dd"
                out.append(cell)
            elif kind in ("number", "int"):
                out.append(value)
            elif isinstance(value, str) and value.startswith(FORMULA_START):
                cell = WriteOnlyCell(ws, value=value)
                cell.data_type = "s"
                cell.quotePrefix = True
                out.append(cell)
            else:
                out.append(value)
        ws.append(out)
    wb.save(path)
    return n


def write_table(
    path: str | Path,
    header: Sequence[str],
    rows: Iterable[Sequence[Any]],
    kinds: Sequence[str],
    sheet: str = "Sheet1",
) -> int:
    """Write ``rows`` under ``header`` to a .csv or .xlsx file; return the row count.

    ``kinds`` gives each column's kind (text, number, int, date).
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise UserError(translate("errors", "{0} must end in .csv or .xlsx.").format(path.name))
    if path.parent and not path.parent.exists():
        raise UserError(
            translate(
                "errors", "The folder {0} does not exist. Choose another place for the file."
            ).format(path.parent)
        )
    try:
        if suffix == ".csv":
            return write_csv(path, header, rows, kinds)
        return write_xlsx(path, header, rows, kinds, sheet)
    except PermissionError as exc:
        raise UserError(
            translate(
                "errors",
                "Dealbook cannot write {0} ({1}). Close it if it is open in another program, "
                "or choose another name.",
            ).format(path, exc.strerror)
        ) from exc


def export_kind(engine: Engine, kind: str, path: str | Path) -> int:
    """Export every row of ``kind`` to ``path`` (.csv or .xlsx); return the row count."""
    rows = read_rows(engine, kind)
    return write_table(path, headers(kind), rows, column_kinds(kind), sheet=kind)
