"""Dry-run summary, the import itself (progress and cancel), and the result."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)
from shiboken6 import isValid

from desktop_app.errors import UserError
from desktop_app.ui.import_wizard.common import fill_table, read_only_table

if TYPE_CHECKING:
    from desktop_app.ui.import_wizard.wizard import ImportWizard

MAX_REJECTS_SHOWN = 500


def summary_text(page: QWizardPage, rep: dict[str, Any], dry: bool) -> str:
    """Counts of a report in one paragraph."""
    verb = page.tr("would be imported") if dry else page.tr("imported")
    text = page.tr(
        "{0} rows read: {1} {2}, {3} updated, {4} already there or repeated, {5} rejected."
    ).format(
        rep["rows_read"], rep["imported"], verb, rep["updated"], rep["duplicates"], rep["rejected"]
    )
    if rep.get("kind") == "deals":
        sc = rep["status_counts"]
        text += " " + page.tr("Deals: {0} open, {1} won, {2} lost.").format(
            sc["open"], sc["won"], sc["lost"]
        )
    warn = rep.get("warnings") or {}
    if warn:
        text += " " + page.tr("Warnings: {0}.").format(
            ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in warn.items())
        )
    return text


def _reject_rows(rep: dict[str, Any]) -> list[list[Any]]:
    return [
        [r["row"], r["line"], r["reason"], r["detail"]]
        for r in rep.get("rejects", [])[:MAX_REJECTS_SHOWN]
    ]


class DryRunPage(QWizardPage):
    """What the import would do, without writing."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("Check before importing"))
        self.setSubTitle(self.tr("Nothing has been written yet."))
        lay = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)
        self.rejects = read_only_table(self)
        lay.addWidget(self.rejects, 1)
        self.setButtonText(self.w.WizardButton.NextButton, self.tr("Import"))

    def refresh(self) -> None:
        a = self.w.analysis
        if a is None:
            return
        rep = a["report"]
        self.summary.setText(summary_text(self, rep, True))
        fill_table(
            self.rejects,
            [self.tr("Row"), self.tr("Line"), self.tr("Reason"), self.tr("Detail")],
            _reject_rows(rep),
        )
        self.completeChanged.emit()

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        self.refresh()

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return self.w.analysis is not None and not self.w.busy


class RunPage(QWizardPage):
    """The import, off the GUI thread, with a progress bar and Cancel."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("Importing"))
        self.setCommitPage(True)
        lay = QVBoxLayout(self)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 100)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.cancel_button = QPushButton(self.tr("Cancel import"), self)
        self.cancel_button.clicked.connect(self.cancel)
        lay.addWidget(self.bar)
        lay.addWidget(self.status)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        lay.addLayout(row)
        lay.addStretch(1)
        self.op: Any = None
        self.failed: str | None = None

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        self.failed = None
        self.bar.setValue(0)
        self.status.setText(self.tr("Starting…"))
        self.cancel_button.setEnabled(True)
        self.op = self.w.run_import().success(self._done).failure(self._failed)
        self.op.with_state(self._progress).run()

    def _progress(self, percent: int, text: str) -> None:
        if not isValid(self):
            return
        self.bar.setValue(percent)
        if text:
            self.status.setText(self.tr(text))

    def cancel(self) -> None:
        if self.op is not None:
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Cancelling…"))
            self.op.cancel()

    def _done(self, report: Any) -> None:
        if not isValid(self):  # the wizard was closed while the import finished
            return
        self.op = None
        self.cancel_button.setEnabled(False)
        self.bar.setValue(100)
        self.w.import_finished(report.to_dict())
        self.completeChanged.emit()
        self.w.next()

    def _failed(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        self.op = None
        self.cancel_button.setEnabled(False)
        self.w.import_failed()
        self.failed = (
            str(exc)
            if isinstance(exc, UserError)
            else self.tr(
                "The import stopped on an unexpected error ({0}); nothing was written."
            ).format(type(exc).__name__)
        )
        self.status.setText(self.failed)
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return self.w.report is not None

    def isFinalPage(self) -> bool:  # noqa: N802 - Qt API
        return self.failed is not None


class ResultPage(QWizardPage):
    """Counts, "Undo this import" and "Save rejected rows"."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("Import finished"))
        lay = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)
        self.rejects = read_only_table(self)
        lay.addWidget(self.rejects, 1)
        row = QHBoxLayout()
        self.undo_button = QPushButton(self.tr("Undo this import"), self)
        self.save_button = QPushButton(self.tr("Save rejected rows…"), self)
        self.undo_button.clicked.connect(self._undo)
        self.save_button.clicked.connect(self._save)
        row.addWidget(self.undo_button)
        row.addWidget(self.save_button)
        row.addStretch(1)
        lay.addLayout(row)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        lay.addWidget(self.note)

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        rep = self.w.report or {}
        if not rep:
            return
        self.summary.setText(summary_text(self, rep, False))
        fill_table(
            self.rejects,
            [self.tr("Row"), self.tr("Line"), self.tr("Reason"), self.tr("Detail")],
            _reject_rows(rep),
        )
        self.save_button.setEnabled(bool(rep.get("rejects")))
        self.undo_button.setEnabled(True)

    def _undo(self) -> None:
        self.undo_button.setEnabled(False)
        self.note.setText(self.tr("Taking the import back…"))
        self.w.undo(self._undone)

    def _undone(self, error: str | None) -> None:
        if error:
            self.note.setText(error)
            self.undo_button.setEnabled(True)
        else:
            self.note.setText(self.tr("The import was taken back; the workspace is as before."))

    def _save(self) -> None:
        path = self.w.save_rejects()
        if path:
            self.note.setText(self.tr("Rejected rows saved to {0}.").format(path))
