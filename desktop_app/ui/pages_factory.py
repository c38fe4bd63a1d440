"""Build the window's pages for one open database (the dashboard comes from its package)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from desktop_app.ui.context import AppContext
from desktop_app.ui.dashboard.page import DashboardPage
from desktop_app.ui.pages.deals_page import DealsPage
from desktop_app.ui.pages.imports_page import ImportsPage
from desktop_app.ui.pages.settings_page import SettingsPage
from desktop_app.ui.pages.simple_pages import (
    TeamPage,
    accounts_page,
    activities_page,
    leads_page,
    nps_page,
    spend_page,
)
from desktop_app.ui.pages.welcome_page import WelcomePage

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow

log = logging.getLogger("dealbook.ui")


def make_dashboard(window: MainWindow, context: AppContext) -> QWidget:
    page = DashboardPage(context, window)
    page.show_deals_requested.connect(window.show_deals)
    return page


def build_pages(window: MainWindow, context: AppContext) -> tuple[dict[str, Any], WelcomePage]:
    """Every page on ``context`` plus the welcome page, wired to the window's actions."""
    from desktop_app.ui import opening

    actions = window.actions_
    pages: dict[str, Any] = {
        "dashboard": make_dashboard(window, context),
        "deals": DealsPage(context, window),
        "leads": leads_page(context, window),
        "spend": spend_page(context, window),
        "nps": nps_page(context, window),
        "activities": activities_page(context, window),
        "team": TeamPage(context, window),
        "accounts": accounts_page(context, window),
        "imports": ImportsPage(context, window),
        "settings": SettingsPage(context, window),
    }
    pages["imports"].import_requested.connect(lambda: actions.open_import_wizard(None))
    welcome = WelcomePage(window)
    welcome.import_requested.connect(lambda: actions.open_import_wizard(None))
    welcome.new_deal_requested.connect(actions.new_deal)
    welcome.demo_requested.connect(lambda: opening.open_demo(window))
    return pages, welcome
