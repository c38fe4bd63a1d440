"""Settings, Imports, Team pages and the demo company from the welcome page."""

from __future__ import annotations

from desktop_app import paths
from desktop_app.store import repository_settings as repo_settings
from desktop_app.ui import tasks
from desktop_app.ui.tasks import wait_for_all


def test_settings_page_saves_through_repository(context, qtbot):
    from desktop_app.ui.pages.settings_page import SettingsPage

    page = SettingsPage(context)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.show()
    assert page.stages.table.rowCount() == 5
    page.currency.setText("eur")
    page.company.setText("Acme Widgets")
    page.lifetime.setValue(4.5)
    assert page.working_hours.value() == 40.0
    page.working_hours.setValue(37.5)
    page.nps_scheme.setCurrentIndex(1)
    page.stages.table.item(0, 1).setText("15")
    with qtbot.waitSignal(context.settings_changed, timeout=5000):
        page.save()
    values = repo_settings.workspace_settings(context.engine)
    assert values["base_currency"] == "EUR"
    assert values["company_name"] == "Acme Widgets"
    assert values["default_lifetime_years"] == 4.5
    assert values["working_hours_per_week"] == 37.5
    assert values["nps_scheme"] == "0-5"
    assert values["stages"][0].probability == 0.15
    page.currency.setText("E1")
    page.save()
    assert page.message.isVisible() and "currency" in page.message.text()
    wait_for_all()
    page.close()


def test_stage_editor_add_move_remove(context, qtbot):
    from desktop_app.ui.pages.settings_page import StagesEditor
    from kpi_core.dataset import DEFAULT_STAGES

    editor = StagesEditor()
    qtbot.addWidget(editor)
    editor.set_stages(list(DEFAULT_STAGES))
    editor.add()
    editor.move_stage(-1)
    names = [n for n, _ in editor.stages()]
    assert names[-2] == "New stage" and names[-1] == "Negotiation"
    editor.table.setCurrentCell(0, 0)
    editor.remove()
    assert len(editor.stages()) == 5


def test_imports_page_lists_and_undoes(context, qtbot, tmp_path):
    from desktop_app.ui.pages.imports_page import ImportsPage

    try:
        from desktop_app.importing import api
    except ImportError:
        return
    csv = tmp_path / "deals.csv"
    csv.write_text(
        "title,amount,status,closed_on,currency\nAlpha,100,won,2025-01-02,USD\nBeta,50,open,,USD\n",
        encoding="utf-8",
    )
    api.run_import(context.engine, csv, kind="deals", preset="native")
    page = ImportsPage(context)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.show()
    assert page.table.rowCount() == 1
    assert page.table.item(0, 2).text().endswith("deals.csv")
    page.table.selectRow(0)
    assert "2 rows added" in page.report.toPlainText()
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.undo_selected(confirm=False)
    assert "(undone)" in page.table.item(0, 1).text()
    wait_for_all()
    page.close()


def test_team_page_has_quotas_and_forecasts(context, qtbot):
    from desktop_app.ui import commands
    from desktop_app.ui.pages.simple_pages import TeamPage

    page = TeamPage(context)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.reps.loaded, timeout=10000):
        page.show()
    page.tabs.setCurrentIndex(1)  # showing the tab starts its own first load
    commands.add_record(
        context,
        "quotas",
        {
            "owner": "Ann",
            "period_start": "2025-01-01",
            "period_end": "2025-03-31",
            "amount": 5e4,
        },
    )
    # the first load may finish before the write's reload: wait for the row, not a signal
    qtbot.waitUntil(lambda: page.quotas.model.rowCount() == 1, timeout=10000)
    page.tabs.setCurrentIndex(0)
    qtbot.waitUntil(lambda: page.reps.table.rowCount() == 1, timeout=5000)
    assert page.reps.table.item(0, 0).text() == "Ann"
    assert page.current_table() is None
    page.tabs.setCurrentIndex(2)
    assert page.current_table() is page.forecasts
    wait_for_all()
    page.close()


def test_welcome_opens_the_demo_company(window, qtbot):
    demo = paths.demo_db_path()
    assert not demo.exists()
    with qtbot.waitSignal(window.ready, timeout=60000):
        window.welcome.demo_card.button.click()
        # while it is made, the busy line says so (not a message that outlives the work)
        assert "Creating the demo company…" in tasks.busy_texts()
    assert demo.exists()
    assert "Creating the demo company…" not in tasks.busy_texts()
    assert "demo company…" not in window.message_bar.text()
    assert window.context.is_demo and window.demo_bar.isVisibleTo(window)
    assert window.stack.currentWidget() is not window.welcome
    assert window.counts_label.text().split()[0] != "0"
    # back to the real (still empty) file
    with qtbot.waitSignal(window.ready, timeout=20000):
        window.demo_bar.findChild(type(window.welcome.demo_card.button)).click()
    assert not window.context.is_demo
    assert window.context.db_path.name == "test.sqlite"


def test_deals_filter_bar_and_columns(context, qtbot):
    from PySide6.QtCore import QSettings

    from desktop_app.ui.pages.deals_page import DealsPage
    from tests.ui.conftest import add_deals

    add_deals(context, 3)
    add_deals(context, 2, status="open", closed_on=None, owner="Cy")
    page = DealsPage(context)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.show()
    assert page.model.rowCount() == 5
    status = page.filter_bar.combos["status"]
    status.setCurrentIndex(status.findData("open"))
    assert page.model.rowCount() == 2
    assert status.currentText() == "Open"
    owner = page.filter_bar.combos["owner"]
    owner.setCurrentIndex(owner.findData("Bob"))
    assert page.model.rowCount() == 0
    page.filter_bar.reset()
    assert page.model.rowCount() == 5
    assert "5 rows" in page.count_label.text()
    page.view.set_column_visible("source", False)
    keys = [c.key for c in page.model.columns]
    assert page.view.isColumnHidden(keys.index("source"))
    assert "source" in QSettings().value("tables/deals/hidden")
    page.view.selectAll()
    assert sorted(page.view.selected_ids()) == sorted(page.model.ids().tolist())
    assert page.owner_button.isEnabled() and page.stage_button.isEnabled()
    wait_for_all()
    page.close()
