"""Column mapping and stage/status mapping pages."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
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

if TYPE_CHECKING:
    from desktop_app.ui.import_wizard.wizard import ImportWizard


def _table(parent: Any, headers: list[str]) -> QTableWidget:
    t = QTableWidget(parent)
    t.setColumnCount(len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.verticalHeader().setVisible(False)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    return t


class ColumnsPage(QWizardPage):
    """Which field each column of the file goes to (or "ignore")."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("Columns"))
        self.setSubTitle(self.tr("Choose where each column of the file goes."))
        lay = QVBoxLayout(self)
        self.table = _table(
            self, [self.tr("Column in the file"), self.tr("Examples"), self.tr("Stored as")]
        )
        lay.addWidget(self.table)
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
            self.table.setItem(i, 0, QTableWidgetItem(h))
            self.table.setItem(i, 1, QTableWidgetItem(" · ".join(a["examples"].get(h, []))))
            combo = QComboBox(self.table)
            combo.addItem(self.tr("(ignore)"), "")
            for f in fields:
                combo.addItem(f, f)
            combo.setCurrentIndex(max(0, combo.findData(a["columns"].get(h, ""))))
            self.table.setCellWidget(i, 2, combo)
            self.combos[h] = combo
        self.completeChanged.emit()

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
        self.w.options.columns = wanted
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
            self, [self.tr("Stage in the file"), self.tr("Outcome"), self.tr("Pipeline stage")]
        )
        lay.addWidget(self.table)
        form = QFormLayout()
        self.adopt = QCheckBox(self.tr("Use these stages as my pipeline (first import only)"), self)
        self.save_name = QLineEdit(self)
        self.save_name.setPlaceholderText(self.tr("Name, to reuse this mapping next time"))
        form.addRow(self.adopt)
        form.addRow(self.tr("Save mapping as"), self.save_name)
        lay.addLayout(form)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        lay.addWidget(self.note)
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
            self.table.setItem(i, 0, QTableWidgetItem(name))
            outcome = QComboBox(self.table)
            outcome.addItem(self.tr("open (or from the status column)"), None)
            outcome.addItem(self.tr("won"), "won")
            outcome.addItem(self.tr("lost"), "lost")
            outcome.setCurrentIndex(max(0, outcome.findData(rule.get("status"))))
            stage = QComboBox(self.table)
            stage.addItem(self.tr("(no stage)"), None)
            for p in pipeline:
                stage.addItem(p, p)
            stage.setCurrentIndex(max(0, stage.findData(rule.get("stage"))))
            self.table.setCellWidget(i, 1, outcome)
            self.table.setCellWidget(i, 2, stage)
            self.rows[name] = (outcome, stage)
        self.note.setText(self.tr("This file has no stage column.") if not stages else "")

    def mapping(self) -> dict[str, dict[str, Any]]:
        return {
            n: {"status": o.currentData(), "stage": s.currentData()}
            for n, (o, s) in self.rows.items()
        }

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        a = self.w.analysis
        if a is None:
            return False
        self.w.options.save_mapping_as = self.save_name.text().strip() or None
        wanted = self.mapping()
        current = {
            n: {"status": r.get("status"), "stage": r.get("stage")}
            for n, r in (a.get("stages") or {}).items()
        }
        adopt = self.adopt.isChecked()
        if wanted == current and adopt == self.w.options.adopt_stages:
            return True
        changed = {n: v for n, v in wanted.items() if v != current.get(n)}
        self.w.options.stages = {**(self.w.options.stages or {}), **changed}
        self.w.options.adopt_stages = adopt
        self.w.analyse(on_done=self._go_on)
        return False

    def _go_on(self) -> None:
        if self.w.analysis is not None and self.w.currentPage() is self:
            self.w.next()

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return self.w.analysis is not None and not self.w.busy
