"""File ▸ Connect to team database…: the dialog, the password store and the recent list.

The password store is an in-memory keyring backend set for the test (``keyring.set_keyring``)
or keyring's own "no store" backends; nothing is mocked in the dialog.
"""

from __future__ import annotations

import keyring
import pytest
import window_fixtures
from keyring.backends import chainer, fail
from PySide6.QtCore import Qt

from desktop_app.ui import team_secrets
from desktop_app.ui.team_dialog import CONNECT, LOCAL_FILE, ConnectDialog
from desktop_app.ui.team_secrets import TeamConnection, parse_url

team_settings = window_fixtures.team_settings
memory_keyring = window_fixtures.memory_keyring
no_windows_left = window_fixtures.no_windows_left
pytestmark = pytest.mark.usefixtures("team_settings", "no_windows_left")

SECRET = "s3cret:/@pass"


def _dialog(qtbot) -> ConnectDialog:
    dialog = ConnectDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _type(qtbot, dialog: ConnectDialog, host: str, db: str, user: str, password: str) -> None:
    for widget, text in (
        (dialog.host, host),
        (dialog.database, db),
        (dialog.user, user),
        (dialog.password, password),
    ):
        widget.clear()
        qtbot.keyClicks(widget, text)


def test_the_url_carries_every_part_and_a_password_with_any_character():
    connection = TeamConnection("nas.local", 5433, "dealbook", "anna")
    url = connection.url(SECRET)
    assert url.startswith("postgresql://anna:")
    assert parse_url(url) == (connection, SECRET)
    assert parse_url(connection.url()) == (connection, None)
    assert connection.account == "anna@nas.local:5433/dealbook"


def test_connect_needs_server_database_and_user(qtbot, memory_keyring):
    dialog = _dialog(qtbot)
    assert not dialog.connect_button.isEnabled()
    _type(qtbot, dialog, "nas.local", "dealbook", "", "")
    assert not dialog.connect_button.isEnabled()
    qtbot.keyClicks(dialog.user, "anna")
    assert dialog.connect_button.isEnabled()
    dialog.close()


def test_a_remembered_password_goes_to_the_store_never_to_a_file(
    qtbot, memory_keyring, team_settings
):
    dialog = _dialog(qtbot)
    assert dialog.remember.isEnabled()
    _type(qtbot, dialog, "nas.local", "sales", "anna", SECRET)
    dialog.port.setValue(5433)
    dialog.remember.setChecked(True)
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert dialog.choice == CONNECT
    assert parse_url(dialog.url()) == (TeamConnection("nas.local", 5433, "sales", "anna"), SECRET)
    assert memory_keyring.passwords == {("Dealbook", "anna@nas.local:5433/sales"): SECRET}
    # the recent list knows the connection, and no file of the settings holds the password
    assert team_secrets.recent_connections() == [TeamConnection("nas.local", 5433, "sales", "anna")]
    written = "".join(
        p.read_text(encoding="utf-8", errors="replace")
        for p in team_settings.rglob("*")
        if p.is_file()
    )
    assert "nas.local" in written
    assert "s3cret" not in written

    again = _dialog(qtbot)  # the next time: the last connection, its password from the store
    assert again.recent.isVisible()
    assert (again.host.text(), again.port.value(), again.database.text(), again.user.text()) == (
        "nas.local",
        5433,
        "sales",
        "anna",
    )
    assert again.password.text() == SECRET
    assert again.remember.isChecked()
    again.close()


def test_unticking_remember_forgets_the_password(qtbot, memory_keyring):
    connection = TeamConnection("db.example.com", 5432, "dealbook", "li")
    team_secrets.remember_connection(connection)
    memory_keyring.set_password("Dealbook", connection.account, "old")
    dialog = _dialog(qtbot)
    assert dialog.password.text() == "old"
    dialog.remember.setChecked(False)
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, "typed-this-time")
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert memory_keyring.passwords == {}
    assert parse_url(dialog.url())[1] == "typed-this-time"


@pytest.mark.parametrize(
    "backend", [fail.Keyring(), chainer.ChainerBackend()], ids=["fail", "empty-chainer"]
)
def test_without_a_password_store_the_dialog_says_so_and_asks_each_time(
    qtbot, backend, monkeypatch
):
    before = keyring.get_keyring()
    if isinstance(backend, chainer.ChainerBackend):
        monkeypatch.setattr(chainer.ChainerBackend, "backends", [])
    keyring.set_keyring(backend)
    try:
        assert not team_secrets.keyring_usable()
        dialog = _dialog(qtbot)
        assert not dialog.remember.isEnabled()
        assert "no password store" in dialog.store_note.text()
        _type(qtbot, dialog, "nas.local", "dealbook", "anna", "pw")
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
        assert dialog.choice == CONNECT
        assert team_secrets.stored_password(dialog.connection()) is None
        assert parse_url(dialog.url())[1] == "pw"  # used for this connection only
    finally:
        keyring.set_keyring(before)


def test_open_local_file_goes_back_to_a_file(qtbot, memory_keyring):
    dialog = _dialog(qtbot)
    qtbot.mouseClick(dialog.local_button, Qt.MouseButton.LeftButton)
    assert dialog.choice == LOCAL_FILE
    assert not dialog.isVisible()


def test_a_url_without_password_takes_the_remembered_one(memory_keyring):
    connection = TeamConnection("nas.local", 5432, "dealbook", "anna")
    url = connection.url()
    assert team_secrets.fill_password(url) == url  # nothing remembered: unchanged
    team_secrets.remember_password(connection, SECRET)
    assert parse_url(team_secrets.fill_password(url)) == (connection, SECRET)
    typed = connection.url("typed")
    assert team_secrets.fill_password(typed) == typed  # a password given wins
