"""The language chosen in Settings sets how numbers and dates are written; Settings' 万 / 亿
check box is saved for this computer and used at once and at the next start."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QCheckBox

from desktop_app.presentation import format as fmt
from desktop_app.presentation import locale as loc


@pytest.fixture
def context(dealbook_home, qtbot):
    from PySide6.QtGui import QUndoStack

    from desktop_app.ui.context import AppContext, open_engine
    from desktop_app.ui.tasks import wait_for_all

    path = dealbook_home / "test.sqlite"
    ctx = AppContext(path, open_engine(path))
    ctx.undo_stack = QUndoStack(ctx)
    yield ctx
    wait_for_all()
    QApplication.processEvents()
    ctx.close()
    loc.set_current(loc.ENGLISH, large_units=False)


def test_install_sets_the_number_language():
    from desktop_app.ui import i18n

    assert i18n.install("zh_TW") == "zh_TW"
    assert loc.current() == "zh_TW"
    assert fmt.month_label("2026-03") == "2026年3月"
    i18n.install("en")
    assert loc.current() == "en" and fmt.month_label("2026-03") == "Mar 2026"


def test_settings_check_box_shows_large_amounts_in_wan(context, qtbot):
    from desktop_app.ui import i18n
    from desktop_app.ui.pages.settings_page import SettingsPage

    i18n.install("zh_CN")
    page = SettingsPage(context)
    qtbot.addWidget(page)
    boxes = [b for b in page.findChildren(QCheckBox) if "万" in b.text()]
    assert len(boxes) == 1
    assert not boxes[0].isChecked()
    assert fmt.money(12_345_678, "CNY") == "¥12,345,678"

    boxes[0].setChecked(True)  # as a click does
    assert fmt.money(12_345_678, "CNY") == "¥1,234.6万"
    assert fmt.money(123_456_789, "CNY") == "¥1.23亿"

    loc.set_current(loc.ENGLISH, large_units=False)  # a new start reads the saved choice
    i18n.install("zh_CN")
    assert loc.large_units() and fmt.number(123_456_789) == "1.23亿"
    i18n.install("en")
    assert fmt.money(12_345_678, "CNY") == "CNY 12,345,678"  # English never shows 万


def test_window_font_is_chinese_in_chinese(qapp):
    from PySide6.QtGui import QFontDatabase

    from desktop_app.reports import fonts
    from desktop_app.ui import i18n

    before = qapp.font()
    try:
        i18n.install("en")
        assert fonts.apply_to_application(qapp) is None  # English keeps the window's font
        assert qapp.font() == before
        i18n.install("zh_CN")
        family = fonts.apply_to_application(qapp)
        assert family is not None, "no Chinese font: install fonts-wqy-microhei or fonts-noto-cjk"
        assert qapp.font().families()[0] == family
        systems = QFontDatabase.writingSystems(family)
        assert QFontDatabase.WritingSystem.SimplifiedChinese in systems
    finally:
        qapp.setFont(before)
        loc.set_current(loc.ENGLISH, large_units=False)
