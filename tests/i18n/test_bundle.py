"""The catalogues are found from source and from a frozen bundle, and the bundle ships them."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

from desktop_app.ui import i18n

ROOT = Path(__file__).resolve().parents[2]


def test_from_source_dealbooks_and_qts_catalogues():
    for language in ("zh_CN", "zh_TW"):
        assert i18n.dealbook_qm(language) == ROOT / "resources" / "translations" / (
            f"dealbook_{language}.qm"
        )
        assert i18n.dealbook_qm(language).is_file()
        assert i18n.qt_qm(language).name == f"qtbase_{language}.qm"


def test_frozen_the_bundles_copies_are_used(tmp_path, monkeypatch):
    folder = tmp_path / "resources" / "translations"
    (folder / "qt").mkdir(parents=True)
    for language in ("zh_CN", "zh_TW"):
        shutil.copy(ROOT / "resources" / "translations" / f"dealbook_{language}.qm", folder)
        shutil.copy(i18n.qt_qm(language), folder / "qt")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert i18n.dealbook_qm("zh_TW") == folder / "dealbook_zh_TW.qm"
    assert i18n.qt_qm("zh_TW") == folder / "qt" / "qtbase_zh_TW.qm"
    assert i18n.install("zh_TW") == "zh_TW"
    from PySide6.QtCore import QCoreApplication

    assert QCoreApplication.translate("MainWindow", "Settings") == "設定"


def test_the_spec_ships_both_chinese_catalogues_and_keeps_them():
    spec = (ROOT / "installers" / "dealbook.spec").read_text(encoding="utf-8")
    assert '("zh_CN", "zh_TW")' in spec and '"resources/translations/qt"' in spec
    loaded = importlib.util.spec_from_file_location(
        "spec_helpers_i18n", ROOT / "installers" / "spec_helpers.py"
    )
    helpers = importlib.util.module_from_spec(loaded)
    loaded.loader.exec_module(helpers)
    for language in ("zh_CN", "zh_TW"):
        assert helpers.keep_translation(f"resources/translations/qt/qtbase_{language}.qm")
        assert helpers.keep_translation(f"resources/translations/dealbook_{language}.qm")
