"""An evaluation copy's review differs from a licensed one by its "Evaluation copy" line and
nothing else: the PDF's text (pdftotext), the HTML's text and the XLSX's cells."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop_app.licensing import install, sign
from desktop_app.reports.html_writer import write_html
from desktop_app.reports.pdf import write_pdf
from desktop_app.reports.review import build_review
from desktop_app.reports.xlsx_writer import write_xlsx
from kpi_core.dataset import KpiSettings
from kpi_core.filters import Filters
from kpi_core.periods import parse_period

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "reports"))
from report_sample import small_dataset  # noqa: E402

LINE = "Evaluation copy"
PRINTED = dt.date(2025, 12, 1)


@pytest.fixture
def reviews(vendor_key, licence, qapp):
    """The same review built by an evaluation copy, then after the licence is installed."""
    dataset = small_dataset()

    def build():
        return build_review(
            dataset, parse_period("2025-Q2"), Filters(), KpiSettings(), "Northwind", None, PRINTED
        )

    evaluation = build()
    install(sign(licence, vendor_key.key))
    licensed = build()
    assert evaluation.evaluation and evaluation.evaluation_line == LINE
    assert not licensed.evaluation and licensed.evaluation_line == ""
    return evaluation, licensed


def without_line(lines: list[str]) -> list[str]:
    return [line for line in lines if line.strip() != LINE]


def pdftotext(path: Path) -> list[str]:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True)
    return out.stdout.split("\n")  # pages end with a form feed


def test_pdf_text_differs_only_by_the_line(reviews, tmp_path):
    evaluation, licensed = reviews
    assert write_pdf(evaluation, tmp_path / "e.pdf", "a4") == write_pdf(
        licensed, tmp_path / "l.pdf", "a4"
    )
    shown, plain = pdftotext(tmp_path / "e.pdf"), pdftotext(tmp_path / "l.pdf")
    pages = "\n".join(shown).count("\f")
    assert pages > 3
    assert sum(line.strip() == LINE for line in shown) == pages  # once on every page
    assert not any(LINE in line for line in plain)
    assert without_line(shown) == plain


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.chunks: list[str] = []

    def handle_data(self, data: str) -> None:
        if data.strip():
            self.chunks.append(data.strip())


def html_text(path: Path) -> list[str]:
    parser = _Text()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser.chunks


def test_html_text_differs_only_by_the_line(reviews, tmp_path):
    evaluation, licensed = reviews
    write_html(evaluation, tmp_path / "e.html")
    write_html(licensed, tmp_path / "l.html")
    shown, plain = html_text(tmp_path / "e.html"), html_text(tmp_path / "l.html")
    assert shown.count(LINE) == 1 and LINE not in plain
    assert without_line(shown) == plain


def cells(path: Path) -> set[tuple[str, str, object]]:
    book = load_workbook(path)
    return {
        (sheet.title, cell.coordinate, cell.value)
        for sheet in book.worksheets
        for row in sheet.iter_rows()
        for cell in row
        if cell.value is not None
    }


def test_xlsx_cells_differ_only_by_the_line(reviews, tmp_path):
    evaluation, licensed = reviews
    write_xlsx(evaluation, tmp_path / "e.xlsx")
    write_xlsx(licensed, tmp_path / "l.xlsx")
    shown, plain = cells(tmp_path / "e.xlsx"), cells(tmp_path / "l.xlsx")
    extra = shown - plain
    assert plain <= shown and len(extra) == 1
    ((sheet, _where, value),) = extra
    first = load_workbook(tmp_path / "e.xlsx").worksheets[0].title
    assert (sheet, value) == (first, LINE)


def test_the_deal_list_says_it_too(vendor_key, licence, qapp, tmp_path):
    from desktop_app.reports.deal_list import build_deal_list

    frame = small_dataset().deals.head(5)
    assert build_deal_list(frame, "Northwind", printed_on=PRINTED).evaluation_line == LINE
    install(sign(licence, vendor_key.key))
    assert build_deal_list(frame, "Northwind", printed_on=PRINTED).evaluation_line == ""
