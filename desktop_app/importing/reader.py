"""Read a CSV/TSV text export or the first (or a chosen) sheet of an XLSX file into records.

Every record keeps its physical position: ``row`` is the 1-based record number after the
header (blank records are not counted), ``line`` the physical line (CSV) or sheet row
(XLSX) where the record starts; a quoted field with line breaks keeps its record whole.
Title and filter rows above the header and footer lines after the data are dropped.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from desktop_app.errors import UserError
from desktop_app.importing import encoding as text_encoding
from desktop_app.importing import limits, sniff
from desktop_app.translation import translate

#: use the fast reader (``fastcsv``) for regular text exports; it falls back by itself
FAST_PATH = True


@dataclass
class RawTable:
    """The records of a file as text, with where each one came from."""

    headers: list[str]
    records: list[list[str]]
    #: the record number and the first physical line of each record (a list, or an int64
    #: array from the fast reader)
    rows: list[int] | npt.NDArray[np.int64]
    lines: list[int] | npt.NDArray[np.int64]
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None
    header_line: int = 1
    footer_lines: int = 0
    sheets: list[str] = field(default_factory=list)
    source: str = "csv"
    n_records: int = -1  # records read, kept when ``records`` is released after use
    #: fast reader only: the data records as columns 0..width-1 (``records`` then holds
    #: only the first 200) and the number of fields of every record
    frame: Any = None
    counts: Any = None

    def __post_init__(self) -> None:
        if self.n_records < 0:
            self.n_records = len(self.records)

    def field_counts(self) -> np.ndarray:
        """Number of fields of every data record."""
        if self.counts is not None:
            return np.asarray(self.counts, dtype=np.int64)
        recs = self.records
        return np.fromiter((len(r) for r in recs), dtype=np.int64, count=len(recs))

    def column(self, i: int) -> np.ndarray:
        """Object array of field ``i`` of every data record (None where a record is short)."""
        if self.frame is not None:
            if i < self.frame.shape[1]:
                return self.frame[i].to_numpy(dtype=object)
            return np.full(self.n_records, None, dtype=object)
        out = np.empty(len(self.records), dtype=object)
        out[:] = [r[i] if len(r) > i else None for r in self.records]
        return out

    def release(self, keep: int = 200) -> None:
        """Drop all but the first ``keep`` records (they are no longer needed)."""
        self.n_records = len(self.records) if self.n_records < 0 else self.n_records
        self.frame = None
        del self.records[keep:]
        self.rows = self.rows[:keep]
        self.lines = self.lines[:keep]


def _clean_headers(raw: Sequence[str]) -> list[str]:
    out: list[str] = []
    seen: dict[str, int] = {}
    for i, h in enumerate(raw):
        name = str(h or "").replace("\ufeff", "").strip().strip('"').strip() or f"Column {i + 1}"
        if name in seen:
            seen[name] += 1
            name = f"{name} ({seen[name]})"
        else:
            seen[name] = 1
        out.append(name)
    return out


def _finish(
    records: list[list[str]],
    lines: list[int],
    score_header: Callable[[Sequence[str]], int] | None,
    header_row: int | None,
) -> tuple[list[str], list[list[str]], list[int], list[int], int, int]:
    """Find header and footer; return headers, data records, rows, lines, header line, footer."""
    nonblank: list[int] = []
    for i, r in enumerate(records):
        if "".join(r).strip():
            nonblank.append(i)
            if len(nonblank) >= 30:
                break
    if not nonblank:
        raise UserError(
            translate(
                "import", "This file is empty; export the data again and choose a file with rows."
            )
        )
    if header_row is not None:
        hidx = min(max(header_row - 1, 0), len(records) - 1)
    else:
        first = [records[i] for i in nonblank[:30]]
        hidx = nonblank[sniff.detect_header_row(first, score_header)]
    headers = _clean_headers(records[hidx])
    body = records[hidx + 1 :]
    body_lines = lines[hidx + 1 :]
    end = sniff.footer_start(body)
    footer = len(body) - end
    data: list[list[str]] = []
    rows: list[int] = []
    out_lines: list[int] = []
    n = 0
    for rec, ln in zip(body[:end], body_lines[:end], strict=True):
        if not "".join(rec).strip():
            continue
        n += 1
        data.append(rec)
        rows.append(n)
        out_lines.append(ln)
    return headers, data, rows, out_lines, lines[hidx], footer


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """``(text, encoding)`` of a text export."""
    enc = encoding or sniff.detect_encoding(data)
    try:
        text = data.decode(enc)
    except (UnicodeDecodeError, LookupError) as exc:
        raise UserError(
            translate(
                "import",
                "This file cannot be read as {0} text; save it again as 'CSV UTF-8' and retry.",
            ).format(enc)
        ) from exc
    return text.lstrip("\ufeff"), enc


def _start_lines(physical: int, records: list[list[str]]) -> list[int]:
    """Physical line where each record starts (records with line breaks span several)."""
    if physical == len(records):
        return list(range(1, len(records) + 1))
    lines: list[int] = []
    line = 1
    for rec in records:
        lines.append(line)
        line += 1 + sum(f.count("\n") for f in rec)
    return lines


_END_MARK = "\ue000end of file\ue000"


def _with_end_mark(source: Iterable[str]) -> Iterator[str]:
    """The lines of ``source`` and one last line that shows whether a quote stayed open."""
    yield from source
    yield _END_MARK + "\n"


def _split(
    source: Iterable[str],
    sample: str,
    delimiter: str | None,
    score_header: Callable[[Sequence[str]], int] | None,
    header_row: int | None,
) -> RawTable:
    delim = delimiter or sniff.detect_delimiter(sample)
    quote = sniff.detect_quote(sample, delim)
    reader = csv.reader(_with_end_mark(source), delimiter=delim, quotechar=quote)
    records: list[list[str]] = []
    try:
        for rec in reader:
            if len(rec) > limits.MAX_COLUMNS:
                raise limits.too_many_columns(len(rec), reader.line_num)
            records.append(rec)
            if len(records) > limits.MAX_ROWS + 100:
                raise limits.too_many_rows(len(records))
    except csv.Error as exc:
        if "field larger than field limit" in str(exc):
            raise limits.field_too_long(reader.line_num) from exc
        raise UserError(
            translate(
                "import",
                "This file is not a readable table near line {0} ({1}); "
                "check that it is a CSV export and that its quotes are closed.",
            ).format(reader.line_num, exc)
        ) from exc
    except UnicodeDecodeError as exc:
        raise UserError(
            translate(
                "import",
                "This file is not valid text near line {0}; save it again as 'CSV UTF-8' and retry.",
            ).format(reader.line_num + 1)
        ) from exc
    if records and records[-1] == [_END_MARK]:
        records.pop()
    elif records:  # the mark was swallowed by a quoted field that never closes
        start = _start_lines(reader.line_num - 1, records)[-1]
        raise UserError(
            translate(
                "import",
                "A quote opened on line {0} of this file is never closed, so the rest of the "
                "file would be one field; check the quotes on that line (or export the file again).",
            ).format(start)
        )
    lines = _start_lines(reader.line_num - 1, records)
    headers, data, rows, out_lines, hline, footer = _finish(
        records, lines, score_header, header_row
    )
    return RawTable(headers, data, rows, out_lines, None, delim, None, hline, footer)


def read_csv_text(
    text: str,
    delimiter: str | None = None,
    score_header: Callable[[Sequence[str]], int] | None = None,
    header_row: int | None = None,
) -> RawTable:
    """Split decoded text into records with their physical line numbers."""
    limits.set_csv_field_limit(len(text))
    return _split(
        io.StringIO(text, newline=""), text[:100_000], delimiter, score_header, header_row
    )


def read_csv_file(
    path: Path,
    encoding: str,
    delimiter: str | None = None,
    score_header: Callable[[Sequence[str]], int] | None = None,
    header_row: int | None = None,
) -> RawTable:
    """Stream a text file through the CSV reader (no second copy of the whole text)."""
    limits.set_csv_field_limit(limits.check_file(path))
    try:
        with open(path, encoding=encoding, newline="") as fh:
            sample = fh.read(100_000).lstrip("\ufeff")
        with open(path, encoding=encoding, newline="") as fh:
            table = _split(fh, sample, delimiter, score_header, header_row)
    except (UnicodeDecodeError, LookupError) as exc:
        raise UserError(
            translate(
                "import",
                "This file cannot be read as {0} text; save it again as 'CSV UTF-8' and retry.",
            ).format(encoding)
        ) from exc
    table.encoding = encoding
    return table


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    return str(value)


def sheet_names(path: Path) -> list[str]:
    """The sheets of an XLSX workbook."""
    import openpyxl

    limits.check_xlsx(path)
    try:
        with open(path, "rb") as fh:
            wb = openpyxl.load_workbook(io.BytesIO(fh.read()), read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - any damage means "cannot open"
        raise UserError(
            translate(
                "import",
                "This Excel file cannot be opened; open it in Excel, save it as .xlsx and retry.",
            )
        ) from exc
    try:
        return list(wb.sheetnames)
    finally:
        wb.close()


def _check_sheet(ws: Any) -> None:
    """Refuse a sheet whose declared size is too large; then read rows as wide as they are.

    A read-only sheet pads every row to the width its ``<dimension>`` declares; after the
    check the dimension is dropped so that one stray far cell cannot widen every row.
    """
    from openpyxl.utils import get_column_letter

    max_row, max_col = ws.max_row, ws.max_column
    letter = get_column_letter(max_col) if max_col and max_col <= 18_278 else "?"
    limits.check_sheet_size(max_row, max_col, letter)
    ws.reset_dimensions()


def read_xlsx(
    path: Path,
    sheet: str | None = None,
    score_header: Callable[[Sequence[str]], int] | None = None,
    header_row: int | None = None,
) -> RawTable:
    """Read one sheet (the first unless ``sheet`` names one) with openpyxl in read-only mode."""
    import openpyxl

    limits.check_xlsx(path)
    fh = open(path, "rb")  # noqa: SIM115 - closed below; a handle ignores the extension
    try:
        wb = openpyxl.load_workbook(fh, read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - any damage means "cannot open"
        fh.close()
        raise UserError(
            translate(
                "import",
                "This Excel file cannot be opened; open it in Excel, save it as .xlsx and retry.",
            )
        ) from exc
    try:
        names = list(wb.sheetnames)
        if sheet is not None and sheet not in names:
            raise UserError(
                translate(
                    "import", "This workbook has no sheet named '{0}'; its sheets are: {1}."
                ).format(sheet, ", ".join(names))
            )
        if not wb.worksheets:
            raise UserError(
                translate("import", "This workbook has no sheets; export the data again and retry.")
            )
        ws = wb[sheet] if sheet else wb.worksheets[0]
        records: list[list[str]] = []
        lines: list[int] = []
        try:
            _check_sheet(ws)
            for i, row in enumerate(ws.iter_rows(values_only=True), start=1):
                if i > limits.MAX_ROWS + 100:
                    raise limits.too_many_rows(i)
                if len(row) > limits.MAX_COLUMNS:
                    if any(v is not None and str(v).strip() for v in row[limits.MAX_COLUMNS :]):
                        raise limits.too_many_columns(len(row), i)
                    row = row[: limits.MAX_COLUMNS]
                records.append([_cell_text(v) for v in row])
                lines.append(i)
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
        wb.close()
        fh.close()
    return sheet_table(records, lines, ws.title, names, "xlsx", score_header, header_row)


def sheet_table(
    records: list[list[str]],
    lines: list[int],
    title: str,
    names: list[str],
    source: str,
    score_header: Callable[[Sequence[str]], int] | None = None,
    header_row: int | None = None,
) -> RawTable:
    """The table of one workbook sheet's rows (cell texts, ``lines`` = sheet rows)."""
    # trim the padding columns read-only sheets report
    width = max(
        (max((j + 1 for j, f in enumerate(r) if f.strip()), default=0) for r in records), default=0
    )
    records = [r[:width] for r in records]
    headers, data, rows, out_lines, hline, footer = _finish(
        records, lines, score_header, header_row
    )
    n = len(headers)
    while (
        n > 1
        and headers[n - 1].startswith("Column ")
        and not any(len(r) >= n and r[n - 1].strip() for r in data)
    ):
        n -= 1
    headers = headers[:n]
    fixed: list[list[str]] = []
    for r in data:
        if len(r) > n and not any(f.strip() for f in r[n:]):
            r = r[:n]
        elif len(r) < n:
            r = r + [""] * (n - len(r))
        fixed.append(r)
    return RawTable(
        headers, fixed, rows, out_lines, None, None, title, hline, footer, names, source
    )


# a byte that is not a space, line break, NUL or byte-order-mark byte (a file of only
# those is empty); found at the file's first such byte, without copying the file
_VISIBLE = re.compile(rb"[^ \t\r\n\x00\xef\xbb\xbf\xff\xfe]")


def read_table(
    path: Path,
    encoding: str | None = None,
    delimiter: str | None = None,
    sheet: str | None = None,
    score_header: Callable[[Sequence[str]], int] | None = None,
    header_row: int | None = None,
    fast: bool | None = None,
) -> RawTable:
    """Read ``path`` whatever it is; a file that is not a table raises ``UserError``.

    ``fast`` (default ``FAST_PATH``) tries the columnar reader of ``fastcsv`` first; it
    gives the same table and declines (None) whatever it cannot read exactly.
    """
    size = limits.check_file(Path(path))
    try:
        with open(path, "rb") as fh:
            data = fh.read(limits.MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise UserError(
            translate("import", "The file {0} cannot be read ({1}).").format(path, exc.strerror)
        ) from exc
    if len(data) > limits.MAX_FILE_BYTES:
        raise UserError(
            translate(
                "import",
                "This file is larger than Dealbook imports at once; export it in smaller parts "
                "(for example one year at a time) and import each.",
            )
        )
    limits.set_csv_field_limit(max(size, len(data)))
    if _VISIBLE.search(data) is None:  # only spaces, line breaks, NULs and byte-order marks
        raise UserError(
            translate(
                "import", "This file is empty; export the data again and choose a file with rows."
            )
        )
    from desktop_app.importing import workbooks  # .xls and .ods (it uses this module)

    if data[:4] == b"PK\x03\x04":  # a zip: refuse bombs and damage before any reader opens it
        limits.check_xlsx(Path(path))
    if data[:4] == b"PK\x03\x04" and workbooks.is_ods(data):
        table = workbooks.read_ods(Path(path), sheet, score_header, header_row)
    elif data[:4] == b"PK\x03\x04":
        table = read_xlsx(Path(path), sheet, score_header, header_row)
    elif data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        table = workbooks.read_xls(data, sheet, score_header, header_row)
    else:
        if encoding:  # the user's choice: read with it, but never past a byte it cannot read
            enc = text_encoding.check_name(encoding)
            text_encoding.check_decodes(data, enc)
        else:
            enc = sniff.detect_encoding(data)
        if not enc.replace("_", "-").lower().startswith("utf-16"):
            head = data[:400_000].decode(enc, errors="ignore")[:100_000].lstrip("\ufeff")
            limits.check_line_widths(data, delimiter or sniff.detect_delimiter(head))
        fast_table: RawTable | None = None
        if FAST_PATH if fast is None else fast:
            from desktop_app.importing.fastcsv import read_fast

            try:
                fast_table = read_fast(data, enc, delimiter, score_header, header_row)
            except UserError:
                raise
            except Exception:  # noqa: BLE001 - whatever surprises the fast path, read exactly
                fast_table = None
        del data
        if fast_table is None:
            table = read_csv_file(Path(path), enc, delimiter, score_header, header_row)
        else:
            table = fast_table
    if not table.n_records:
        raise UserError(
            translate(
                "import",
                "This file has a header but no data rows; export the records themselves and retry.",
            )
        )
    if len([h for h in table.headers if not h.startswith("Column ")]) == 0:
        raise UserError(
            translate(
                "import", "This file has no column names; export it with a header row and retry."
            )
        )
    return table
