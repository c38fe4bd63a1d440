"""The leads-needed planner: a target of won deals -> how many new leads it takes."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QFrame, QLabel, QSpinBox, QVBoxLayout, QWidget

from desktop_app.charts import format as fmt
from desktop_app.charts.data import kpi, rows
from kpi_core.types import KpiResult


def period_rates(result: KpiResult | None) -> dict[str, float | None]:
    """The period's chain from lead to won: lead → deal, then each funnel step."""
    lead_to_deal = QCoreApplication.translate("Dashboard", "Lead → Deal")
    out: dict[str, float | None] = {lead_to_deal: kpi(result, "lead_conversion_rate")}
    funnel = rows(result, "funnel")
    for before, row in zip(funnel, funnel[1:], strict=False):
        out[f"{before.get('key')} → {row.get('key')}"] = row.get("conversion")
    return out


def leads_needed(target: float, rates: dict[str, float | None]) -> float | None:
    """kpi_core.planner.leads_needed over the rates in order."""
    from kpi_core.planner import leads_needed as needed

    return needed(target, list(rates.values()))


class PlannerPanel(QFrame):
    """Spin box for target won deals; shows the leads needed and the rates used."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("plannerPanel")
        self._result: KpiResult | None = None
        self._history: dict[str, float | None] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        self.target = QSpinBox(self)
        self.target.setRange(0, 1_000_000)
        self.target.setValue(20)
        self.target.setSuffix(self.tr(" won deals"))
        self.basis = QComboBox(self)
        self.basis.addItem(self.tr("This period's conversion"), "period")
        self.basis.addItem(self.tr("All history"), "history")
        form.addRow(self.tr("Target"), self.target)
        form.addRow(self.tr("Rates from"), self.basis)
        layout.addLayout(form)
        self.answer = QLabel(self)
        self.answer.setObjectName("plannerAnswer")
        self.answer.setWordWrap(True)  # a long answer wraps, never widens the dashboard
        self.chain = QLabel(self)
        self.chain.setObjectName("plannerChain")
        self.chain.setWordWrap(True)
        layout.addWidget(self.answer)
        layout.addWidget(self.chain)
        layout.addStretch(1)
        self.target.valueChanged.connect(self.refresh)
        self.basis.currentIndexChanged.connect(self.refresh)

    def set_inputs(self, result: KpiResult | None, history: dict[str, float | None]) -> None:
        """New KPI result and historical rates."""
        self._result = result
        self._history = dict(history or {})
        self.refresh()

    def rates(self) -> dict[str, float | None]:
        """The rates of the chosen basis, in order."""
        if self.basis.currentData() == "history" and self._history:
            return self._history
        return period_rates(self._result)

    def needed(self) -> float | None:
        """Leads needed for the target (None when a rate is missing or zero)."""
        return leads_needed(self.target.value(), self.rates())

    def refresh(self) -> None:
        """Recompute the answer."""
        rates = self.rates()
        value = leads_needed(self.target.value(), rates)
        if value is None:
            self.answer.setText(
                self.tr("Not enough conversion data: a step has no rate or a zero rate.")
            )
        else:
            self.answer.setText(
                self.tr("You need about {0} new leads").format(fmt.group(math.ceil(value - 1e-9)))
            )
        parts = [f"{name}: {fmt.rate(rate)}" for name, rate in rates.items()]
        self.chain.setText("\n".join(parts))
