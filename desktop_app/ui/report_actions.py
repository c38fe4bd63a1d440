"""Print, preview and save the sales review from the window; print a deal list.

The review's figures are computed off the GUI thread (``tasks.Op``) behind a progress
dialog with a Cancel button; the pages are painted on the GUI thread, as Qt requires for
printers. Failures reach the user as one plain sentence.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd
from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QPageLayout
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from desktop_app.errors import UserError
from desktop_app.reports.deal_list import build_deal_list
from desktop_app.reports.document import Document
from desktop_app.reports.output import company_details, write_document
from desktop_app.reports.paper import page_size
from desktop_app.reports.pdf import render_document
from desktop_app.ui.pages.folders import remember, start_path
from desktop_app.ui.tasks import Op, TaskState


def _tr(text: str) -> str:
    return QCoreApplication.translate("report_actions", text)


def save_filters() -> dict[str, str]:
    """The file types of "Save as", by their (translated) filter text."""
    return {
        _tr("PDF document (*.pdf)"): ".pdf",
        _tr("Web page (*.html)"): ".html",
        _tr("Excel workbook (*.xlsx)"): ".xlsx",
    }


class _Cancelled(Exception):
    """The user pressed Cancel while the review was being prepared."""


def _build(context: Any, period: Any, filters: Any, state: TaskState) -> Document:
    """Runs on a worker thread: load what is missing and build the review."""
    from desktop_app.reports.review import build_review
    from desktop_app.store.loader import load_dataset, load_kpi_settings

    def progress(fraction: float, text: str) -> None:
        if state.cancelled:
            raise _Cancelled
        state.progress(fraction, text)

    dataset = context.dataset()
    settings = context.kpi_settings()
    if dataset is None:
        progress(0.0, _tr("Loading the data"))
        dataset = load_dataset(context.engine)
        settings = load_kpi_settings(context.engine)
    name, logo = company_details(context.engine)
    return build_review(
        dataset, period, filters, settings, name, logo, dt.date.today(), progress=progress
    )


def _with_review(
    parent: QWidget | None,
    context: Any,
    period: Any,
    filters: Any,
    then: Callable[[Document], object],
) -> Op:
    """Build the review off the GUI thread behind a progress dialog, then call ``then``."""
    dialog = QProgressDialog(_tr("Preparing the sales review…"), _tr("Cancel"), 0, 100, parent)
    dialog.setWindowTitle(_tr("Sales review"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    def on_progress(percent: int, text: str) -> None:
        dialog.setValue(percent)
        if text:
            dialog.setLabelText(_tr("{0}…").format(text))

    def done(doc: Document) -> None:
        dialog.close()
        then(doc)

    def failed(exc: BaseException) -> None:
        dialog.close()
        if not isinstance(exc, _Cancelled):
            _show_error(parent, exc)

    op = Op(parent, _build, context, period, filters).with_state(on_progress)
    op.success(done).failure(failed)
    dialog.canceled.connect(op.cancel)
    return op.run()


def _show_error(parent: QWidget | None, exc: BaseException) -> None:
    if isinstance(exc, UserError | OSError):
        QMessageBox.warning(parent, _tr("Sales review"), str(exc))
        return
    from desktop_app.ui import notify

    notify.background_failure(exc)


def _printer(doc: Document) -> QPrinter:
    """A high-resolution printer on the locale's paper, full page (the report has margins)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(page_size())
    printer.setFullPage(True)
    printer.setPageOrientation(
        QPageLayout.Orientation.Landscape if doc.landscape else QPageLayout.Orientation.Portrait
    )
    printer.setDocName(f"{doc.title} {doc.period_label}".strip())
    return printer


def _paint(doc: Document, printer: QPrinter) -> None:
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        render_document(doc, printer)
    finally:
        QGuiApplication.restoreOverrideCursor()


def preview_document(parent: QWidget | None, doc: Document) -> None:
    """Show ``doc`` in Qt's print preview (zoom, page setup, print)."""
    printer = _printer(doc)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(_tr("Print preview: {0}").format(doc.title))
    dialog.paintRequested.connect(lambda target: _paint(doc, target))
    dialog.resize(1000, 800)
    dialog.exec()


def print_document(parent: QWidget | None, doc: Document) -> bool:
    """The native print dialog, then print ``doc``; False when the user cancelled."""
    printer = _printer(doc)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(_tr("Print {0}").format(doc.title))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    _paint(doc, printer)
    return True


def open_print_preview(parent: QWidget | None, context: Any, period: Any, filters: Any) -> Op:
    """Build the review of ``period``/``filters`` and show it in the print preview."""
    return _with_review(parent, context, period, filters, lambda doc: preview_document(parent, doc))


def print_review(parent: QWidget | None, context: Any, period: Any, filters: Any) -> Op:
    """Build the review and print it through the native print dialog."""
    return _with_review(parent, context, period, filters, lambda doc: print_document(parent, doc))


def ask_save_path(parent: QWidget | None, suggested: str) -> str | None:
    """The file to save to (with the extension of the chosen type), or None."""
    path, chosen = QFileDialog.getSaveFileName(
        parent, _tr("Save the sales review"), suggested, ";;".join(save_filters())
    )
    if not path:
        return None
    if Path(path).suffix.lower() not in (".pdf", ".html", ".htm", ".xlsx"):
        path += save_filters().get(chosen, ".pdf")
    return path


def save_review_as(parent: QWidget | None, context: Any, period: Any, filters: Any) -> Op | None:
    """Ask for a file (PDF, HTML or XLSX), build the review and write it."""
    label = getattr(period, "label", "review")
    name = _tr("Sales review {0}.pdf").format(label)
    path = ask_save_path(parent, start_path("review", name))
    if path is None:
        return None
    remember("review", path)

    def write(doc: Document) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            write_document(doc, path)
        except (UserError, OSError) as exc:
            _show_error(parent, exc)
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        saved_message(parent, Path(path))

    return _with_review(parent, context, period, filters, write)


def saved_message(parent: QWidget | None, path: Path) -> QMessageBox:
    """Say where the review was saved, with "Open folder" (the box does not block)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(_tr("Sales review saved"))
    box.setText(_tr("The sales review is saved as:"))
    box.setInformativeText(str(path))
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    open_folder = box.addButton(_tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Ok)

    def clicked(button: Any) -> None:
        if button is open_folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))

    box.buttonClicked.connect(clicked)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def print_deal_list(
    parent: QWidget | None, context: Any, frame: pd.DataFrame, title: str = ""
) -> bool:
    """Print the rows of ``frame`` (the filtered Deals table) through the print dialog."""
    try:
        name, _ = company_details(context.engine)
    except Exception:  # noqa: BLE001 - the list prints without the company name
        name = ""
    base = getattr(context.kpi_settings(), "base_currency", None)
    doc = build_deal_list(frame, title, company_name=name, base_currency=base)
    return print_document(parent, doc)
