"""Legacy Excel ``.xls`` (xlrd) and OpenDocument ``.ods`` (pandas' odf engine) sheets.

The sheet is chosen as for ``.xlsx``: the first, or the one ``--sheet`` names; the header
row, title rows and footer are found by ``reader.sheet_table`` like for every workbook.
Date cells become ISO dates; ``line`` is the sheet row.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path

from desktop_app.errors import UserError
from desktop_app.importing import limits
from desktop_app.importing.reader import RawTable, _cell_text, sheet_table
from desktop_app.translation import translate

_ODS_MIME = b"application/vnd.oasis.opendocument.spreadsheet"


def is_ods(data: bytes) -> bool:
    """Whether the zip bytes are an OpenDocument spreadsheet (its ``mimetype`` entry)."""
    if _ODS_MIME in data[:200]:
        return True
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = set(zf.namelist())
            if "mimetype" in names:
                return zf.read("mimetype").strip() == _ODS_MIME
    except Exception:  # noqa: BLE001 - a damaged zip is not an ODS; the xlsx reader says so
        return False
    return False


def _pick(names: list[str], sheet: str | None) -> str:
    if not names:
        raise UserError(
            translate("import", "This workbook has no sheets; export the data again and retry.")
        )
    if sheet is not None and sheet not in names:
        raise UserError(
            translate(
                "import", "This workbook has no sheet named '{0}'; its sheets are: {1}."
            ).format(sheet, ", ".join(names))
        )
    return sheet or names[0]


def _rows_checked(rows: list[list[str]]) -> tuple[list[list[str]], list[int]]:
    if len(rows) > limits.MAX_ROWS + 100:
        raise limits.too_many_rows(len(rows))
    out: list[list[str]] = []
    for i, r in enumerate(rows, start=1):
        if len(r) > limits.MAX_COLUMNS:
            if any(v.strip() for v in r[limits.MAX_COLUMNS :]):
                raise limits.too_many_columns(len(r), i)
            r = r[: limits.MAX_COLUMNS]
        out.append(r)
    return out, list(range(1, len(out) + 1))


def read_xls(
    data: bytes,
    sheet: str | None = None,
    score_header: Callable[[Sequence[str]], int] | None = None,
    header_row: int | None = None,
) -> RawTable:
    """Read one sheet of a legacy Excel 97-2003 workbook."""
    import xlrd

    try:
        book = xlrd.open_workbook(file_contents=data, on_demand=True)
    except Exception as exc:  # noqa: BLE001 - any damage means "cannot open"
        raise UserError(
            translate(
                "import",
                "This Excel .xls file cannot be opened; open it in Excel, save it as .xlsx and "
                "retry.",
            )
        ) from exc
    try:
        names = list(book.sheet_names())
        title = _pick(names, sheet)
        ws = book.sheet_by_name(title)
        rows: list[list[str]] = []
        for i in range(ws.nrows):
            cells = []
            for c in ws.row(i):
                if c.ctype == xlrd.XL_CELL_DATE:
                    try:
                        value: object = xlrd.xldate_as_datetime(c.value, book.datemode)
                    except (ValueError, OverflowError):
                        value = c.value
                elif c.ctype == xlrd.XL_CELL_BOOLEAN:
                    value = bool(c.value)
                elif c.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
                    value = None
                else:
                    value = c.value
                cells.append(_cell_text(value))
            rows.append(cells)
    except UserError:
        raise
    except Exception as exc:  # noqa: BLE001 - a damaged sheet
        raise UserError(
            translate(
                "import",
                "This Excel sheet is damaged; open it in Excel, save it as .xlsx and retry.",
            )
        ) from exc
    finally:
        book.release_resources()
    records, lines = _rows_checked(rows)
    return sheet_table(records, lines, title, names, "xls", score_header, header_row)


def read_ods(
    path: Path,
    sheet: str | None = None,
    score_header: Callable[[Sequence[str]], int] | None = None,
    header_row: int | None = None,
) -> RawTable:
    """Read one sheet of an OpenDocument spreadsheet (LibreOffice, OpenOffice)."""
    import pandas as pd

    # pandas loads these by name; imported here so that a frozen build bundles them
    from odf import namespaces, office, opendocument, table, text  # noqa: F401

    try:
        with pd.ExcelFile(path, engine="odf") as book:
            names = [str(n) for n in book.sheet_names]
            title = _pick(names, sheet)
            frame = book.parse(title, header=None, dtype=object)
    except UserError:
        raise
    except Exception as exc:  # noqa: BLE001 - any damage means "cannot open"
        raise UserError(
            translate(
                "import",
                "This spreadsheet cannot be opened; open it and save it as .ods or .xlsx again.",
            )
        ) from exc
    rows = [
        [_cell_text(None if (isinstance(v, float) and v != v) or v is pd.NaT else v) for v in r]
        for r in frame.itertuples(index=False, name=None)
    ]
    records, lines = _rows_checked(rows)
    return sheet_table(records, lines, title, names, "ods", score_header, header_row)
