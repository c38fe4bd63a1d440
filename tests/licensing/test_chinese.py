"""The licence speaks Chinese: the dialog, the About box, the command line and the review's
evaluation line, in Simplified and Traditional Chinese."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from desktop_app import cli
from desktop_app.licensing import install, sign
from desktop_app.licensing.keyfile import Licence
from tests.i18n.walk import english_words, visible_texts

pytestmark = pytest.mark.gui


@pytest.fixture
def chinese(request, qapp):
    from desktop_app.ui import i18n

    default = QLocale()
    assert i18n.install(request.param) == request.param
    yield request.param
    i18n.install("en")
    QLocale.setDefault(default)


def _english_in(widget) -> dict[str, str]:
    widget.show()
    QApplication.processEvents()
    return {t: w for w, t in visible_texts(widget) if english_words(t)}


@pytest.mark.parametrize("chinese", ["zh_CN", "zh_TW"], indirect=True)
def test_dialog_and_about_box_in_chinese(chinese, qtbot, vendor_key):
    from desktop_app.ui.help_dialogs import AboutDialog
    from desktop_app.ui.licence_dialog import LicenceDialog

    dialog = LicenceDialog()
    qtbot.addWidget(dialog)
    assert _english_in(dialog) == {}
    dialog.text.setPlainText("not a key")
    assert not dialog.install()
    assert _english_in(dialog) == {}
    buyer = Licence(
        "李安娜", "ana@example.com", "标准", 2, dt.date(2026, 11, 1), dt.date(2027, 11, 1)
    )
    dialog.text.setPlainText(sign(buyer, vendor_key.key))
    assert dialog.install()
    assert _english_in(dialog) == {}
    assert "李安娜" in dialog.state_label.text() and "2027年11月1日" in dialog.state_label.text()
    dialog.close()
    about = AboutDialog(None)
    qtbot.addWidget(about)
    assert _english_in(about) == {}
    about.close()


@pytest.mark.parametrize("chinese", ["zh_CN", "zh_TW"], indirect=True)
def test_command_line_refusal_and_review_line_in_chinese(
    chinese, capsys, tmp_path, vendor_key, monkeypatch
):
    monkeypatch.setenv("DEALBOOK_LANGUAGE", chinese)  # the command's own language choice
    from desktop_app.reports.deal_list import build_deal_list

    bad = tmp_path / "bad.txt"
    bad.write_text("-----BEGIN DEALBOOK LICENCE-----\nabc.def\n-----END DEALBOOK LICENCE-----\n")
    assert cli.main(["licence", "install", str(bad)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("此许可证密钥" if chinese == "zh_CN" else "此授權金鑰"), err
    assert cli.main(["licence", "show"]) == 0
    assert not english_words(capsys.readouterr().out)
    import pandas as pd

    line = build_deal_list(pd.DataFrame({"title": ["A"]}), "x").evaluation_line
    assert line == ("评估版" if chinese == "zh_CN" else "評估版")
    install(
        sign(
            Licence("A", "a@b.c", "S", 1, dt.date(2026, 1, 1), dt.date(2030, 1, 1)), vendor_key.key
        )
    )
    assert build_deal_list(pd.DataFrame({"title": ["A"]}), "x").evaluation_line == ""
