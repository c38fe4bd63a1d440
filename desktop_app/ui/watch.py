"""The window notices what other processes write: ``dealbook import`` in a terminal, say.

A :class:`ChangeWatcher` polls ``PRAGMA data_version`` (``desktop_app.store.data_version``)
every 1.5 s on the GUI thread; when another connection has committed since it last looked,
it calls back, and the context announces a change of every table through the same path
the window's own writes use (pages re-read, the dataset reloads).

The window's own writes change the number too. They announce themselves already, so the
watcher takes the number again whenever a reload starts (``loading_changed(True)``): that
reload reads everything committed before it, and only later commits count as news.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer

from desktop_app.store.data_version import DataVersion

INTERVAL_MS = 1500


class ChangeWatcher(QObject):
    """Calls ``on_change()`` when another connection has written to ``db_path``."""

    def __init__(
        self,
        db_path: Path,
        on_change: Callable[[], Any],
        parent: QObject | None = None,
        interval_ms: int = INTERVAL_MS,
    ) -> None:
        super().__init__(parent)
        self._version = DataVersion(db_path)
        self._on_change = on_change
        self._seen = self._version.read()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.poll)
        self._timer.start()

    def reloading(self, busy: bool) -> None:
        """Connected to ``loading_changed``: a reload starting sees every commit so far."""
        if busy and self._timer.isActive():
            self._seen = self._version.read()

    def poll(self) -> bool:
        """Look once; True (and ``on_change()`` called) when another connection wrote."""
        current = self._version.read()
        if current is None or current == self._seen:
            return False
        self._seen = current
        self._on_change()
        return True

    def stop(self) -> None:
        """Stop looking and release the connection (before the database is closed)."""
        self._timer.stop()
        self._version.close()


def everything() -> frozenset[str]:
    """Every table of the schema: what another process may have changed."""
    from desktop_app.store.models import Base

    return frozenset(Base.metadata.tables)
