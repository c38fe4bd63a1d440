"""How Dealbook writes numbers: one module for the window, the printed review, the exports and
the command line, driven by the presentation table (:mod:`desktop_app.presentation.kpi_table`).

Value rules (``None``, NaN and infinities are undefined and written ``—``):

* money: ISO code, thousands separators, no decimals from 1,000 up (``USD 1,234,567``); below
  1,000 two decimals when the amount has cents (``USD 45.50``), none when it has not
  (``USD 400``); per day ``USD 7,500 / day``, per 30 days ``USD 225,000 / 30 days``;
* rate (a fraction in the data): one decimal and a spaced percent sign (``25.0 %``);
* growth (a rate of change): the same with its sign (``+25.0 %``, ``-5.0 %``, ``0.0 %``);
* days ``20.0 days``; hours ``12.5 hours``; NPS score a whole number (``30``);
* count ``1,234``; ratio ``3.2×``; decimal ``12.3``; months ``1 month``, ``3 months``.

A figure that rounds to zero keeps its sign (``+0.0 %`` for a tiny growth), and numbers are
rounded half away from zero, as spreadsheets do, so an XLSX cell with
:func:`desktop_app.presentation.spreadsheet.excel_number_format` shows the same text. The
change rules per unit are in :mod:`desktop_app.presentation.units`; :func:`change` applies
them.

In Chinese (:mod:`desktop_app.presentation.locale`) CNY is written ``¥1,234,567``, dates
``2026年3月4日``, months ``2026年3月``, and with the 万 / 亿 option large amounts
``1,234.6万`` / ``1.23亿``; English is written as above whatever the system's locale.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Context, Decimal
from typing import Any

from desktop_app.presentation import locale as loc
from desktop_app.presentation import units as u
from desktop_app.presentation.breakdown_table import (
    BREAKDOWNS,
    EXCLUDED_CAPTION,
    EXCLUDED_MISSING_RATE,
    EXCLUDED_SENTENCE,
    INPUTS,
)
from desktop_app.presentation.i18n import QT_TRANSLATE_NOOP, tr
from desktop_app.presentation.kpi_table import KPIS, label

NULL = "—"
DASH = NULL

PER_DAY = QT_TRANSLATE_NOOP("format", "{0} / day")
PER_30_DAYS = QT_TRANSLATE_NOOP("format", "{0} / 30 days")
N_DAYS = QT_TRANSLATE_NOOP("format", "{0} days")
N_HOURS = QT_TRANSLATE_NOOP("format", "{0} hours")
ONE_MONTH = QT_TRANSLATE_NOOP("format", "1 month")
N_MONTHS = QT_TRANSLATE_NOOP("format", "{0} months")
N_PP = QT_TRANSLATE_NOOP("format", "{0} pp")
N_PTS = QT_TRANSLATE_NOOP("format", "{0} pts")
WAS = QT_TRANSLATE_NOOP("format", "was {0}")
NO_CHANGE = QT_TRANSLATE_NOOP("format", "no change")
NO_COMPARISON = QT_TRANSLATE_NOOP("format", "no comparison")
VS_PREVIOUS = QT_TRANSLATE_NOOP("format", "{0} vs previous")
CHANGE_NOTE = QT_TRANSLATE_NOOP(
    "format",
    'Changes against the previous period: money and counts in per cent, rates in percentage points (pp), NPS in score points (pts), ratios in times (×), days in days. Growth figures are themselves a change: they show the previous value ("was …").',
)
MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


# --- numbers ---------------------------------------------------------------------------------


def is_null(value: Any) -> bool:
    """True for the undefined values: ``None``, NaN (also pandas NaT/NA) and infinities."""
    if value is None:
        return True
    try:
        if value != value:  # NaN, NaT and pd.NA are not equal to themselves
            return True
    except (TypeError, ValueError):
        return True
    return isinstance(value, float) and math.isinf(value)


is_missing = is_null


_WIDE = Context(prec=400)  # every float's digits fit


def _decimal(value: float, decimals: int) -> Decimal:
    """``value`` rounded half away from zero to ``decimals`` places (never ``-0``)."""
    exact = Decimal(repr(float(value)))
    rounded = exact.quantize(Decimal(1).scaleb(-decimals), ROUND_HALF_UP, _WIDE)
    return abs(rounded) if rounded == 0 else rounded


def group(value: float, decimals: int = 0) -> str:
    """``value`` with thousands separators: 1234567.8 -> ``1,234,568``.

    The sign is the value's, also when it rounds to zero (``-0.0``), as a spreadsheet shows
    the same number.
    """
    text = f"{abs(_decimal(value, decimals)):,.{decimals}f}"
    return "-" + text if value < 0 else text


def _signed(value: float, decimals: int) -> str:
    """``+2.5``, ``-1.0``; ``0.0`` for zero (the sign is the value's, as in a spreadsheet)."""
    text = f"{abs(_decimal(value, decimals)):,.{decimals}f}"
    return ("+" if value > 0 else "-" if value < 0 else "") + text


def money_decimals(value: float) -> int:
    """2 below 1,000 when the amount has cents, else 0 (the money rule)."""
    cents = _decimal(value, 2)
    return 2 if abs(cents) < 1000 and cents != cents.to_integral_value() else 0


def large_unit(value: float) -> tuple[str, float, int] | None:
    """``(suffix, divisor, decimals)`` of an amount shown in 万 / 亿 (the option, in Chinese):
    ``("万", 1e4, 1)`` from 10,000, ``("亿", 1e8, 2)`` from what rounds to 10,000.0万; None
    when the amount is written in full."""
    if not loc.large_units() or abs(_decimal(value, 0)) < loc.WAN:
        return None
    if abs(_decimal(value / loc.WAN, 1)) < loc.YI // loc.WAN:
        return "万", float(loc.WAN), 1
    return "亿", float(loc.YI), 2


def number(value: Any) -> str:
    """An amount without currency, by the money rule: ``1,234,567``, ``45.50``, ``400``
    (``1,234.6万``, ``1.23亿`` with the 万 / 亿 option in Chinese)."""
    if is_null(value):
        return NULL
    amount = float(value)
    large = large_unit(amount)
    if large is not None:
        suffix, divisor, decimals = large
        return group(amount / divisor, decimals) + suffix
    return group(amount, money_decimals(amount))


def money_prefix(currency: str) -> str:
    """What comes before an amount: ``USD `` (the ISO code and a space), ``¥`` for CNY in
    Chinese, nothing without a currency."""
    if not currency:
        return ""
    if currency == "CNY" and loc.is_chinese():
        return "¥"
    return f"{currency} "


def money(value: Any, currency: str = "USD") -> str:
    """``USD 1,234,567``; ``USD 45.50`` below 1,000 with cents; the number alone without a
    currency; ``¥1,234,567`` for CNY in Chinese."""
    if is_null(value):
        return NULL
    return money_prefix(currency) + number(value)


def money_per_day(value: Any, currency: str = "USD") -> str:
    """``USD 7,500 / day``."""
    return NULL if is_null(value) else tr(PER_DAY).format(money(value, currency))


def money_per_30_days(value: Any, currency: str = "USD") -> str:
    """``USD 225,000 / 30 days``."""
    return NULL if is_null(value) else tr(PER_30_DAYS).format(money(value, currency))


def rate(value: Any) -> str:
    """A fraction as a percentage with one decimal: ``0.25`` -> ``25.0 %``."""
    return NULL if is_null(value) else f"{group(float(value) * 100, 1)} %"


def growth(value: Any) -> str:
    """A rate of change with its sign: ``0.25`` -> ``+25.0 %``; ``0.0 %`` for none."""
    return NULL if is_null(value) else f"{_signed(float(value) * 100, 1)} %"


def days(value: Any) -> str:
    """``20.0 days``."""
    return NULL if is_null(value) else tr(N_DAYS).format(group(float(value), 1))


def hours(value: Any) -> str:
    """``12.5 hours``."""
    return NULL if is_null(value) else tr(N_HOURS).format(group(float(value), 1))


def score(value: Any) -> str:
    """An NPS score as a whole number: ``30``, ``-12``."""
    return NULL if is_null(value) else group(float(value), 0).replace(",", "")


def count(value: Any) -> str:
    """A whole number with thousands separators: ``1,234``."""
    return NULL if is_null(value) else group(float(value), 0)


def ratio(value: Any) -> str:
    """A ratio with one decimal: ``3.2×``."""
    return NULL if is_null(value) else f"{group(float(value), 1)}×"


def decimal(value: Any) -> str:
    """A plain figure with one decimal: ``12.3``."""
    return NULL if is_null(value) else group(float(value), 1)


def months(value: Any) -> str:
    """A number of months: ``1 month``, ``3 months``."""
    if is_null(value):
        return NULL
    whole = int(_decimal(float(value), 0))
    return tr(ONE_MONTH) if whole == 1 else tr(N_MONTHS).format(whole)


def date(value: Any) -> str:
    """An ISO date ``2025-03-31`` (``2025年3月31日`` in Chinese); ``—`` when unknown."""
    if is_null(value):
        return NULL
    if hasattr(value, "date") and callable(value.date):
        value = value.date()
    if not isinstance(value, dt.date):
        return str(value)
    return loc.date_text(value) if loc.is_chinese() else value.isoformat()


def month_label(key: str) -> str:
    """A month key of the output contract as the app shows it: ``2025-03`` -> ``Mar 2025``
    (``2025年3月`` in Chinese)."""
    try:
        year, month = key.split("-")
        if loc.is_chinese():
            return loc.month_text(int(year), int(month))
        return f"{MONTH_NAMES[int(month) - 1]} {int(year)}"
    except (ValueError, IndexError):
        return key


def text(value: Any) -> str:
    """Text as it is; ``—`` when missing."""
    return NULL if is_null(value) or value == "" else str(value)


def compact(value: float | None) -> str:
    """A short number for chart axes and bar labels: ``1.2M``, ``350k``, ``980``."""
    if is_null(value):
        return NULL
    assert value is not None
    a = abs(value)
    if loc.large_units():
        for unit, suffix in ((loc.YI, "亿"), (loc.WAN, "万")):
            if a >= unit:
                return f"{group(value / unit, 1)}{suffix}"
    for limit, suffix in ((1e9, "B"), (1e6, "M"), (1e3, "k")):
        if a >= limit:
            scaled = value / limit
            return f"{group(scaled, 1 if abs(scaled) < 100 else 0)}{suffix}"
    return group(value, 0 if a >= 10 or value == int(value) else 1)


_BY_UNIT = {
    u.RATE: rate,
    u.GROWTH: growth,
    u.DAYS: days,
    u.HOURS: hours,
    u.SCORE: score,
    u.COUNT: count,
    u.RATIO: ratio,
    u.DECIMAL: decimal,
    u.MONTHS: months,
    u.DATE: date,
    u.NUMBER: number,
}


def format_value(value: Any, unit: str, currency: str = "USD") -> str:
    """``value`` written in ``unit`` (a constant of :mod:`desktop_app.presentation.units`)."""
    if unit == u.MONEY:
        return money(value, currency)
    if unit == u.MONEY_PER_DAY:
        return money_per_day(value, currency)
    if unit == u.MONEY_PER_30_DAYS:
        return money_per_30_days(value, currency)
    writer = _BY_UNIT.get(unit)
    return writer(value) if writer else text(value)


def value_text(kpi_id: str, value: Any, currency: str = "USD") -> str:
    """The text of scalar KPI ``kpi_id``, the same on every surface."""
    entry = KPIS.get(kpi_id)
    return format_value(value, entry.unit if entry else u.TEXT, currency)


def field_text(breakdown_id: str, name: str, value: Any, currency: str = "USD") -> str:
    """The text of field ``name`` of a row of breakdown ``breakdown_id``."""
    return format_value(value, BREAKDOWNS[breakdown_id].field(name).unit, currency)


def input_rows(inputs: dict[str, Any], currency: str = "USD") -> list[tuple[str, str]]:
    """The explain panel's (caption, text) rows for ``kpi_core.explain`` inputs.

    KPI ids take their label and unit; other keys their row of the input table. Deals left out
    for a missing exchange rate are shown only when there are some, as a sentence.
    """
    rows: list[tuple[str, str]] = []
    for name, value in inputs.items():
        if name == EXCLUDED_MISSING_RATE:
            if not is_null(value) and float(value) > 0:
                rows.append((tr(EXCLUDED_CAPTION), tr(EXCLUDED_SENTENCE).format(count(value))))
        elif name in BREAKDOWNS:  # a list, shown in its own table, not as one figure
            continue
        elif name in KPIS:
            rows.append((label(name), value_text(name, value, currency)))
        elif name in INPUTS:
            caption, unit = INPUTS[name]
            rows.append((tr(caption), format_value(value, unit, currency)))
        else:  # an input the table does not word yet: readable, never cut
            shown = count(value) if isinstance(value, int) else number(value)
            rows.append((name.replace("_", " ").capitalize(), shown))
    return rows


# --- changes against the previous period -----------------------------------------------------

DELTA = "delta"  # a signed change
SAME = "same"  # rounds to nothing
PREVIOUS = "previous"  # the previous value instead ("was …")
NONE = "none"  # no comparison possible


@dataclass(frozen=True)
class Change:
    """A change against the previous period as every surface shows it.

    ``text``: ``+12.3 %``, ``-1.0 pp``, ``+5 pts``, ``-1.0×``, ``+2.5 days``, ``was +10.0 %``,
    ``no change`` or ``no comparison``. ``direction`` is the arrow (+1 up, -1 down, 0 none);
    ``goodness`` the colour (+1 good news, -1 bad news, 0 neutral), from the KPI's good
    direction. ``number`` is the change as written (a fraction for per cent), for spreadsheets.
    """

    text: str
    kind: str
    rule: str = u.NONE
    direction: int = 0
    goodness: int = 0
    number: float | None = None

    def line(self, arrow: bool = False) -> str:
        """The change as one line under a figure: ``▲ +12.3 % vs previous``; else its text."""
        if self.kind != DELTA:
            return self.text
        mark = ("▲ " if self.direction > 0 else "▼ ") if arrow else ""
        return mark + tr(VS_PREVIOUS).format(self.text)


def _no_comparison() -> Change:
    return Change(tr(NO_COMPARISON), NONE)


def change(kpi_id: str, current: Any, previous: Any, currency: str = "USD") -> Change:
    """The change of scalar KPI ``kpi_id`` from ``previous`` to ``current``."""
    entry = KPIS.get(kpi_id)
    if entry is None:
        return _no_comparison()
    return change_of(current, previous, entry.unit, entry.good, currency, entry.change_rule)


def change_of(
    current: Any,
    previous: Any,
    unit: str,
    good: str,
    currency: str = "USD",
    rule: str | None = None,
) -> Change:
    """The change of a figure in ``unit`` by ``rule`` (default: the unit's; see
    :mod:`desktop_app.presentation.units`)."""
    rule = rule or u.CHANGE_RULE.get(unit, u.NONE)
    if rule == u.NONE:
        return _no_comparison()
    if rule == u.WAS:
        if is_null(previous):
            return _no_comparison()
        return Change(tr(WAS).format(format_value(previous, unit, currency)), PREVIOUS, rule)
    if is_null(current) or is_null(previous):
        return _no_comparison()
    cur, prev = float(current), float(previous)
    delta = cur - prev
    if rule == u.RELATIVE:
        if prev == 0 and cur == 0:
            return Change(tr(NO_CHANGE), SAME, rule, number=0.0)
        relative = delta / abs(prev) * 100 if prev != 0 else math.inf
        if not math.isfinite(relative):  # no per cent of nothing: the previous value instead
            return Change(tr(WAS).format(format_value(previous, unit, currency)), PREVIOUS, rule)
        shown = _decimal(relative, 1)
        written, number_ = f"{_signed(float(shown), 1)} %", float(shown) / 100
    elif rule == u.POINTS_PP:
        shown = _decimal(delta * 100, 1)
        written, number_ = tr(N_PP).format(_signed(float(shown), 1)), float(shown)
    elif rule == u.POINTS_NPS:
        shown = _decimal(delta, 0)
        written, number_ = tr(N_PTS).format(_signed(float(shown), 0)), float(shown)
    elif rule == u.TIMES:
        shown = _decimal(delta, 1)
        written, number_ = f"{_signed(float(shown), 1)}×", float(shown)
    else:  # u.DAY_DIFF
        shown = _decimal(delta, 1)
        written, number_ = tr(N_DAYS).format(_signed(float(shown), 1)), float(shown)
    if shown == 0:
        return Change(tr(NO_CHANGE), SAME, rule, number=0.0)
    direction = 1 if shown > 0 else -1
    sense = {u.UP: 1, u.DOWN: -1}.get(good, 0)
    return Change(written, DELTA, rule, direction, direction * sense, number_)
