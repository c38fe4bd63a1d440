"""Workspace settings: currency and rates, pipeline stages, NPS, lifetime, company."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import UserError
from desktop_app.store import repository_settings as repo_settings
from desktop_app.ui import i18n, notify
from desktop_app.ui.context import AppContext
from desktop_app.ui.guard import guarded
from desktop_app.ui.pages.table_page import TablePage
from desktop_app.ui.tasks import Op
from kpi_core.dataset import Stage


class StagesEditor(QWidget):
    """An ordered, editable list of stages: name and probability in percent."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Stage"), self.tr("Probability %")])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(190)
        layout.addWidget(self.table, 1)
        buttons = QVBoxLayout()
        for text, slot in (
            (self.tr("Add"), self.add),
            (self.tr("Remove"), self.remove),
            (self.tr("Move up"), lambda: self.move_stage(-1)),
            (self.tr("Move down"), lambda: self.move_stage(1)),
        ):
            button = QPushButton(text, self)
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def set_stages(self, stages: list[Stage]) -> None:
        self.table.setRowCount(0)
        for stage in stages:
            self._append(stage.name, stage.probability * 100)

    def _append(self, name: str, percent: float) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(name))
        item = QTableWidgetItem(f"{percent:g}")
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(row, 1, item)

    def add(self) -> None:
        self._append(self.tr("New stage"), 50)
        self.table.setCurrentCell(self.table.rowCount() - 1, 0)
        item = self.table.item(self.table.rowCount() - 1, 0)
        if item is not None:
            self.table.editItem(item)

    def remove(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def move_stage(self, step: int) -> None:
        row = self.table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        values = [self._text(row, c) for c in (0, 1)]
        self.table.removeRow(row)
        self.table.insertRow(target)
        for c, value in enumerate(values):
            self.table.setItem(target, c, QTableWidgetItem(value))
        self.table.setCurrentCell(target, 0)

    def _text(self, row: int, column: int) -> str:
        """The text of a cell ("" for a cell without an item)."""
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    def stages(self) -> list[tuple[str, float]]:
        """(name, probability as a fraction); raises UserError for an unreadable percent."""
        out = []
        for row in range(self.table.rowCount()):
            name = self._text(row, 0).strip()
            text = self._text(row, 1)
            try:
                percent = float(text.replace("%", "").replace(",", ".").strip())
            except ValueError:
                raise UserError(
                    self.tr("The probability of %1 must be a number from 0 to 100.").replace(
                        "%1", name or "?"
                    )
                ) from None
            out.append((name, percent / 100.0))
        return out


class SettingsPage(QWidget):
    """Edit and save the workspace settings (through the repository)."""

    saved = Signal()
    loaded = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget(scroll)
        body.setMaximumWidth(1000)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 12, 16, 12)
        title = QLabel(self.tr("Settings"), body)
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        self.message = QLabel(body)
        self.message.setWordWrap(True)
        self.message.setObjectName("formMessage")
        self.message.setStyleSheet("color: #b3261e; font-weight: 600;")
        self.message.hide()
        layout.addWidget(self.message)

        layout.addWidget(self._language_box(body))

        money = QGroupBox(self.tr("Money"), body)
        form = QFormLayout(money)
        self.currency = QLineEdit(money)
        self.currency.setMaxLength(3)
        self.currency.setMaximumWidth(80)
        self.currency.setToolTip(self.tr("Three-letter code, e.g. USD, EUR, GBP"))
        form.addRow(self.tr("Base currency"), self.currency)
        self.lifetime = QDoubleSpinBox(money)
        self.lifetime.setRange(0.1, 50)
        self.lifetime.setSingleStep(0.5)
        self.lifetime.setSuffix(self.tr(" years"))
        self.lifetime.setMaximumWidth(140)
        form.addRow(self.tr("Default customer lifetime"), self.lifetime)
        self.working_hours = QDoubleSpinBox(money)
        self.working_hours.setRange(1, 168)
        self.working_hours.setDecimals(1)
        self.working_hours.setSingleStep(1)
        self.working_hours.setSuffix(self.tr(" hours"))
        self.working_hours.setMaximumWidth(140)
        self.working_hours.setToolTip(
            self.tr("A rep's working week, the base of 'time spent selling'.")
        )
        form.addRow(self.tr("Working hours per week"), self.working_hours)
        self.rates = TablePage(
            context,
            "rates",
            self.tr("Exchange rates"),
            money,
            new_label=self.tr("New rate…"),
            compact=True,
        )
        self.rates.setMinimumHeight(280)
        rates_title = QLabel(self.tr("Exchange rates (units of the base currency per unit)"), money)
        form.addRow(rates_title)
        form.addRow(self.rates)
        layout.addWidget(money)

        pipeline = QGroupBox(self.tr("Pipeline stages"), body)
        pl = QVBoxLayout(pipeline)
        hint = QLabel(
            self.tr("In order from first contact to closing; Won and Lost are statuses."),
            pipeline,
        )
        hint.setObjectName("hint")
        pl.addWidget(hint)
        self.stages = StagesEditor(pipeline)
        pl.addWidget(self.stages)
        layout.addWidget(pipeline)

        other = QGroupBox(self.tr("NPS and reports"), body)
        of = QFormLayout(other)
        self.nps_scheme = QComboBox(other)
        self.nps_scheme.addItem(self.tr("Standard (detractors 0–6, promoters 9–10)"), "standard")
        self.nps_scheme.addItem(self.tr("0–5 detractors, 6–8 passives"), "0-5")
        of.addRow(self.tr("NPS scheme"), self.nps_scheme)
        self.company = QLineEdit(other)
        of.addRow(self.tr("Company name"), self.company)
        logo_row = QHBoxLayout()
        self.logo_path = QLineEdit(other)
        self.logo_path.setReadOnly(True)
        logo_row.addWidget(self.logo_path, 1)
        choose = QPushButton(self.tr("Choose…"), other)
        choose.clicked.connect(self.choose_logo)
        logo_row.addWidget(choose)
        clear = QPushButton(self.tr("Remove"), other)
        clear.clicked.connect(lambda: self.set_logo(None))
        logo_row.addWidget(clear)
        of.addRow(self.tr("Logo for reports"), logo_row)
        self.logo_preview = QLabel(other)
        self.logo_preview.setFixedHeight(48)
        of.addRow("", self.logo_preview)
        layout.addWidget(other)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.revert_button = QPushButton(self.tr("Revert"), body)
        self.revert_button.clicked.connect(self.reload)
        buttons.addWidget(self.revert_button)
        self.save_button = QPushButton(self.tr("Save settings"), body)
        self.save_button.setObjectName("primaryButton")
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        layout.addStretch(1)
        scroll.setWidget(body)
        outer.addWidget(scroll)
        self._loaded = False

    def _language_box(self, parent: QWidget) -> QGroupBox:
        """The language of Dealbook on this computer (not of the workspace): saved at once,
        spoken from the next start."""
        box = QGroupBox(self.tr("Language"), parent)
        form = QFormLayout(box)
        self.language = QComboBox(box)
        for value, name in i18n.CHOICES:
            shown = self.tr("Same as the system") if value == i18n.SYSTEM else name
            self.language.addItem(shown, value)
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.stored_choice())))
        self.language.currentIndexChanged.connect(self._language_chosen)
        form.addRow(self.tr("Language of Dealbook"), self.language)
        self.language_hint = QLabel(
            self.tr("Saved for this computer; Dealbook speaks it from its next start."), box
        )
        self.language_hint.setObjectName("hint")
        self.language_hint.setWordWrap(True)
        form.addRow(self.language_hint)
        self.large_amounts = QCheckBox(self.tr("Show large amounts in 万 / 亿"), box)
        self.large_amounts.setToolTip(
            self.tr(
                "In Chinese: 12,345,678 reads 1,234.6万 and 123,456,789 reads 1.23亿, in the "
                "window, the review and its spreadsheet."
            )
        )
        self.large_amounts.setChecked(i18n.large_amounts_choice())
        self.large_amounts.toggled.connect(i18n.save_large_amounts)
        form.addRow(self.large_amounts)
        return box

    def _language_chosen(self) -> None:
        i18n.save_choice(str(self.language.currentData()))
        self.language_hint.setText(
            self.tr("Saved. Restart Dealbook to see it in the language you chose.")
        )

    def showEvent(self, event: object) -> None:  # noqa: N802
        super().showEvent(event)  # type: ignore[arg-type]
        if not self._loaded:
            self.reload()

    def reload(self) -> None:
        self._loaded = True
        self.message.hide()
        Op(self, repo_settings.workspace_settings, self.context.engine).success(
            guarded(self, self.set_values)
        ).run()

    def set_values(self, values: dict[str, Any]) -> None:
        self.currency.setText(values.get("base_currency") or "")
        self.lifetime.setValue(float(values.get("default_lifetime_years") or 3.0))
        self.working_hours.setValue(float(values.get("working_hours_per_week") or 40.0))
        index = self.nps_scheme.findData(values.get("nps_scheme") or "standard")
        self.nps_scheme.setCurrentIndex(max(index, 0))
        self.company.setText(values.get("company_name") or "")
        self.set_logo(values.get("logo_path"))
        self.stages.set_stages(list(values.get("stages") or []))
        self.loaded.emit()

    def choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a logo"), "", self.tr("Images (*.png *.jpg *.jpeg *.svg)")
        )
        if path:
            self.set_logo(path)

    def set_logo(self, path: str | None) -> None:
        self.logo_path.setText(path or "")
        pixmap = QPixmap(path) if path else QPixmap()
        if pixmap.isNull():
            self.logo_preview.clear()
        else:
            self.logo_preview.setPixmap(
                pixmap.scaledToHeight(44, Qt.TransformationMode.SmoothTransformation)
            )

    def values(self) -> dict[str, Any]:
        return {
            "base_currency": self.currency.text().strip().upper() or None,
            "default_lifetime_years": self.lifetime.value(),
            "working_hours_per_week": self.working_hours.value(),
            "nps_scheme": self.nps_scheme.currentData(),
            "company_name": self.company.text().strip(),
            "logo_path": self.logo_path.text() or None,
            "stages": self.stages.stages(),
        }

    def save(self) -> None:
        """Validate and store; a refused value is shown at the top of the page."""
        try:
            changes = repo_settings.save_workspace_settings(self.context.engine, self.values())
        except UserError as exc:
            self.message.setText(str(exc))
            self.message.show()
            return
        self.message.hide()
        notify.show(self.tr("Settings saved."), "info")
        self.context.notify_changed(changes)
        self.saved.emit()
