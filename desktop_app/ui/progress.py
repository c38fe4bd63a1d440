"""The window's busy line: what it is waiting for, with a moving bar, in the status bar.

Tasks say what they wait for through :mod:`desktop_app.ui.tasks` (``Op(...).busy(text)``,
``begin_busy`` / ``end_busy``); the line shows the oldest wait still going on (and how many
more), and hides when there is none. The window stays usable meanwhile: menus, pages and
the other figures answer as usual.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

from desktop_app.ui import tasks


def _tr(text: str) -> str:
    return QCoreApplication.translate("progress", text)


class BusyBar(QWidget):
    """A label and an indeterminate progress bar, hidden while nothing is awaited."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("busyBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.label = QLabel(self)
        self.label.setObjectName("countsLabel")
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)  # no end known: the bar moves to and fro
        self.bar.setTextVisible(False)
        self.bar.setFixedSize(110, 12)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        self.hide()

    def set_text(self, text: str) -> None:
        """Show ``text`` with the moving bar; an empty text hides both."""
        self.label.setText(text)
        self.setVisible(bool(text))

    def text(self) -> str:
        """The wait shown ("" when none)."""
        return "" if self.isHidden() else self.label.text()

    def show_waits(self, texts: list[str]) -> None:
        """The sink of :func:`desktop_app.ui.tasks.set_busy_sink`."""
        if not texts:
            self.set_text("")
        elif len(texts) == 1:
            self.set_text(texts[0])
        else:
            more = (
                _tr("%1 (and %2 more)").replace("%1", texts[0]).replace("%2", str(len(texts) - 1))
            )
            self.set_text(more)


def install(window: QWidget) -> BusyBar:
    """A busy line at the right of ``window``'s status bar, fed by every task's wait."""
    bar = BusyBar(window)
    window.statusBar().addPermanentWidget(bar)  # type: ignore[attr-defined]
    sink = bar.show_waits
    tasks.set_busy_sink(sink)
    bar.destroyed.connect(lambda *_: tasks.drop_busy_sink(sink))
    return bar
