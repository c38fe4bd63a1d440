"""The window and the command line on one database file, in two processes.

The window keeps the file open; ``python -m desktop_app.cli`` runs in a second process:
import, backup, undo-import, restore, imports. After each, the file is whole
(``PRAGMA integrity_check``), its write-ahead log still exists (nothing in the window's
process dropped SQLite's locks, so the command could not delete it under the window), and
the window shows the new data without a restart (it polls ``PRAGMA data_version``).
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.ui import notify

FILES = Path(__file__).resolve().parents[1] / "fixtures" / "files"
ROOT = Path(__file__).resolve().parents[2]


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    """``dealbook ARGS`` in another process (the same environment: DEALBOOK_HOME)."""
    return subprocess.run(
        [sys.executable, "-m", "desktop_app.cli", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=os.environ.copy(),
        timeout=120,
        check=False,
    )


def integrity(db: Path) -> str:
    conn = sqlite3.connect(db)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


def deal_count(window) -> int | None:
    dataset = window.context.dataset() if window.context is not None else None
    return None if dataset is None else len(dataset.deals)


@pytest.fixture
def failures(monkeypatch):
    """Background failures the window reports (still shown to the user as usual)."""
    seen: list[BaseException] = []
    original = notify.background_failure

    def record(exc: BaseException) -> None:
        seen.append(exc)
        original(exc)

    monkeypatch.setattr(notify, "background_failure", record)
    return seen


def test_window_and_command_line_share_the_file(window, db_path, qtbot, failures):
    wal = Path(f"{db_path}-wal")
    qtbot.waitUntil(lambda: deal_count(window) == 0, timeout=20000)
    assert wal.exists()

    # File ▸ Open on the same file: the window's process checks the file again while it
    # still holds it open; that check must not drop the locks of its connections
    with qtbot.waitSignal(window.ready, timeout=20000):
        window.open_database(db_path)
    qtbot.waitUntil(lambda: deal_count(window) == 0, timeout=20000)

    def step(*args: str, deals: int, counts: str | None = None) -> str:
        run = cli(*args, "--db", str(db_path))
        assert run.returncode == 0, run.stderr
        assert "Traceback" not in run.stderr
        assert integrity(db_path) == "ok"
        assert wal.exists(), f"the write-ahead log vanished after {args[0]}"
        qtbot.waitUntil(lambda: deal_count(window) == deals, timeout=15000)
        if counts is not None:
            qtbot.waitUntil(lambda: window.counts_label.text().startswith(counts), timeout=15000)
        assert not failures, failures
        return run.stdout

    step("imports", deals=0)
    step("import", str(FILES / "native_deals.csv"), deals=3, counts="3 deals")
    saved = step("backup", "--json", deals=3)
    backup_file = saved.split('"backup": "')[1].split('"')[0]
    assert Path(backup_file).is_file()
    step("undo-import", "1", deals=0, counts="0 deals")
    step("restore", backup_file, deals=3, counts="3 deals")
    listed = step("imports", deals=3)
    assert "native_deals.csv" in listed

    # the window still reads and writes the file
    from desktop_app.store import repository as repo

    first = int(window.context.dataset().deals["id"].iloc[0])
    repo.delete_records(window.context.engine, "deals", [first])
    window.context.reload()
    qtbot.waitUntil(lambda: deal_count(window) == 2, timeout=15000)
    assert integrity(db_path) == "ok" and wal.exists()
    assert not failures, failures


@pytest.mark.parametrize(
    ("error", "words"),
    [
        (sqlite3.OperationalError("database or disk is full"), "is full"),
        (sqlite3.OperationalError("attempt to write a readonly database"), "read-only"),
        (sqlite3.OperationalError("database is locked"), "another Dealbook"),
        (OSError(28, "No space left on device"), "is full"),
    ],
)
def test_window_words_machine_faults(error, words):
    """A fault in the window's background work is a sentence, not an exception's name."""
    text = notify.message_for(error)
    assert words in text and "background task failed" not in text
    assert text[0].isupper() and "\n" not in text


def test_failed_daily_backup_is_shown_not_silent(db_path, qtbot, monkeypatch):
    from desktop_app import paths
    from desktop_app.store.engine import open_database
    from desktop_app.ui.main_window import MainWindow

    open_database(db_path).dispose()
    (paths.backup_dir() / db_path.stem).write_text("a file where the backup folder goes")
    shown: list[tuple[str, str]] = []
    original = notify.show

    def record(text: str, level: str = "info") -> None:
        shown.append((text, level))
        original(text, level)

    monkeypatch.setattr(notify, "show", record)
    win = MainWindow(db_path)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.ready, timeout=20000):
        win.show()
        win.start()
    try:
        assert any(
            "automatic backup was not made" in text and level == "warning" for text, level in shown
        ), shown
        assert win.context is not None  # the database opened all the same
    finally:
        win.close()
