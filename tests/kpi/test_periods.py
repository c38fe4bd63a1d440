from datetime import date

import pytest

from kpi_core.periods import (
    Period,
    custom_period,
    is_calendar_month,
    is_calendar_quarter,
    is_calendar_year,
    months_in,
    parse_period,
    previous_period,
)


@pytest.mark.parametrize(
    ("text", "start", "end", "label"),
    [
        ("2025", date(2025, 1, 1), date(2025, 12, 31), "2025"),
        ("2025-Q1", date(2025, 1, 1), date(2025, 3, 31), "2025-Q1"),
        ("2025Q2", date(2025, 4, 1), date(2025, 6, 30), "2025-Q2"),
        ("2025-q4", date(2025, 10, 1), date(2025, 12, 31), "2025-Q4"),
        ("2025-03", date(2025, 3, 1), date(2025, 3, 31), "2025-03"),
        ("2024-02", date(2024, 2, 1), date(2024, 2, 29), "2024-02"),
    ],
)
def test_parse_period(text, start, end, label):
    p = parse_period(text)
    assert (p.start, p.end, p.label) == (start, end, label)


@pytest.mark.parametrize(
    "text", ["", "25", "2025-13", "2025-Q5", "2025-00", "Q1", "March", "2025/03"]
)
def test_parse_period_rejects_bad_text(text):
    with pytest.raises(ValueError, match=r"\S"):
        parse_period(text)


def test_human_labels():
    assert parse_period("2025-03").human_label == "March 2025"
    assert parse_period("2025-Q1").human_label == "Q1 2025"
    assert parse_period("2025").human_label == "2025"
    assert (
        custom_period(date(2025, 1, 5), date(2025, 2, 10)).human_label == "5 Jan 2025 – 10 Feb 2025"
    )


def test_custom_period_rejects_reversed_range():
    with pytest.raises(ValueError):
        custom_period(date(2025, 2, 1), date(2025, 1, 1))


@pytest.mark.parametrize(
    ("text", "prev"),
    [
        ("2025-03", (date(2025, 2, 1), date(2025, 2, 28))),
        ("2025-01", (date(2024, 12, 1), date(2024, 12, 31))),
        ("2025-Q1", (date(2024, 10, 1), date(2024, 12, 31))),
        ("2025-Q3", (date(2025, 4, 1), date(2025, 6, 30))),
        ("2025", (date(2024, 1, 1), date(2024, 12, 31))),
    ],
)
def test_previous_calendar_period(text, prev):
    p = previous_period(parse_period(text))
    assert (p.start, p.end) == prev


def test_previous_custom_period_same_length_before_start():
    p = previous_period(custom_period(date(2025, 3, 10), date(2025, 3, 19)))
    assert (p.start, p.end) == (date(2025, 2, 28), date(2025, 3, 9))
    # two calendar months are not "one calendar month": same number of days before
    p = previous_period(custom_period(date(2025, 3, 1), date(2025, 4, 30)))
    assert (p.start, p.end) == (date(2024, 12, 30), date(2025, 2, 28))


def test_calendar_helpers_and_months():
    assert is_calendar_month(parse_period("2025-02"))
    assert is_calendar_quarter(parse_period("2025-Q2"))
    assert is_calendar_year(parse_period("2025"))
    assert not is_calendar_month(Period(date(2025, 2, 1), date(2025, 2, 27)))
    assert months_in(parse_period("2025-Q1")) == [(2025, 1), (2025, 2), (2025, 3)]
    assert months_in(custom_period(date(2024, 12, 20), date(2025, 1, 3))) == [(2024, 12), (2025, 1)]
