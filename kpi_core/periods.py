"""Reporting periods: an inclusive date range, parsing, previous period and months.

A period is ``[start, end]`` with both days included. The previous period follows the
spec: an exact calendar month, quarter or year is followed back to the previous calendar
month, quarter or year; any other range to the same number of days ending the day before
``start``.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np

_YEAR = re.compile(r"^\s*(\d{4})\s*$")
_QUARTER = re.compile(r"^\s*(\d{4})\s*-?\s*[Qq]\s*([1-4])\s*$")
_MONTH = re.compile(r"^\s*(\d{4})\s*-\s*(\d{1,2})\s*$")


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


@dataclass(frozen=True)
class Period:
    """An inclusive date range ``[start, end]``."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if not isinstance(self.start, date) or not isinstance(self.end, date):
            raise ValueError("A period needs a start date and an end date.")
        if self.end < self.start:
            raise ValueError(
                f"The period ends ({self.end.isoformat()}) before it starts "
                f"({self.start.isoformat()})."
            )

    @property
    def days(self) -> int:
        """Number of days in the period, both ends included."""
        return (self.end - self.start).days + 1

    @property
    def label(self) -> str:
        """Short machine-style label: ``2025``, ``2025-Q1``, ``2025-03`` or ``A – B``."""
        if is_calendar_year(self):
            return f"{self.start.year}"
        if is_calendar_quarter(self):
            return f"{self.start.year}-Q{(self.start.month - 1) // 3 + 1}"
        if is_calendar_month(self):
            return f"{self.start.year}-{self.start.month:02d}"
        return f"{self.start.isoformat()} – {self.end.isoformat()}"

    @property
    def human_label(self) -> str:
        """Readable label: ``2025``, ``Q1 2025``, ``March 2025`` or ``5 Jan 2025 – 10 Feb 2025``."""
        if is_calendar_year(self):
            return f"{self.start.year}"
        if is_calendar_quarter(self):
            return f"Q{(self.start.month - 1) // 3 + 1} {self.start.year}"
        if is_calendar_month(self):
            return f"{calendar.month_name[self.start.month]} {self.start.year}"
        fmt = "{d.day} {m} {d.year}"
        first = fmt.format(d=self.start, m=calendar.month_abbr[self.start.month])
        last = fmt.format(d=self.end, m=calendar.month_abbr[self.end.month])
        return f"{first} – {last}"

    def contains(self, day: date) -> bool:
        """True when ``day`` lies in the period."""
        return self.start <= day <= self.end


def is_calendar_month(p: Period) -> bool:
    """True when the period is exactly one calendar month."""
    return (
        p.start.day == 1
        and p.start.year == p.end.year
        and p.start.month == p.end.month
        and p.end == _month_end(p.end.year, p.end.month)
    )


def is_calendar_quarter(p: Period) -> bool:
    """True when the period is exactly one calendar quarter."""
    return (
        p.start.day == 1
        and p.start.month in (1, 4, 7, 10)
        and p.start.year == p.end.year
        and p.end.month == p.start.month + 2
        and p.end == _month_end(p.end.year, p.end.month)
    )


def is_calendar_year(p: Period) -> bool:
    """True when the period is exactly one calendar year."""
    return p.start == date(p.start.year, 1, 1) and p.end == date(p.start.year, 12, 31)


def month_period(year: int, month: int) -> Period:
    """The calendar month ``year-month``."""
    return Period(date(year, month, 1), _month_end(year, month))


def quarter_period(year: int, quarter: int) -> Period:
    """The calendar quarter ``quarter`` (1–4) of ``year``."""
    first = 3 * (quarter - 1) + 1
    return Period(date(year, first, 1), _month_end(year, first + 2))


def year_period(year: int) -> Period:
    """The calendar year ``year``."""
    return Period(date(year, 1, 1), date(year, 12, 31))


def custom_period(start: date, end: date) -> Period:
    """Any inclusive range; raises ValueError when ``end`` is before ``start``."""
    return Period(start, end)


def parse_period(text: str) -> Period:
    """Parse ``2025``, ``2025-Q1`` (also ``2025Q1``, ``2025-q1``) or ``2025-03``.

    Raises ValueError with a plain sentence for anything else.
    """
    if not isinstance(text, str):
        raise ValueError("A period is written 2025, 2025-Q1 or 2025-03.")
    if m := _YEAR.match(text):
        year = int(m.group(1))
        if year < 1:
            raise ValueError(f"{text.strip()!r} is not a valid year.")
        return year_period(year)
    if m := _QUARTER.match(text):
        return quarter_period(int(m.group(1)), int(m.group(2)))
    if m := _MONTH.match(text):
        year, month = int(m.group(1)), int(m.group(2))
        if not 1 <= month <= 12 or year < 1:
            raise ValueError(f"{text.strip()!r} is not a valid month: use 01 to 12, as in 2025-03.")
        return month_period(year, month)
    raise ValueError(
        f"{text.strip()!r} is not a period. Write a year (2025), a quarter (2025-Q1) "
        "or a month (2025-03)."
    )


def previous_period(p: Period) -> Period:
    """The period before ``p`` (calendar month/quarter/year, else same length before)."""
    if is_calendar_year(p):
        return year_period(p.start.year - 1)
    if is_calendar_quarter(p):
        q = (p.start.month - 1) // 3 + 1
        return quarter_period(p.start.year, q - 1) if q > 1 else quarter_period(p.start.year - 1, 4)
    if is_calendar_month(p):
        if p.start.month > 1:
            return month_period(p.start.year, p.start.month - 1)
        return month_period(p.start.year - 1, 12)
    end = p.start - timedelta(days=1)
    return Period(end - timedelta(days=p.days - 1), end)


def months_in(p: Period) -> list[tuple[int, int]]:
    """The calendar months ``(year, month)`` the period touches, in order."""
    out = []
    y, m = p.start.year, p.start.month
    while (y, m) <= (p.end.year, p.end.month):
        out.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def month_key(year: int, month: int) -> str:
    """``YYYY-MM``."""
    return f"{year:04d}-{month:02d}"


def year_before(p: Period) -> Period:
    """The same dates one year earlier (29 February becomes 28 February).

    Used to set a period's months beside the same months of the year before.
    """

    def back(day: date) -> date:
        try:
            return day.replace(year=day.year - 1)
        except ValueError:
            return day.replace(year=day.year - 1, day=28)

    return Period(back(p.start), back(p.end))


def shift_month_key(key: str, years: int) -> str:
    """A ``YYYY-MM`` key moved by whole ``years``: ``("2025-03", -1)`` → ``"2024-03"``."""
    year, month = key.split("-")[:2]
    return month_key(int(year) + years, int(month))


def month_codes(dates: np.ndarray) -> np.ndarray:
    """Month number ``(year − 1970) × 12 + month − 1`` of each ``datetime64`` date.

    The inverse of a code ``c`` is the key ``month_key(1970 + c // 12, c % 12 + 1)``.
    """
    return np.asarray(dates).astype("datetime64[M]").astype("int64")


def code_key(code: int) -> str:
    """The ``YYYY-MM`` key of a month code (see :func:`month_codes`)."""
    return month_key(1970 + int(code) // 12, int(code) % 12 + 1)
