"""First page: the file, what Dealbook detected, the choices to change, a live preview."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, Qt, QTimer
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
from desktop_app.ui.import_wizard.common import (
    fill_table,
    read_only_table,
    section_label,
    set_text_or_hide,
)
from desktop_app.ui.import_wizard.labels import (
    delimiter_label,
    encoding_label,
    field_label,
    kind_label,
    preset_label,
)

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
        self.file_label.setTextFormat(Qt.TextFormat.RichText)
        self.choose_button = QPushButton(self.tr("Choose another file…"), self)
        self.choose_button.clicked.connect(self._choose)
        top.addWidget(self.file_label, 1)
        top.addWidget(self.choose_button)
        lay.addLayout(top)
        self.form = form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.kind_combo = QComboBox(self)
        for kind in KINDS:
            self.kind_combo.addItem(kind_label(kind), kind)
        self.preset_combo = QComboBox(self)
        for name in PRESET_NAMES:
            self.preset_combo.addItem(preset_label(name), name)
        self.sheet_combo = QComboBox(self)
        self.date_combo = QComboBox(self)
        self.date_combo.addItem(self.tr("Automatic"), None)
        self.date_combo.addItem(self.tr("Day first (31/12/2025)"), "dmy")
        self.date_combo.addItem(self.tr("Month first (12/31/2025)"), "mdy")
        self.encoding_combo = QComboBox(self)
        self.encoding_combo.addItem(self.tr("Automatic"), None)
        for codec, name in (
            ("utf-8", self.tr("UTF-8")),
            ("cp1252", self.tr("Western European (Windows-1252)")),
            ("cp1250", self.tr("Central European (Windows-1250)")),
            ("cp1251", self.tr("Cyrillic (Windows-1251)")),
            ("koi8_r", self.tr("Cyrillic (KOI8-R)")),
            ("cp1253", self.tr("Greek (Windows-1253)")),
            ("cp1254", self.tr("Turkish (Windows-1254)")),
            ("gb18030", self.tr("Simplified Chinese (GB18030)")),
            ("big5", self.tr("Traditional Chinese (Big5)")),
            ("cp932", self.tr("Japanese (Shift-JIS)")),
            ("cp949", self.tr("Korean (EUC-KR)")),
        ):
            self.encoding_combo.addItem(name, codec)
        for combo in (
            self.kind_combo,
            self.preset_combo,
            self.sheet_combo,
            self.date_combo,
            self.encoding_combo,
        ):
            combo.setMinimumWidth(320)
        form.addRow(self.tr("The file holds"), self.kind_combo)
        form.addRow(self.tr("Exported from"), self.preset_combo)
        form.addRow(self.tr("Sheet"), self.sheet_combo)
        form.addRow(self.tr("Dates"), self.date_combo)
        form.addRow(self.tr("Text encoding"), self.encoding_combo)
        form.setRowVisible(self.sheet_combo, False)
        lay.addLayout(form)
        self.detected = QLabel(self)
        self.detected.setWordWrap(True)
        self.detected.setObjectName("hint")
        self.question = QLabel(self)
        self.question.setWordWrap(True)
        self.question.setStyleSheet("color: #9a6700;")
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b42318;")
        lay.addWidget(self.detected)
        lay.addWidget(self.question)
        lay.addWidget(self.error_label)
        self.question.hide()
        self.error_label.hide()
        lay.addSpacing(6)
        self.preview_label = section_label(self)
        lay.addWidget(self.preview_label)
        self.preview = read_only_table(self)
        lay.addWidget(self.preview, 1)
        self.kind_combo.currentIndexChanged.connect(self._changed)
        self.preset_combo.currentIndexChanged.connect(self._changed)
        self.sheet_combo.currentIndexChanged.connect(self._changed)
        self.date_combo.currentIndexChanged.connect(self._changed)
        self.encoding_combo.currentIndexChanged.connect(self._changed)
        self._filling = False

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        self._show_file()
        if self.want_file_on_show and not self.w.file_path:
            self.want_file_on_show = False
            QTimer.singleShot(0, self._choose)
        elif self.w.analysis is None and self.w.error is None:
            self.w.analyse()

    def _choose(self) -> None:
        if self.w.choose_file():
            self._show_file()
            self._filling = True
            self.sheet_combo.clear()
            self._filling = False
            self.w.analyse()

    def _show_file(self) -> None:
        path = self.w.file_path
        if not path:
            self.file_label.setText(self.tr("No file chosen yet."))
            return
        p = Path(path)
        self.file_label.setText(
            self.tr("<b>{0}</b> <span style='color:#5f6673'>in {1}</span>").format(
                p.name.replace("<", "&lt;"), str(p.parent).replace("<", "&lt;")
            )
        )
        self.file_label.setToolTip(path)

    def _changed(self) -> None:
        if self._filling:
            return
        self.w.kind = self.kind_combo.currentData()
        self.w.preset = self.preset_combo.currentData()
        self.w.import_options.date_order = self.date_combo.currentData()
        self.w.import_options.encoding = self.encoding_combo.currentData()
        sheet = self.sheet_combo.currentData()
        self.w.import_options.sheet = sheet
        self.w.import_options.columns = None
        self.w.import_options.stages = None
        self.w.analyse()

    def show_busy(self) -> None:
        self.detected.setText(self.tr("Reading the file…"))
        set_text_or_hide(self.error_label, "")
        set_text_or_hide(self.question, "")
        self.completeChanged.emit()

    def refresh(self) -> None:
        """Show the last analysis (or its error)."""
        a = self.w.analysis
        set_text_or_hide(self.error_label, self.w.error or "")
        if a is None:
            self.detected.clear()
            self.preview_label.clear()
            self.preview.clear()
            self.preview.setRowCount(0)
            self.completeChanged.emit()
            return
        self._filling = True
        if self.sheet_combo.count() == 0 and a.get("sheets"):
            for name in a["sheets"]:
                self.sheet_combo.addItem(name, name)
            # the sheet read (a workbook whose first sheet is no table of this kind is read
            # from the sheet that is)
            self.sheet_combo.setCurrentIndex(max(0, self.sheet_combo.findData(a.get("sheet"))))
        self.form.setRowVisible(self.sheet_combo, bool(a.get("sheets")))
        self.form.setRowVisible(self.encoding_combo, not a.get("sheets"))
        auto = preset_label("auto")
        if self.preset_combo.currentData() == "auto" and a["preset"] == "generic":
            auto = self.tr("{0} (no known CRM)").format(auto)
        elif self.preset_combo.currentData() == "auto":
            auto = self.tr("{0} (found: {1})").format(auto, preset_label(a["preset"]))
        self.preset_combo.setItemText(0, auto)
        self._filling = False
        self.detected.setText(self.detected_text(a))
        asks = [
            col
            for col, o in (a.get("date_order") or {}).items()
            if o["decided_by"] not in ("values", "not needed", "option")
        ]
        if asks:
            first = a["date_order"][asks[0]]
            order = self.tr("day first") if first["order"] == "dmy" else self.tr("month first")
            if first["decided_by"] == "other column":
                order = self.tr("{0}, like the other date columns").format(order)
            set_text_or_hide(
                self.question,
                self.tr(
                    "⚠ The dates in {0} could be day-first or month-first. Dealbook reads them "
                    "{1}; if that is wrong, change Dates above."
                ).format(", ".join(f"“{c}”" for c in asks), order),
            )
        else:
            set_text_or_hide(self.question, "")
        self._fill_preview(a)
        self.completeChanged.emit()

    def detected_text(self, a: dict[str, Any]) -> str:
        """One line: which CRM, how the file is written, where the data is."""
        rep = a["report"]
        if a["preset"] == "generic":
            parts = [self.tr("No known CRM layout: columns matched by their names")]
        elif a["preset"] == "native":
            parts = [self.tr("Detected: a Dealbook export")]
        else:
            parts = [
                self.tr("Detected: {0} export ({1} % sure)").format(
                    preset_label(a["preset"]),
                    int(round(100 * float(a.get("preset_confidence") or 0))),
                )
            ]
        if a.get("encoding"):
            parts.append(
                f"{encoding_label(str(a['encoding']))}, {delimiter_label(a.get('delimiter'))}"
            )
        else:
            parts.append(delimiter_label(None))
        parts.append(self.tr("header on line {0}").format(a.get("header_row")))
        parts.append(self.tr("{0} rows").format(rep["rows_read"]))
        footer = int(rep.get("footer_lines") or 0)
        if footer:
            parts.append(self.tr("{0} footer lines skipped").format(footer))
        return " · ".join(parts)

    def _fill_preview(self, a: dict[str, Any]) -> None:
        rows = a.get("preview") or []
        keys = [k for k in (rows[0].keys() if rows else []) if any(r.get(k) for r in rows)]
        money = {"amount", "cost", "one_time_fee", "rate"}
        numeric = {"row", "probability", "contract_months", "score", *money}
        outcomes = {"open": self.tr("Open"), "won": self.tr("Won"), "lost": self.tr("Lost")}
        locale = QLocale()

        def shown(key: str, value: Any) -> Any:
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                decimals = 2 if key in money else (0 if float(value).is_integer() else 2)
                return locale.toString(float(value), "f", decimals)
            if key == "status":
                return outcomes.get(str(value), value)
            return value

        fill_table(
            self.preview,
            [field_label(k) for k in keys],
            [[shown(k, r.get(k)) for k in keys] for r in rows],
            frozenset(i for i, k in enumerate(keys) if k in numeric),
        )
        total = a["report"]["rows_read"]
        self.preview_label.setText(
            self.tr("Preview: the first {0} of {1} rows, as Dealbook will store them").format(
                len(rows), total
            )
            if rows
            else ""
        )

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return self.w.analysis is not None and not self.w.busy
