"""Numbers, dates and periods in the user's language: the rules of
``desktop_app.presentation.locale`` as format.py, spreadsheet.py and the window use them."""

from __future__ import annotations

import datetime as dt
import re
from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.presentation import format as fmt
from desktop_app.presentation import locale as loc
from desktop_app.presentation import spreadsheet as sheet
from desktop_app.presentation import units as u


@pytest.fixture(autouse=True)
def english_after():
    yield
    loc.set_current(loc.ENGLISH, large_units=False)


Q1 = (dt.date(2026, 1, 1), dt.date(2026, 3, 31))
MARCH = (dt.date(2026, 3, 1), dt.date(2026, 3, 31))
YEAR = (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
CUSTOM = (dt.date(2026, 1, 5), dt.date(2026, 2, 10))


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", ["Q1 2026", "March 2026", "2026", "5 Jan 2026 – 10 Feb 2026"]),
        ("zh_CN", ["2026年第1季度", "2026年3月", "2026年", "2026年1月5日 – 2026年2月10日"]),
        ("zh_TW", ["2026年第1季", "2026年3月", "2026年", "2026年1月5日 – 2026年2月10日"]),
    ],
)
def test_periods_in_each_language(language, expected):
    loc.set_current(language)
    assert [loc.period_text(*p) for p in (Q1, MARCH, YEAR, CUSTOM)] == expected


def test_english_periods_match_kpi_core_labels():
    """English stays as kpi_core's own human labels read (and as the review printed them)."""
    from kpi_core.periods import custom_period, parse_period

    for period in (
        parse_period("2025-Q3"),
        parse_period("2025-03"),
        parse_period("2025"),
        custom_period(*CUSTOM),
    ):
        assert loc.period_label(period) == period.human_label


def test_the_reported_bug_a_year_is_not_written_with_month_names():
    loc.set_current("zh_CN")
    text = loc.period_text(dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    assert text == "2026年"
    assert "1月 2026" not in loc.period_text(*CUSTOM)


def test_dates_and_months():
    day = dt.date(2026, 3, 4)
    assert (fmt.date(day), fmt.month_label("2026-03"), loc.date_text(day)) == (
        "2026-03-04",
        "Mar 2026",
        "4 Mar 2026",
    )
    loc.set_current("zh_CN")
    assert (fmt.date(day), fmt.month_label("2026-03"), loc.date_text(day)) == (
        "2026年3月4日",
        "2026年3月",
        "2026年3月4日",
    )
    assert loc.axis_month_text("2026-03") == "26年3月"
    assert sheet.excel_number_format(u.DATE) == 'yyyy"年"m"月"d"日"'


@pytest.mark.parametrize(
    ("tag", "language"),
    [
        ("zh_CN", "zh_CN"),
        ("zh-Hans", "zh_CN"),
        ("zh_SG", "zh_CN"),
        ("zh_TW", "zh_TW"),
        ("zh-Hant-HK", "zh_TW"),
        ("zh_HK.UTF-8", "zh_TW"),
        ("en_US", "en"),
        ("", "en"),
        (None, "en"),
    ],
)
def test_language_tags(tag, language):
    assert loc.normalise(tag) == language


def test_money_cny_in_chinese_other_currencies_keep_their_code():
    assert fmt.money(1234567, "CNY") == "CNY 1,234,567"  # English as always
    loc.set_current("zh_CN")
    assert fmt.money(1234567, "CNY") == "¥1,234,567"
    assert fmt.money(-1234.5, "CNY") == "¥-1,235"
    assert fmt.money(45.5, "CNY") == "¥45.50"
    assert fmt.money(1234567, "USD") == "USD 1,234,567"
    assert sheet.excel_number_format(u.MONEY, "CNY", 1234567) == '"¥"#,##0;"¥"-#,##0'
    assert sheet.excel_number_format(u.MONEY, "EUR", 12) == '"EUR" #,##0;"EUR" -#,##0'


def test_large_amounts_in_wan_and_yi():
    loc.set_current("zh_CN", large_units=True)
    assert fmt.money(12_345_678, "CNY") == "¥1,234.6万"
    assert fmt.money(123_456_789, "CNY") == "¥1.23亿"
    assert fmt.money(12_345, "USD") == "USD 1.2万"
    assert fmt.money(9_999, "CNY") == "¥9,999"  # below 1万 written in full
    assert fmt.money(99_999_999, "CNY") == "¥1.00亿"  # not 10,000.0万
    assert fmt.money(-12_345_678, "CNY") == "¥-1,234.6万"
    assert fmt.number(123_456_789) == "1.23亿"
    assert fmt.compact(123_456_789) == "1.2亿"
    assert fmt.value_text("revenue", 12_345_678, "CNY") == "¥1,234.6万"


def test_large_amounts_only_in_chinese():
    loc.set_current("en", large_units=True)
    assert fmt.money(12_345_678, "CNY") == "CNY 12,345,678"
    assert not loc.large_units() and loc.large_units_option()


# --- the XLSX number formats show the same text ------------------------------------------


def _shown(value: float, number_format: str) -> str:
    """What Excel or LibreOffice shows for the 万 / 亿 formats: a section per sign, quoted and
    backslash-escaped literals, and each ``,`` after the last digit dividing by 1,000 before
    the value is rounded to the digit placeholders (all of them integer: no real point)."""
    positive, negative = number_format.split(";")
    section = negative if value < 0 else positive
    tokens = re.findall(r'"[^"]*"|\\.|[0#]|,|.', section)
    last_digit = max(i for i, t in enumerate(tokens) if t in ("0", "#"))
    scale = sum(1 for t in tokens[last_digit + 1 :] if t == ",")
    places = sum(1 for t in tokens if t in ("0", "#"))
    whole = Decimal(repr(abs(value))).scaleb(-3 * scale).quantize(Decimal(1), ROUND_HALF_UP)
    digits = str(whole).rjust(places, "0")
    extra, digits = digits[: len(digits) - places], digits[len(digits) - places :]
    out, used = [], 0
    for i, token in enumerate(tokens):
        if token in ("0", "#"):
            out.append((extra if used == 0 else "") + digits[used])
            used += 1
        elif token == "," and i > last_digit:
            continue
        elif token.startswith('"'):
            out.append(token[1:-1])
        elif token.startswith("\\"):
            out.append(token[1])
        else:
            out.append(token)
    return "".join(out).lstrip("0") or "0"


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=-(10**12), max_value=10**12), st.sampled_from(["CNY", "USD"]))
def test_spreadsheet_shows_the_same_large_amount(value, currency):
    loc.set_current("zh_CN", large_units=True)
    screen = fmt.money(value, currency)
    if "万" not in screen and "亿" not in screen:
        return
    number_format = sheet.excel_number_format(u.MONEY, currency, value)
    prefix = fmt.money_prefix(currency)
    expected_digits = screen[len(prefix) :]
    # the format starts with the quoted prefix; read the digits part on its own
    digits_format = ";".join(
        part.replace(f'"{prefix.strip()}" ', "").replace(f'"{prefix.strip()}"', "")
        for part in number_format.split(";")
    )
    assert _shown(float(value), digits_format) == expected_digits


def test_openpyxl_keeps_the_large_amount_format(tmp_path):
    from openpyxl import Workbook, load_workbook

    loc.set_current("zh_CN", large_units=True)
    wb = Workbook()
    cell = wb.active["A1"]
    cell.value = 12_345_678
    cell.number_format = sheet.excel_number_format(u.MONEY, "CNY", 12_345_678)
    wb.save(tmp_path / "w.xlsx")
    again = load_workbook(tmp_path / "w.xlsx").active["A1"]
    assert again.value == 12_345_678  # the amount stays whole: sums and sorts still work
    assert again.number_format == '"¥"0\\,000\\.0,"万";"¥"-0\\,000\\.0,"万"'
    assert _shown(12_345_678, again.number_format.replace('"¥"', "")) == "1,234.6万"


@settings(max_examples=200, deadline=None)
@given(st.floats(min_value=1e4, max_value=1e13, allow_nan=False))
def test_large_amount_reads_back_within_its_rounding(value):
    loc.set_current("zh_TW", large_units=True)
    text = fmt.number(value)
    unit = {"万": 1e4, "亿": 1e8}[text[-1]]
    decimals = 1 if text[-1] == "万" else 2
    back = float(text[:-1].replace(",", "")) * unit
    assert abs(back - value) <= 0.5 * 10**-decimals * unit * (1 + 1e-9)
