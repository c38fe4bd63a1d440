"""Value checks that keep a reading unambiguous: each finds the rows a column cannot vouch for.

- ``out_of_range``: numbers that are not finite or whose size is ``MAX_ABS`` or more (a
  thousand trillion; sums of such numbers overflow and no sales figure is that large).
- ``mark_of``: the decimal mark a number shows by itself (``1,234.56`` -> ``.``,
  ``1,5`` -> ``,``), None when it could be either (``1.234``, ``1,234``, ``12``).
- ``thousands_ambiguous``: values such as ``1.234`` that read 1234 with dot thousands and
  1.234 with a decimal point, in a column whose other values do not tell.
- ``currency_conflicts``: a currency sign or code inside an amount that contradicts the
  row's currency column (``€100`` with ``USD``).
- ``order_of``: ``"dmy"`` for ``13/01/2025``, ``"mdy"`` for ``01/13/2025``, None when a
  numeric date could be read both ways or is not numeric.

Every function works on a column's distinct values (``values.map_unique``).
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from desktop_app.importing import values as V

#: largest size of a number the importer accepts (exclusive)
MAX_ABS = 1e15

_STRIP = re.compile(r"[\s\u00a0\u202f\u2009\u2007'()+\-]")
_SIGNS = re.compile(
    r"(?i)^(?:[A-Z]{3}|US\$|R\$|RMB|[^\d.,\s])+|(?:[A-Z]{3}|RMB|zł|руб\.?|Kč|[^\d.,\s])+$"
)
_DOT_THOUSANDS = re.compile(r"^\d{1,3}(\.\d{3})+$")
_COMMA_THOUSANDS = re.compile(r"^\d{1,3}(,\d{3}){2,}$")
_DOTS_THOUSANDS = re.compile(r"^\d{1,3}(\.\d{3}){2,}$")


def out_of_range(num: pd.Series) -> np.ndarray:
    """True where a parsed number is present but not finite or ``|x| >= MAX_ABS``."""
    arr = num.to_numpy(dtype=float, na_value=np.nan)
    with np.errstate(invalid="ignore"):
        return ~np.isnan(arr) & ~(np.abs(arr) < MAX_ABS)


def _core(text: object) -> str:
    """The digits and marks of a number, without signs, currency and spaces."""
    t = _SIGNS.sub("", str(text).strip())
    return _STRIP.sub("", t)


def _mark(text: object) -> str | None:
    if "." not in (raw := str(text)) and "," not in raw:  # no mark: nothing to tell
        return None
    t = _core(raw)
    if not t or not re.fullmatch(r"[\d.,]+", t):
        return None
    dot, comma = "." in t, "," in t
    if dot and comma:
        return "." if t.rfind(".") > t.rfind(",") else ","
    if comma:
        if _COMMA_THOUSANDS.match(t):
            return "."
        tail = t.rsplit(",", 1)[1]
        return "," if t.count(",") == 1 and len(tail) != 3 else None
    if dot:
        if _DOTS_THOUSANDS.match(t):
            return ","
        tail = t.rsplit(".", 1)[1]
        return "." if t.count(".") == 1 and len(tail) != 3 else None
    return None


_DOT = re.compile(r"\.")
_DOT_OR_COMMA = re.compile(r"[.,]")


def _none_has(values: pd.Series, chars: re.Pattern[str]) -> bool:
    """True when every present value is text and none holds a character of ``chars``."""
    found = V.texts_present(values)
    return found is not None and not V.any_char(found[0], chars, "\x00")


def mark_of(values: pd.Series) -> pd.Series:
    """Per value: the decimal mark it shows by itself, else None."""
    if _none_has(values, _DOT_OR_COMMA):  # no mark anywhere: none to tell (one search)
        return pd.Series(np.full(len(values), None, dtype=object), index=values.index)
    return V.map_unique(values, _mark)


def thousands_ambiguous(values: pd.Series, marks: pd.Series | None = None) -> np.ndarray:
    """True for values like ``1.234`` when no value of the column shows its decimal mark.

    ``marks`` is ``mark_of(values)`` when the caller has it already."""
    if (mark_of(values) if marks is None else marks).notna().any():
        return np.zeros(len(values), dtype=bool)
    if _none_has(values, _DOT):  # no dot anywhere (one search)
        return np.zeros(len(values), dtype=bool)
    amb = V.map_unique(values, lambda x: "." in str(x) and bool(_DOT_THOUSANDS.match(_core(x))))
    return (amb == True).to_numpy(dtype=bool)  # noqa: E712


#: currencies written with the same sign
_SHARED_SIGNS = {
    "USD": {"USD", "CAD", "AUD", "NZD", "SGD", "HKD", "TWD", "MXN", "ARS", "CLP", "COP"},
    "CNY": {"CNY", "JPY", "RMB"},
}


def currency_conflicts(amount_currency: pd.Series, currency: pd.Series) -> np.ndarray:
    """True where the amount's own currency contradicts the row's currency column."""
    a = amount_currency.to_numpy(dtype=object)
    c = currency.to_numpy(dtype=object)
    out = np.zeros(len(a), dtype=bool)
    for i in np.flatnonzero(pd.notna(a) & pd.notna(c)):
        x, y = str(a[i]).upper(), str(c[i]).upper()
        if x != y and y not in _SHARED_SIGNS.get(x, ()):
            out[i] = True
    return out


_NUMERIC = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})(?:[ T,]+.*)?$")


def _order(text: object) -> str | None:
    m = _NUMERIC.match(str(text).strip())
    if not m:
        return None
    a, b = int(m.group(1)), int(m.group(2))
    if a > 12 >= b:
        return "dmy"
    if b > 12 >= a:
        return "mdy"
    return None


def order_of(values: pd.Series) -> pd.Series:
    """Per value: the day/month order a numeric date proves by itself, else None."""
    return V.map_unique(values, _order)
