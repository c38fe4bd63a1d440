"""The window in Chinese: every page's visible words, the language choice, the system's."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWizard

from desktop_app.ui import i18n
from desktop_app.ui.tasks import wait_for_all
from tests.i18n.walk import english_words, visible_texts


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    """A small demo company (every kind of record) in its own file."""
    from desktop_app.store.demo import generate_demo
    from desktop_app.store.engine import open_database

    path = tmp_path_factory.mktemp("zh") / "demo.sqlite"
    engine = open_database(path, create=True)
    try:
        generate_demo(engine, deals=200, seed=3)
    finally:
        engine.dispose()
    return path


def _settle() -> None:
    for _ in range(5):
        QApplication.processEvents()
        wait_for_all(20000)


@pytest.mark.parametrize(
    ("name", "language"),
    [
        ("zh_CN", "zh_CN"),
        ("zh_SG", "zh_CN"),
        ("zh_TW", "zh_TW"),
        ("zh_HK", "zh_TW"),
        ("zh_MO", "zh_TW"),
        ("zh_Hant_HK", "zh_TW"),
        ("en_US", "en"),
        ("de_DE", "en"),
        ("ja_JP", "en"),
    ],
)
def test_system_locale_decides_the_language(name, language):
    assert i18n.language_of(QLocale(name)) == language


def test_the_choice_in_settings_wins_over_the_system(monkeypatch):
    assert i18n.stored_choice() == "system"
    i18n.save_choice("zh_TW")
    assert i18n.stored_choice() == "zh_TW" and i18n.current_language() == "zh_TW"
    monkeypatch.setenv("DEALBOOK_LANGUAGE", "en")
    assert i18n.current_language() == "en"
    with pytest.raises(ValueError):
        i18n.save_choice("fr")


def test_qt_and_dealbook_catalogues_are_found_for_both_scripts():
    for language in ("zh_CN", "zh_TW"):
        assert i18n.dealbook_qm(language).is_file()
        assert i18n.qt_qm(language) is not None


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW"])
def test_every_page_of_the_window_speaks_chinese(language, demo_db, qtbot):
    from desktop_app.ui.main_window import PAGE_KEYS, MainWindow

    assert i18n.install(language) == language
    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    with qtbot.waitSignal(window.ready, timeout=30000):
        window.show()
        window.start()
    english: dict[str, str] = {}
    checked = 0
    for key in PAGE_KEYS:
        window.show_page(key)
        _settle()
        for where, text in visible_texts(window):
            checked += 1
            if english_words(text):
                english.setdefault(text, f"{key} {where}")
    window.close()
    _settle()
    assert checked > 300
    assert not english, "\n".join(f"{w}: {t!r}" for t, w in list(english.items())[:40])


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW"])
def test_import_wizard_and_qt_buttons_speak_chinese(language, demo_db, qtbot, tmp_path):
    from desktop_app.ui.import_wizard.wizard import ImportWizard

    assert i18n.install(language) == language
    csv = tmp_path / "deals.csv"
    csv.write_text("title,amount,status,closed_on,currency\nAlpha,100,won,2025-01-02,USD\n")
    wizard = _wizard(ImportWizard, demo_db, csv)
    qtbot.addWidget(wizard)
    wizard.show()
    _settle()
    words = {
        wizard.buttonText(b)
        for b in (QWizard.WizardButton.BackButton, QWizard.WizardButton.CancelButton)
    }
    assert all(not english_words(w) for w in words), words
    english = {t: w for w, t in visible_texts(wizard) if english_words(t)}
    assert not english, english
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert not english_words(box.buttons()[0].text())  # Qt's own words (qtbase_*.qm)
    wizard.close()
    _settle()


def _wizard(cls, db, path):
    from desktop_app.ui.context import AppContext, open_engine

    return cls(AppContext(db, open_engine(db)), str(path))


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW"])
def test_formulas_and_about_dialogs_speak_chinese(language, demo_db, qtbot):
    from desktop_app.ui.help_dialogs import AboutDialog, FormulasDialog

    assert i18n.install(language) == language
    formulas = FormulasDialog()
    qtbot.addWidget(formulas)
    assert formulas.table.rowCount() > 40
    for row in range(formulas.table.rowCount()):
        label, formula = (formulas.table.item(row, c).text() for c in (0, 1))
        assert not english_words(label), label
        assert not english_words(formula), formula
    about = AboutDialog(demo_db)
    qtbot.addWidget(about)
    for dialog in (formulas, about):
        dialog.show()
        _settle()
        english = {t: w for w, t in visible_texts(dialog) if english_words(t)}
        assert not english, english
        dialog.close()
    _settle()
