"""The XLSX side of the formatter: number formats that make a spreadsheet show exactly the
text :mod:`desktop_app.presentation.format` writes, for values and for changes."""

from __future__ import annotations

from typing import Any

from desktop_app.presentation import locale as loc
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
    group,
    is_null,
    large_unit,
    money_decimals,
    money_prefix,
)
from desktop_app.presentation.i18n import tr


def _literal(template_text: str) -> tuple[str, str]:
    """A ``{0}`` template as quoted number-format literals before and after the number."""
    before, _, after = template_text.replace('"', "").partition("{0}")
    return (f'"{before}"' if before else ""), (f'"{after}"' if after else "")


def _amount_format(value: Any) -> str:
    """The digits of an amount: ``#,##0``, ``#,##0.00`` with cents below 1,000, and with the
    万 / 亿 option a scaled format that keeps the cell's value whole: a trailing ``,`` divides
    by 1,000 and ``\\.`` writes a literal point before the last digit (``0\\.0,"万"`` shows
    12,345,678 as ``1234.6万``; ``0\\.00,,"亿"`` 123,456,789 as ``1.23亿``); a literal
    ``\\,`` groups the thousands of 万 (``1,234.6万``) as the app writes them."""
    if is_null(value):
        return "#,##0"
    amount = float(value)
    large = large_unit(amount)
    if large is None:
        return "#,##0.00" if money_decimals(amount) == 2 else "#,##0"
    suffix, divisor, decimals = large
    grouped = "," in group(abs(amount) / divisor, decimals)
    digits = "0\\,000" if grouped else "0"
    if decimals == 1:
        return f'{digits}\\.0,"{suffix}"'
    return f'{digits}\\.00,,"{suffix}"'


def excel_number_format(unit: str, currency: str = "USD", value: Any = None) -> str:
    """The XLSX number format that shows ``value`` of ``unit`` as :func:`format_value` does.

    Money depends on the value (cents below 1,000; 万 / 亿 when that option is on), so pass
    it for money cells.
    """
    if unit in u.MONEY_UNITS:
        digits = _amount_format(value)
        template = {u.MONEY_PER_DAY: PER_DAY, u.MONEY_PER_30_DAYS: PER_30_DAYS}.get(unit)
        before, after = _literal(tr(template)) if template else ("", "")
        prefix = money_prefix(currency)
        cur = ""
        if prefix:
            cur = f'"{prefix.strip()}"' + (" " if prefix.endswith(" ") else "")
        return f"{before}{cur}{digits}{after};{before}{cur}-{digits}{after}"
    if unit == u.NUMBER:
        digits = _amount_format(value)
        if is_null(value) or large_unit(float(value)) is None:
            return digits
        return f"{digits};-{digits}"
    if unit == u.DATE and loc.is_chinese():
        return 'yyyy"年"m"月"d"日"'
    if unit in (u.DAYS, u.HOURS):
        before, after = _literal(tr(N_DAYS if unit == u.DAYS else N_HOURS))
        return f"{before}#,##0.0{after}"
    if unit == u.MONTHS:
        # the app rounds to whole months first: 1.2 reads "1 month", as 0.5 does; a condition
        # tests the raw value, so "1 month" is the range that rounds to 1
        _, after = _literal(tr(N_MONTHS))
        return f'[<0.5]0{after};[<1.5]"{tr(ONE_MONTH)}";0{after}'
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
