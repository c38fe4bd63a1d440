"""The dashboard's drawings after a refresh: what is in view at once, the rest one per
event-loop turn (so the window stays responsive and paints what it shows first)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QPoint, QRect, QTimer
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

#: (the widget a drawing redraws, the drawing)
Job = tuple[QWidget, Callable[[], None]]


def in_view(widget: QWidget, viewport: QWidget) -> bool:
    """True when some of ``widget`` shows in ``viewport`` (a scroll area's viewport, an
    ancestor of it) of a window on screen."""
    if not (widget.isVisible() and viewport.isVisible()):
        return False
    if not viewport.isAncestorOf(widget):
        return True
    return QRect(widget.mapTo(viewport, QPoint(0, 0)), widget.size()).intersects(viewport.rect())


class Drawings(QObject):
    """Drawings still to do for the results shown; ``done()`` after the last one."""

    def __init__(
        self, viewport: QWidget, done: Callable[[], None], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._viewport = viewport
        self._done = done
        self._jobs: list[Job] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._next)

    def pending(self) -> bool:
        """True while some drawing waits."""
        return bool(self._jobs)

    def clear(self) -> None:
        """Forget the drawings of results that were superseded."""
        self._jobs = []
        self._timer.stop()

    def start(self, jobs: list[Job]) -> None:
        """Draw what is in view now, the rest one per event-loop turn."""
        self._jobs = list(jobs)
        self.draw_in_view()
        if self._jobs:
            self._timer.start()

    def draw_in_view(self) -> None:
        """Do the drawings of the widgets in view now (after a scroll, say)."""
        later = []
        for widget, draw in self._jobs:
            if isValid(widget) and in_view(widget, self._viewport):
                draw()
            else:
                later.append((widget, draw))
        self._jobs = later

    def _next(self) -> None:
        if not self._jobs:
            return
        self.draw_in_view()
        if self._jobs:
            _widget, draw = self._jobs.pop(0)
            draw()
        if self._jobs:
            self._timer.start()
        else:
            self._done()
