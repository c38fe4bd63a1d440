"""Dry-run summary, the import itself (progress and cancel), and the result."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)
from shiboken6 import isValid

from desktop_app.errors import UserError
from desktop_app.ui.import_wizard.common import (
    CountTiles,
    fill_table,
    fit_height,
    read_only_table,
    section_label,
    set_text_or_hide,
)
from desktop_app.ui.import_wizard.labels import rows_of_kind, warning_text

if TYPE_CHECKING:
    from desktop_app.ui.import_wizard.wizard import ImportWizard

MAX_REJECTS_SHOWN = 500


def tile_keys(page: QWizardPage, dry: bool) -> list[tuple[str, str]]:
    return [
        ("read", page.tr("rows read")),
        ("new", page.tr("will be added") if dry else page.tr("added")),
        ("updated", page.tr("will be updated") if dry else page.tr("updated")),
        ("same", page.tr("already there or repeated")),
        ("rejected", page.tr("rejected")),
    ]


def tile_values(rep: dict[str, Any]) -> dict[str, int]:
    return {
        "read": rep["rows_read"],
        "new": rep["imported"],
        "updated": rep["updated"],
        "same": rep["duplicates"],
        "rejected": rep["rejected"],
    }


TILE_COLOURS = {"new": "#1a7f37", "updated": "#0b4aa2", "rejected": "#b42318"}


def summary_text(page: QWizardPage, rep: dict[str, Any], dry: bool) -> str:
    """Deals by outcome and the warnings, one line each."""
    lines = []
    if rep.get("kind") == "deals":
        sc = rep["status_counts"]
        lines.append(
            (
                page.tr("Deals that will be imported: {0} open, {1} won, {2} lost.")
                if dry
                else page.tr("Deals imported: {0} open, {1} won, {2} lost.")
            ).format(sc["open"], sc["won"], sc["lost"])
        )
    for key, count in (rep.get("warnings") or {}).items():
        lines.append("⚠ " + warning_text(key, int(count)))
    return "\n".join(lines)


def rejects_caption(page: QWizardPage, rep: dict[str, Any], dry: bool) -> str:
    n = len(rep.get("rejects") or [])
    if not n:
        return page.tr("No rows are rejected.")
    text = (
        page.tr("Rejected rows ({0}): these are not imported; fix them in the file or save them.")
        if dry
        else page.tr("Rejected rows ({0}): not imported. Save them to fix and import them later.")
    ).format(n)
    if n > MAX_REJECTS_SHOWN:
        text += " " + page.tr("The first {0} are listed.").format(MAX_REJECTS_SHOWN)
    return text


def _reject_rows(rep: dict[str, Any]) -> list[list[Any]]:
    from desktop_app.ui.i18n import reason_text

    return [
        [r["row"], r["line"], reason_text(r["reason"]), r["detail"]]
        for r in rep.get("rejects", [])[:MAX_REJECTS_SHOWN]
    ]


def _reject_headers(page: QWizardPage) -> list[str]:
    return [page.tr("Row"), page.tr("Line in file"), page.tr("Reason"), page.tr("Detail")]


def _report_layout(page: Any, dry: bool) -> QVBoxLayout:
    """Tiles, the deals/warnings lines, the rejected rows' caption and table."""
    lay = QVBoxLayout(page)
    page.counts = CountTiles(page, tile_keys(page, dry))
    lay.addWidget(page.counts)
    page.summary = QLabel(page)
    page.summary.setWordWrap(True)
    lay.addWidget(page.summary)
    lay.addSpacing(4)
    page.rejects_label = section_label(page)
    lay.addWidget(page.rejects_label)
    page.rejects = read_only_table(page)
    lay.addWidget(page.rejects, 10)
    return lay


def _show_report(page: Any, rep: dict[str, Any], dry: bool) -> None:
    page.counts.set_values(tile_values(rep), TILE_COLOURS)
    set_text_or_hide(page.summary, summary_text(page, rep, dry))
    page.rejects_label.setText(rejects_caption(page, rep, dry))
    fill_table(page.rejects, _reject_headers(page), _reject_rows(rep), frozenset({0, 1}))
    page.rejects.setVisible(bool(rep.get("rejects")))
    fit_height(page.rejects)


class DryRunPage(QWizardPage):
    """What the import would do, without writing."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("Check before importing"))
        self.setSubTitle(
            self.tr("Nothing has been written yet. Click Import to add these rows to Dealbook.")
        )
        _report_layout(self, True).addStretch(1)
        # Import is the point of no return: Back is disabled while and after it runs.
        self.setCommitPage(True)
        self.setButtonText(self.w.WizardButton.CommitButton, self.tr("Import"))

    def refresh(self) -> None:
        a = self.w.analysis
        if a is None:
            return
        _show_report(self, a["report"], True)
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
        self.setSubTitle(" ")  # the header keeps its height before the page is shown
        lay = QVBoxLayout(self)
        lay.addStretch(2)
        self.what = section_label(self)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 100)
        self.bar.setMinimumHeight(24)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setObjectName("hint")
        self.cancel_button = QPushButton(self.tr("Cancel import"), self)
        self.cancel_button.clicked.connect(self.cancel)
        lay.addWidget(self.what)
        lay.addWidget(self.bar)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.cancel_button)
        lay.addLayout(row)
        lay.addStretch(3)
        self.op: Any = None
        self.failed: str | None = None

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        self.failed = None
        self.bar.setValue(0)
        self.status.setText(self.tr("Starting…"))
        self.status.setStyleSheet("")
        self.setSubTitle(
            self.tr("Everything is written in one go: if you cancel, nothing is kept.")
        )
        self.cancel_button.setEnabled(True)
        rep = (self.w.analysis or {}).get("report") or {}
        self.what.setText(
            self.tr("Importing {0} from {1}").format(
                rows_of_kind(self.w.kind, rep.get("imported", 0) + rep.get("updated", 0)),
                Path(self.w.file_path or "").name,
            )
        )
        self.op = self.w.run_import().success(self._done).failure(self._failed)
        self.op.with_state(self._progress).run()

    def _progress(self, percent: int, text: str) -> None:
        if not isValid(self):
            return
        self.bar.setValue(percent)
        if text:
            self.status.setText(self.tr(text) + "…")

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
        self.w.import_finished(report.to_dict(), report.changes)
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
        self.status.setStyleSheet("color: #b42318;")
        self.setSubTitle(self.tr("Nothing was imported. Click Finish and start again when ready."))
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
        self.setSubTitle(self.tr("The rows are in Dealbook; every page shows them now."))
        lay = _report_layout(self, False)
        row = QHBoxLayout()
        self.undo_button = QPushButton(self.tr("Undo this import"), self)
        self.save_button = QPushButton(self.tr("Save rejected rows…"), self)
        self.undo_button.clicked.connect(self._undo)
        self.save_button.clicked.connect(self._save)
        row.addWidget(self.undo_button)
        row.addWidget(self.save_button)
        row.addSpacing(8)
        lay.addLayout(row)
        lay.addStretch(1)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setObjectName("hint")
        row.addWidget(self.note, 1)

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        rep = self.w.report or {}
        if not rep:
            return
        _show_report(self, rep, False)
        self.setSubTitle(
            self.tr("{0} from {1} are in Dealbook. Undo takes this whole import back.").format(
                rows_of_kind(rep.get("kind", self.w.kind), rep["imported"] + rep["updated"]),
                Path(self.w.file_path or "").name,
            )
        )
        self.save_button.setEnabled(bool(rep.get("rejects")))
        self.undo_button.setEnabled(bool(rep.get("batch_id")))
        if rep.get("nothing_new") and not rep.get("batch_id"):
            self.setSubTitle(
                self.tr(
                    "Nothing new in {0}: its {1} rows are already in Dealbook, so nothing was "
                    "changed and no import was recorded."
                ).format(Path(self.w.file_path or "").name, rep.get("already_there", 0))
            )

    def _undo(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Undo this import"),
            self.tr(
                "Take this import back? The rows it added are removed and the rows it changed "
                "get their old values back."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
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
