"""The import wizard: settings and preview, columns, stages, dry run, import, result.

Only ``desktop_app.importing.api`` touches the database; every call that may take long
(analysis, import, undo) runs off the GUI thread through ``desktop_app.ui.tasks.Op``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog, QWidget, QWizard
from shiboken6 import isValid

from desktop_app.errors import UserError
from desktop_app.importing import api
from desktop_app.store.changes import Changes
from desktop_app.ui.import_wizard.pages_mapping import ColumnsPage, StagesPage
from desktop_app.ui.import_wizard.pages_run import DryRunPage, ResultPage, RunPage
from desktop_app.ui.import_wizard.pages_setup import SettingsPage
from desktop_app.ui.tasks import Op


class ImportWizard(QWizard):
    """Step-by-step import of one file into the open workspace."""

    SETTINGS, COLUMNS, STAGES, DRY_RUN, RUN, RESULT = range(6)

    def __init__(
        self, context: Any, file_path: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Import a file"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.resize(980, 640)
        self.file_path: str | None = file_path
        self.kind = "deals"
        self.preset = "auto"
        self.import_options = api.ImportOptions()
        self.analysis: dict[str, Any] | None = None
        self.error: str | None = None
        self.report: dict[str, Any] | None = None
        self.undone = False
        self._op: Op | None = None
        self.settings_page = SettingsPage(self)
        self.columns_page = ColumnsPage(self)
        self.stages_page = StagesPage(self)
        self.dry_run_page = DryRunPage(self)
        self.run_page = RunPage(self)
        self.result_page = ResultPage(self)
        for pid, page in enumerate(
            (
                self.settings_page,
                self.columns_page,
                self.stages_page,
                self.dry_run_page,
                self.run_page,
                self.result_page,
            )
        ):
            self.setPage(pid, page)
        if file_path is None:
            self.settings_page.want_file_on_show = True

    # --- analysis ----------------------------------------------------------------------

    def choose_file(self) -> bool:
        """Ask for a file; True when one was chosen."""
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a file to import"),
            "",
            self.tr("Tables (*.csv *.tsv *.txt *.xlsx);;All files (*)"),
        )
        if path:
            self.file_path = path
            self.import_options = api.ImportOptions()
            return True
        return False

    def analyse(self, on_done: Any = None) -> None:
        """Re-run the analysis with the current choices, off the GUI thread."""
        if not self.file_path:
            return
        self.analysis, self.error = None, None
        self.settings_page.show_busy()

        def done(result: dict[str, Any]) -> None:
            if not isValid(self):
                return
            self.analysis = result
            self._after_analysis(on_done)

        def failed(exc: BaseException) -> None:
            self.error = (
                str(exc)
                if isinstance(exc, UserError)
                else self.tr("Dealbook could not read this file ({0}).").format(type(exc).__name__)
            )
            self._after_analysis(on_done)

        self._op = (
            Op(
                self,
                api.analyse,
                self.file_path,
                self.kind,
                self.preset,
                self.import_options,
                self.context.engine,
            )
            .success(done)
            .failure(failed)
            .run()
        )

    def _after_analysis(self, on_done: Any) -> None:
        self._op = None
        for page in (self.settings_page, self.columns_page, self.stages_page, self.dry_run_page):
            page.refresh()
        if on_done is not None:
            on_done()

    @property
    def busy(self) -> bool:
        return self._op is not None

    # --- flow ----------------------------------------------------------------------------

    def nextId(self) -> int:  # noqa: N802 - Qt API
        cur = self.currentId()
        if cur == self.COLUMNS and self.kind != "deals":
            return self.DRY_RUN
        return super().nextId()

    def run_import(self) -> Op:
        """Start the import; the run page follows its progress."""
        op = Op(
            self,
            api.run_import,
            self.context.engine,
            self.file_path,
            self.kind,
            self.preset,
            False,
            self.import_options,
        )
        self._op = op
        return op

    def import_finished(self, report: dict[str, Any], changes: Changes | None = None) -> None:
        """The import wrote ``changes`` (the store's ``Changes``; None when nothing)."""
        self._op = None
        self.report = report
        if changes is not None:
            self.context.notify_changed(changes)

    def import_failed(self) -> None:
        self._op = None

    def undo(self, on_done: Any) -> None:
        """Take the finished import back (off the GUI thread)."""
        if not self.report or not self.report.get("batch_id"):
            return

        def done(changes: Changes) -> None:
            if not isValid(self):
                return
            self._op = None
            self.undone = True
            self.context.notify_changed(changes)
            on_done(None)

        def failed(exc: BaseException) -> None:
            self._op = None
            on_done(str(exc))

        self._op = (
            Op(self, api.undo_import, self.context.engine, int(self.report["batch_id"]))
            .success(done)
            .failure(failed)
            .run()
        )

    def save_rejects(self) -> str | None:
        """Ask where to save the rejected rows and write them; returns the path."""
        if not self.report or not self.report.get("rejects"):
            return None
        default = str(Path(self.file_path or "import").with_suffix("")) + "-rejected.csv"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save rejected rows"), default, self.tr("CSV files (*.csv)")
        )
        if not path or self.file_path is None:
            return None
        api.save_rejected_rows(self.file_path, self.report, path, self.import_options)
        return path

    def reject(self) -> None:
        """Cancel: ask a running import to stop first (it rolls back)."""
        if self._op is not None and self._op.state is not None:
            self._op.cancel()
        super().reject()
