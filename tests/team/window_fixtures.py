"""Shared setup of the team window tests: private QSettings, an in-memory password store,
and no window or background task left behind (the GUI tests of tests/ui do the same)."""

from __future__ import annotations

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

from desktop_app.ui.tasks import wait_for_all


class MemoryKeyring(KeyringBackend):
    """A password store held in this process: what the system's store would hold."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.passwords:
            raise PasswordDeleteError(username)
        del self.passwords[(service, username)]


@pytest.fixture
def team_settings(tmp_path, dealbook_home, qapp):
    """QSettings in a temp folder (INI), names set as the app sets them."""
    QCoreApplication.setOrganizationName("Dealbook")
    QCoreApplication.setApplicationName("DealbookTeamTests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qs"))
    yield tmp_path / "qs"
    QSettings().clear()


@pytest.fixture
def memory_keyring():
    """The password store for this test: a fresh in-memory backend."""
    before = keyring.get_keyring()
    store = MemoryKeyring()
    keyring.set_keyring(store)
    yield store
    keyring.set_keyring(before)


@pytest.fixture
def no_windows_left(qapp):
    """Fail when a test leaves a background task busy or a window open."""
    yield
    assert wait_for_all(20000), "a background task is still running"
    QApplication.processEvents()
    left = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    for widget in left:
        widget.close()
        widget.deleteLater()
    QApplication.processEvents()
    assert not left, f"windows left open: {left}"
