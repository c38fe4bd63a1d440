"""Column mapping and stage/status mapping pages."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from desktop_app.importing.fields import KINDS
from desktop_app.ui.import_wizard.common import fit_height, set_text_or_hide
from desktop_app.ui.import_wizard.labels import field_label

if TYPE_CHECKING:
    from desktop_app.ui.import_wizard.wizard import ImportWizard


def _table(parent: Any, headers: list[str], widths: tuple[int, ...]) -> QTableWidget:
    """Fixed-width columns except the stretching one (width 0); single-line cells."""
    t = QTableWidget(parent)
    t.setColumnCount(len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.verticalHeader().setVisible(False)
    t.verticalHeader().setDefaultSectionSize(30)
    t.setWordWrap(False)
    t.setTextElideMode(Qt.TextElideMode.ElideRight)
    t.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    header = t.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    for j, width in enumerate(widths):
        if width:
            header.setSectionResizeMode(j, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(j, width)
        else:
            header.setSectionResizeMode(j, QHeaderView.ResizeMode.Stretch)
    return t


def _item(text: str, grey: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setToolTip(text)
    if grey:
        item.setForeground(Qt.GlobalColor.darkGray)
    return item


class ColumnsPage(QWizardPage):
    """Which field each column of the file goes to (or "ignore")."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("Columns"))
        self.setSubTitle(self.tr("Choose where each column of the file goes."))
        lay = QVBoxLayout(self)
        self.table = _table(
            self,
            [
                self.tr("Column in the file"),
                self.tr("Examples from the file"),
                self.tr("Import as"),
            ],
            (200, 0, 270),
        )
        lay.addWidget(self.table, 10)
        self.counts = QLabel(self)
        self.counts.setObjectName("hint")
        lay.addWidget(self.counts)
        lay.addStretch(1)
        self.combos: dict[str, QComboBox] = {}
        self._pending = False

    def refresh(self) -> None:
        a = self.w.analysis
        if a is None:
            return
        headers = a["headers"]
        fields = [f.name for f in KINDS[a["kind"]]]
        self.table.setRowCount(len(headers))
        self.combos = {}
        for i, h in enumerate(headers):
            self.table.setItem(i, 0, _item(h))
            self.table.setItem(i, 1, _item("  ·  ".join(a["examples"].get(h, [])), grey=True))
            combo = QComboBox(self.table)
            combo.addItem(self.tr("— don't import —"), "")
            for f in fields:
                combo.addItem(field_label(f), f)
            combo.setCurrentIndex(max(0, combo.findData(a["columns"].get(h, ""))))
            combo.currentIndexChanged.connect(self._count)
            self.table.setCellWidget(i, 2, combo)
            self.combos[h] = combo
        fit_height(self.table)
        self._count()
        self.completeChanged.emit()

    def _count(self) -> None:
        used = sum(1 for c in self.combos.values() if c.currentData())
        self.counts.setText(
            self.tr("{0} columns in the file: {1} imported, {2} left out.").format(
                len(self.combos), used, len(self.combos) - used
            )
        )

    def mapping(self) -> dict[str, str]:
        return {h: c.currentData() or "" for h, c in self.combos.items()}

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        a = self.w.analysis
        if a is None:
            return False
        wanted = self.mapping()
        current = {h: a["columns"].get(h, "") for h in wanted}
        if wanted == current:
            return True
        self.w.import_options.columns = wanted
        self.w.analyse(on_done=self._go_on)
        return False

    def _go_on(self) -> None:
        if self.w.analysis is not None and self.w.currentPage() is self:
            self.w.next()

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return self.w.analysis is not None and not self.w.busy


class StagesPage(QWizardPage):
    """Outcome and pipeline stage for each stage value of the file; save as a preset."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("Stages"))
        self.setSubTitle(
            self.tr("Each stage of your old CRM becomes an outcome and a stage of your pipeline.")
        )
        lay = QVBoxLayout(self)
        self.table = _table(
            self,
            [self.tr("Stage in the file"), self.tr("Outcome"), self.tr("Stage in your pipeline")],
            (0, 250, 250),
        )
        lay.addWidget(self.table, 10)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setObjectName("hint")
        lay.addWidget(self.note)
        form = QFormLayout()
        self.adopt = QCheckBox(self.tr("Use these stages as my pipeline (first import only)"), self)
        self.save_name = QLineEdit(self)
        self.save_name.setPlaceholderText(self.tr("Name, to reuse this mapping next time"))
        form.addRow(self.adopt)
        form.addRow(self.tr("Save mapping as"), self.save_name)
        lay.addLayout(form)
        lay.addStretch(1)
        self.rows: dict[str, tuple[QComboBox, QComboBox]] = {}

    def refresh(self) -> None:
        a = self.w.analysis
        if a is None:
            return
        stages = a.get("stages") or {}
        pipeline = [p[0] for p in a.get("pipeline") or []]
        self.table.setRowCount(len(stages))
        self.rows = {}
        for i, (name, rule) in enumerate(stages.items()):
            self.table.setItem(i, 0, _item(name))
            outcome = QComboBox(self.table)
            outcome.addItem(self.tr("Open (or from a status column)"), None)
            outcome.addItem(self.tr("Won"), "won")
            outcome.addItem(self.tr("Lost"), "lost")
            outcome.setCurrentIndex(max(0, outcome.findData(rule.get("status"))))
            stage = QComboBox(self.table)
            stage.addItem(self.tr("(no stage)"), None)
            for p in pipeline:
                stage.addItem(p, p)
            stage.setCurrentIndex(max(0, stage.findData(rule.get("stage"))))
            self.table.setCellWidget(i, 1, outcome)
            self.table.setCellWidget(i, 2, stage)
            self.rows[name] = (outcome, stage)
        fit_height(self.table)
        won = sum(1 for r in stages.values() if r.get("status") == "won")
        lost = sum(1 for r in stages.values() if r.get("status") == "lost")
        set_text_or_hide(
            self.note,
            self.tr("This file has no stage column.")
            if not stages
            else self.tr(
                "{0} stages in the file: {1} open, {2} won, {3} lost. Won deals are placed in "
                "the last stage of your pipeline; lost deals keep no stage."
            ).format(len(stages), len(stages) - won - lost, won, lost),
        )

    def mapping(self) -> dict[str, dict[str, Any]]:
        return {
            n: {"status": o.currentData(), "stage": s.currentData()}
            for n, (o, s) in self.rows.items()
        }

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        a = self.w.analysis
        if a is None:
            return False
        self.w.import_options.save_mapping_as = self.save_name.text().strip() or None
        wanted = self.mapping()
        current = {
            n: {"status": r.get("status"), "stage": r.get("stage")}
            for n, r in (a.get("stages") or {}).items()
        }
        adopt = self.adopt.isChecked()
        if wanted == current and adopt == self.w.import_options.adopt_stages:
            return True
        changed = {n: v for n, v in wanted.items() if v != current.get(n)}
        self.w.import_options.stages = {**(self.w.import_options.stages or {}), **changed}
        self.w.import_options.adopt_stages = adopt
        self.w.analyse(on_done=self._go_on)
        return False

    def _go_on(self) -> None:
        if self.w.analysis is not None and self.w.currentPage() is self:
            self.w.next()

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return self.w.analysis is not None and not self.w.busy
