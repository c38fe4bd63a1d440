"""What a spreadsheet shows for a number and an Excel number format (a small, independent
reader of the formats the XLSX writer uses: sections, ``[=1]``/``[<1.5]`` conditions, quoted literals,
``#,##0.0`` digits and ``%``), so tests can compare an XLSX cell with the PDF's text."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Context, Decimal

_TOKEN = re.compile(r'"([^"]*)"|([#0,]+(?:\.0+)?)|(.)')


def _sections(number_format: str) -> list[str]:
    parts, current, quoted = [], "", False
    for ch in number_format:
        if ch == '"':
            quoted = not quoted
        if ch == ";" and not quoted:
            parts.append(current)
            current = ""
        else:
            current += ch
    return [*parts, current]


def _digits(value: float, pattern: str) -> str:
    decimals = len(pattern.split(".")[1]) if "." in pattern else 0
    step = Decimal(1).scaleb(-decimals)
    exact = Decimal(repr(value)).quantize(step, ROUND_HALF_UP, Context(prec=400))
    return f"{exact:{',' if ',' in pattern else ''}.{decimals}f}"


def _section(value: float, section: str, minus: bool) -> str:
    if "%" in section.replace('"%"', ""):
        value *= 100
    out = []
    for literal, digits, other in _TOKEN.findall(section):
        if digits:
            out.append(_digits(abs(value), digits))
        else:
            out.append(literal or other)
    text = "".join(out)
    return ("-" + text) if minus else text


_CONDITION = re.compile(r"\[(<=|>=|<>|=|<|>)([-\d.]+)\](.*)")
_HOLDS = {
    "=": lambda a, b: a == b,
    "<>": lambda a, b: a != b,
    "<": lambda a, b: a < b,
    "<=": lambda a, b: a <= b,
    ">": lambda a, b: a > b,
    ">=": lambda a, b: a >= b,
}


def shown(value: object, number_format: str) -> str:
    """The text a spreadsheet shows for ``value`` under ``number_format``."""
    if isinstance(value, str) or value is None:
        return "" if value is None else value
    number = float(value)  # type: ignore[arg-type]
    if number_format == "General":
        return str(value)
    sections = _sections(number_format)
    if _CONDITION.match(sections[0]):  # the first section whose condition holds, else the last
        for section in sections:
            condition = _CONDITION.match(section)
            if condition is None:
                return _section(number, section, number < 0)
            op, limit = condition.group(1), float(condition.group(2))
            if _HOLDS[op](number, limit):
                return _section(number, condition.group(3), number < 0)
        return ""
    if len(sections) == 1:
        return _section(number, sections[0], number < 0)
    if number > 0:
        return _section(number, sections[0], False)
    if number < 0:
        return _section(number, sections[1], False)
    return _section(number, sections[2] if len(sections) > 2 else sections[0], False)
