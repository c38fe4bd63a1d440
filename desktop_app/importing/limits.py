"""What the importer agrees to read, checked before (or while) reading, with plain refusals.

The limits keep a hostile or broken file from taking the machine: a device such as
``/dev/zero``, a file larger than any CRM export, a line of millions of fields, an XLSX
whose sheet claims the whole grid, or a zip bomb. Each refusal is one ``UserError``
sentence saying what is wrong and what to do. Real exports stay far below every limit (a
million-row export is a few hundred MB; a long notes field is a few MB).
"""

from __future__ import annotations

import csv
import os
import stat
import zipfile
import zlib
from pathlib import Path

from desktop_app.errors import UserError
from desktop_app.translation import translate

#: largest file read (CSV, TSV or XLSX)
MAX_FILE_BYTES = 1 << 30
#: most data records (CSV records or sheet rows)
MAX_ROWS = 5_000_000
#: most columns of a record
MAX_COLUMNS = 2_000
#: longest single field, in characters (a long notes field is a few MB)
MAX_FIELD_CHARS = 32 << 20
#: an XLSX part (sheet, shared strings) may not inflate more than this many times
MAX_ZIP_RATIO = 100
#: parts smaller than this once inflated are not checked for their ratio
ZIP_RATIO_FLOOR = 4 << 20
#: largest inflated shared-strings part, and most strings in it
MAX_SHARED_STRINGS_BYTES = 128 << 20
MAX_SHARED_STRINGS = 2_000_000
#: largest inflated workbook (all parts)
MAX_XLSX_INFLATED = 4 << 30


def check_file(path: Path) -> int:
    """Size of ``path`` in bytes; refuses what is not a regular file or is too large."""
    try:
        st = os.stat(path)
    except FileNotFoundError as exc:
        raise UserError(
            translate("import", "The file {0} does not exist; check its name and folder.").format(
                path
            )
        ) from exc
    except OSError as exc:
        raise UserError(
            translate("import", "The file {0} cannot be read ({1}).").format(path, exc.strerror)
        ) from exc
    if stat.S_ISDIR(st.st_mode):
        raise UserError(
            translate(
                "import", "{0} is a folder, not a file; choose the exported CSV or XLSX file."
            ).format(path)
        )
    if not stat.S_ISREG(st.st_mode):
        raise UserError(
            translate(
                "import",
                "{0} is not a regular file (it is a device or a pipe); "
                "choose the exported CSV or XLSX file itself.",
            ).format(path)
        )
    if st.st_size > MAX_FILE_BYTES:
        raise UserError(
            translate(
                "import",
                "This file is {0} GB, more than the {1} GB Dealbook imports at once; "
                "export it in smaller parts (for example one year at a time) and import each.",
            ).format(f"{st.st_size / 1e9:.1f}", f"{MAX_FILE_BYTES / 1e9:.1f}")
        )
    return int(st.st_size)


def set_csv_field_limit(size: int) -> None:
    """Let Python's CSV reader accept any field up to the file's size (within the limit)."""
    csv.field_size_limit(max(131_072, min(size + 1, MAX_FIELD_CHARS)))


def too_many_rows(n: int) -> UserError:
    return UserError(
        translate(
            "import",
            "This file has more than {0} rows, more than Dealbook imports at once; "
            "export it in smaller parts (for example one year at a time) and import each.",
        ).format(f"{MAX_ROWS:,}")
    )


def too_many_columns(n: int, line: int | None = None) -> UserError:
    if line:
        sentence = translate(
            "import",
            "This file has a row of {0} columns (line {2}), more than the {1} Dealbook reads; "
            "check that it is a CSV export with the right delimiter, or export fewer columns.",
        )
    else:
        sentence = translate(
            "import",
            "This file has a row of {0} columns, more than the {1} Dealbook reads; "
            "check that it is a CSV export with the right delimiter, or export fewer columns.",
        )
    return UserError(sentence.format(f"{n:,}", f"{MAX_COLUMNS:,}", line))


def field_too_long(line: int | None = None) -> UserError:
    if line:
        sentence = translate(
            "import",
            "This file has a field longer than {0} MB near line {1}; check that its quotes "
            "are closed and that it is a CSV export, or shorten that field.",
        )
    else:
        sentence = translate(
            "import",
            "This file has a field longer than {0} MB; check that its quotes are closed "
            "and that it is a CSV export, or shorten that field.",
        )
    return UserError(sentence.format(MAX_FIELD_CHARS >> 20, line))


def check_record_widths(max_fields: int, line: int | None = None) -> None:
    """Refuse a record wider than ``MAX_COLUMNS``."""
    if max_fields > MAX_COLUMNS:
        raise too_many_columns(max_fields, line)


def check_line_widths(data: bytes, delimiter: str) -> None:
    """Refuse a file with a line of more than ``MAX_COLUMNS`` delimiters, before parsing it.

    Counting the delimiter bytes is cheap; only when the file holds more of them than
    ``MAX_COLUMNS`` per line on average are its lines counted one by one (they are few
    then). A line whose delimiters sit inside quotes may be refused too: such a line is
    not a CRM export either.
    """
    if len(delimiter) != 1 or ord(delimiter) > 127:
        return
    d = delimiter.encode()
    lines = data.count(b"\n") + 1
    if data.count(d) <= MAX_COLUMNS * lines:
        return
    start, line = 0, 1
    while start <= len(data):
        end = data.find(b"\n", start)
        end = len(data) if end < 0 else end
        n = data.count(d, start, end) + 1
        if n > MAX_COLUMNS:
            raise too_many_columns(n, line)
        start, line = end + 1, line + 1


def _column_number(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + (ord(ch) - 64)
    return n


def _count_strings(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> int:
    """Number of ``<si`` elements of the shared-strings part, counted while inflating."""
    count, tail = 0, b""
    with zf.open(info) as fh:
        while chunk := fh.read(1 << 20):
            buf = tail + chunk
            count += buf.count(b"<si>") + buf.count(b"<si ")
            tail = buf[-3:]
            if count > MAX_SHARED_STRINGS:
                break
    return count


def check_xlsx(path: Path) -> None:
    """``_check_xlsx``; a zip this module cannot even list or inflate is a damaged file."""
    try:
        _check_xlsx(path)
    except UserError:
        raise
    # RuntimeError covers zipfile's unsupported compression or encryption (a subclass of it)
    except (zipfile.BadZipFile, RuntimeError, EOFError, OSError, ValueError, zlib.error) as exc:
        raise UserError(_cannot_open_xlsx()) from exc


def _cannot_open_xlsx() -> str:
    return translate(
        "import", "This Excel file cannot be opened; open it in Excel, save it as .xlsx and retry."
    )


def _check_xlsx(path: Path) -> None:
    """Refuse a workbook that would take too much memory or time before openpyxl loads it.

    Checks every part's inflation ratio (zip bomb), the total inflated size and the
    shared-strings part's size and count (openpyxl holds all shared strings in memory).
    """
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise UserError(_cannot_open_xlsx()) from exc
    with zf:
        infos = zf.infolist()
        total = sum(i.file_size for i in infos)
        if total > MAX_XLSX_INFLATED:
            raise UserError(
                translate(
                    "import",
                    "This Excel file unpacks to {0} GB, more than Dealbook reads; save the "
                    "sheet as CSV in Excel, or export it in smaller parts, and import that.",
                ).format(f"{total / 1e9:.1f}")
            )
        for info in infos:
            if info.file_size > ZIP_RATIO_FLOOR and info.file_size > MAX_ZIP_RATIO * max(
                1, info.compress_size
            ):
                raise UserError(
                    translate(
                        "import",
                        "This Excel file is damaged or built to exhaust memory (one of its "
                        "parts unpacks {0} times larger); open it in Excel, save it again as "
                        ".xlsx or CSV, and import that.",
                    ).format(f"{info.file_size // max(1, info.compress_size):,}")
                )
        for info in infos:
            name = info.filename.lower()
            if name.endswith("sharedstrings.xml") and (
                info.file_size > MAX_SHARED_STRINGS_BYTES
                or _count_strings(zf, info) > MAX_SHARED_STRINGS
            ):
                raise UserError(
                    translate(
                        "import",
                        "This Excel file holds more text than Dealbook reads from a workbook "
                        "(over {0} texts or {1} MB); save the sheet as CSV in Excel and "
                        "import that.",
                    ).format(f"{MAX_SHARED_STRINGS:,}", MAX_SHARED_STRINGS_BYTES >> 20)
                )


def check_sheet_size(max_row: int | None, max_column: int | None, column: str) -> None:
    """Refuse a sheet whose declared size (its ``<dimension>``) exceeds the limits."""
    if max_column is not None and max_column > MAX_COLUMNS:
        raise UserError(
            translate(
                "import",
                "This sheet reaches column {0} ({1} columns), more than the {2} Dealbook "
                "reads; delete the unused columns in Excel (or save the sheet as CSV) and retry.",
            ).format(column, f"{max_column:,}", f"{MAX_COLUMNS:,}")
        )
    if max_row is not None and max_row > MAX_ROWS:
        raise too_many_rows(max_row)
