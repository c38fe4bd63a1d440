"""The window's process exits cleanly while background tasks are still running.

A task that outlived the window used to end into a destroyed application: its result's
signal raised on the worker thread, ``sys.excepthook`` (the crash dialog) ran there and
built a widget without an application, and Qt aborted the process after the window had
closed. Now the launcher cancels and waits for the tasks while the application exists, a
task's end never raises on its worker thread, and the crash dialog opens only on the GUI
thread.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import shiboken6

from desktop_app.ui import tasks

ROOT = Path(__file__).resolve().parents[2]


def test_shutdown_cancels_and_waits_for_running_tasks(qapp):
    started = threading.Event()
    seen: list[str] = []

    def work(state: tasks.TaskState) -> str:
        started.set()
        while not state.cancelled:
            threading.Event().wait(0.01)
        seen.append("cancelled")
        return "stopped"

    tasks.Op(None, work).with_state().run()
    assert started.wait(10)
    assert tasks.shutdown(10000)
    assert seen == ["cancelled"]
    qapp.processEvents()  # the result is delivered to the GUI thread, nothing raised


def test_a_task_ending_after_its_relay_is_gone_raises_nothing():
    relay = tasks._Relay()
    runnable = tasks._Runnable(lambda: 42, tasks._Handoff(relay))
    shiboken6.delete(relay)  # the application and the window are gone
    runnable.run()  # formerly: RuntimeError on the worker thread, then the crash dialog there


def test_an_error_on_a_worker_thread_is_logged_not_shown(tmp_path):
    """In its own process: a dialog built off the GUI thread makes Qt abort it."""
    script = tmp_path / "worker_error.py"
    script.write_text(
        "import sys, threading\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from desktop_app.ui import crash\n"
        "app = QApplication([])\n"
        "crash.install()\n"
        "def fail():\n"
        "    try:\n"
        "        raise ValueError('from a worker')\n"
        "    except ValueError:\n"
        "        sys.excepthook(*sys.exc_info())\n"
        "t = threading.Thread(target=fail)\n"
        "t.start(); t.join()\n"
        "print('exited cleanly')\n",
        encoding="utf-8",
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    out = subprocess.run(
        [sys.executable, str(script)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    assert "exited cleanly" in out.stdout
