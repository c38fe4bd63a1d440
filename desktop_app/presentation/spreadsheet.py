"""The XLSX side of the formatter: number formats that make a spreadsheet show exactly the
text :mod:`desktop_app.presentation.format` writes, for values and for changes."""

from __future__ import annotations

from typing import Any

from desktop_app.presentation import units as u
from desktop_app.presentation.format import (
    DELTA,
    N_DAYS,
    N_HOURS,
    N_MONTHS,
    N_PP,
    N_PTS,
    NO_CHANGE,
    ONE_MONTH,
    PER_30_DAYS,
    PER_DAY,
    SAME,
    Change,
    is_null,
    money_decimals,
)
from desktop_app.presentation.i18n import tr


def _literal(template_text: str) -> tuple[str, str]:
    """A ``{0}`` template as quoted number-format literals before and after the number."""
    before, _, after = template_text.replace('"', "").partition("{0}")
    return (f'"{before}"' if before else ""), (f'"{after}"' if after else "")


def excel_number_format(unit: str, currency: str = "USD", value: Any = None) -> str:
    """The XLSX number format that shows ``value`` of ``unit`` as :func:`format_value` does.

    Money depends on the value (cents below 1,000), so pass it for money cells.
    """
    if unit in u.MONEY_UNITS:
        decimals = ".00" if not is_null(value) and money_decimals(float(value)) == 2 else ""
        template = {u.MONEY_PER_DAY: PER_DAY, u.MONEY_PER_30_DAYS: PER_30_DAYS}.get(unit)
        before, after = _literal(tr(template)) if template else ("", "")
        cur = f'"{currency}" ' if currency else ""
        return f"{before}{cur}#,##0{decimals}{after};{before}{cur}-#,##0{decimals}{after}"
    if unit == u.NUMBER:
        return "#,##0.00" if not is_null(value) and money_decimals(float(value)) == 2 else "#,##0"
    if unit in (u.DAYS, u.HOURS):
        before, after = _literal(tr(N_DAYS if unit == u.DAYS else N_HOURS))
        return f"{before}#,##0.0{after}"
    if unit == u.MONTHS:
        _, after = _literal(tr(N_MONTHS))
        return f'[=1]"{tr(ONE_MONTH)}";0{after}'
    return {
        u.RATE: "#,##0.0 %",
        u.GROWTH: "+#,##0.0 %;-#,##0.0 %;0.0 %",
        u.SCORE: "0",
        u.COUNT: "#,##0",
        u.RATIO: '#,##0.0"×"',
        u.DECIMAL: "#,##0.0",
        u.DATE: "yyyy-mm-dd",
    }.get(unit, "General")


def excel_change(ch: Change) -> tuple[float | str, str]:
    """The cell value and number format of a change: a number when it is one (so it sorts
    and sums), else its text (``was …``, ``no comparison``)."""
    if ch.kind not in (DELTA, SAME) or ch.number is None:
        return ch.text, "General"
    same = f'"{tr(NO_CHANGE)}"'
    if ch.rule == u.RELATIVE:
        return ch.number, f"+#,##0.0 %;-#,##0.0 %;{same}"
    if ch.rule == u.POINTS_PP:
        before, after = _literal(tr(N_PP))
        return ch.number, f"{before}+#,##0.0{after};{before}-#,##0.0{after};{same}"
    if ch.rule == u.POINTS_NPS:
        before, after = _literal(tr(N_PTS))
        return ch.number, f"{before}+#,##0{after};{before}-#,##0{after};{same}"
    if ch.rule == u.TIMES:
        return ch.number, f'+#,##0.0"×";-#,##0.0"×";{same}'
    before, after = _literal(tr(N_DAYS))
    return ch.number, f"{before}+#,##0.0{after};{before}-#,##0.0{after};{same}"


def escape_formula(value: str) -> str:
    """Text that a spreadsheet would run as a formula gets a leading apostrophe."""
    if value and value[0] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value
