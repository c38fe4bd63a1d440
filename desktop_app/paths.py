"""Where Dealbook keeps its files: one module, platformdirs, overridable for tests.

``DEALBOOK_DB`` overrides the database path; ``DEALBOOK_HOME`` moves the whole data,
backup and log folder (tests point it at a temporary folder).
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from platformdirs import PlatformDirs

_DIRS = PlatformDirs(appname="Dealbook", appauthor="Dealbook", roaming=False)


def data_dir() -> Path:
    home = os.environ.get("DEALBOOK_HOME")
    path = Path(home) if home else Path(_DIRS.user_data_dir)
    path.mkdir(parents=True, exist_ok=True)
    return path


#: the file (in the data folder) naming the workspace the window opened last
LAST_WORKSPACE_FILE = "last-workspace.txt"


def home_db_path() -> Path:
    """``dealbook.sqlite`` in the data folder: the workspace of a first start."""
    return data_dir() / "dealbook.sqlite"


def default_db_path() -> Path:
    """The database the window and the commands use when no ``--db`` is given.

    ``DEALBOOK_DB`` if set; else the workspace the window opened last (File ▸ Open or New
    database, remembered by :func:`remember_workspace`) while that file exists; else
    :func:`home_db_path`. The demo company is never remembered: it stays apart.
    """
    override = os.environ.get("DEALBOOK_DB")
    if override:
        return Path(override).expanduser()
    return last_workspace() or home_db_path()


def last_workspace() -> Path | None:
    """The workspace the window opened last, when it still exists."""
    try:
        text = (data_dir() / LAST_WORKSPACE_FILE).read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None
    path = Path(text) if text else None
    return path if path is not None and path.is_file() else None


def remember_workspace(path: str | os.PathLike[str]) -> None:
    """Remember ``path`` as the workspace the commands use without ``--db``."""
    target = Path(path).expanduser().resolve()
    if target == demo_db_path().resolve():
        return  # the demo never becomes the default
    # a read-only data folder: the commands keep the home database
    with contextlib.suppress(OSError):
        (data_dir() / LAST_WORKSPACE_FILE).write_text(str(target) + "\n", encoding="utf-8")


def reading_db(arg: str | os.PathLike[str] | None) -> tuple[Path, bool]:
    """The database a command that only reads uses, and whether it is the demo company.

    ``--db`` or :func:`default_db_path`; when that does not exist and no ``--db`` or
    ``DEALBOOK_DB`` named it, the demo company if it exists (after ``scripts/setup.sh`` the
    window shows the demo; the commands then read what the window showed).
    """
    path = resolve_db(arg)
    if arg or os.environ.get("DEALBOOK_DB") or path.exists():
        return path, False
    demo = demo_db_path()
    return (demo, True) if demo.is_file() else (path, False)


def demo_db_path() -> Path:
    """The separate demo-company file, never mixed with real data."""
    return data_dir() / "demo-company.sqlite"


def backup_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    home = os.environ.get("DEALBOOK_HOME")
    path = Path(home) / "logs" if home else Path(_DIRS.user_log_dir)
    path.mkdir(parents=True, exist_ok=True)
    return path


def resolve_db(arg: str | os.PathLike | None) -> Path:
    """The ``--db`` argument if given, else the default database."""
    return Path(arg).expanduser() if arg else default_db_path()
