"""Every surface writes every figure the same way.

The demo company is written into a temporary database; for a month, a quarter and a year,
every scalar KPI goes through each surface that shows it: the dashboard's card widget, the
explain panel, the printed review as PDF (read back with ``pdftotext``), HTML and XLSX (the
displayed text of each cell's number and number format), and ``dealbook kpi``. Each must
show the presentation formatter's text for the value, the previous value and the change, so
a surface that formats on its own fails here.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import sys
import unicodedata
from html.parser import HTMLParser
from pathlib import Path

import pytest
from openpyxl import load_workbook

sys.path.insert(0, str(Path(__file__).parent / "reports"))

from excel_text import shown  # noqa: E402
from report_helpers import pdf_text  # noqa: E402

from desktop_app.cli import main  # noqa: E402
from desktop_app.presentation import format as fmt  # noqa: E402
from desktop_app.presentation.kpi_table import label  # noqa: E402
from desktop_app.store.demo import generate_demo  # noqa: E402
from desktop_app.store.engine import open_database  # noqa: E402
from desktop_app.store.loader import load_dataset, load_kpi_settings  # noqa: E402
from kpi_core import Filters, compute_kpis, parse_period, previous_period  # noqa: E402
from kpi_core.explain import explain  # noqa: E402

TODAY = dt.date(2026, 1, 15)
PERIODS = ("2025-12", "2025-Q4", "2025")
ALL_FIGURES = "All figures"


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """The demo company in a temporary database: (path, dataset, settings)."""
    path = tmp_path_factory.mktemp("same-text") / "demo.sqlite"
    engine = open_database(path)
    try:
        generate_demo(engine, seed=20260115, today=TODAY)
        dataset, settings = load_dataset(engine), load_kpi_settings(engine)
    finally:
        engine.dispose()
    return path, dataset, settings


@pytest.fixture(scope="module", params=PERIODS)
def figures(request, demo):
    """The expected texts of one period: kpi id -> (value, previous, change)."""
    path, dataset, settings = demo
    period = parse_period(request.param)
    result = compute_kpis(dataset, period, Filters(), settings)
    previous = compute_kpis(dataset, previous_period(period), Filters(), settings)
    cur = result["currency"]
    texts = {
        k: (
            fmt.value_text(k, v, cur),
            fmt.value_text(k, previous["kpis"][k], cur),
            fmt.change(k, v, previous["kpis"][k], cur).text,
        )
        for k, v in result["kpis"].items()
    }
    return request.param, result, previous, texts


@pytest.fixture(scope="module")
def review_files(figures, demo, tmp_path_factory, qapp):
    from desktop_app.reports.html_writer import write_html
    from desktop_app.reports.pdf import write_pdf
    from desktop_app.reports.review import build_review
    from desktop_app.reports.xlsx_writer import write_xlsx

    name, *_ = figures
    _, dataset, settings = demo
    review = build_review(
        dataset, parse_period(name), Filters(), settings, "Demo company", None, TODAY
    )
    folder = tmp_path_factory.mktemp(f"review-{name}")
    write_pdf(review, folder / "review.pdf", "a4")
    write_html(review, folder / "review.html")
    write_xlsx(review, folder / "review.xlsx")
    return folder


def test_there_are_figures_and_changes_of_every_kind(figures):
    _, _, _, texts = figures
    changes = [change for _, _, change in texts.values()]
    assert len(texts) >= 50
    assert any(c.endswith(" pp") for c in changes) and any(c.endswith(" %") for c in changes)
    assert any(c.startswith("was ") for c in changes)  # growth: never a change of a change


def test_cards(figures, qtbot):
    from desktop_app.ui.dashboard.cards import KpiCard

    _, result, previous, texts = figures
    for kpi_id, (value, _, change) in texts.items():
        card = KpiCard(kpi_id)
        qtbot.addWidget(card)
        card.set_value(
            result["kpis"][kpi_id], previous["kpis"][kpi_id], result["currency"], result=result
        )
        assert (card.value.text(), card.change_text) == (value, change), kpi_id
        assert html.escape(change) in card.change.text(), kpi_id


def test_explain_panel(figures, demo, qtbot):
    from desktop_app.ui.dashboard.explain_panel import ExplainPanel

    name, result, _, texts = figures
    _, dataset, settings = demo
    panel = ExplainPanel()
    qtbot.addWidget(panel)
    panel.currency = result["currency"]
    for kpi_id, (value, _, _) in texts.items():
        panel.begin(kpi_id, value, name)
        assert panel.title.text().endswith(value) and panel.formula.text()
        explanation = explain(kpi_id, dataset, parse_period(name), Filters(), settings)
        panel.set_explanation(kpi_id, explanation)
        rows = panel.input_rows()
        assert rows[label(kpi_id)] == value, kpi_id
        for caption, text in rows.items():  # never a cut number, never a raw key
            assert not re.search(r"\d,$", text) and "_" not in caption, (kpi_id, caption)


def _cli_rows(out: str) -> dict[str, list[str]]:
    lines = out.splitlines()
    start = next(i for i, line in enumerate(lines) if line.split() == [
        "Figure", "This", "period", "Previous", "period", "Change"])  # fmt: skip
    rows = {}
    for line in lines[start + 1 :]:
        if not line.strip():
            break
        cells = re.split(r"\s{2,}", line.strip())
        rows[cells[0]] = cells[1:]
    return rows


def test_kpi_command(figures, demo, capsys):
    name, _, _, texts = figures
    path, _, _ = demo
    assert main(["kpi", "--db", str(path), "--period", name]) == 0
    rows = _cli_rows(capsys.readouterr().out)
    for kpi_id, expected in texts.items():
        assert rows[label(kpi_id)] == list(expected), kpi_id


def _section(text: str, title: str) -> str:
    """From the section's heading (not the contents page) to the next section."""
    start = text.index(title, text.index("Page 2 of"))
    end = text.find("Appendix: formulas", start)
    return text[start : end if end > 0 else None]


def test_pdf(figures, review_files):
    _, _, _, texts = figures
    read = unicodedata.normalize("NFKC", pdf_text(review_files / "review.pdf"))  # no "ﬁ"
    text = _section(read, ALL_FIGURES)
    for kpi_id, (value, previous, change) in texts.items():
        row = r"\s{2,}".join(re.escape(t) for t in (label(kpi_id), value, previous, change))
        assert re.search(row, text), (kpi_id, value, previous, change)


class _Tables(HTMLParser):
    """The rows of every table of an HTML file, as cell texts."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[list[str]] = []
        self._cell: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        if tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th"):
            self._cell = []

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._cell is not None:
            self.rows[-1].append("".join(self._cell))
            self._cell = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)


def test_html(figures, review_files):
    _, _, _, texts = figures
    page = (review_files / "review.html").read_text(encoding="utf-8")
    parser = _Tables()
    start = page.index(f"<h2>{ALL_FIGURES}</h2>")
    parser.feed(page[start : page.index("<h2>", start + 1)])
    rows = {r[0]: r[1:] for r in parser.rows if r}
    for kpi_id, expected in texts.items():
        assert rows[label(kpi_id)] == list(expected), kpi_id


def test_xlsx(figures, review_files):
    _, _, _, texts = figures
    sheet = load_workbook(review_files / "review.xlsx")[ALL_FIGURES]
    rows = {
        r[0].value: [shown(c.value, c.number_format) for c in r[1:4]]
        for r in sheet.iter_rows(min_row=5)
        if r[0].value
    }
    for kpi_id, (value, previous, change) in texts.items():
        got = rows[label(kpi_id)]
        assert got == [
            "" if value == fmt.NULL else value,  # an undefined figure is an empty cell
            "" if previous == fmt.NULL else previous,
            change,
        ], kpi_id


#: the review's sections of the version-2 figures -> the KPIs they print
NEW_SECTIONS = {
    "Recurring revenue": "recurring",
    "Activities": "activities",
}


def _section_ids(section_id: str) -> tuple[str, ...]:
    from desktop_app.presentation.sections import SECTIONS

    return SECTIONS[section_id].kpis


def _start_page(text: str, title: str) -> str:
    """The page (after the cover and contents) on which section ``title`` starts."""
    for page in text.split("\f")[2:]:
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        if title in lines[:3]:
            return page
    raise AssertionError(f"no page starts with {title!r}")


def test_pdf_new_sections(figures, review_files):
    _, _, _, texts = figures
    read = unicodedata.normalize("NFKC", pdf_text(review_files / "review.pdf"))
    for title, section_id in NEW_SECTIONS.items():
        page = _start_page(read, title)
        for kpi_id in _section_ids(section_id):
            value, previous, change = texts[kpi_id]
            row = r"\s{2,}".join(re.escape(t) for t in (label(kpi_id), value, previous, change))
            assert re.search(row, page), (title, kpi_id, value, previous, change)


def test_html_new_sections(figures, review_files):
    _, _, _, texts = figures
    page = (review_files / "review.html").read_text(encoding="utf-8")
    for title, section_id in NEW_SECTIONS.items():
        parser = _Tables()
        start = page.index(f"<h2>{title}</h2>")
        parser.feed(page[start : page.index("<h2>", start + 1)])
        rows = {r[0]: r[1:] for r in parser.rows if r}
        for kpi_id in _section_ids(section_id):
            assert rows[label(kpi_id)] == list(texts[kpi_id]), (title, kpi_id)


def test_xlsx_new_sections(figures, review_files):
    _, _, _, texts = figures
    book = load_workbook(review_files / "review.xlsx")
    for title, section_id in NEW_SECTIONS.items():
        rows = {
            r[0].value: [shown(c.value, c.number_format) for c in r[1:4]]
            for r in book[title].iter_rows()
            if r[0].value
        }
        for kpi_id in _section_ids(section_id):
            value, previous, change = texts[kpi_id]
            assert rows[label(kpi_id)] == [
                "" if value == fmt.NULL else value,
                "" if previous == fmt.NULL else previous,
                change,
            ], (title, kpi_id)
