"""The menu bar and what its commands do (File, Edit, View, Help)."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoGroup, QUndoStack
from PySide6.QtWidgets import QFileDialog

from desktop_app.errors import UserError
from desktop_app.ui import notify
from desktop_app.ui.pages.folders import remember, start_path

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow

log = logging.getLogger("dealbook.ui")


class WindowActions(QObject):
    """Owns the window's QActions and the one undo group."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window
        self.undo_group = QUndoGroup(self)
        self.stack: QUndoStack | None = None
        self._build_menus()

    def _act(self, menu: Any, text: str, slot: Any, shortcut: Any = None) -> QAction:
        action = QAction(text, self.w)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.w.menuBar()
        file = bar.addMenu(self.tr("&File"))
        keys = QKeySequence.StandardKey
        self._act(file, self.tr("New database…"), self.new_database)
        self._act(file, self.tr("Open…"), self.open_database_dialog, keys.Open)
        self.connect_team_action = self._act(
            file, self.tr("Connect to team database…"), self.connect_team_database
        )
        file.addSeparator()
        self.import_action = self._act(
            file, self.tr("Import…"), lambda: self.open_import_wizard(None), "Ctrl+I"
        )
        self.export_action = self._act(file, self.tr("Export…"), self.export)
        file.addSeparator()
        self.print_action = self._act(file, self.tr("Print…"), self.print_current, keys.Print)
        self._act(file, self.tr("Print preview…"), lambda: self._report("open_print_preview"))
        save_as = file.addMenu(self.tr("Save review as"))
        self._act(save_as, self.tr("PDF, HTML or Excel…"), lambda: self._report("save_review_as"))
        file.addSeparator()
        self._act(file, self.tr("Backup now"), self.backup_now)
        self._act(file, self.tr("Restore from backup…"), self.restore)
        file.addSeparator()
        quit_action = self._act(file, self.tr("Quit"), self.w.close, keys.Quit)
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        edit = bar.addMenu(self.tr("&Edit"))
        self.undo_action = self.undo_group.createUndoAction(self.w, self.tr("Undo"))
        self.undo_action.setShortcut(keys.Undo)
        self.redo_action = self.undo_group.createRedoAction(self.w, self.tr("Redo"))
        self.redo_action.setShortcut(keys.Redo)
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        edit.addSeparator()
        self._act(edit, self.tr("Find"), self.find, keys.Find)
        self._act(edit, self.tr("New deal…"), self.new_deal, keys.New)

        view = bar.addMenu(self.tr("&View"))
        from desktop_app.ui.main_window import PAGE_KEYS, page_titles

        titles = page_titles()
        for i, key in enumerate(PAGE_KEYS, start=1):
            shortcut = f"Ctrl+{i}" if i <= 9 else None  # Ctrl+1 … Ctrl+9, as digits go
            self._act(view, titles[key], lambda k=key: self.w.show_page(k), shortcut)

        help_menu = bar.addMenu(self.tr("&Help"))
        self._act(help_menu, self.tr("KPI formulas"), self.show_formulas, keys.HelpContents)
        self._act(help_menu, self.tr("Enter licence…"), self.enter_licence)
        about = self._act(help_menu, self.tr("About Dealbook"), self.show_about)
        about.setMenuRole(QAction.MenuRole.AboutRole)

    # --- context ---------------------------------------------------------------------

    def attach(self, context: Any) -> None:
        """Give the new database its own undo stack."""
        if self.stack is not None:
            self.undo_group.removeStack(self.stack)
            self.stack.deleteLater()
        self.stack = QUndoStack(self)
        self.undo_group.addStack(self.stack)
        self.undo_group.setActiveStack(self.stack)
        context.undo_stack = self.stack

    # --- File ------------------------------------------------------------------------

    def new_database(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.w,
            self.tr("New database"),
            start_path("workspace", "dealbook.sqlite"),
            self.tr("Dealbook database (*.sqlite)"),
        )
        if path:
            remember("workspace", path)
            if Path(path).exists():
                notify.show(self.tr("That file exists already; choose another name."), "warning")
                return
            self.w.open_database(Path(path))

    def open_database_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.w,
            self.tr("Open a database"),
            start_path("workspace"),
            self.tr("Dealbook database (*.sqlite *.db);;All files (*)"),
        )
        if path:
            remember("workspace", path)
            self.w.open_database(Path(path))

    def connect_team_database(self) -> None:
        """File ▸ Connect to team database…: open a PostgreSQL workspace (or a local file)."""
        from desktop_app.ui.team_dialog import CONNECT, LOCAL_FILE, ask_team_database

        choice, url = ask_team_database(self.w)
        if choice == CONNECT and url:
            self.w.open_database(url)
        elif choice == LOCAL_FILE:
            self.open_database_dialog()

    def open_import_wizard(self, file_path: str | None) -> None:
        """Open the import wizard (for ``file_path`` when a file was dropped)."""
        if self.w.context is None:
            return
        from desktop_app.ui.import_wizard import ImportWizard

        wizard = ImportWizard(self.w.context, file_path, self.w)
        wizard.exec()  # the wizard announces its own writes (notify_changed)
        wizard.deleteLater()

    def _table_page(self) -> Any:
        page = self.w.current_page()
        if page is not None and hasattr(page, "current_table"):
            page = page.current_table()
        return page if hasattr(page, "export_dialog") else None

    def export(self) -> None:
        page = self._table_page()
        if page is None:
            self.w.show_page("deals")
            page = self.w.pages["deals"]
        page.export_dialog()

    def _period_filters(self) -> tuple[Any, Any]:
        from desktop_app.ui.dashboard.page import DashboardPage  # pandas: not before paint

        board = self.w.pages.get("dashboard")
        if isinstance(board, DashboardPage):
            return board.current_period(), board.current_filters()
        import datetime as dt

        from kpi_core.filters import Filters
        from kpi_core.periods import year_period

        return year_period(dt.date.today().year), Filters()

    def _report(self, name: str) -> None:
        if self.w.context is None:
            return
        try:
            from desktop_app.ui import report_actions

            func = getattr(report_actions, name)
        except (ImportError, AttributeError):
            notify.show(self.tr("Reports are not available in this build."), "warning")
            return
        period, filters = self._period_filters()
        func(self.w, self.w.context, period, filters)

    def print_current(self) -> None:
        """Print the deal list on the Deals page, else the sales review."""
        page = self._table_page()
        if page is not None and getattr(page, "kind", "") == "deals":
            from desktop_app.ui.report_actions import print_deal_list

            print_deal_list(self.w, self.w.context, page.model.visible_frame())
            return
        self._report("print_review")

    def backup_now(self) -> None:
        from desktop_app.store import backup
        from desktop_app.ui.tasks import Op

        if self.w.context is None:
            return
        done = self.tr("Backup saved: %1")
        Op(self, backup.backup_now, self.w.db_path).busy(self.tr("Saving a backup…")).success(
            lambda p: notify.show(done.replace("%1", str(p)), "info")
        ).run()

    def restore(self) -> None:
        from desktop_app.ui.restore_dialog import run_restore

        if self.w.context is not None and getattr(self.w.context, "is_team", False):
            notify.show(
                self.tr(
                    "A team database is restored on its server with pg_restore by whoever "
                    "looks after it (see docs/team.md); Dealbook does not restore it."
                ),
                "warning",
            )
            return
        if self.w.context is not None:
            run_restore(self.w)

    # --- Edit ------------------------------------------------------------------------

    def find(self) -> None:
        page = self._table_page()
        if page is None:
            self.w.show_page("deals")
            page = self.w.pages.get("deals")
        if page is not None:
            page.focus_search()

    def new_deal(self) -> None:
        if self.w.context is None:
            return
        from desktop_app.ui.forms.dialog import open_form

        try:
            open_form(self.w.context, "deals", None, self.w)
        except UserError as exc:
            notify.show(str(exc), "warning")

    # --- Help ------------------------------------------------------------------------

    def show_formulas(self) -> None:
        from desktop_app.ui.help_dialogs import FormulasDialog

        dialog = FormulasDialog(self.w)
        dialog.exec()
        dialog.deleteLater()

    def enter_licence(self) -> None:
        from desktop_app.ui.licence_dialog import LicenceDialog

        dialog = LicenceDialog(self.w)
        dialog.exec()
        dialog.deleteLater()

    def show_about(self) -> None:
        from desktop_app.store.location import safe_display
        from desktop_app.ui.help_dialogs import AboutDialog

        shown = self.w.db_path if isinstance(self.w.db_path, Path) else safe_display(self.w.db_path)
        dialog = AboutDialog(shown, self.w)  # type: ignore[arg-type]  # shown as str()
        dialog.exec()
        dialog.deleteLater()
