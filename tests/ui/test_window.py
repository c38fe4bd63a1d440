"""The main window: welcome page, every page and dialog opens and closes, status bar."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from desktop_app.store.changes import Changes
from desktop_app.ui.main_window import PAGE_KEYS
from desktop_app.ui.tasks import wait_for_all
from tests.ui.conftest import add_deals


def test_welcome_page_on_empty_database(window):
    assert window.stack.currentWidget() is window.welcome
    assert "0 deals" in window.counts_label.text()
    assert window.db_label.text().endswith("test.sqlite")


def test_every_page_opens(window, qtbot):
    assert "activities" in PAGE_KEYS
    assert window.pages["activities"].kind == "activities"
    for key in PAGE_KEYS:
        window.show_page(key)
        qtbot.wait(10)
        assert window.current_key() == key
    wait_for_all()
    assert QSettings().value("window/last_page") == "settings"


def test_every_dialog_opens_and_closes(window, qtbot):
    from desktop_app.ui.crash import CrashDialog
    from desktop_app.ui.forms.dialog import RecordDialog
    from desktop_app.ui.help_dialogs import AboutDialog, FormulasDialog
    from desktop_app.ui.restore_dialog import RestoreDialog

    dialogs = [
        RecordDialog(window.context, kind, None, window)
        for kind in (
            "deals",
            "leads",
            "spend",
            "nps",
            "activities",
            "quotas",
            "forecasts",
            "accounts",
            "rates",
        )
    ]
    dialogs += [
        FormulasDialog(window),
        AboutDialog(window.db_path, window),
        RestoreDialog(window.db_path, window),
        CrashDialog("report", window),
    ]
    formulas = dialogs[-4]
    from desktop_app.ui.help_dialogs import formulas as formula_rows

    assert formulas.table.rowCount() == len(formula_rows()) > 0
    formulas.search.setText("revenue")
    hidden = [formulas.table.isRowHidden(r) for r in range(formulas.table.rowCount())]
    assert not all(hidden) and any(hidden)
    for dialog in dialogs:
        dialog.show()
        qtbot.wait(5)
        dialog.reject()
        dialog.deleteLater()
    wait_for_all()


def test_status_bar_counts_follow_writes(window, qtbot):
    from desktop_app.ui import commands

    with qtbot.waitSignal(window.context.dataset_changed, timeout=10000):
        commands.add_record(window.context, "deals", {"title": "First", "status": "open"})
    qtbot.waitUntil(lambda: "1 deal ·" in window.counts_label.text(), timeout=5000)
    # the first deal replaces the welcome page with the dashboard
    window.show_page("dashboard")
    assert window.stack.currentWidget() is window.pages["dashboard"]


def test_drill_down_shows_given_deals(window, qtbot):
    ids = add_deals(window.context, 4)
    window.context.notify_changed(Changes.of_kind("deals", created=1))
    page = window.pages["deals"]
    window.show_page("deals")
    qtbot.waitUntil(lambda: page.model.rowCount() == 4, timeout=10000)
    window.show_deals(ids[:2], "Revenue 2025")
    assert page.model.rowCount() == 2
    assert page.drill_bar.isVisible()
    assert "Showing 2 deals behind Revenue 2025" in page.drill_label.text()
    page.clear_ids()
    assert page.model.rowCount() == 4 and not page.drill_bar.isVisible()


def test_geometry_is_remembered(window):
    window.resize(1111, 777)
    window.close()
    assert QSettings().value("window/geometry") is not None


@pytest.mark.parametrize("name", ["demo.csv", "deals.xlsx"])
def test_drop_accepts_spreadsheets(window, tmp_path, name):
    from PySide6.QtCore import QMimeData, QUrl

    path = tmp_path / name
    path.write_text("a,b\n")

    class Event:
        def mimeData(self):  # noqa: N802
            mime = QMimeData()
            mime.setUrls([QUrl.fromLocalFile(str(path))])
            return mime

    assert window._dropped_file(Event()) == path
