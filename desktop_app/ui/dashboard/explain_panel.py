"""The explain panel: how a KPI card's number is computed, and the deals behind it.

The formula and the captions of the inputs come from the presentation table; every input is
written in full with its unit (``USD 4,000``, never cut). Bookkeeping inputs such as the
deals left out for a missing exchange rate appear only when there are some, in words.
"""

from __future__ import annotations

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
from desktop_app.presentation.format import input_rows as worded_inputs
from desktop_app.ui.pages.words import plural


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
        # a long title wraps: the close button stays in the window at any width
        self.title.setWordWrap(True)
        self.title.setMinimumWidth(0)
        head.addWidget(self.title, 1)
        head.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
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
        self._caption = self.tr("{0} · {1}").format(fmt.label(kpi_id), period_label)
        self.title.setText(self.tr("{0}: {1}").format(fmt.label(kpi_id), value_text))
        self.formula.setText(fmt.formula(kpi_id))
        self._clear_inputs()
        self.status.setText(self.tr("Working out the inputs…"))
        self.show_deals.setEnabled(False)
        self.show()

    def set_explanation(self, kpi_id: str, explanation: Any) -> None:
        """Fill in an ``Explanation(formula, inputs, deal_ids)`` for ``kpi_id``."""
        if kpi_id != self.kpi_id:
            return
        self._clear_inputs()
        inputs = dict(getattr(explanation, "inputs", {}) or {})
        for caption_text, text in worded_inputs(inputs, self.currency):
            value_label = QLabel(text, self.inputs_box)
            value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value_label.setWordWrap(True)
            caption = QLabel(caption_text, self.inputs_box)
            caption.setWordWrap(True)
            self.inputs.addRow(caption, value_label)
        self.deal_ids = [int(i) for i in getattr(explanation, "deal_ids", []) or []]
        n = len(self.deal_ids)
        activities = len(getattr(explanation, "activity_ids", []) or [])
        if n == 0 and activities:  # an activity figure: its records are activities, not deals
            self.status.setText(
                plural("ExplainPanel", "Activities behind this figure: %Ln", activities)
            )
        else:
            self.status.setText(plural("ExplainPanel", "%Ln deal(s) behind this figure", n))
        self.show_deals.setText(self.tr("Show deals ({0})").format(fmt.count(n)))
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
            label = name.widget() if name else None
            shown = value.widget() if value else None
            if isinstance(label, QLabel) and isinstance(shown, QLabel):
                out[label.text()] = shown.text()
        return out

    def _clear_inputs(self) -> None:
        while self.inputs.rowCount():
            self.inputs.removeRow(0)

    def _emit_deals(self) -> None:
        self.show_deals_requested.emit(list(self.deal_ids), self._caption)
