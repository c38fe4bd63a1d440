"""File dialogs open in the folder last used for the same kind of file (kept in QSettings).

Kinds: ``export`` (tables and charts), ``review`` (the PDF review), ``workspace`` (new and
opened databases), ``import`` (files to import), ``backup`` (restore). The first time, a
dialog opens in the home folder.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

_PREFIX = "last_folder/"


def last_folder(kind: str) -> Path:
    """The folder last used by a dialog of ``kind`` (the home folder when none or gone)."""
    value = QSettings().value(_PREFIX + kind, "")
    folder = Path(str(value)) if value else Path.home()
    return folder if folder.is_dir() else Path.home()


def start_path(kind: str, file_name: str = "") -> str:
    """Where a dialog of ``kind`` starts: the last folder, with ``file_name`` suggested."""
    folder = last_folder(kind)
    return str(folder / file_name) if file_name else str(folder)


def remember(kind: str, chosen: str | Path) -> None:
    """Remember the folder of ``chosen`` (a file or folder path) for dialogs of ``kind``."""
    if not chosen:
        return
    path = Path(chosen)
    folder = path if path.is_dir() else path.parent
    settings = QSettings()
    settings.setValue(_PREFIX + kind, str(folder))
    settings.sync()
