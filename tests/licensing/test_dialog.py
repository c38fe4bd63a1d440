"""Help ▸ Enter licence… and the About box, offscreen: paste or open a key, see whom it is
licensed to; a changed key is one sentence under the box and changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPushButton

from desktop_app.licensing import licence_path, sign
from desktop_app.licensing.words import not_genuine
from desktop_app.ui.help_dialogs import AboutDialog
from desktop_app.ui.licence_dialog import LicenceDialog

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def private_settings(tmp_path, qapp):
    """QSettings (last folders, window geometry) in a temporary folder, never the user's."""
    from PySide6.QtCore import QCoreApplication, QSettings

    QCoreApplication.setOrganizationName("Dealbook")
    QCoreApplication.setApplicationName("DealbookTests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qs"))
    yield
    QSettings().clear()


def test_pasting_a_key_shows_whom_it_is_licensed_to(qtbot, vendor_key, licence, no_network):
    dialog = LicenceDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert "Evaluation copy" in dialog.state_label.text()
    assert not dialog.install_button.isEnabled()
    dialog.text.setPlainText("Hello Ana,\n> " + sign(licence, vendor_key.key).replace("\n", "\n> "))
    assert dialog.install_button.isEnabled()
    qtbot.mouseClick(dialog.install_button, qtbot_left())
    shown = dialog.state_label.text()
    assert "Licence installed" in shown and "Licensed to Ana Li &lt;ana@example.com&gt;." in shown
    assert "Standard edition, 3 seats; updates until 2027-10-31." in shown
    assert dialog.problem.isHidden() and dialog.text.toPlainText() == ""
    assert licence_path().read_text().startswith("-----BEGIN DEALBOOK LICENCE-----")


def test_a_changed_key_is_one_sentence_and_changes_nothing(qtbot, vendor_key, licence):
    dialog = LicenceDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    text = sign(licence, vendor_key.key)
    i = text.index("\n", 40) - 5
    dialog.text.setPlainText(text[:i] + ("x" if text[i] != "x" else "y") + text[i + 1 :])
    assert not dialog.install()
    assert dialog.problem.isVisible() and dialog.problem.text() == not_genuine()
    assert not licence_path().exists()
    assert "Evaluation copy" in dialog.state_label.text()
    dialog.text.insertPlainText(" ")  # typing again hides the sentence
    assert dialog.problem.isHidden()


def test_opening_a_key_file_installs_it(qtbot, vendor_key, licence, tmp_path):
    key_file = tmp_path / "ana.txt"
    key_file.write_text(sign(licence, vendor_key.key), encoding="utf-8")
    dialog = LicenceDialog()
    qtbot.addWidget(dialog)
    assert dialog.open_path(key_file)
    assert "Licensed to Ana Li" in dialog.state_label.text()
    assert not dialog.open_path(tmp_path / "missing.txt")
    assert dialog.problem.text().startswith("No file at")


def test_the_about_box_reminds_then_names_the_licensee(qtbot, vendor_key, licence):
    about = AboutDialog(None)
    qtbot.addWidget(about)
    assert about.licence_label.text().startswith("<p><b>Evaluation copy: everything works")
    enter = [b for b in about.findChildren(QPushButton) if b.text() == "Enter licence…"]
    assert len(enter) == 1

    def paste_and_close():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, LicenceDialog)
        dialog.text.setPlainText(sign(licence, vendor_key.key))
        assert dialog.install()
        dialog.accept()

    QTimer.singleShot(0, paste_and_close)
    enter[0].click()  # the About box opens Help ▸ Enter licence…, then shows the licence
    assert "Licensed to Ana Li" in about.licence_label.text()
    again = AboutDialog(None)
    qtbot.addWidget(again)
    assert "Licensed to Ana Li" in again.licence_label.text()
    labels = [b.text() for b in again.findChildren(QDialogButtonBox)[0].buttons()]
    assert "Enter licence…" not in labels  # licensed: no reminder button


def test_the_help_menu_opens_the_dialog(qtbot, vendor_key, dealbook_home):
    from desktop_app.ui.main_window import MainWindow

    window = MainWindow(Path(dealbook_home) / "menu.sqlite")
    qtbot.addWidget(window)
    help_menu = [a.menu() for a in window.menuBar().actions() if a.text() == "&Help"][0]
    action = [a for a in help_menu.actions() if a.text() == "Enter licence…"][0]
    seen = []

    def close():
        dialog = QApplication.activeModalWidget()
        seen.append(type(dialog).__name__)
        dialog.reject()

    QTimer.singleShot(0, close)
    action.trigger()
    assert seen == ["LicenceDialog"]
    window.close()


def qtbot_left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton
