"""One date read from the text of a CRM export, and the evidence for a column's day order.

Shapes: ISO dates and datetimes, ``MM/DD/YYYY``, ``DD/MM/YYYY``, ``DD.MM.YYYY``,
``YYYY/MM/DD``, ``2025年3月4日``, ``Sep 12, 2026``, ``12-Sep-2026``, ``3/4/2025, 10:22 AM``
and Excel serial numbers. :mod:`desktop_app.importing.values` applies these to whole
columns, once per distinct value.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import pandas as pd

EXCEL_EPOCH = dt.date(1899, 12, 30)
_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ]
    )
    for m in names
}


_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T,]+.*)?$")
_NUMERIC = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})(?:[ T,]+.*)?$")
_CJK = re.compile(r"^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?(?:\s+.*)?$")
_MONTH_FIRST = re.compile(
    r"^([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:[ T,]+.*)?$"
)
_DAY_FIRST = re.compile(r"^(\d{1,2})[\s-]+([A-Za-z]{3,9})\.?[\s-]+(\d{2,4})(?:[ T,]+.*)?$")
_SERIAL = re.compile(r"^\d{4,6}(?:\.\d+)?$")


@dataclass
class DateOrder:
    """How a column's numeric dates are ordered and why."""

    order: str  # "dmy" or "mdy"
    decided_by: str  # "values", "option", "other column", "number format", "default"
    ambiguous: int = 0  # distinct values that could be read both ways


def date_order_evidence(values: pd.Series) -> tuple[int, int, int, int]:
    """``(dmy_votes, mdy_votes, ambiguous, numeric)`` over a column's distinct numeric dates."""
    dmy = mdy = amb = numeric = 0
    for v in pd.unique(values.dropna().astype(str)):
        m = _NUMERIC.match(v.strip())
        if not m:
            continue
        numeric += 1
        a, b = int(m.group(1)), int(m.group(2))
        if a > 12 >= b:
            dmy += 1
        elif b > 12 >= a:
            mdy += 1
        elif a <= 12 and b <= 12 and a != b:
            amb += 1
    return dmy, mdy, amb, numeric


def _year(y: str) -> int:
    n = int(y)
    return n + 2000 if len(y) == 2 and n < 70 else (n + 1900 if len(y) == 2 else n)


def parse_date_value(text: str, order: str = "mdy") -> dt.date | None:
    """One date from text in any of the understood shapes, else None."""
    v = text.strip()
    if not v:
        return None
    try:
        if m := _ISO.match(v):
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if m := _NUMERIC.match(v):
            a, b, y = int(m.group(1)), int(m.group(2)), _year(m.group(3))
            if order == "dmy" or (a > 12 >= b):
                a, b = b, a
            return dt.date(y, a, b)
        if m := _CJK.match(v):
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if m := _MONTH_FIRST.match(v):
            mon = _MONTHS.get(m.group(1).lower())
            return dt.date(int(m.group(3)), mon, int(m.group(2))) if mon else None
        if m := _DAY_FIRST.match(v):
            mon = _MONTHS.get(m.group(2).lower())
            return dt.date(_year(m.group(3)), mon, int(m.group(1))) if mon else None
        if _SERIAL.match(v):
            serial = float(v)
            if 10000 <= serial <= 109574:  # 1927 .. 2199
                return EXCEL_EPOCH + dt.timedelta(days=int(serial))
    except (ValueError, OverflowError):
        return None
    return None
