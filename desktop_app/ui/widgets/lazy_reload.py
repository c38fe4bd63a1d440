"""Reload a page's rows now when it is on screen, else the next time it is shown."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent


class LazyReload:
    """Mixin for QWidget pages with a ``reload()``: one place for "stale until shown".

    A page calls ``mark_stale()`` when the data behind it changed; hidden pages wait to be
    shown, so one write does not reload every page of the window. ``reload()`` sets
    ``_dirty = False`` when it has taken the new rows.
    """

    _dirty = True

    def mark_stale(self) -> None:
        self._dirty = True
        if self.isVisible():  # type: ignore[attr-defined]
            self.reload()  # type: ignore[attr-defined]

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)  # type: ignore[misc]
        if self._dirty:
            self.reload()  # type: ignore[attr-defined]
