"""Where Dealbook keeps its files: one module, platformdirs, overridable for tests.

``DEALBOOK_DB`` overrides the database path; ``DEALBOOK_HOME`` moves the whole data,
backup and log folder (tests point it at a temporary folder).
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import PlatformDirs

_DIRS = PlatformDirs(appname="Dealbook", appauthor="Dealbook", roaming=False)


def data_dir() -> Path:
    home = os.environ.get("DEALBOOK_HOME")
    path = Path(home) if home else Path(_DIRS.user_data_dir)
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    """The database the app opens when no ``--db`` is given."""
    override = os.environ.get("DEALBOOK_DB")
    if override:
        return Path(override).expanduser()
    return data_dir() / "dealbook.sqlite"


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
