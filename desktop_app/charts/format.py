"""How KPI values are written: money, rates, days, scores; and which way is good.

Used by the dashboard and the charts' labels; the number rules themselves live in
:mod:`desktop_app.formatting`, shared with the printed review and the exports. ``None`` is always
written "—" (an undefined KPI is never 0).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication

from desktop_app import formatting as shared

DASH = "—"

MONEY = "money"
RATE = "rate"
COUNT = "count"
DAYS = "days"
SCORE = "score"
RATIO = "ratio"
MONEY_PER_DAY = "money_per_day"
MONEY_PER_30 = "money_per_30_days"

#: KPI id -> unit: the shared table of :mod:`desktop_app.formatting`, except that the
#: dashboard writes pipeline velocity per 30 days with its own unit
UNITS: dict[str, str] = {**shared.KPI_KINDS, "pipeline_velocity_month": MONEY_PER_30}

#: +1: a rise is good; -1: a fall is good; 0: neither (counts of the book, context figures)
GOOD_DIRECTION: dict[str, int] = {k: 1 for k in UNITS}
GOOD_DIRECTION.update(
    {
        "deals_lost": -1,
        "sales_cycle_days": -1,
        "deal_velocity_days": -1,
        "cac": -1,
        "churned_customers": -1,
        "churn_rate": -1,
        "net_customer_churn": -1,
        "customers_start": 0,
    }
)

#: figures that already are a change against the previous period: no change of a change
NO_CHANGE = frozenset({"revenue_growth"})

MONEY_UNITS = frozenset({MONEY, MONEY_PER_DAY, MONEY_PER_30})


def _tr(text: str) -> str:
    return QCoreApplication.translate("format", text)


def is_missing(value: object) -> bool:
    """True for None and NaN (both shown "—")."""
    return value is None or (isinstance(value, float) and math.isnan(value))


def group(value: float, decimals: int = 0) -> str:
    """``value`` with thousands separators: 1234567.8 -> "1,234,568"."""
    return f"{value:,.{decimals}f}"


def money(value: float | None, currency: str = "", decimals: int | None = None) -> str:
    """Money as the whole app writes it (``USD 1,234,567``); without currency, the number."""
    if is_missing(value):
        return DASH
    assert value is not None
    if decimals is not None:
        text = group(value, decimals)
        return f"{currency} {text}" if currency else text
    return shared.money(value, currency) if currency else shared.number(value)


def compact(value: float | None) -> str:
    """A short number for axes and bar labels: 1.2M, 350k, 980."""
    if is_missing(value):
        return DASH
    assert value is not None
    a = abs(value)
    for limit, suffix in ((1e9, "B"), (1e6, "M"), (1e3, "k")):
        if a >= limit:
            scaled = value / limit
            return f"{scaled:.1f}{suffix}" if abs(scaled) < 100 else f"{scaled:.0f}{suffix}"
    return f"{value:.0f}" if a >= 10 or value == int(value) else f"{value:.1f}"


def rate(value: float | None, decimals: int = 1) -> str:
    """A fraction as a percentage: 0.25 -> "25.0 %"."""
    if is_missing(value):
        return DASH
    assert value is not None
    return shared.rate(value) if decimals == 1 else f"{value * 100:,.{decimals}f} %"


def value_text(kpi_id: str, value: float | None, currency: str = "") -> str:
    """The display text of KPI ``kpi_id``: the same text as the printed review."""
    if is_missing(value):
        return DASH
    assert value is not None
    unit = UNITS.get(kpi_id, COUNT)
    if unit == MONEY:
        return money(value, currency)
    if unit == MONEY_PER_DAY:
        return _tr("{0} / day").format(money(value, currency))
    if unit == MONEY_PER_30:
        return _tr("{0} / 30 days").format(money(value, currency))
    if unit == RATE:
        return shared.rate(value)
    if unit == DAYS:
        return _tr("{0} days").format(shared.number_1(value))
    if unit == SCORE:
        return shared.score(value)
    if unit == RATIO:
        return shared.ratio(value)
    return shared.count(value)


def change(kpi_id: str, current: float | None, previous: float | None) -> tuple[str, int] | None:
    """The change from ``previous`` to ``current`` as (text, goodness).

    Money and counts change in percent of the previous value; rates in percentage points;
    NPS in points; days and ratios in percent. ``goodness`` is +1 (good), -1 (bad) or 0.
    ``None`` when either value is undefined or a relative change has a zero base.
    """
    if is_missing(current) or is_missing(previous) or kpi_id in NO_CHANGE:
        return None
    assert current is not None and previous is not None
    unit = UNITS.get(kpi_id, COUNT)
    delta = current - previous
    if unit == RATE:
        text = _tr("{0} pp").format(f"{delta * 100:+,.1f}")
    elif unit == SCORE:
        text = _tr("{0} pts").format(f"{delta:+,.1f}")
    else:
        if previous == 0:
            return None
        text = f"{delta / abs(previous) * 100:+,.1f} %"
    direction = GOOD_DIRECTION.get(kpi_id, 0)
    sign = (delta > 0) - (delta < 0)
    return text, sign * direction
