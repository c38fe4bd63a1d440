"""Event-loop helpers shared by the screenshot scripts (not part of the app)."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtWidgets import QApplication


def pump(seconds: float) -> None:
    """Run the event loop for a while (background work reports back, widgets paint)."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.02)


def wait_until(predicate: Callable[[], bool], what: str = "the window", timeout: float = 60.0):
    """Pump until ``predicate()`` is true; stop the script if it takes over ``timeout`` s."""
    end = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > end:
            raise SystemExit(f"timed out waiting for {what}")
        pump(0.05)
    pump(0.4)
