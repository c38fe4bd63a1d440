"""The window's report actions, with every modal dialog patched."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog, QPrintPreviewWidget  # noqa: E402
from PySide6.QtWidgets import QFileDialog  # noqa: E402

from desktop_app.store.engine import open_database  # noqa: E402
from desktop_app.ui import report_actions  # noqa: E402
from desktop_app.ui.tasks import wait_for_all  # noqa: E402
from kpi_core.dataset import KpiSettings  # noqa: E402
from kpi_core.filters import Filters  # noqa: E402
from kpi_core.periods import parse_period  # noqa: E402


class FakeContext:
    """What the actions use of ``AppContext``: engine, db_path, dataset(), kpi_settings()."""

    def __init__(self, path: Path, dataset) -> None:
        self.db_path = path
        self.engine = open_database(path, create=True)
        self._dataset = dataset

    def dataset(self):
        return self._dataset

    def kpi_settings(self):
        return KpiSettings()


@pytest.fixture
def context(tmp_path, dataset):
    ctx = FakeContext(tmp_path / "db.sqlite", dataset)
    yield ctx
    wait_for_all()
    ctx.engine.dispose()


@pytest.fixture
def pdf_printer(tmp_path, monkeypatch):
    """Printers write PDF files in tests; returns the file."""
    out = tmp_path / "printed.pdf"

    def make(doc):
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setFullPage(True)
        return printer

    monkeypatch.setattr(report_actions, "_printer", make)
    return out


@pytest.mark.parametrize("suffix", [".pdf", ".html", ".xlsx"])
def test_save_review_as(qtbot, context, tmp_path, monkeypatch, suffix):
    target = tmp_path / f"review{suffix}"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    op = report_actions.save_review_as(None, context, parse_period("2025-Q2"), Filters())
    assert op is not None
    qtbot.waitUntil(target.exists, timeout=20000)
    assert target.stat().st_size > 1000


def test_save_adds_the_extension_of_the_chosen_type(monkeypatch, tmp_path):
    base = str(tmp_path / "review")
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *a, **k: (base, "Excel workbook (*.xlsx)")),
    )
    assert report_actions.ask_save_path(None, base) == base + ".xlsx"


def test_print_review(qtbot, context, pdf_printer, monkeypatch):
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QPrintDialog.DialogCode.Accepted)
    report_actions.print_review(None, context, parse_period("2025-Q2"), Filters(owner="Ana Lima"))
    qtbot.waitUntil(
        lambda: pdf_printer.exists() and pdf_printer.stat().st_size > 1000, timeout=20000
    )


def test_print_preview_paints_pages(qtbot, context, pdf_printer, monkeypatch):
    pages: list[int] = []

    def fake_exec(self):
        widget = self.findChild(QPrintPreviewWidget)
        widget.updatePreview()
        pages.append(widget.pageCount())
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", fake_exec)
    report_actions.open_print_preview(None, context, parse_period("2025-Q2"), Filters())
    qtbot.waitUntil(lambda: bool(pages), timeout=20000)
    assert pages[0] >= 5


def test_print_deal_list(qtbot, context, dataset, pdf_printer, monkeypatch):
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QPrintDialog.DialogCode.Accepted)
    frame = dataset.deals[dataset.deals["status"] == "open"].head(50)
    assert report_actions.print_deal_list(None, context, frame) is True
    assert pdf_printer.stat().st_size > 1000


def test_cancel_stops_the_build(qtbot, context, monkeypatch):
    import time

    calls: list[object] = []
    monkeypatch.setattr(report_actions, "preview_document", lambda *a: calls.append(a))
    monkeypatch.setattr(report_actions, "company_details", lambda e: time.sleep(0.3) or ("", None))
    op = report_actions.open_print_preview(None, context, parse_period("2025"), Filters())
    op.cancel()
    assert wait_for_all()
    qtbot.wait(100)
    assert calls == []
