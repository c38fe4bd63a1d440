"""Tier 3: anything unexpected reaches a dialog with the report and a "Copy report" button."""

from __future__ import annotations

import logging
import platform
import sys
import traceback
from types import TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QThread
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app import __version__
from desktop_app.errors import UserError

log = logging.getLogger("dealbook.crash")

_showing = False


def crash_report(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> str:
    """The text a user can copy into an e-mail to support."""
    lines = [
        f"Dealbook {__version__}",
        f"Python {platform.python_version()}, PySide6 {pyside_version}",
        f"{platform.system()} {platform.release()} ({platform.machine()})",
        "",
        "".join(traceback.format_exception(exc_type, exc, tb)),
    ]
    return "\n".join(lines)


class CrashDialog(QDialog):
    """Says something went wrong, shows the report, lets the user copy it."""

    def __init__(self, report: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Dealbook ran into a problem"))
        self.resize(640, 420)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Something unexpected happened. Your data is safe: every change you saved is "
                "in the database. Please copy this report and send it to support."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.text = QPlainTextEdit(report, self)
        self.text.setReadOnly(True)
        layout.addWidget(self.text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        copy = QPushButton(self.tr("Copy report"), self)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy_report)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.text.toPlainText())


def excepthook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """``sys.excepthook`` of the window: log, then show the crash dialog (once at a time)."""
    global _showing
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    if isinstance(exc, UserError):
        from desktop_app.ui import notify

        notify.show(str(exc), "warning")
        return
    report = crash_report(exc_type, exc, tb)
    log.error("unexpected error\n%s", report)
    app = QApplication.instance()
    if _showing or app is None or QThread.currentThread() is not app.thread():
        return  # a dialog only on the GUI thread of a running application: logged, not shown
    _showing = True
    try:
        CrashDialog(report, QApplication.activeWindow()).exec()
    finally:
        _showing = False


def install() -> None:
    sys.excepthook = excepthook
