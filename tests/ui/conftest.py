"""GUI test isolation: a fresh database, private QSettings, patched modal dialogs, no leaks."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.ui.tasks import wait_for_all


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, dealbook_home, qapp):
    """QSettings in a temp folder (INI), names set as the app sets them."""
    QCoreApplication.setOrganizationName("Dealbook")
    QCoreApplication.setApplicationName("DealbookTests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qs"))
    yield
    QSettings().clear()


@pytest.fixture(autouse=True)
def no_leaks(qapp, monkeypatch):
    """Modal boxes answer Yes; fail when a test leaves a thread busy or a window open."""
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    yield
    assert wait_for_all(20000), "a background task is still running"
    QApplication.processEvents()
    left = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    for widget in left:
        widget.close()
        widget.deleteLater()
    QApplication.processEvents()
    assert not left, f"windows left open: {left}"


@pytest.fixture
def db_path(dealbook_home) -> Path:
    return Path(dealbook_home) / "test.sqlite"


@pytest.fixture
def context(db_path, qtbot):
    """An AppContext on a fresh database with an undo stack."""
    from desktop_app.ui.context import AppContext, open_engine

    ctx = AppContext(db_path, open_engine(db_path))
    ctx.undo_stack = QUndoStack(ctx)
    yield ctx
    wait_for_all()
    QApplication.processEvents()
    ctx.close()


def add_deals(context, n: int = 3, **extra) -> list[int]:
    """Add ``n`` won deals through the repository (not undoable)."""
    from desktop_app.store import repository as repo

    ids = []
    for i in range(n):
        record = {
            "title": f"Deal {i}",
            "account": f"Acme {i % 2}",
            "owner": "Alice" if i % 2 else "Bob",
            "source": "Website",
            "stage": "Proposal",
            "status": "won",
            "amount": 1000.0 * (i + 1),
            "currency": "USD",
            "created_on": dt.date.today() - dt.timedelta(days=30),
            "closed_on": dt.date.today() - dt.timedelta(days=1),
        }
        record.update(extra)
        ids.append(repo.create_record(context.engine, "deals", record).id)
    return ids


@pytest.fixture
def window(db_path, qtbot):
    """The main window on a fresh database, started and ready."""
    from desktop_app.ui.main_window import MainWindow

    win = MainWindow(db_path)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.ready, timeout=20000):
        win.show()
        win.start()
    yield win
    win.close()
    wait_for_all()
    QApplication.processEvents()
