"""The number formats of the app (desktop_app.formatting)."""

from __future__ import annotations

import datetime as dt
import math

import pytest

from desktop_app import formatting as fmt


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
    ],
)
def test_money(value, text):
    assert fmt.money(value, "USD") == text


def test_rates_days_scores_counts():
    assert fmt.rate(0.25) == "25.0 %"
    assert fmt.rate(0.508) == "50.8 %"
    assert fmt.rate(None) == "—"
    assert fmt.days(20) == "20.0 days"
    assert fmt.score(30.0) == "30"
    assert fmt.score(-12.4) == "-12"
    assert fmt.count(1234) == "1,234"
    assert fmt.ratio(3.24) == "3.2×"
    assert fmt.growth(0.214) == "+21.4 %"
    assert fmt.growth(-0.05) == "-5.0 %"
    assert fmt.money_per_day(7500, "USD") == "USD 7,500 / day"
    assert fmt.date(dt.date(2025, 3, 31)) == "2025-03-31"


def test_format_kpi_uses_the_spec_units():
    assert fmt.format_kpi("revenue", 1_000_000.0, "EUR") == "EUR 1,000,000"
    assert fmt.format_kpi("win_rate", 0.25) == "25.0 %"
    assert fmt.format_kpi("nps", 30.0) == "30"
    assert fmt.format_kpi("sales_cycle_days", 20.0) == "20.0 days"
    assert fmt.format_kpi("pipeline_velocity", 7500.0) == "USD 7,500 / day"
    assert fmt.format_kpi("forecast_accuracy", None) == "—"


def test_change():
    assert fmt.change(1_000_000, 800_000, fmt.MONEY) == "+25.0 %"
    assert fmt.change(0.30, 0.25, fmt.RATE) == "+5.0 pp"
    assert fmt.change(25, 30, fmt.SCORE) == "-5 pts"
    assert fmt.change(10, 0, fmt.MONEY) == "—"
    assert fmt.change(None, 1, fmt.MONEY) == "—"
    assert fmt.change(1.0, 1.0, fmt.MONEY) == "±0.0 %"


@pytest.mark.parametrize("text", ["=1+1", "+SUM(A1)", "-2", "@cmd", "\tx"])
def test_formula_like_text_is_escaped(text):
    assert fmt.escape_formula(text) == "'" + text
    assert fmt.escape_formula("Website") == "Website"


def test_formatting_is_qt_free():
    import ast
    from pathlib import Path

    tree = ast.parse(Path(fmt.__file__).read_text(encoding="utf-8"))
    names = [
        node.module if isinstance(node, ast.ImportFrom) else alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import | ast.ImportFrom)
        for alias in node.names
    ]
    assert not [n for n in names if n and n.startswith(("PySide6", "pyqtgraph"))]


def test_change_value_is_a_number_with_a_format():
    assert fmt.change_value(0.30, 0.25, fmt.RATE)[0] == pytest.approx(5.0)
    assert fmt.change_value(1_000_000, 800_000, fmt.MONEY)[0] == pytest.approx(0.25)
    assert fmt.change_value(25, 30, fmt.SCORE) == (-5, '+0" pts";-0" pts";0" pts"')
    assert fmt.change_value(None, 3, fmt.MONEY) == (None, "General")
    assert fmt.change_value(3, 0, fmt.COUNT)[0] is None
