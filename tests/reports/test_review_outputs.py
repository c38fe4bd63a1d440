"""The sales review written as PDF, HTML and XLSX, read back and checked against the KPIs."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from html.parser import HTMLParser

import pytest
from openpyxl import load_workbook
from report_helpers import PDFTOTEXT, pdf_text

from desktop_app.presentation import format as fmt
from desktop_app.reports.deal_list import build_deal_list
from desktop_app.reports.html_writer import write_html
from desktop_app.reports.pdf import write_pdf
from desktop_app.reports.review import build_review
from desktop_app.reports.xlsx_writer import write_xlsx
from kpi_core.dataset import KpiSettings
from kpi_core.engine import compute_kpis
from kpi_core.filters import Filters
from kpi_core.periods import parse_period

PRINTED = dt.date(2025, 12, 1)
PERIOD = "2025-Q2"


@pytest.fixture(scope="module")
def review(dataset):
    return build_review(
        dataset, parse_period(PERIOD), Filters(), KpiSettings(), "Northwind Trading", None, PRINTED
    )


@pytest.fixture(scope="module")
def expected(dataset):
    """The figures of compute_kpis for the same period, formatted as the app shows them."""
    result = compute_kpis(dataset, parse_period(PERIOD), Filters(), KpiSettings())
    kpis = result["kpis"]
    return {k: fmt.value_text(k, kpis[k], result["currency"]) for k in kpis}


@pytest.fixture(scope="module")
def pdf(review, tmp_path_factory, gui_app):
    path = tmp_path_factory.mktemp("pdf") / "review.pdf"
    pages = write_pdf(review, path, "a4")
    return path, pages


def _pdfinfo(path) -> dict[str, str]:
    if PDFTOTEXT is None:
        pytest.skip("poppler-utils (pdfinfo) is not installed")
    out = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True)
    return dict(line.split(":", 1) for line in out.stdout.splitlines() if ":" in line)


def test_review_uses_the_kpis_of_the_period(review, dataset):
    result = compute_kpis(dataset, parse_period(PERIOD), Filters(), KpiSettings())
    assert review.meta["result"]["kpis"] == result["kpis"]
    assert review.meta["previous"]["period"]["start"] == "2025-01-01"
    assert review.meta["year_before"]["period"]["start"] == "2024-04-01"
    titles = [s.title for s in review.sections]
    assert titles[0] == "Summary" and titles[-1] == "Appendix: formulas"
    assert {"Funnel", "Sources", "Reps", "Customers", "Net Promoter Score"} <= set(titles)


def test_pdf_pages_and_figures(pdf, expected):
    path, pages = pdf
    info = _pdfinfo(path)
    assert int(info["Pages"]) == pages >= 5
    assert "A4" in info["Page size"]
    text = pdf_text(path)
    flat = re.sub(r"\s+", " ", text)
    for kpi in ("revenue", "win_rate", "nps", "avg_deal_size", "sales_cycle_days", "cac"):
        assert expected[kpi] in flat, kpi
    assert "Northwind Trading" in text and "Printed on 2025-12-01" in text
    for number in range(1, pages + 1):
        assert f"Page {number} of {pages}" in text
    page_texts = text.split("\f")[:pages]
    # the header (company · title · period) is on every page after the cover
    for page in page_texts[1:]:
        assert "Sales review · Q2 2025" in page and "Northwind Trading" in page


def test_pdf_letter_paper(review, tmp_path, gui_app):
    path = tmp_path / "letter.pdf"
    write_pdf(review, path, "letter")
    assert "letter" in _pdfinfo(path)["Page size"].lower()


def test_long_table_repeats_its_header(dataset, tmp_path, gui_app):
    doc = build_deal_list(dataset.deals.head(160), "Open deals", company_name="Northwind")
    path = tmp_path / "deals.pdf"
    pages = write_pdf(doc, path, "a4")
    assert pages >= 3
    page_texts = pdf_text(path).split("\f")[:pages]
    for page in page_texts:
        assert re.search(r"Deal\s+Account\s+Owner\s+Source", page), page[:300]
    assert "Deal 159" in page_texts[-1]
    assert "160 deals" in page_texts[-1]  # the total row, on the last page only


def test_html_is_self_contained(review, expected, tmp_path, gui_app):
    path = tmp_path / "review.html"
    write_html(review, path)
    html = path.read_text(encoding="utf-8")

    class Collect(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.text: list[str] = []
            self.srcs: list[str] = []

        def handle_data(self, data: str) -> None:
            self.text.append(data)

        def handle_starttag(self, tag, attrs):
            self.srcs += [v for k, v in attrs if k in ("src", "href")]

    parser = Collect()
    parser.feed(html)
    parser.close()
    text = " ".join(parser.text)
    for kpi in ("revenue", "win_rate", "nps", "cac"):
        assert expected[kpi] in text
    assert parser.srcs and all(s.startswith("data:image/png;base64,") for s in parser.srcs)
    assert "@media print" in html and "table-header-group" in html


def test_xlsx_numbers_dates_and_escaping(review, dataset, tmp_path):
    path = tmp_path / "review.xlsx"
    write_xlsx(review, path)
    wb = load_workbook(path)
    assert wb.sheetnames[:3] == ["Report", "Summary", "Funnel"]
    assert {"Sources", "Reps", "Customers", "NPS", "Formulas"} <= set(wb.sheetnames)
    result = review.meta["result"]
    summary = wb["Summary"]
    values = {row[0]: row[1:] for row in summary.iter_rows(min_row=5, values_only=True) if row[0]}
    assert values["Revenue"][0] == pytest.approx(result["kpis"]["revenue"])
    assert isinstance(values["Win rate"][0], float)
    assert summary["B5"].number_format.startswith('"USD"')
    assert isinstance(values["Revenue"][2], float)  # the change is a number too
    assert isinstance(wb["Report"]["B7"].value, dt.datetime | dt.date)
    sources = [row[0] for row in wb["Sources"].iter_rows(min_row=5, values_only=True)]
    assert '\'=HYPERLINK("x")' in sources
    assert all(not (isinstance(v, str) and v.startswith("=")) for v in sources)
    for row in wb["Sources"].iter_rows(min_row=5, values_only=True):
        if row[0] and row[1] is not None:
            assert isinstance(row[1], int) and isinstance(row[4], int | float)


def test_deal_list_xlsx_has_dates(dataset, tmp_path):
    doc = build_deal_list(dataset.deals.head(20), "Deals")
    path = tmp_path / "deals.xlsx"
    write_xlsx(doc, path)
    ws = load_workbook(path)["Deals"]
    header = [c.value for c in ws[4]]
    created = header.index("Created") + 1
    assert isinstance(ws.cell(row=5, column=created).value, dt.datetime)


def test_builtin_charts_fallback(review, tmp_path, gui_app, monkeypatch):
    monkeypatch.setenv("DEALBOOK_REPORT_CHARTS", "builtin")
    path = tmp_path / "builtin.pdf"
    pages = write_pdf(review, path, "a4")
    assert pages >= 5
    assert "Revenue by month against the year before" in pdf_text(path)


def test_paper_follows_the_locale():
    from PySide6.QtCore import QLocale

    from desktop_app.reports.paper import default_paper, page_size

    assert default_paper(QLocale("en_US")) == "letter"
    assert default_paper(QLocale("en_CA")) == "letter"
    assert default_paper(QLocale("de_DE")) == "a4"
    assert default_paper(QLocale("en_GB")) == "a4"
    assert page_size("letter").id() != page_size("a4").id()
    with pytest.raises(ValueError):
        page_size("a3")


def test_empty_workspace_prints_dashes(tmp_path, gui_app):
    from kpi_core.dataset import Dataset

    doc = build_review(Dataset(), parse_period("2025-03"), None, KpiSettings(), "", None, PRINTED)
    path = tmp_path / "empty.pdf"
    pages = write_pdf(doc, path, "letter")
    text = pdf_text(path)
    assert f"Page {pages} of {pages}" in text
    assert "—" in text and "No data for this period." in text
    write_xlsx(doc, tmp_path / "empty.xlsx")
    write_html(doc, tmp_path / "empty.html")


def test_year_review_has_twelve_months(dataset, tmp_path, gui_app):
    doc = build_review(
        dataset, parse_period("2025"), {"owner": "Ana Lima"}, KpiSettings(), "N", None
    )
    months = next(s for s in doc.sections if s.title == "Revenue by month")
    table = next(b for b in months.blocks if hasattr(b, "rows"))
    assert len(table.rows) == 12
    assert "Owner: Ana Lima" in doc.subtitle
    assert write_pdf(doc, tmp_path / "year.pdf") >= 5


def test_year_before_shortcut_matches_compute_kpis(review, dataset):
    """The monthly chart's year before (kpi_core.series) equals compute_kpis'."""
    full = compute_kpis(dataset, parse_period("2024-Q2"), Filters(), KpiSettings())
    expected = full["breakdowns"]["revenue_by_month"]
    got = review.meta["year_before"]["breakdowns"]["revenue_by_month"]
    assert [r["key"] for r in got] == [r["key"] for r in expected]
    for mine, theirs in zip(got, expected, strict=True):
        assert mine["value"] == pytest.approx(theirs["value"])
