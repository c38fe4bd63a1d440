"""The presentation rules: value texts, change texts, and XLSX formats that show the same."""

from __future__ import annotations

import ast
import datetime as dt
import math
from pathlib import Path

import pytest
from excel_text import shown
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.presentation import format as fmt
from desktop_app.presentation import spreadsheet as sheet
from desktop_app.presentation import units as u
from desktop_app.presentation.breakdown_table import BREAKDOWNS
from desktop_app.presentation.kpi_table import KPIS, why_undefined


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (1234567.0, "USD 1,234,567"),
        (1234567.89, "USD 1,234,568"),
        (400.0, "USD 400"),
        (45.5, "USD 45.50"),
        (0.0, "USD 0"),
        (-2500.0, "USD -2,500"),
        (None, "—"),
        (math.nan, "—"),
        (math.inf, "—"),
    ],
)
def test_money(value, text):
    assert fmt.money(value, "USD") == text


def test_every_unit_has_its_text():
    assert fmt.rate(0.25) == "25.0 %"
    assert fmt.rate(0.508) == "50.8 %"  # the spec's return on spend
    assert fmt.rate(None) == "—"
    assert fmt.growth(0.214) == "+21.4 %" and fmt.growth(-0.05) == "-5.0 %"
    assert fmt.growth(0.0) == "0.0 %"
    assert fmt.days(20) == "20.0 days"
    assert fmt.hours(12.25) == "12.3 hours"  # half away from zero, as spreadsheets round
    assert fmt.score(30.0) == "30" and fmt.score(-12.4) == "-12"
    assert fmt.count(1234) == "1,234"
    assert fmt.ratio(3.24) == "3.2×"
    assert fmt.decimal(12.34) == "12.3"
    assert fmt.months(1) == "1 month" and fmt.months(3) == "3 months"
    assert fmt.money_per_day(7500, "USD") == "USD 7,500 / day"
    assert fmt.money_per_30_days(225000, "USD") == "USD 225,000 / 30 days"
    assert fmt.date(dt.date(2025, 3, 31)) == "2025-03-31"
    assert fmt.month_label("2025-03") == "Mar 2025"
    assert fmt.compact(1_234_567) == "1.2M" and fmt.compact(350_000) == "350k"


def test_kpi_values_follow_the_table():
    assert fmt.value_text("revenue", 1_000_000.0, "EUR") == "EUR 1,000,000"
    assert fmt.value_text("win_rate", 0.25) == "25.0 %"
    assert fmt.value_text("nps", 30.0) == "30"
    assert fmt.value_text("sales_cycle_days", 20.0) == "20.0 days"
    # the spec's worked example: 20 x 45,000 x 0.25 / 30
    assert fmt.value_text("pipeline_velocity", 20 * 45_000 * 0.25 / 30) == "USD 7,500 / day"
    assert fmt.value_text("pipeline_velocity_month", 225_000.0) == "USD 225,000 / 30 days"
    assert fmt.value_text("revenue_growth", 0.25) == "+25.0 %"
    assert fmt.value_text("forecast_accuracy", None) == "—"
    assert fmt.field_text("funnel", "conversion", 0.2) == "20.0 %"
    assert fmt.field_text("rep_table", "revenue", 5000.0, "USD") == "USD 5,000"


def test_change_of_a_ratio_is_a_difference_in_times():
    """CLTV : CAC from 3 to 2 is one times less (never "+50.0 %"), and bad news."""
    ch = fmt.change("cltv_to_cac", 2.0, 3.0)
    assert (ch.text, ch.direction, ch.goodness) == ("-1.0×", -1, -1)
    assert ch.line(arrow=True) == "▼ -1.0× vs previous"


def test_a_rate_of_change_never_shows_a_change_of_a_change():
    ch = fmt.change("revenue_growth", 0.30, 0.15)
    assert ch.text == "was +15.0 %" and ch.direction == 0 and ch.goodness == 0
    assert fmt.change("mrr_growth", 0.1, None).text == "no comparison"
    for kpi_id in ("revenue_growth", "mrr_growth", "ttm_growth"):
        assert KPIS[kpi_id].change_rule == u.WAS


@pytest.mark.parametrize(
    ("kpi_id", "current", "previous", "text", "goodness"),
    [
        ("revenue", 1_000_000, 800_000, "+25.0 %", 1),  # the spec's Q1 -> Q2 example
        ("win_rate", 0.30, 0.25, "+5.0 pp", 1),
        ("churn_rate", 0.05, 0.06, "-1.0 pp", 1),  # churn down is good news
        ("nps", 25, 30, "-5 pts", -1),
        ("cac", 90.0, 100.0, "-10.0 %", 1),
        ("sales_cycle_days", 25.0, 20.0, "+5.0 days", -1),
        ("deals_won", 12, 10, "+20.0 %", 1),
        ("customers_start", 12, 10, "+20.0 %", 0),  # neither good nor bad
    ],
)
def test_change_rules(kpi_id, current, previous, text, goodness):
    ch = fmt.change(kpi_id, current, previous)
    assert (ch.text, ch.goodness) == (text, goodness)


def test_no_change_has_no_arrow_and_no_zero_points():
    for kpi_id, value in (("win_rate", 0.25), ("revenue", 100.0), ("nps", 30.0)):
        ch = fmt.change(kpi_id, value, value)
        assert ch.text == "no change" and ch.direction == 0 and ch.line(arrow=True) == "no change"
    assert fmt.change("win_rate", 0.25004, 0.25).text == "no change"  # +0.004 pp rounds away


def test_undefined_and_zero_based_changes():
    assert fmt.change("revenue", None, 5.0).text == "no comparison"
    assert fmt.change("revenue", 5.0, None).text == "no comparison"
    assert fmt.change("deals_won", 5, 0).text == "was 0"  # no per cent of nothing
    assert fmt.change("revenue", 10.0, 0.0, "EUR").text == "was EUR 0"
    assert fmt.change("deals_won", 0, 0).text == "no change"


def test_every_id_of_the_contract_is_worded():
    from kpi_core.ids import BREAKDOWN_IDS, KPI_IDS

    assert set(KPI_IDS) <= set(KPIS) and set(BREAKDOWN_IDS) <= set(BREAKDOWNS)
    for entry in KPIS.values():
        assert entry.label and entry.short and entry.formula and entry.undefined
        assert entry.unit in u.CHANGE_RULE and entry.good in (u.UP, u.DOWN, u.NEUTRAL)
    assert fmt.label("quota_attainment") == "Reps at quota"


def test_why_undefined():
    assert "previous period" in why_undefined("revenue_growth")
    filtered = {"filters": {"owner": "Ann", "source": None, "product": None}}
    assert "clear the filters" in why_undefined("forecast_accuracy", filtered)
    assert why_undefined("forecast_accuracy") != why_undefined("forecast_accuracy", filtered)


def test_explain_inputs_are_written_in_full_with_units():
    rows = dict(
        fmt.input_rows(
            {"revenue": 10_000.0, "deal_costs": 4000.0, "excluded_missing_rate": 0}, "USD"
        )
    )
    assert rows == {"Revenue": "USD 10,000", "Costs of the won deals": "USD 4,000"}
    rows = dict(fmt.input_rows({"excluded_missing_rate": 3}, "USD"))
    assert rows == {"Deals left out": "3 deals have no exchange rate for their currency"}


VALUE_UNITS = [u.MONEY, u.MONEY_PER_DAY, u.MONEY_PER_30_DAYS, u.RATE, u.GROWTH, u.DAYS,
               u.HOURS, u.SCORE, u.COUNT, u.RATIO, u.DECIMAL, u.NUMBER]  # fmt: skip
numbers = st.one_of(
    st.floats(min_value=-1e9, max_value=1e9, allow_nan=False),
    st.floats(min_value=-0.01, max_value=0.01),  # figures that round to zero keep their sign
)


@given(numbers, st.sampled_from(VALUE_UNITS))
def test_an_xlsx_cell_shows_the_text_of_the_app(value, unit):
    number_format = sheet.excel_number_format(unit, "USD", value)
    assert shown(value, number_format) == fmt.format_value(value, unit, "USD")


@given(
    st.floats(min_value=-1e6, max_value=1e6, allow_nan=False),
    st.floats(min_value=-1e6, max_value=1e6, allow_nan=False),
    st.sampled_from(["revenue", "win_rate", "nps", "cltv_to_cac", "sales_cycle_days"]),
)
def test_an_xlsx_change_shows_the_text_of_the_app(current, previous, kpi_id):
    ch = fmt.change(kpi_id, current, previous)
    value, number_format = sheet.excel_change(ch)
    assert shown(value, number_format) == ch.text


def test_a_tiny_growth_reads_the_same_in_the_app_and_the_spreadsheet():
    for value, text in ((0.00001, "+0.0 %"), (-0.00001, "-0.0 %"), (0.0, "0.0 %")):
        assert fmt.growth(value) == text
        assert shown(value, sheet.excel_number_format(u.GROWTH)) == text


def test_months_and_text_changes_in_xlsx():
    assert shown(1, sheet.excel_number_format(u.MONTHS)) == "1 month"
    assert shown(4, sheet.excel_number_format(u.MONTHS)) == "4 months"
    assert sheet.excel_change(fmt.change("revenue_growth", 0.2, 0.1)) == ("was +10.0 %", "General")


@pytest.mark.parametrize("text", ["=1+1", "+SUM(A1)", "-2", "@cmd", "\tx"])
def test_formula_like_text_is_escaped(text):
    assert sheet.escape_formula(text) == "'" + text
    assert sheet.escape_formula("Website") == "Website"


def test_the_presentation_package_is_qt_free():
    package = Path(fmt.__file__).parent
    for path in package.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = [
            node.module if isinstance(node, ast.ImportFrom) else alias.name
            for node in ast.walk(tree)
            if isinstance(node, ast.Import | ast.ImportFrom)
            for alias in node.names
        ]
        assert not [n for n in names if n and n.startswith(("PySide6", "pyqtgraph"))], path


def test_words_are_translated_by_qt_where_they_are_shown(qapp, tmp_path):
    """A Qt Linguist translation of a table word reaches the card and the value text."""
    import subprocess
    import sys

    from PySide6.QtCore import QCoreApplication, QTranslator

    from desktop_app.charts import format as qt_fmt  # installs Qt's translator

    ts = tmp_path / "t.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="de">'
        "<context><name>kpi</name><message><source>Win rate</source>"
        "<translation>Abschlussquote</translation></message></context>"
        "<context><name>format</name><message><source>{0} days</source>"
        "<translation>{0} Tage</translation></message></context></TS>",
        encoding="utf-8",
    )
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease is not installed")
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(tmp_path / "t.qm")], check=True)
    translator = QTranslator()
    assert translator.load(str(tmp_path / "t.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        assert qt_fmt.label("win_rate") == "Abschlussquote"
        assert qt_fmt.value_text("sales_cycle_days", 20.0) == "20.0 Tage"
    finally:
        QCoreApplication.removeTranslator(translator)
    assert qt_fmt.label("win_rate") == "Win rate"
