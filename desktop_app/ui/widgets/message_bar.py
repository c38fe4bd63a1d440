"""A non-modal message bar at the top of the window (tiers 1 and 2 of style.md #7)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

_STYLES = {
    "info": "background: #e8f1fb; border: 1px solid #b6d2f0; color: #0b3d6e;",
    "warning": "background: #fff6e0; border: 1px solid #f0d48a; color: #5c4300;",
    "error": "background: #fdecea; border: 1px solid #f1b0aa; color: #7a1b12;",
}


class MessageBar(QFrame):
    """Shows one message at a time; info messages hide themselves after a few seconds."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 6, 6)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(self.label.textInteractionFlags())
        layout.addWidget(self.label, 1)
        close = QToolButton(self)
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Dismiss"))
        close.clicked.connect(self.hide)
        layout.addWidget(close)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.level = ""
        self.hide()

    def show_message(self, text: str, level: str = "info") -> None:
        """Show ``text``; ``level`` is info, warning or error."""
        self.level = level
        self.label.setText(text)
        self.setStyleSheet(
            f"#messageBar {{ {_STYLES.get(level, _STYLES['info'])} border-radius: 4px; }}"
        )
        self.show()
        if level == "info":
            self._timer.start(6000)
        else:
            self._timer.stop()

    def text(self) -> str:
        return self.label.text() if self.isVisible() else ""
