"""First page: the file, what Dealbook detected, the choices to change, a live preview."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from desktop_app.importing.fields import KINDS
from desktop_app.importing.presets import PRESET_NAMES
from desktop_app.ui.import_wizard.common import fill_table, read_only_table

if TYPE_CHECKING:
    from desktop_app.ui.import_wizard.wizard import ImportWizard


class SettingsPage(QWizardPage):
    """File, kind, preset, sheet, date order; detected encoding etc.; 50-row preview."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.want_file_on_show = False
        self.setTitle(self.tr("File and detected settings"))
        self.setSubTitle(self.tr("Check what Dealbook found; change anything that looks wrong."))
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        self.file_label = QLabel(self)
        self.choose_button = QPushButton(self.tr("Choose file…"), self)
        self.choose_button.clicked.connect(self._choose)
        top.addWidget(self.file_label, 1)
        top.addWidget(self.choose_button)
        lay.addLayout(top)
        form = QFormLayout()
        self.kind_combo = QComboBox(self)
        for kind in KINDS:
            self.kind_combo.addItem(kind, kind)
        self.preset_combo = QComboBox(self)
        for name in PRESET_NAMES:
            self.preset_combo.addItem(name, name)
        self.sheet_combo = QComboBox(self)
        self.date_combo = QComboBox(self)
        self.date_combo.addItem(self.tr("Automatic"), None)
        self.date_combo.addItem(self.tr("Day first (31/12/2025)"), "dmy")
        self.date_combo.addItem(self.tr("Month first (12/31/2025)"), "mdy")
        form.addRow(self.tr("The file holds"), self.kind_combo)
        form.addRow(self.tr("Exported by"), self.preset_combo)
        form.addRow(self.tr("Sheet"), self.sheet_combo)
        form.addRow(self.tr("Dates"), self.date_combo)
        lay.addLayout(form)
        self.detected = QLabel(self)
        self.detected.setWordWrap(True)
        self.question = QLabel(self)
        self.question.setWordWrap(True)
        self.question.setStyleSheet("color: #9a6700;")
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b42318;")
        lay.addWidget(self.detected)
        lay.addWidget(self.question)
        lay.addWidget(self.error_label)
        self.preview = read_only_table(self)
        lay.addWidget(self.preview, 1)
        self.kind_combo.currentIndexChanged.connect(self._changed)
        self.preset_combo.currentIndexChanged.connect(self._changed)
        self.sheet_combo.currentIndexChanged.connect(self._changed)
        self.date_combo.currentIndexChanged.connect(self._changed)
        self._filling = False

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        self.file_label.setText(self.w.file_path or self.tr("No file chosen yet."))
        if self.want_file_on_show and not self.w.file_path:
            self.want_file_on_show = False
            QTimer.singleShot(0, self._choose)
        elif self.w.analysis is None and self.w.error is None:
            self.w.analyse()

    def _choose(self) -> None:
        if self.w.choose_file():
            self.file_label.setText(self.w.file_path or "")
            self._filling = True
            self.sheet_combo.clear()
            self._filling = False
            self.w.analyse()

    def _changed(self) -> None:
        if self._filling:
            return
        self.w.kind = self.kind_combo.currentData()
        self.w.preset = self.preset_combo.currentData()
        self.w.options.date_order = self.date_combo.currentData()
        sheet = self.sheet_combo.currentData()
        self.w.options.sheet = sheet
        self.w.options.columns = None
        self.w.options.stages = None
        self.w.analyse()

    def show_busy(self) -> None:
        self.detected.setText(self.tr("Reading the file…"))
        self.error_label.clear()
        self.question.clear()
        self.completeChanged.emit()

    def refresh(self) -> None:
        """Show the last analysis (or its error)."""
        a = self.w.analysis
        self.error_label.setText(self.w.error or "")
        if a is None:
            self.detected.clear()
            self.preview.clear()
            self.preview.setRowCount(0)
            self.completeChanged.emit()
            return
        self._filling = True
        if self.sheet_combo.count() == 0 and a.get("sheets"):
            for name in a["sheets"]:
                self.sheet_combo.addItem(name, name)
        self.sheet_combo.setEnabled(bool(a.get("sheets")))
        self._filling = False
        conf = int(round(100 * float(a.get("preset_confidence") or 0)))
        text = self.tr(
            "Exported by: {0} ({1} % sure) · encoding: {2} · delimiter: {3} · header on line "
            "{4} · {5} rows"
        ).format(
            a["preset"],
            conf,
            a.get("encoding") or "XLSX",
            repr(a.get("delimiter")) if a.get("delimiter") else "—",
            a.get("header_row"),
            a["report"]["rows_read"],
        )
        self.detected.setText(text)
        asks = [
            col
            for col, o in (a.get("date_order") or {}).items()
            if o["decided_by"] not in ("values", "not needed", "option")
        ]
        if asks:
            order = a["date_order"][asks[0]]["order"]
            self.question.setText(
                self.tr(
                    "The dates in {0} could be day-first or month-first; Dealbook reads them as "
                    "{1}. Choose under Dates if that is wrong."
                ).format(
                    ", ".join(asks),
                    self.tr("day first") if order == "dmy" else self.tr("month first"),
                )
            )
        else:
            self.question.clear()
        rows = a.get("preview") or []
        headers = list(rows[0].keys()) if rows else []
        fill_table(self.preview, headers, [list(r.values()) for r in rows])
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return self.w.analysis is not None and not self.w.busy
