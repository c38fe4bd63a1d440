"""The spec's trimming rules: which Qt translations and plugins a bundle keeps."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location(
    "spec_helpers", ROOT / "installers" / "spec_helpers.py"
)
assert _spec and _spec.loader
helpers = importlib.util.module_from_spec(_spec)
sys.modules["spec_helpers"] = helpers
_spec.loader.exec_module(helpers)


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/translations/qtbase_de.qm", True),
        ("PySide6/Qt/translations/qtbase_zh_CN.qm", True),
        ("PySide6/Qt/translations/qtbase_ko.qm", False),
        ("PySide6\\translations\\qt_help_uk.qm", False),
        ("PySide6\\translations\\qt_help_de.qm", True),
        ("PySide6/Qt/translations/qtbase_pt_BR.qm", True),
        ("resources/translations/dealbook_ko.qm", True),  # ours: never filtered
        ("PySide6/Qt/lib/libQt6Core.so.6", True),
    ],
)
def test_keep_translation(dest: str, kept: bool) -> None:
    assert helpers.keep_translation(dest) is kept


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland-egl.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/generic/libqtuiotouchplugin.so", False),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqtiff.so", False),
        ("PySide6\\plugins\\imageformats\\qwebp.dll", False),
        ("PySide6\\plugins\\platforms\\qwindows.dll", True),
        ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", True),
    ],
)
def test_keep_binary(dest: str, kept: bool) -> None:
    assert helpers.keep_binary(dest) is kept


def test_data_tree_skips_caches(tmp_path: Path) -> None:
    (tmp_path / "versions" / "__pycache__").mkdir(parents=True)
    (tmp_path / "env.py").write_text("")
    (tmp_path / "versions" / "0001_initial.py").write_text("")
    (tmp_path / "versions" / "__pycache__" / "0001_initial.cpython-311.pyc").write_bytes(b"")
    pairs = helpers.data_tree(tmp_path, "desktop_app/store/migrations")
    dests = sorted((Path(src).name, dest.replace("\\", "/")) for src, dest in pairs)
    assert dests == [
        ("0001_initial.py", "desktop_app/store/migrations/versions"),
        ("env.py", "desktop_app/store/migrations"),
    ]
