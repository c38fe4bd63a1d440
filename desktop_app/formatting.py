"""How Dealbook shows numbers: one module for the window, the printed review and exports.

Qt-free on purpose, so the UI, the reports and the tests all format the same way.

Rules (the spec's "shown as"):

* money: ISO code, thousands separators, no decimals from 1,000 up (``USD 1,234,567``);
  below 1,000 two decimals when the amount has cents (``USD 45.50``), none when it has not
  (``USD 400``);
* rate (a fraction in the data): one decimal and a spaced percent sign (``25.0 %``);
* days: one decimal (``20.0 days``);
* score (NPS): a whole number (``30``);
* count: a whole number with separators (``1,234``);
* ratio: one decimal and a times sign (``3.2×``);
* undefined (``None`` or NaN): an em dash ``—``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

NULL = "—"

MONEY = "money"
MONEY_PER_DAY = "money_per_day"
RATE = "rate"
GROWTH = "growth"  # a relative change as a signed percentage
DAYS = "days"
SCORE = "score"
COUNT = "count"
RATIO = "ratio"
MONTHS = "months"
NUMBER = "number"
TEXT = "text"
DATE = "date"

#: KPI id -> kind, for every scalar of the output contract
KPI_KINDS: dict[str, str] = {
    "revenue": MONEY,
    "deals_won": COUNT,
    "deals_lost": COUNT,
    "revenue_growth": RATE,
    "avg_deal_size": MONEY,
    "new_customer_revenue_share": RATE,
    "gross_margin": RATE,
    "net_profit_margin": RATE,
    "sales_per_rep": MONEY,
    "acv": MONEY,
    "win_rate": RATE,
    "opportunity_win_rate": RATE,
    "lead_conversion_rate": RATE,
    "mql_to_sql_rate": RATE,
    "qualified_leads": COUNT,
    "pipeline_coverage": RATIO,
    "sales_cycle_days": DAYS,
    "deal_velocity_days": DAYS,
    "pipeline_velocity": MONEY_PER_DAY,
    "pipeline_velocity_month": MONEY,
    "weighted_pipeline": MONEY,
    "new_customers": COUNT,
    "cac": MONEY,
    "customers_start": COUNT,
    "customers_end": COUNT,
    "churned_customers": COUNT,
    "churn_rate": RATE,
    "net_customer_churn": RATE,
    "retention_rate": RATE,
    "cltv": MONEY,
    "cltv_to_cac": RATIO,
    "nps": SCORE,
    "quota_attainment": RATE,
    "forecast_accuracy": RATE,
}


def is_null(value: Any) -> bool:
    """True for ``None`` and float NaN (and pandas NaT/NA), the undefined values."""
    if value is None:
        return True
    try:
        return bool(value != value)  # NaN, NaT and pd.NA are not equal to themselves
    except (TypeError, ValueError):
        return False


def _group(value: float, decimals: int) -> str:
    text = f"{abs(value):,.{decimals}f}"
    sign = "-" if value < 0 and float(text.replace(",", "")) != 0 else ""
    return sign + text


def number(value: Any) -> str:
    """An amount without currency, by the money rule: ``1,234,567``, ``45.50``, ``400``."""
    if is_null(value):
        return NULL
    amount = float(value)
    cents = round(abs(amount) * 100) % 100
    return _group(amount, 2 if abs(amount) < 1000 and cents else 0)


def money(value: Any, currency: str = "USD") -> str:
    """``USD 1,234,567``; ``USD 45.50`` below 1,000 when there are cents; ``—`` if undefined."""
    return NULL if is_null(value) else f"{currency} {number(value)}"


def money_per_day(value: Any, currency: str = "USD") -> str:
    """``USD 7,500 / day``."""
    return NULL if is_null(value) else f"{money(value, currency)} / day"


def rate(value: Any) -> str:
    """A fraction as a percentage with one decimal: ``0.25`` -> ``25.0 %``."""
    return NULL if is_null(value) else f"{_group(float(value) * 100, 1)} %"


def growth(value: Any) -> str:
    """A relative change with its sign: ``0.25`` -> ``+25.0 %``."""
    return NULL if is_null(value) else f"{_signed(float(value) * 100, 1)} %"


def number_1(value: Any) -> str:
    """A number with one decimal and separators: ``1,234.5``."""
    return NULL if is_null(value) else _group(float(value), 1)


def days(value: Any) -> str:
    """``20.0 days``."""
    return NULL if is_null(value) else f"{_group(float(value), 1)} days"


def score(value: Any) -> str:
    """An NPS score as a whole number: ``30``, ``-12``."""
    if is_null(value):
        return NULL
    number = round(float(value))
    return str(int(number)) if number != 0 else "0"


def count(value: Any) -> str:
    """A whole number with thousands separators: ``1,234``."""
    return NULL if is_null(value) else _group(float(value), 0)


def ratio(value: Any) -> str:
    """A ratio with one decimal: ``3.2×``."""
    return NULL if is_null(value) else f"{_group(float(value), 1)}×"


def months(value: Any) -> str:
    """A number of months: ``1 month``, ``3 months``."""
    if is_null(value):
        return NULL
    number = int(round(float(value)))
    return f"{number} month" if number == 1 else f"{number} months"


def date(value: Any) -> str:
    """An ISO date ``2025-03-31``; ``—`` when unknown."""
    if is_null(value):
        return NULL
    if hasattr(value, "date") and callable(value.date):
        value = value.date()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def month_label(key: str) -> str:
    """A month key of the output contract as the app shows it: ``2025-03`` -> ``Mar 2025``."""
    try:
        year, month = key.split("-")
        return f"{MONTH_NAMES[int(month) - 1]} {int(year)}"
    except (ValueError, IndexError):
        return key


def text(value: Any) -> str:
    """Text as it is; ``—`` when missing."""
    return NULL if is_null(value) or value == "" else str(value)


def format_value(value: Any, kind: str, currency: str = "USD") -> str:
    """Format ``value`` of ``kind`` (one of the constants of this module)."""
    if kind == MONEY:
        return money(value, currency)
    if kind == MONEY_PER_DAY:
        return money_per_day(value, currency)
    if kind == RATE:
        return rate(value)
    if kind == GROWTH:
        return growth(value)
    if kind == DAYS:
        return days(value)
    if kind == SCORE:
        return score(value)
    if kind == COUNT:
        return count(value)
    if kind == RATIO:
        return ratio(value)
    if kind == MONTHS:
        return months(value)
    if kind == DATE:
        return date(value)
    if kind == NUMBER:
        return number(value)
    return text(value)


def format_kpi(kpi_id: str, value: Any, currency: str = "USD") -> str:
    """Format a scalar KPI of the output contract the way the app shows it."""
    return format_value(value, KPI_KINDS.get(kpi_id, TEXT), currency)


def change(current: Any, previous: Any, kind: str) -> str:
    """The change of a figure against the previous period, as the app shows it.

    Rates change in percentage points (``+2.5 pp``), ratios in their unit (``+0.3×``),
    NPS in score points (``+5 pts``), everything else relatively (``+12.3 %``). ``—`` when either side is
    undefined or the relative change has a zero base.
    """
    if is_null(current) or is_null(previous):
        return NULL
    cur, prev = float(current), float(previous)
    if kind == RATE:
        diff = (cur - prev) * 100
        return f"{_signed(diff, 1)} pp"
    if kind == RATIO:
        return f"{_signed(cur - prev, 1)}×"
    if kind == SCORE:
        return f"{_signed(cur - prev, 0)} pts"
    if prev == 0:
        return NULL
    return f"{_signed((cur - prev) / abs(prev) * 100, 1)} %"


def change_value(current: Any, previous: Any, kind: str) -> tuple[float | None, str]:
    """The change of :func:`change` as a number and its XLSX number format.

    Rates: the difference in percentage points; ratios: the difference; NPS: the difference
    in points; everything else: the relative change as a fraction.
    """
    if is_null(current) or is_null(previous):
        return None, "General"
    cur, prev = float(current), float(previous)
    if kind == RATE:
        return (cur - prev) * 100, '+0.0" pp";-0.0" pp";0.0" pp"'
    if kind == RATIO:
        return cur - prev, '+0.0"×";-0.0"×";0.0"×"'
    if kind == SCORE:
        return cur - prev, '+0" pts";-0" pts";0" pts"'
    if prev == 0:
        return None, "General"
    return (cur - prev) / abs(prev), excel_number_format(GROWTH)


def _signed(value: float, decimals: int) -> str:
    text_value = f"{abs(value):,.{decimals}f}"
    if float(text_value.replace(",", "")) == 0:
        return f"±{text_value}"
    return ("+" if value > 0 else "-") + text_value


def excel_number_format(kind: str, currency: str = "USD") -> str:
    """The XLSX number format that matches ``kind``."""
    return {
        MONEY: f'"{currency}" #,##0',
        MONEY_PER_DAY: f'"{currency}" #,##0" / day"',
        RATE: "0.0 %",
        GROWTH: "+0.0 %;-0.0 %;0.0 %",
        DAYS: '0.0" days"',
        SCORE: "0",
        COUNT: "#,##0",
        RATIO: '0.0"×"',
        MONTHS: "0",
        NUMBER: "#,##0.00",
        DATE: "yyyy-mm-dd",
    }.get(kind, "General")


def escape_formula(value: str) -> str:
    """Text that a spreadsheet would run as a formula gets a leading apostrophe."""
    if value and value[0] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value
