"""Parse the numbers and dates of CRM exports, one whole column at a time.

Numbers: ``1234.5``, ``1,234.50``, ``1.234,50``, ``1 234,50`` (also with NBSP / thin
spaces), currency signs and codes before or after (``$``, ``€``, ``USD 1234.56``,
``1.234,50 €``), and ``(1,234.00)`` for negatives. The decimal mark is decided per column
from all its values (``decimal_mark``); a value that is not a number becomes NaN and the
caller turns it into a reject.

Dates: ISO dates and datetimes, ``MM/DD/YYYY``, ``DD/MM/YYYY``, ``DD.MM.YYYY``,
``YYYY/MM/DD``, ``2025年3月4日``, ``Sep 12, 2026``, ``3/4/2025, 10:22 AM``, Excel serial
numbers. The day/month order is decided per column from all its values
(``date_order_evidence``); a column that cannot tell gets an assumption chosen by the caller.
Parsing works on the column's distinct values, so a million rows cost as much as their
few thousand distinct dates.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from operator import methodcaller
from typing import Any

import numpy as np
import pandas as pd
from pandas.api.types import infer_dtype

from desktop_app.importing.dates import parse_date_value

#: spaces used as thousands separators: space, NBSP, narrow NBSP, thin space, apostrophe
_SPACES = "[\u0020\u00a0\u202f\u2009\u2007']"
_CURRENCY_RE = re.compile(
    r"(?i)^\s*(?:[A-Z]{3}|[$€£¥￥₹₩₽]|US\$|R\$|RMB|元)\s*"
    r"|\s*(?:[A-Z]{3}|[$€£¥￥₹₩₽]|RMB|元|zł|руб\.?|Kč)\s*$"
)
#: a character that groups digits or marks decimals other than the dot (``decimal_mark``)
_GROUPING = re.compile(r"[,\s\u00a0\u202f\u2009']")
#: a character that no plain number holds (a sign or letter: maybe a currency)
_NOT_NUMBER = re.compile(r"[^\d.,\s()+-]")
_CODE_RE = re.compile(r"(?i)^\s*([A-Z]{3})\s*[-(\d]|[\d)]\s*([A-Z]{3})\s*$")
_SYMBOL_CODES = {  # longer symbols first: "R$" is not "$"
    "R$": "BRL",
    "$": "USD",
    "€": "EUR",
    "£": "GBP",
    "¥": "CNY",
    "￥": "CNY",
    "₹": "INR",
    "₩": "KRW",
    "₽": "RUB",
    "руб": "RUB",
    "zł": "PLN",
    "Kč": "CZK",
}


def map_unique(series: pd.Series, fn: Callable[[Any], object]) -> pd.Series:
    """``series.map(fn)`` computed once per distinct value (missing values stay None)."""
    return factorized(series)(fn)


def factorized(series: pd.Series) -> Callable[[Callable[[object], object]], pd.Series]:
    """``map_unique`` for several functions over one column, hashing its values once."""
    codes, uniques = pd.factorize(series, use_na_sentinel=True)

    def apply(fn: Callable[[object], object]) -> pd.Series:
        table = np.empty(len(uniques) + 1, dtype=object)
        table[:-1] = [fn(u) for u in uniques]
        table[-1] = None
        return pd.Series(table[codes], index=series.index, dtype=object)

    return apply


class Distinct:
    """A column's distinct values (``values``), checked once each, and their spread back to
    the rows (``rows``): a per-value check gives the same answer as the check of every row,
    for a hundredth of the work on a column of a few thousand amounts in 500,000 rows."""

    def __init__(self, series: pd.Series) -> None:
        codes, uniques = pd.factorize(series, use_na_sentinel=True)
        self.codes = codes
        self.index = series.index
        #: each distinct value once, in order of first appearance (missing values left out)
        self.values = pd.Series(uniques, dtype=object)

    def rows(self, per_value: pd.Series | np.ndarray) -> pd.Series:
        """The per-value results as one per row; a missing value gets False, NaN or None."""
        arr = np.asarray(per_value)
        if arr.dtype == bool:
            table = np.append(arr, False)
        elif arr.dtype.kind == "f":
            table = np.append(arr, np.nan)
        else:
            table = np.empty(len(arr) + 1, dtype=object)
            table[:-1] = arr
            table[-1] = None
        return pd.Series(table[self.codes], index=self.index, dtype=table.dtype)


def has_value(series: pd.Series) -> bool:
    """True when any value is present: the first rows one by one (a filled column answers at
    once), then the rest in one vectorised pass (only an empty column is read to its end)."""
    arr = series.to_numpy(dtype=object)
    if any(not pd.isna(v) for v in arr[:64]):
        return True
    return bool((~pd.isna(arr[64:])).any())


FORMULA_START = ("=", "+", "-", "@", "\t")


def texts_present(values: pd.Series) -> tuple[np.ndarray, np.ndarray] | None:
    """``(the values that are not missing, the missing mask)`` when every present value is
    ``str``, else None (the caller then takes its value-by-value path)."""
    arr = values.to_numpy(dtype=object)
    missing = pd.isna(arr)
    present = arr[~missing] if missing.any() else arr
    if len(present) and infer_dtype(present, skipna=False) != "string":
        return None
    return present, missing


def any_char(texts: np.ndarray, char_class: re.Pattern[str], sep: str) -> bool:
    """``char_class`` (one character) matches in some text; searched once in the texts joined
    by ``sep``, a character the class does not match (so no match spans two texts)."""
    return char_class.search(sep.join(texts)) is not None


def filled_texts(values: pd.Series) -> np.ndarray | None:
    """Per value: text that is not blank once stripped (``bool(str(x).strip())``), False for
    a missing value; None when some present value is not ``str``."""
    found = texts_present(values)
    if found is None:
        return None
    present, missing = found
    filled = np.fromiter(map(bool, map(str.strip, present)), dtype=bool, count=len(present))
    if not missing.any():
        return filled
    out = np.zeros(len(missing), dtype=bool)
    out[~missing] = filled
    return out


def _mostly_distinct(arr: np.ndarray, sample: int = 20_000) -> bool:
    """True for a column of text values that are mostly distinct (names, record ids)."""
    if len(arr) < 2 * sample:
        return False
    return len(pd.unique(arr[:sample])) > sample // 2 and infer_dtype(arr, skipna=False) == "string"


def clean_text_flags(series: pd.Series) -> tuple[pd.Series, np.ndarray]:
    """``clean_text`` plus, per value, whether it starts like a spreadsheet formula.

    An export's escaping apostrophe is removed first (``'=SUM(A1)`` is stored ``=SUM(A1)``).
    """
    arr = series.to_numpy(dtype=object)
    if _mostly_distinct(arr):  # hashing every value to share work would cost more
        if _plain(arr):  # nothing to trim, unescape or flag: only empty texts change
            out = arr.copy()
            out[out == ""] = None
            return pd.Series(out, index=series.index, dtype=object), np.zeros(len(arr), bool)
        stripped = list(map(_unescape, map(methodcaller("strip", " \r\n"), arr)))
        flags = np.fromiter(
            map(methodcaller("startswith", FORMULA_START), stripped), dtype=bool, count=len(arr)
        )
        out = np.empty(len(arr), dtype=object)
        out[:] = stripped
        out[out == ""] = None
        return pd.Series(out, index=series.index, dtype=object), flags
    codes, uniques = pd.factorize(series, use_na_sentinel=True)
    table = np.empty(len(uniques) + 1, dtype=object)
    flags = np.zeros(len(uniques) + 1, dtype=bool)
    cleaned = [_unescape(str(u).strip(" \r\n")) or None for u in uniques]
    table[:-1] = cleaned
    table[-1] = None
    flags[:-1] = [c is not None and c[0] in FORMULA_START for c in cleaned]
    return pd.Series(table[codes], index=series.index, dtype=object), flags[codes]


#: what a value may start or end with, or hold, that trimming, unescaping or the formula
#: flag would act on (a value's start follows a NUL in the joined texts, its end precedes one)
_NOT_PLAIN_STARTS = (" ", "'", *FORMULA_START)
_NOT_PLAIN = ("\r", "\n", " \x00", *("\x00" + c for c in _NOT_PLAIN_STARTS))


def _plain(texts: np.ndarray) -> bool:
    """True when no text (all ``str``) needs trimming or unescaping or starts like a formula.

    Checked on the texts joined by NUL, in a few passes of C over one string: a NUL inside a
    value can only make the answer False (the careful path then runs), never wrongly True.
    """
    joined = "\x00".join(texts)
    if joined[:1] in _NOT_PLAIN_STARTS or joined[-1:] == " ":
        return False
    return not any(part in joined for part in _NOT_PLAIN)


def _unescape(text: str) -> str:
    """``text`` without the apostrophe a CSV export puts before ``=`` ``+`` ``-`` ``@`` tab."""
    if text[:1] == "'" and text[1:2] in (*FORMULA_START, "\r"):
        return text[1:]
    return text


def clean_text(series: pd.Series) -> pd.Series:
    """Text trimmed of spaces and line breaks (a leading tab is kept); empty as None.

    The apostrophe Dealbook's export puts before formula-like text (``'=SUM``, ``'-5``,
    ``'+44 20``) is removed, so a round trip gives back the text as it was.
    """
    return map_unique(series, lambda x: _unescape(str(x).strip(" \r\n")) or None)


# --- numbers ---------------------------------------------------------------------------


#: longest text read as a number (longer texts are not numbers)
MAX_NUMBER_CHARS = 64


def decimal_mark(values: pd.Series, hint: str | None = None) -> str:
    """``','`` or ``'.'``: the decimal mark the non-empty ``values`` were written with.

    A value with both marks tells by the last one; a lone ``,`` followed by other than
    three digits (``1,5``) means a decimal comma; a lone ``.`` likewise. When nothing tells,
    ``hint`` (the file's locale, e.g. ``','`` for semicolon files) or ``'.'``.
    """
    s = pd.Series(pd.unique(values.dropna().astype(str)), dtype=object)
    lengths = np.fromiter(map(len, s.to_numpy(dtype=object)), dtype=np.int64, count=len(s))
    s = s[lengths <= MAX_NUMBER_CHARS]
    if s.empty:
        return hint or "."
    if not any_char(s.to_numpy(dtype=object), _GROUPING, "\x00"):
        if hint != ",":
            return "."
        dotted = s[s.str.contains(".", regex=False)]
        if len(dotted) and dotted.str.fullmatch(r"\d{1,3}(\.\d{3})+").all():
            return ","
        return "."
    s = s.str.strip().str.replace(_CURRENCY_RE, "", regex=True)
    s = s.str.replace(_CURRENCY_RE, "", regex=True).str.strip("() ")
    s = s.str.replace(_SPACES, "", regex=True)
    comma_last = s.str.contains(r"\.\d*,\d*$|,\d{1,2}$|,\d{4,}$", regex=True).sum()
    dot_last = s.str.contains(r",\d*\.\d*$|\.\d{1,2}$|\.\d{4,}$", regex=True).sum()
    # "1.234.567" can only be dots as thousands
    comma_last += s.str.contains(r"\d\.\d{3}\.\d{3}", regex=True).sum()
    dot_last += s.str.contains(r"\d,\d{3},\d{3}", regex=True).sum()
    if comma_last > dot_last:
        return ","
    if dot_last > comma_last:
        return "."
    return hint or "."


def parse_numbers(values: pd.Series, mark: str | None = None) -> pd.Series:
    """Float series; empty input is NaN, and so is text that is not a number.

    Use ``is_bad_number`` to tell the two apart. Each distinct value is parsed once.
    """
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    if len(uniques) * 2 < len(values):
        parsed = _parse_numbers(pd.Series(uniques, dtype=object), mark or decimal_mark(values))
        table = np.append(parsed.to_numpy(dtype=float), np.nan)
        return pd.Series(table[codes], index=values.index, dtype=float)
    return _parse_numbers(values, mark)


def _parse_numbers(values: pd.Series, mark: str | None = None) -> pd.Series:
    if mark is None:
        mark = decimal_mark(values)
    fast = pd.to_numeric(values.where(values != "", None), errors="coerce")
    if (
        mark == "."
        and (fast.notna() | values.isna() | (values == "")).all()
        and not np.isinf(fast).any()
    ):
        return fast.astype(float)
    s = values.astype("string").str.strip()
    s = s.mask(s.str.len() > MAX_NUMBER_CHARS)  # a long text is no number: skip the regexes
    s = s.str.replace(_CURRENCY_RE, "", regex=True).str.replace(_CURRENCY_RE, "", regex=True)
    neg = s.str.match(r"^\(.*\)$", na=False)
    s = s.str.replace(r"^\((.*)\)$", r"\1", regex=True)
    s = s.str.replace(_SPACES, "", regex=True)
    s = s.str.replace(_CURRENCY_RE, "", regex=True)
    thousands = "." if mark == "," else ","
    s = s.str.replace(thousands, "", regex=False)
    if mark == ",":
        s = s.str.replace(",", ".", regex=False)
    s = s.str.replace(r"^(-?)\s*([\d.]+)-$", r"-\2", regex=True)  # trailing minus
    s = s.where(s.str.fullmatch(r"[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?", na=False), None)
    out = pd.to_numeric(s, errors="coerce").astype(float)
    out[neg.to_numpy(dtype=bool)] *= -1
    return out


def is_bad_number(raw: pd.Series, parsed: pd.Series) -> pd.Series:
    """True where ``raw`` had text but ``parsed`` is NaN."""
    filled = filled_texts(raw)
    if filled is None:
        has = map_unique(raw, lambda x: bool(str(x).strip())) == True  # noqa: E712
    else:
        has = pd.Series(filled, index=raw.index)
    return (has & parsed.isna()).astype(bool)


def currency_in(values: pd.Series) -> pd.Series:
    """The currency code written inside amount values (``USD 12``, ``12 €``), else None."""
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    found = _currency_in(pd.Series(uniques, dtype=object))
    table = np.empty(len(uniques) + 1, dtype=object)
    table[:-1] = found.to_numpy(dtype=object)
    table[-1] = None
    return pd.Series(table[codes], index=values.index, dtype=object)


def _currency_in(values: pd.Series) -> pd.Series:
    found = texts_present(values)
    if found is not None:  # texts only: no sign anywhere (one search) means no currency
        short = [t for t in found[0] if len(t) <= MAX_NUMBER_CHARS]
        if not any_char(np.asarray(short, dtype=object), _NOT_NUMBER, " "):
            return pd.Series(None, index=values.index, dtype=object)
    values = values.where(values.astype("string").str.len() <= MAX_NUMBER_CHARS)
    if not values.astype("string").str.contains(r"[^\d.,\s()+-]", regex=True, na=False).any():
        return pd.Series(None, index=values.index, dtype=object)
    s = values.astype("string").str.strip()
    code = s.str.extract(_CODE_RE)
    out = code[0].fillna(code[1]).str.upper()
    for sym, iso in _SYMBOL_CODES.items():
        has = s.str.contains(re.escape(sym), regex=True, na=False)
        out = out.mask(has & out.isna(), iso)
    return out.astype(object).where(out.notna(), None)


# --- dates (one value at a time: desktop_app.importing.dates) --------------------------


def parse_dates(values: pd.Series, order: str = "mdy") -> pd.Series:
    """Object series of ``datetime.date`` or None; unparseable text becomes None.

    Use ``is_bad_date`` to find the values that had text but no date.
    """
    return map_unique(values, lambda u: parse_date_value(str(u), order))


def is_bad_date(raw: pd.Series, parsed: pd.Series) -> pd.Series:
    """True where ``raw`` had text but ``parsed`` is None."""
    filled = filled_texts(raw)
    if filled is None:
        has = map_unique(raw, lambda x: bool(str(x).strip())) == True  # noqa: E712
    else:
        has = pd.Series(filled, index=raw.index)
    return (has & parsed.isna()).astype(bool)


_TRUE = {"true", "yes", "y", "1", "t", "x", "是", "wahr", "vrai", "sí", "si", "ja", "oui"}
_FALSE = {"false", "no", "n", "0", "f", "否", "falsch", "faux", "nein", "non"}


def parse_bools(values: pd.Series) -> pd.Series:
    """Object series of True / False / None from the usual spellings."""

    def one(x: object) -> bool | None:
        t = str(x).strip().lower()
        return True if t in _TRUE else (False if t in _FALSE else None)

    return map_unique(values, one)
