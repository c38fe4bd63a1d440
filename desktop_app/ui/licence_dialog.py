"""Help ▸ Enter licence…: paste a licence key or open its file; shows whom it is licensed to.

The key is checked on this computer against the public keys the app carries (no network).
A key that does not check out gets one sentence under the box and changes nothing; an
accepted key is saved in the data folder and the dialog shows its owner.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.errors import UserError
from desktop_app.licensing import status as licensing
from desktop_app.licensing.describe import describe
from desktop_app.licensing.keyfile import BEGIN, END
from desktop_app.ui.pages.folders import remember, start_path


def state_html(state: licensing.LicenceState) -> str:
    """The licence state as paragraphs, the first in bold (the dialog and the About box)."""
    lines = [html.escape(line) for line in describe(state)]
    return "".join(f"<p><b>{t}</b></p>" if i == 0 else f"<p>{t}</p>" for i, t in enumerate(lines))


class LicenceDialog(QDialog):
    """Paste or open a licence key, check it, install it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Enter licence"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        self.state_label = QLabel(self)
        self.state_label.setWordWrap(True)
        self.state_label.setObjectName("licenceState")
        layout.addWidget(self.state_label)
        intro = QLabel(
            self.tr(
                "Paste the licence key from your e-mail, or open the key file. It is checked "
                "on this computer: nothing is sent anywhere."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.text = QPlainTextEdit(self)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setPlaceholderText(f"{BEGIN}\n…\n{END}")  # the armour: no words
        self.text.setMinimumHeight(150)
        self.text.textChanged.connect(self._text_changed)
        layout.addWidget(self.text, 1)
        self.problem = QLabel(self)
        self.problem.setObjectName("licenceProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b3261e;")
        self.problem.hide()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(self)
        self.open_button = QPushButton(self.tr("Open key file…"), self)
        self.install_button = QPushButton(self.tr("Install licence"), self)
        self.install_button.setDefault(True)
        self.install_button.setEnabled(False)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.install_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.open_button.clicked.connect(self.open_file)
        self.install_button.clicked.connect(self.install)
        layout.addWidget(buttons)
        self.show_state(licensing.current())

    def show_state(self, state: licensing.LicenceState, installed: bool = False) -> None:
        """Show what the installed licence says (after ``installed``: that it was accepted)."""
        thanks = self.tr("Licence installed. Thank you!")
        done = f"<p>{html.escape(thanks)}</p>" if installed else ""
        self.state_label.setText(done + state_html(state))

    def _text_changed(self) -> None:
        self.install_button.setEnabled(bool(self.text.toPlainText().strip()))
        self.problem.hide()

    def open_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a licence key"),
            start_path("licence"),
            self.tr("Licence keys (*.txt *.key *.lic);;All files (*)"),
        )
        if path:
            remember("licence", path)
            self.open_path(Path(path))

    def open_path(self, path: Path) -> bool:
        """Read the key file at ``path`` into the box and install it."""
        try:
            text = licensing.read_key_file(path)
        except UserError as exc:
            self.show_problem(str(exc))
            return False
        self.text.setPlainText(text)
        return self.install()

    def install(self) -> bool:
        """Check the key in the box and install it; one sentence under the box when it is
        refused (the licence installed before stays)."""
        try:
            state = licensing.install(self.text.toPlainText())
        except UserError as exc:
            self.show_problem(str(exc))
            return False
        self.text.blockSignals(True)
        self.text.clear()
        self.text.blockSignals(False)
        self.install_button.setEnabled(False)
        self.problem.hide()
        self.show_state(state, installed=True)
        return True

    def show_problem(self, sentence: str) -> None:
        self.problem.setText(sentence)
        self.problem.show()
