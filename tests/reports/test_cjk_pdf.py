"""The review in Chinese: a Chinese font embedded in the PDF, the words readable back, periods
and dates written the Chinese way; one notice when no Chinese font is installed."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import pytest
from report_helpers import pdf_text

from desktop_app.presentation import locale as loc

PDFFONTS = shutil.which("pdffonts")


def _last_full_quarter(today: dt.date) -> tuple[str, dt.date, dt.date]:
    first = dt.date(today.year, (today.month - 1) // 3 * 3 + 1, 1)
    end = first - dt.timedelta(days=1)
    start = dt.date(end.year, end.month - 2, 1)
    return f"{end.year}-Q{(end.month - 1) // 3 + 1}", start, end


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    from desktop_app.store.demo import generate_demo
    from desktop_app.store.engine import open_database

    path = tmp_path_factory.mktemp("zh") / "dealbook.sqlite"
    engine = open_database(path, create=True)
    try:
        generate_demo(engine, deals=600, seed=3)
    finally:
        engine.dispose()
    return path


@pytest.fixture
def chinese(monkeypatch, gui_app, tmp_path):
    """``dealbook`` speaking Simplified Chinese (as Settings or DEALBOOK_LANGUAGE chooses);
    English again afterwards."""
    from PySide6.QtCore import QLocale, QSettings

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    monkeypatch.setenv("DEALBOOK_LANGUAGE", "zh_CN")
    default = QLocale()
    yield
    monkeypatch.delenv("DEALBOOK_LANGUAGE")
    from desktop_app.ui import i18n

    i18n.install("en")
    QLocale.setDefault(default)
    loc.set_current(loc.ENGLISH, large_units=False)


def test_chinese_review_pdf_embeds_a_chinese_font(demo_db, tmp_path, chinese, capsys):
    if PDFFONTS is None:
        pytest.skip("pdffonts (poppler-utils) is not installed: cannot list the PDF's fonts")
    from desktop_app import cli
    from desktop_app.reports.fonts import cjk_family

    period, start, end = _last_full_quarter(dt.date.today())
    out = tmp_path / "x.pdf"
    code = cli.main(["report", "--db", str(demo_db), "--period", period, "--out", str(out)])
    printed = capsys.readouterr()
    assert code == 0, printed.err
    family = cjk_family("zh_CN")
    assert family, "no Chinese font on this machine: install fonts-noto-cjk or fonts-wqy-microhei"
    assert "Chinese font" not in printed.err  # installed, so no notice

    fonts = subprocess.run([PDFFONTS, str(out)], check=True, capture_output=True, text=True)
    rows = [line.split() for line in fonts.stdout.splitlines()[2:]]
    embedded = [r[0].split("+")[-1] for r in rows if "yes" in r[-5:-2]]
    assert any(family.replace(" ", "") in name.replace(" ", "") for name in embedded), fonts.stdout

    text = pdf_text(out)
    assert "\ufffd" not in text and "□" not in text
    quarter = (start.month - 1) // 3 + 1
    assert f"{end.year}年第{quarter}季度" in text  # the period, not "1 7月 2026 – …"
    assert (
        f"{start.year}年{start.month}月{start.day}日 – {end.year}年{end.month}月{end.day}日" in text
    )
    assert f"{start.year}年{start.month}月" in text  # the monthly table's months
    assert "Q" + str(quarter) not in text.split("\f")[0]  # no English period on the cover
    assert "赢单率" in text and "平均成交金额" in text  # the glossary's words came back


def test_missing_chinese_font_is_said_once(monkeypatch, gui_app):
    """On a machine without any Chinese family the report says so once (not boxes)."""
    from desktop_app.reports import fonts

    class NoChineseFonts:
        WritingSystem = fonts.QFontDatabase.WritingSystem

        @staticmethod
        def families(system=None):
            return [] if system is not None else ["DejaVu Sans"]

    monkeypatch.setattr(fonts, "QFontDatabase", NoChineseFonts)
    monkeypatch.setattr(fonts, "_noticed", False)
    loc.set_current("zh_TW")
    try:
        assert fonts.cjk_family() is None
        assert fonts.report_families(["DejaVu Sans"]) == ["DejaVu Sans"]
        first = fonts.missing_notice()
        assert first and "fonts-noto-cjk" in first
        assert fonts.missing_notice() is None  # once
    finally:
        loc.set_current(loc.ENGLISH)


def test_english_review_keeps_its_fonts(gui_app):
    from desktop_app.reports.fonts import report_families

    loc.set_current(loc.ENGLISH)
    assert report_families(["Arial"]) == ["Arial"]
    loc.set_current("zh_TW")
    try:
        from PySide6.QtGui import QFontDatabase

        family = report_families(["Arial"])[0]
        assert family != "Arial"
        systems = QFontDatabase.writingSystems(family)
        assert QFontDatabase.WritingSystem.TraditionalChinese in systems
    finally:
        loc.set_current(loc.ENGLISH)


def test_chinese_review_xlsx_and_html_with_wan(dataset, tmp_path, gui_app):
    """In Chinese with the 万 / 亿 option: the workbook keeps whole amounts under formats that
    show 万, names the period and dates the Chinese way; the HTML says it is Chinese."""
    from openpyxl import load_workbook

    from desktop_app.presentation import format as fmt
    from desktop_app.reports.html_writer import render_html
    from desktop_app.reports.review import build_review
    from desktop_app.reports.xlsx_writer import write_xlsx
    from kpi_core.dataset import KpiSettings
    from kpi_core.filters import Filters
    from kpi_core.periods import parse_period

    loc.set_current("zh_CN", large_units=True)
    try:
        doc = build_review(
            dataset, parse_period("2025"), Filters(), KpiSettings(), "北风贸易", None
        )
        revenue = doc.meta["result"]["kpis"]["revenue"]
        assert revenue >= 10_000  # the sample's year is large enough to read in 万
        assert doc.period_label == "2025年"
        path = tmp_path / "review.xlsx"
        write_xlsx(doc, path)
        wb = load_workbook(path)
        cover = {row[0]: (row[1], c) for row, c in _cover_rows(wb.worksheets[0])}
        period_cell = [v for v, _ in cover.values() if v == "2025年"]
        assert period_cell, cover
        dated = [c for v, c in cover.values() if isinstance(v, dt.date | dt.datetime)]
        assert dated and all(c.number_format == 'yyyy"年"m"月"d"日"' for c in dated)
        money_cells = [
            cell
            for ws in wb.worksheets[1:]
            for row in ws.iter_rows()
            for cell in row
            if isinstance(cell.value, int | float) and "万" in str(cell.number_format)
        ]
        assert any(c.value == pytest.approx(revenue) for c in money_cells)
        html = render_html(doc)
        assert '<html lang="zh-CN">' in html
        assert fmt.value_text("revenue", revenue, doc.currency) in html
        assert "万" in fmt.value_text("revenue", revenue, doc.currency)
    finally:
        loc.set_current(loc.ENGLISH, large_units=False)


def _cover_rows(ws):
    for row in ws.iter_rows(min_row=3, max_col=2):
        if row[0].value:
            yield (row[0].value, row[1].value), row[1]
