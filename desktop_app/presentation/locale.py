"""The user's locale for numbers, dates and periods (Qt-free): one setting for every surface.

The window sets it at start from the chosen language (:func:`set_current`, called by
:func:`desktop_app.ui.i18n.install`), as does every ``dealbook`` command; tests set it
directly. The default is English, written exactly as Dealbook always wrote it.

Rules (``en`` / ``zh_CN`` / ``zh_TW``):

* year ``2026`` / ``2026年`` / ``2026年``;
* quarter ``Q1 2026`` / ``2026年第1季度`` / ``2026年第1季``;
* month ``March 2026`` / ``2026年3月`` (short ``Mar 2026`` / ``2026年3月``);
* day ``4 Mar 2026`` / ``2026年3月4日``; a custom period is two days joined by `` – ``;
* CNY in Chinese is ``¥1,234,567`` (negative ``¥-1,234,567``, as a Chinese spreadsheet's
  currency format writes it); every other currency keeps its ISO code (``USD 1,234,567``),
  and English keeps ``CNY 1,234,567``;
* large amounts in 万 / 亿 (:func:`use_large_units`, the Settings option "Show large amounts
  in 万 / 亿", effective in Chinese only): from 10,000 an amount is written in 万 with one
  decimal (``12,345,678`` -> ``1,234.6万``), from 100,000,000 in 亿 with two
  (``123,456,789`` -> ``1.23亿``); smaller amounts as usual.

Month and day names never come from the C library's locale (which Qt sets from the
environment), so English stays English whatever the system speaks.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

ENGLISH = "en"
SIMPLIFIED = "zh_CN"
TRADITIONAL = "zh_TW"
LANGUAGES = (ENGLISH, SIMPLIFIED, TRADITIONAL)

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
MONTHS_SHORT = tuple(name[:3] for name in MONTHS)

WAN = 10_000
YI = 100_000_000

_language = ENGLISH
_large_units = False


def normalise(language: str | None) -> str:
    """``en``, ``zh_CN`` or ``zh_TW`` for a language tag (``zh-Hant``, ``zh_HK``, ``zh`` …);
    English for anything else."""
    tag = (language or "").replace("-", "_").split(".")[0]
    if not tag.lower().startswith("zh"):
        return ENGLISH
    rest = tag[2:].lower()
    if any(part in rest for part in ("hant", "tw", "hk", "mo")):
        return TRADITIONAL
    return SIMPLIFIED


def set_current(language: str | None, large_units: bool | None = None) -> str:
    """Write numbers and dates for ``language`` from now on; returns the language used.

    ``large_units`` (when given) switches the 万 / 亿 option."""
    global _language
    _language = normalise(language)
    if large_units is not None:
        use_large_units(large_units)
    return _language


def current() -> str:
    """The language numbers and dates are written for: ``en``, ``zh_CN`` or ``zh_TW``."""
    return _language


def is_chinese() -> bool:
    """True when the user reads Chinese (Simplified or Traditional)."""
    return _language != ENGLISH


def use_large_units(on: bool) -> None:
    """Show large amounts in 万 / 亿 (in Chinese) from now on."""
    global _large_units
    _large_units = bool(on)


def large_units() -> bool:
    """True when amounts are shown in 万 / 亿: the option is on and the user reads Chinese."""
    return _large_units and is_chinese()


def large_units_option() -> bool:
    """The option as set (whatever the language), for the Settings check box."""
    return _large_units


# --- periods and dates -------------------------------------------------------------------


def year_text(year: int) -> str:
    """``2026`` / ``2026年``."""
    return f"{year}年" if is_chinese() else f"{year}"


def quarter_text(year: int, quarter: int) -> str:
    """``Q1 2026`` / ``2026年第1季度`` / ``2026年第1季``."""
    if _language == SIMPLIFIED:
        return f"{year}年第{quarter}季度"
    if _language == TRADITIONAL:
        return f"{year}年第{quarter}季"
    return f"Q{quarter} {year}"


def month_text(year: int, month: int, short: bool = False) -> str:
    """``March 2026`` (short ``Mar 2026``) / ``2026年3月``."""
    if is_chinese():
        return f"{year}年{month}月"
    return f"{(MONTHS_SHORT if short else MONTHS)[month - 1]} {year}"


def month_name(month: int) -> str:
    """A month without its year, for crowded chart axes: ``Mar`` / ``3月``."""
    return f"{month}月" if is_chinese() else MONTHS_SHORT[month - 1]


def date_text(day: Any) -> str:
    """A day as a reader writes it: ``4 Mar 2026`` / ``2026年3月4日``."""
    if isinstance(day, dt.datetime):
        day = day.date()
    if is_chinese():
        return f"{day.year}年{day.month}月{day.day}日"
    return f"{day.day} {MONTHS_SHORT[day.month - 1]} {day.year}"


def axis_month_text(key: str, with_year: bool = True) -> str:
    """A month key on a crowded chart axis: ``Mar 25`` (``Mar``) / ``25年3月`` (``3月``)."""
    try:
        year, month = (int(part) for part in key.split("-")[:2])
    except ValueError:
        return key
    if not 1 <= month <= 12:
        return key
    if is_chinese():
        return f"{year % 100:02d}年{month}月" if with_year else f"{month}月"
    name = MONTHS_SHORT[month - 1]
    return f"{name} {year % 100:02d}" if with_year else name


def iso_range_text(start: str, end: str) -> str:
    """Two ISO days as a range: unchanged in English (``2026-04-01 – 2026-06-30``), written
    as days in Chinese (``2026年4月1日 – 2026年6月30日``)."""
    if is_chinese():
        try:
            return f"{date_text(dt.date.fromisoformat(start))} – {date_text(dt.date.fromisoformat(end))}"
        except (TypeError, ValueError):
            pass
    return f"{start} – {end}"


def month_key_text(key: str, short: bool = True) -> str:
    """A month key ``2026-03`` as :func:`month_text` writes it; the key when it is none."""
    try:
        year, month = (int(part) for part in key.split("-")[:2])
        return month_text(year, month, short)
    except (ValueError, IndexError):
        return key


def period_text(start: dt.date, end: dt.date) -> str:
    """A period by its bounds: a calendar year, quarter or month by its name, any other range
    as its two days (``5 Jan 2026 – 10 Feb 2026`` / ``2026年1月5日 – 2026年2月10日``)."""
    next_day = end + dt.timedelta(days=1)
    if start.day == 1 and next_day.day == 1:
        span = (next_day.year - start.year) * 12 + next_day.month - start.month
        if span == 12 and start.month == 1:
            return year_text(start.year)
        if span == 3 and start.month in (1, 4, 7, 10):
            return quarter_text(start.year, (start.month - 1) // 3 + 1)
        if span == 1:
            return month_text(start.year, start.month)
    return f"{date_text(start)} – {date_text(end)}"


def period_label(period: Any) -> str:
    """The readable name of a ``kpi_core`` period (anything with ``start`` and ``end``)."""
    return period_text(period.start, period.end)
