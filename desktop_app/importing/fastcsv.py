"""Fast path for large, regular text exports: pandas' C parser plus a vectorised line scan.

``read_fast`` gives the same ``RawTable`` as the exact reader (``reader._split``: Python's
``csv`` module) but keeps the data records as columns (``RawTable.frame``) instead of one
Python list per record. It returns ``None`` (the caller then uses the exact reader) whenever
it cannot be sure to match the exact reader:

- an encoding whose bytes may hide a newline, delimiter or quote inside a character
  (only UTF-8 and single-byte Western/Cyrillic code pages are scanned);
- a quoted field with a line break (any line with an odd number of quote characters), a
  quote character in the middle of an unquoted field, a lone carriage return;
- a record with more fields than the first record (the C parser stops there), a header
  that is not on the line the exact reader would pick, a parse error of any kind.

With no quoted line breaks every record is one physical line, so ``line`` is the line
number of the record and the number of fields of a record is one plus the number of
delimiters outside quotes on its line (counted on the bytes, not on Python objects).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence

import numpy as np
import pandas as pd

from desktop_app.importing import limits, sniff

#: codecs whose newline, delimiter and quote bytes are always those characters
SCANNABLE = ("utf-8", "utf-8-sig", "utf_8", "cp1252", "windows-1252", "cp1251", "ascii")
_CHUNK = 1 << 23  # bytes per scan step (bounded temporary arrays)


class _Irregular(Exception):
    """The file needs the exact reader."""


def _line_flags(line: bytes, delim: int, quote: int) -> tuple[bool, bool]:
    """(only spaces/tabs, no visible character outside delimiters and quotes) of one line."""
    spaces = not line.strip(b" \t\r")
    rest = line.replace(bytes([delim]), b"").replace(bytes([quote]), b"")
    return spaces, not any(0x21 <= b <= 0x7E for b in rest)


def _scan(data: bytes, delim: int, quote: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, int]:
    """Per physical line: fields, pandas-blank (only spaces/tabs), has no visible character;
    and the number of line feeds in ``data``.

    Raises ``_Irregular`` for quoted line breaks and quotes inside unquoted fields.
    """
    counts: list[np.ndarray] = []
    spaces: list[np.ndarray] = []
    plain: list[np.ndarray] = []
    size, start, feeds = len(data), 0, 0
    while start < size:
        stop = min(size, start + _CHUNK)
        if stop < size:
            cut = data.rfind(b"\n", start, stop)
            stop = cut + 1 if cut >= start else (data.find(b"\n", stop) + 1 or size)
        a = np.frombuffer(data, dtype=np.uint8, count=stop - start, offset=start)
        ends = np.flatnonzero(a == 10)
        feeds += len(ends)
        if not len(ends) or ends[-1] != len(a) - 1:
            ends = np.append(ends, len(a))  # last line without a newline
        begins = np.concatenate(([0], ends[:-1] + 1))
        dpos = np.flatnonzero(a == delim)
        qpos = np.flatnonzero(a == quote)
        if len(qpos):
            per_line = np.searchsorted(qpos, ends) - np.searchsorted(qpos, begins)
            if (per_line % 2).any():
                raise _Irregular
            padded = np.concatenate(([10], a, [10]))
            prev, nxt = padded[qpos], padded[qpos + 2]
            nxt = np.where(nxt == 13, padded[np.minimum(qpos + 3, len(padded) - 1)], nxt)
            edge = (10, delim, quote)
            if not (np.isin(prev, edge) | np.isin(nxt, edge)).all():
                raise _Irregular
            dpos = dpos[np.searchsorted(qpos, dpos) % 2 == 0]  # outside quotes
        counts.append(np.searchsorted(dpos, ends) - np.searchsorted(dpos, begins) + 1)
        # a line with a visible character among its first 4 bytes is neither blank nor
        # all-delimiters; the other lines are checked one by one
        vis = np.zeros(len(ends), dtype=bool)
        for k in range(4):
            at = np.minimum(begins + k, len(a) - 1)
            b = a[at]
            vis |= (begins + k < ends) & (b >= 0x21) & (b <= 0x7E) & (b != delim) & (b != quote)
        sp = np.zeros(len(ends), dtype=bool)
        pl = np.zeros(len(ends), dtype=bool)
        for i in np.flatnonzero(~vis):
            sp[i], pl[i] = _line_flags(data[start + begins[i] : start + ends[i]], delim, quote)
        spaces.append(sp)
        plain.append(pl)
        del a, dpos, qpos
        start = stop
    if not counts:
        raise _Irregular
    return np.concatenate(counts), np.concatenate(spaces), np.concatenate(plain), feeds


def _record(frame: pd.DataFrame, i: int, count: int) -> list[str]:
    return [str(v) for v in frame.iloc[i, :count].tolist()]


def read_fast(
    data: bytes,
    encoding: str,
    delimiter: str | None,
    score_header: Callable[[Sequence[str]], int] | None,
    header_row: int | None,
):  # noqa: ANN201 - RawTable | None (reader imports this module)
    """The ``RawTable`` of a regular text export, or ``None`` when it needs the exact reader."""
    from desktop_app.importing.reader import RawTable, _clean_headers

    if encoding.lower().replace("_", "-") not in SCANNABLE or b"\x00" in data:
        return None
    if b"\r" in data and data.count(b"\r") != data.count(b"\r\n"):
        return None
    bom = 3 if data.startswith(b"\xef\xbb\xbf") else 0
    sample = data[bom : bom + 400_000].decode(encoding, errors="ignore")[:100_000]
    delim = delimiter or sniff.detect_delimiter(sample)
    quote = sniff.detect_quote(sample, delim)
    if len(delim) != 1 or ord(delim) > 127:
        return None
    try:
        counts, spaces, plain, feeds = _scan(data, ord(delim), ord(quote))
        if len(counts) > limits.MAX_ROWS + 100:
            raise limits.too_many_rows(len(counts))
        if len(counts) and counts.max() > limits.MAX_COLUMNS:
            wide = int(np.argmax(counts > limits.MAX_COLUMNS))
            raise limits.too_many_columns(int(counts[wide]), wide + 1)
        frame = pd.read_csv(
            io.BytesIO(data),
            header=None,
            sep=delim,
            quotechar=quote,
            dtype=str,
            keep_default_na=False,
            na_filter=False,
            encoding=encoding,
            engine="c",
            skip_blank_lines=True,
        )
    except (_Irregular, ValueError, UnicodeDecodeError, pd.errors.ParserError, LookupError):
        return None
    physical = np.flatnonzero(~spaces) + 1  # line of each pandas record
    if len(frame) != len(physical):
        return None
    counts = counts[~spaces]
    plain = plain[~spaces]
    # records whose fields are all blank (", ,") are not data; check the candidates exactly
    blank = np.zeros(len(frame), dtype=bool)
    for i in np.flatnonzero(plain):
        blank[i] = not "".join(_record(frame, int(i), int(counts[i]))).strip()
    if header_row is not None:
        hit = np.flatnonzero(physical == header_row)
        if not len(hit) or header_row < 1:
            return None
        hidx = int(hit[0])
    else:
        first = np.flatnonzero(~blank)[:30]
        if not len(first):
            return None
        heads = [_record(frame, int(i), int(counts[i])) for i in first]
        hidx = int(first[sniff.detect_header_row(heads, score_header)])
    headers = _clean_headers(_record(frame, hidx, int(counts[hidx])))
    width = len(headers)
    # footer: trailing records that are blank or footer lines (sniff.footer_start)
    end, real = len(frame), False
    while end > hidx + 1:
        rec = _record(frame, end - 1, int(counts[end - 1]))
        if not sniff.is_footer(rec):
            break
        real = real or not blank[end - 1]
        end -= 1
    total_lines = feeds + (0 if data.endswith(b"\n") else 1)
    if real:
        last = int(physical[end - 1]) if end > hidx + 1 else int(physical[hidx])
        footer = total_lines - last
    else:
        end, footer = len(frame), 0
    keep = np.zeros(len(frame), dtype=bool)
    keep[hidx + 1 : end] = True
    keep &= ~blank
    idx = np.flatnonzero(keep)
    if len(idx) and idx[-1] - idx[0] + 1 == len(idx):  # one run of records: a slice, no copy
        data_frame = frame.iloc[int(idx[0]) : int(idx[-1]) + 1, : min(width, frame.shape[1])]
    else:
        data_frame = frame.iloc[idx, : min(width, frame.shape[1])]
    del frame
    data_frame.index = pd.RangeIndex(len(data_frame))  # in place: no copy of the records
    data_frame.columns = range(data_frame.shape[1])
    n = len(idx)
    records = [_record(data_frame, i, int(counts[j])) for i, j in enumerate(idx[:200])]
    table = RawTable(
        headers,
        records,
        np.arange(1, n + 1, dtype=np.int64),
        physical[idx].astype(np.int64),
        encoding,
        delim,
        None,
        int(physical[hidx]),
        footer,
        n_records=n,
    )
    table.frame = data_frame
    table.counts = counts[idx].astype(np.int64)
    return table
