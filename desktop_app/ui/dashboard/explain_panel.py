"""The explain panel: how a KPI card's number is computed, and the deals behind it."""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.charts import format as fmt
from desktop_app.ui.dashboard.kpis import label


def formula_of(kpi_id: str) -> str:
    """The spec's formula in words (``kpi_core.explain.FORMULAS``)."""
    try:
        from kpi_core.explain import FORMULAS
    except ImportError:  # pragma: no cover - kpi_core.explain not there yet
        return ""
    return str(FORMULAS.get(kpi_id, ""))


def input_label(name: str) -> str:
    """The caption of an explain input: the KPI's name when it is one, else readable."""
    if name in fmt.UNITS:
        return label(name)
    return name.replace("_", " ").capitalize()


def input_text(value: Any) -> str:
    """An explain input written for people."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return fmt.DASH
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return fmt.group(value)
    if isinstance(value, float):
        return fmt.group(value, 0 if abs(value) >= 1000 else 4).rstrip("0").rstrip(".") or "0"
    return str(value)


class ExplainPanel(QFrame):
    """Formula, inputs with values, and "Show deals" for one KPI."""

    #: deal ids, caption
    show_deals_requested = Signal(list, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("explainPanel")
        self.kpi_id = ""
        self.currency = ""
        self.deal_ids: list[int] = []
        self._caption = ""
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        head = QHBoxLayout()
        self.title = QLabel(self)
        self.title.setObjectName("explainTitle")
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setToolTip(self.tr("Close"))
        self.close_button.clicked.connect(self.hide)
        head.addWidget(self.title, 1)
        head.addWidget(self.close_button)
        outer.addLayout(head)
        self.formula = QLabel(self)
        self.formula.setObjectName("explainFormula")
        self.formula.setWordWrap(True)
        self.formula.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.formula)
        self.inputs_box = QWidget(self)
        self.inputs = QFormLayout(self.inputs_box)
        self.inputs.setContentsMargins(0, 6, 0, 6)
        self.inputs.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        outer.addWidget(self.inputs_box)
        row = QHBoxLayout()
        self.status = QLabel(self)
        self.status.setObjectName("explainStatus")
        self.show_deals = QPushButton(self.tr("Show deals"), self)
        self.show_deals.setObjectName("showDeals")
        self.show_deals.clicked.connect(self._emit_deals)
        row.addWidget(self.status, 1)
        row.addWidget(self.show_deals)
        outer.addLayout(row)
        self.hide()

    def begin(self, kpi_id: str, value_text: str, period_label: str) -> None:
        """Show the panel for ``kpi_id`` while its explanation is computed."""
        self.kpi_id = kpi_id
        self.deal_ids = []
        self._caption = self.tr("{0} · {1}").format(label(kpi_id), period_label)
        self.title.setText(self.tr("{0}: {1}").format(label(kpi_id), value_text))
        self.formula.setText(formula_of(kpi_id))
        self._clear_inputs()
        self.status.setText(self.tr("Working out the inputs…"))
        self.show_deals.setEnabled(False)
        self.show()

    def set_explanation(self, kpi_id: str, explanation: Any) -> None:
        """Fill in an ``Explanation(formula, inputs, deal_ids)`` for ``kpi_id``."""
        if kpi_id != self.kpi_id:
            return
        if getattr(explanation, "formula", ""):
            self.formula.setText(str(explanation.formula))
        self._clear_inputs()
        for name, value in dict(getattr(explanation, "inputs", {}) or {}).items():
            text = (
                fmt.value_text(name, value, self.currency)
                if name in fmt.UNITS
                else input_text(value)
            )
            value_label = QLabel(text, self.inputs_box)
            value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            caption = QLabel(input_label(name), self.inputs_box)
            caption.setToolTip(str(name))
            self.inputs.addRow(caption, value_label)
        self.deal_ids = [int(i) for i in getattr(explanation, "deal_ids", []) or []]
        self.status.setText(
            self.tr("{0} deals behind this figure").format(fmt.group(len(self.deal_ids)))
        )
        self.show_deals.setText(self.tr("Show deals ({0})").format(fmt.group(len(self.deal_ids))))
        self.show_deals.setEnabled(bool(self.deal_ids))

    def set_failed(self, kpi_id: str, message: str) -> None:
        """The explanation could not be computed."""
        if kpi_id == self.kpi_id:
            self.status.setText(message)

    def input_rows(self) -> dict[str, str]:
        """The shown inputs, name -> text (for tests)."""
        out = {}
        for r in range(self.inputs.rowCount()):
            name = self.inputs.itemAt(r, QFormLayout.ItemRole.LabelRole)
            value = self.inputs.itemAt(r, QFormLayout.ItemRole.FieldRole)
            if name and value:
                out[name.widget().text()] = value.widget().text()
        return out

    def _clear_inputs(self) -> None:
        while self.inputs.rowCount():
            self.inputs.removeRow(0)

    def _emit_deals(self) -> None:
        self.show_deals_requested.emit(list(self.deal_ids), self._caption)
