"""Two windows on one team database, a manager and a rep, against a real PostgreSQL server.

* the rep's new deal reaches the manager's dashboard within seconds (LISTEN/NOTIFY);
* the rep may not change the manager's deal: the server refuses, the window says why and
  the form keeps what was typed;
* two people saving the same deal: the second save is refused, shows theirs beside yours,
  and neither text is lost;
* the server away: the banner says so, a save keeps the form, and once the server is back
  the banner goes and the data is read again.

No mock: the logins are real roles of the test server, the refusals come from its row-level
security and the version column.
"""

from __future__ import annotations

import datetime as dt
import uuid
from types import SimpleNamespace

import psycopg
import pytest
import window_fixtures
from PySide6.QtWidgets import QApplication

from desktop_app.store import repository as repo
from desktop_app.store.engine import open_database
from desktop_app.store.location import libpq_url, safe_display
from desktop_app.ui import commands
from desktop_app.ui.forms.dialog import RecordDialog
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.tasks import wait_for_all
from tests.pg_fixtures import TEST_PASSWORD, make_login

team_settings = window_fixtures.team_settings
no_windows_left = window_fixtures.no_windows_left
pytestmark = pytest.mark.usefixtures("team_settings", "no_windows_left")

WAIT_MS = 10_000
OPEN_MS = 30_000


def fill(dialog: RecordDialog, **values: str) -> None:
    """Type into the form's fields as a person would."""
    for key, text in values.items():
        widget = dialog.fields[key]
        if hasattr(widget, "edit"):
            widget.edit.setText(text)
        elif hasattr(widget, "setPlainText"):
            widget.setPlainText(text)
        elif hasattr(widget, "findData"):
            widget.setCurrentIndex(widget.findData(text))
        else:
            widget.setText(text)


def typed(dialog: RecordDialog, key: str) -> str:
    widget = dialog.fields[key]
    return widget.edit.text() if hasattr(widget, "edit") else widget.text()


@pytest.fixture
def team(pg_admin_url, pg_team_url):
    """A team database with a manager (rep Anna) and a rep (Ben), and Anna's deal."""
    suffix = uuid.uuid4().hex[:8]
    manager = make_login(pg_admin_url, pg_team_url, f"mgr_{suffix}", "manager", "Anna")
    rep = make_login(pg_admin_url, pg_team_url, f"rep_{suffix}", "rep", "Ben")
    engine = open_database(manager)
    try:
        anna_deal = repo.create_record(
            engine,
            "deals",
            {"title": "Anna's renewal", "owner": "Anna", "amount": 1000.0, "status": "open"},
        ).id
    finally:
        engine.dispose()
    return SimpleNamespace(
        admin=pg_admin_url,
        url=pg_team_url,
        manager=manager,
        rep=rep,
        manager_login=f"mgr_{suffix}",
        rep_login=f"rep_{suffix}",
        anna_deal=anna_deal,
    )


def open_window(qtbot, url: str) -> MainWindow:
    """A main window opened on ``url``, its data loaded and its listener listening."""
    window = MainWindow(url)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.ready, timeout=OPEN_MS):
        window.start()
    context = window.context
    qtbot.waitUntil(
        lambda: context.dataset() is not None and not context.is_loading(), timeout=OPEN_MS
    )
    assert context.listener is not None and context.listener.wait_listening(WAIT_MS / 1000)
    return window


def close_window(window: MainWindow) -> None:
    wait_for_all()
    window.close()
    QApplication.processEvents()


def titles(window: MainWindow) -> list[str]:
    dataset = window.context.dataset()
    return [] if dataset is None else list(dataset.deals["title"])


def test_title_says_where_and_who(qtbot, team):
    window = open_window(qtbot, team.rep)
    try:
        qtbot.waitUntil(lambda: window.team_identity is not None, timeout=WAIT_MS)
        title = window.windowTitle()
        assert title.startswith("Team database: ")
        assert f"as {team.rep_login} (rep, Ben)" in title
        assert TEST_PASSWORD not in title and TEST_PASSWORD not in window.db_label.text()
        assert safe_display(team.rep).split("@")[1].split("/")[0] in title  # host:port
        assert not window.team_banner.isVisible()
    finally:
        close_window(window)


def test_the_reps_new_deal_reaches_the_managers_dashboard(qtbot, team):
    manager = open_window(qtbot, team.manager)
    rep = open_window(qtbot, team.rep)
    try:
        board = manager.pages["dashboard"]
        manager.show_page("dashboard")
        qtbot.waitUntil(
            lambda: board.data() is not None and not board.is_updating(), timeout=OPEN_MS
        )
        won_before = board.data().current["kpis"]["deals_won"] or 0
        today = dt.date.today().isoformat()
        commands.add_record(
            rep.context,
            "deals",
            {
                "title": "Ben's new customer",
                "owner": "Ben",
                "amount": 2500.0,
                "status": "won",
                "created_on": dt.date.today(),
                "closed_on": dt.date.fromisoformat(today),
            },
        )
        # no poll, no restart: the server's notification reloads the manager's window
        qtbot.waitUntil(lambda: "Ben's new customer" in titles(manager), timeout=WAIT_MS)
        qtbot.waitUntil(
            lambda: (
                board.data() is not None
                and not board.is_updating()
                and (board.data().current["kpis"]["deals_won"] or 0) == won_before + 1
            ),
            timeout=WAIT_MS,
        )
    finally:
        close_window(rep)
        close_window(manager)


def test_the_rep_cannot_change_the_managers_deal_and_keeps_the_text(qtbot, team):
    rep = open_window(qtbot, team.rep)
    try:
        dialog = RecordDialog(rep.context, "deals", team.anna_deal)
        qtbot.addWidget(dialog)
        dialog.show()
        fill(dialog, title="Ben's better title")
        dialog.save()
        qtbot.waitUntil(lambda: getattr(dialog, "refusal_box", None) is not None, timeout=WAIT_MS)
        box = dialog.refusal_box
        assert box.isVisible()
        assert "only your own deals" in box.text() and "Anna" in box.text()
        assert dialog.isVisible() and dialog.result() != dialog.DialogCode.Accepted
        assert typed(dialog, "title") == "Ben's better title"  # nothing typed is lost
        assert "Anna" in dialog.message.text()
        box.accept()
        dialog.reject()
        engine = open_database(team.manager)
        try:
            assert repo.get_record(engine, "deals", team.anna_deal)["title"] == "Anna's renewal"
        finally:
            engine.dispose()
    finally:
        close_window(rep)


def test_a_conflicting_save_shows_both_and_loses_neither(qtbot, team):
    manager = open_window(qtbot, team.manager)
    rep = open_window(qtbot, team.rep)
    try:
        ben_deal = commands.add_record(
            rep.context, "deals", {"title": "Ben's pilot", "owner": "Ben", "amount": 800.0}
        )
        qtbot.waitUntil(lambda: "Ben's pilot" in titles(manager), timeout=WAIT_MS)
        # the rep starts editing; meanwhile the manager saves a new amount of the same deal
        dialog = RecordDialog(rep.context, "deals", ben_deal)
        qtbot.addWidget(dialog)
        dialog.show()
        fill(dialog, title="Ben's pilot, phase 2")
        commands.edit_records(
            manager.context,
            "deals",
            [ben_deal],
            {"amount": 1200.0},
            started_from=repo.get_record(manager.context.engine, "deals", ben_deal),
        )
        dialog.save()
        qtbot.waitUntil(
            lambda: getattr(dialog, "conflict_dialog", None) is not None, timeout=WAIT_MS
        )
        conflict = dialog.conflict_dialog
        assert conflict.isVisible()
        assert "Someone else changed this deal while you were editing it: Amount" in (
            conflict.sentence.text()
        )
        rows = {field: (theirs, yours) for field, theirs, yours in conflict.rows()}
        assert rows["Amount"] == ("1,200", "800")
        assert rows["Deal"] == ("Ben's pilot", "Ben's pilot, phase 2")
        assert dialog.isVisible() and typed(dialog, "title") == "Ben's pilot, phase 2"
        conflict.keep_button.click()  # keep my title, take their amount, save knowingly
        assert typed(dialog, "title") == "Ben's pilot, phase 2"
        assert dialog.fields["amount"].value() == 1200.0
        dialog.save()
        assert dialog.result() == dialog.DialogCode.Accepted
        stored = repo.get_record(manager.context.engine, "deals", ben_deal)
        assert (stored["title"], stored["amount"]) == ("Ben's pilot, phase 2", 1200.0)
        assert stored["updated_by"] == team.rep_login
    finally:
        close_window(rep)
        close_window(manager)


def test_reload_theirs_shows_the_saved_record(qtbot, team):
    manager = open_window(qtbot, team.manager)
    try:
        dialog = RecordDialog(manager.context, "deals", team.anna_deal)
        qtbot.addWidget(dialog)
        dialog.show()
        fill(dialog, amount="1,500")
        engine = open_database(team.manager)  # the same manager in a second window
        try:
            start = repo.get_record(engine, "deals", team.anna_deal)
            repo.update_record(
                engine, "deals", team.anna_deal, {"amount": 1100.0}, started_from=start
            )
        finally:
            engine.dispose()
        dialog.save()
        qtbot.waitUntil(
            lambda: getattr(dialog, "conflict_dialog", None) is not None, timeout=WAIT_MS
        )
        dialog.conflict_dialog.reload_button.click()
        assert dialog.fields["amount"].value() == 1100.0
        assert dialog.isVisible()
        dialog.reject()
    finally:
        close_window(manager)


def _backends(admin: str, db_url: str, login: str) -> list[int]:
    with psycopg.connect(libpq_url(admin), autocommit=True) as conn:
        rows = conn.execute(
            "SELECT pid FROM pg_stat_activity WHERE datname = %s AND usename = %s",
            (db_url.rsplit("/", 1)[1], login),
        ).fetchall()
    return [int(r[0]) for r in rows]


def _server_away(admin: str, db_url: str, login: str, away: bool) -> None:
    """The team database refuses new sessions (and ends the login's open ones), or takes
    them again: for the window, the server has gone away or come back."""
    name = db_url.rsplit("/", 1)[1]
    with psycopg.connect(libpq_url(admin), autocommit=True) as conn:
        conn.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS {"false" if away else "true"}')
        if away:
            conn.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = %s AND usename = %s",
                (name, login),
            )


def test_the_server_away_and_back(qtbot, team):
    manager = open_window(qtbot, team.manager)
    try:
        dialog = RecordDialog(manager.context, "deals", team.anna_deal)
        qtbot.addWidget(dialog)
        dialog.show()
        assert _backends(team.admin, team.url, team.manager_login)
        _server_away(team.admin, team.url, team.manager_login, True)
        try:
            qtbot.waitUntil(manager.team_banner.isVisible, timeout=WAIT_MS)
            assert "cannot be reached" in manager.team_banner.label.text()
            fill(dialog, title="Typed while the server was away")
            dialog.save()
            assert dialog.isVisible() and dialog.result() != dialog.DialogCode.Accepted
            assert "nothing was saved" in dialog.message.text()
            assert typed(dialog, "title") == "Typed while the server was away"
        finally:
            _server_away(team.admin, team.url, team.manager_login, False)
        with qtbot.waitSignal(manager.context.dataset_changed, timeout=WAIT_MS):
            qtbot.waitUntil(lambda: not manager.team_banner.isVisible(), timeout=WAIT_MS)
        dialog.save()  # the same form, the same text: saved now
        assert dialog.result() == dialog.DialogCode.Accepted
        stored = repo.get_record(manager.context.engine, "deals", team.anna_deal)
        assert stored["title"] == "Typed while the server was away"
    finally:
        close_window(manager)
