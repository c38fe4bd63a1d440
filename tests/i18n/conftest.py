"""Translation tests: private QSettings, English again after each test."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings


@pytest.fixture(autouse=True)
def isolated_language(tmp_path, qapp, monkeypatch):
    """QSettings in a temp folder; no language forced; English translators after the test."""
    QCoreApplication.setOrganizationName("Dealbook")
    QCoreApplication.setApplicationName("DealbookTests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qs"))
    monkeypatch.delenv("DEALBOOK_LANGUAGE", raising=False)
    default = QLocale()
    yield
    from desktop_app.ui import i18n

    i18n.install("en")
    QLocale.setDefault(default)
    QSettings().clear()
