"""Pages that are one or two tables: Leads, Spend, NPS, Activities, Team (quotas, forecasts),
Accounts."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from desktop_app.ui.context import AppContext
from desktop_app.ui.pages.reps_tab import RepsTab
from desktop_app.ui.pages.table_page import TablePage


def leads_page(context: AppContext, parent: QWidget | None = None) -> TablePage:
    page = TablePage(context, "leads", _tr("Leads"), parent, new_label=_tr("New lead…"))
    page.setObjectName("leadsPage")
    return page


def spend_page(context: AppContext, parent: QWidget | None = None) -> TablePage:
    page = TablePage(context, "spend", _tr("Spend"), parent, new_label=_tr("New spend…"))
    page.setObjectName("spendPage")
    return page


def nps_page(context: AppContext, parent: QWidget | None = None) -> TablePage:
    page = TablePage(context, "nps", _tr("NPS answers"), parent, new_label=_tr("New answer…"))
    page.setObjectName("npsPage")
    return page


def activities_page(context: AppContext, parent: QWidget | None = None) -> TablePage:
    page = TablePage(
        context, "activities", _tr("Activities"), parent, new_label=_tr("New activity…")
    )
    page.setObjectName("activitiesPage")
    return page


def accounts_page(context: AppContext, parent: QWidget | None = None) -> TablePage:
    page = TablePage(context, "accounts", _tr("Accounts"), parent, new_label=_tr("New account…"))
    page.setObjectName("accountsPage")
    return page


def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("pages", text)


class TeamPage(QWidget):
    """Quotas per rep and forecasts, on two tabs."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        title = QLabel(self.tr("Team"), self)
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.quotas = TablePage(
            context,
            "quotas",
            self.tr("Quotas"),
            self,
            new_label=self.tr("New quota…"),
            compact=True,
        )
        self.forecasts = TablePage(
            context,
            "forecasts",
            self.tr("Forecasts"),
            self,
            new_label=self.tr("New forecast…"),
            compact=True,
        )
        self.reps = RepsTab(context, self)
        self.tabs.addTab(self.reps, self.tr("Reps"))
        self.tabs.addTab(self.quotas, self.tr("Quotas"))
        self.tabs.addTab(self.forecasts, self.tr("Forecasts"))
        layout.addWidget(self.tabs)

    def current_table(self) -> TablePage | None:
        """The table of the current tab (None on the Reps tab)."""
        widget = self.tabs.currentWidget()
        return widget if isinstance(widget, TablePage) else None
