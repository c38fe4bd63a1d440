"""The review's Recurring revenue, Activities and opportunities-by-source sections: printed
with kpi_core's figures when the workspace has contracts and activities, left out otherwise
(PDF read back with pdftotext, HTML and XLSX)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import unicodedata

import numpy as np
import pytest
from openpyxl import load_workbook
from report_helpers import pdf_text

from desktop_app.presentation import format as fmt
from desktop_app.presentation import sections as words
from desktop_app.presentation.kpi_table import label
from desktop_app.reports.html_writer import write_html
from desktop_app.reports.pdf import write_pdf
from desktop_app.reports.review import build_review
from desktop_app.reports.xlsx_writer import write_xlsx
from kpi_core import series
from kpi_core.dataset import empty_frame
from kpi_core.filters import Filters
from kpi_core.movements import mrr_movements
from kpi_core.periods import parse_period

TODAY = dt.date(2026, 1, 15)
PERIOD = "2025-Q4"
RECURRING = "Recurring revenue"
ACTIVITIES = "Activities"
SOURCES = "Opportunities and expected revenue by source"


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    from desktop_app.store.demo import generate_demo
    from desktop_app.store.engine import open_database
    from desktop_app.store.loader import load_dataset, load_kpi_settings

    engine = open_database(tmp_path_factory.mktemp("demo") / "demo.sqlite")
    try:
        generate_demo(engine, seed=5, today=TODAY)
        return load_dataset(engine), load_kpi_settings(engine)
    finally:
        engine.dispose()


def _bare(dataset):
    return dataclasses.replace(
        dataset,
        deals=dataset.deals.assign(contract_months=np.nan),
        activities=empty_frame("activities"),
    )


def _write(dataset, settings, folder):
    review = build_review(
        dataset, parse_period(PERIOD), Filters(), settings, "Demo company", None, TODAY
    )
    write_pdf(review, folder / "review.pdf", "a4")
    write_html(review, folder / "review.html")
    write_xlsx(review, folder / "review.xlsx")
    text = unicodedata.normalize("NFKC", pdf_text(folder / "review.pdf"))
    return review, text


@pytest.fixture(scope="module")
def full(demo, tmp_path_factory, gui_app):
    dataset, settings = demo
    folder = tmp_path_factory.mktemp("full")
    return (folder, *_write(dataset, settings, folder))


@pytest.fixture(scope="module")
def without(demo, tmp_path_factory, gui_app):
    dataset, settings = demo
    folder = tmp_path_factory.mktemp("bare")
    return (folder, *_write(_bare(dataset), settings, folder))


def _page_of(text: str, title: str) -> str:
    """The page on which section ``title`` starts (after the contents page)."""
    pages = text.split("\f")
    for page in pages[2:]:
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        if title in lines[:3]:
            return page
    raise AssertionError(f"no page starts with {title!r}")


def _row(page: str, *cells: str) -> bool:
    return bool(re.search(r"\s{2,}".join(re.escape(c) for c in cells), page))


def test_sections_print_with_the_kpi_core_figures(full):
    _, review, text = full
    result, previous = review.meta["result"], review.meta["previous"]
    cur = result["currency"]
    for section_id, title in (("recurring", RECURRING), ("activities", ACTIVITIES)):
        page = _page_of(text, title)
        for kpi_id in words.SECTIONS[section_id].kpis:
            value, before = result["kpis"][kpi_id], previous["kpis"][kpi_id]
            assert value is not None, kpi_id
            cells = (
                label(kpi_id),
                fmt.value_text(kpi_id, value, cur),
                fmt.value_text(kpi_id, before, cur),
                fmt.change(kpi_id, value, before, cur).text,
            )
            assert _row(page, *cells), (kpi_id, cells)


def test_the_movements_table_is_kpi_core_movements(full, demo):
    _, review, text = full
    dataset, settings = demo
    months = mrr_movements(series.context(dataset, parse_period(PERIOD), Filters(), settings))
    assert [m.key for m in months] == ["2025-10", "2025-11", "2025-12"]
    page = _page_of(text, RECURRING)
    for m in months:
        cells = [fmt.month_label(m.key)] + [
            fmt.money(getattr(m, f.name), "USD") for f in words.MOVEMENT_FIELDS
        ]
        assert _row(page, *cells), cells


def test_opportunities_by_source_prints(full):
    _, review, text = full
    page = _page_of(text, SOURCES)
    rows = review.meta["result"]["breakdowns"]["opportunities_by_source"]
    top = rows[0]
    assert _row(page, str(top["key"]), fmt.count(top["value"]), fmt.count(top["won"]))


def test_sections_are_left_out_without_contracts_or_activities(without):
    folder, review, text = without
    titles = [s.title for s in review.sections]
    assert RECURRING not in titles and ACTIVITIES not in titles and SOURCES in titles
    body = text.split("\f", 2)[2]
    assert not re.search(rf"^\s*{RECURRING}\s*$", body, re.M)
    assert not re.search(rf"^\s*{ACTIVITIES}\s*$", body, re.M)
    assert not re.search(r"Month\s+MRR at month start\s+New MRR", text)  # no movements table
    sheets = load_workbook(folder / "review.xlsx").sheetnames
    assert "Recurring revenue" not in sheets and "Activities" not in sheets
    assert "<h2>Recurring revenue</h2>" not in (folder / "review.html").read_text("utf-8")


def test_html_and_xlsx_have_the_sections_with_the_data(full):
    folder, _, _ = full
    page = (folder / "review.html").read_text("utf-8")
    for title in (RECURRING, ACTIVITIES, SOURCES):
        assert f"<h2>{title}</h2>" in page, title
    sheets = load_workbook(folder / "review.xlsx").sheetnames
    assert {"Recurring revenue", "Activities", "Opportunities"} <= set(sheets)
