"""Menu actions, the three error tiers and the start-up contract."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from desktop_app.errors import UserError
from desktop_app.store import repository as repo
from desktop_app.ui import commands, notify
from desktop_app.ui.tasks import Op, wait_for_all


def test_menus_have_the_commands(window):
    titles = {a.text().replace("&", "") for a in window.menuBar().actions()}
    assert {"File", "Edit", "View", "Help"} <= titles
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions()]
    for expected in ("New database…", "Open…", "Import…", "Export…", "Print…", "Backup now"):
        assert expected in texts
    assert window.actions_.import_action.shortcut().toString() == "Ctrl+I"


def test_undo_action_takes_back_a_new_deal(window, qtbot):
    row_id = commands.add_record(window.context, "deals", {"title": "Oops"})
    assert window.actions_.undo_action.isEnabled()
    window.actions_.undo_action.trigger()
    assert repo.get_record(window.context.engine, "deals", row_id) is None
    window.actions_.redo_action.trigger()
    assert repo.get_record(window.context.engine, "deals", row_id)["title"] == "Oops"
    wait_for_all()


def test_find_focuses_the_search_field(window, qtbot):
    window.show_page("leads")
    window.activateWindow()
    window.actions_.find()
    assert window.current_key() == "leads"


def test_background_failure_reaches_the_message_bar(window, qtbot):
    def boom() -> None:
        raise RuntimeError("disk on fire")

    Op(window, boom).run()
    qtbot.waitUntil(lambda: window.message_bar.isVisible(), timeout=5000)
    assert "disk on fire" in window.message_bar.label.text()
    assert window.message_bar.level == "error"
    notify.background_failure(UserError("Please choose a file."))
    assert window.message_bar.label.text() == "Please choose a file."
    assert window.message_bar.level == "warning"


def test_crash_hook_shows_a_copyable_report(qtbot, monkeypatch):
    from PySide6.QtGui import QGuiApplication

    from desktop_app.ui import crash

    shown = []

    def fake_exec(dialog):
        shown.append(dialog.text.toPlainText())
        dialog.copy_report()
        return 0

    monkeypatch.setattr(crash.CrashDialog, "exec", fake_exec)
    try:
        raise ValueError("unexpected thing")
    except ValueError as exc:
        crash.excepthook(type(exc), exc, exc.__traceback__)
    assert shown and "ValueError: unexpected thing" in shown[0]
    assert "Dealbook" in QGuiApplication.clipboard().text()


def test_window_paints_before_pandas_is_imported(tmp_path):
    code = (
        "import sys, os\n"
        "os.environ['QT_QPA_PLATFORM']='offscreen'\n"
        "from desktop_app.ui.launch import make_application\n"
        "app = make_application()\n"
        "from desktop_app.ui.main_window import MainWindow\n"
        f"w = MainWindow(__import__('pathlib').Path(r'{tmp_path / 'x.sqlite'}'))\n"
        "w.show(); app.processEvents()\n"
        "print('pandas' in sys.modules, 'kpi_core.engine' in sys.modules)\n"
    )
    env = {"DEALBOOK_HOME": str(tmp_path), "PATH": "", "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert out.stdout.split() == ["False", "False"], out.stderr


def test_dropped_file_opens_the_import_wizard(window, tmp_path, monkeypatch):
    import desktop_app.ui.import_wizard as wizard_pkg

    seen = []

    class FakeWizard:
        def __init__(self, context, file_path=None, parent=None):
            seen.append((context, file_path))

        def exec(self):
            return 0

        def deleteLater(self):  # noqa: N802
            pass

    monkeypatch.setattr(wizard_pkg, "ImportWizard", FakeWizard)
    path = tmp_path / "hubspot.csv"
    path.write_text("Deal Name,Amount\nA,1\n")
    window.actions_.open_import_wizard(str(path))
    assert seen == [(window.context, str(path))]


def test_backup_now_and_new_database_from_the_file_menu(window, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from desktop_app.store import backup

    window.actions_.backup_now()
    qtbot.waitUntil(lambda: len(backup.list_backups(window.db_path)) >= 1, timeout=10000)
    qtbot.waitUntil(lambda: "Backup saved" in window.message_bar.text(), timeout=5000)
    target = tmp_path / "second.sqlite"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(window.ready, timeout=20000):
        window.actions_.new_database()
    assert window.context.db_path == target and target.exists()
    assert window.windowTitle().startswith("second.sqlite")
