"""Backups of the database file: one automatic copy a day, "Backup now", and restore.

Copies are made with SQLite's online backup API (``sqlite3.Connection.backup``), so they are
consistent even while the window has the file open in WAL mode. They live in
``paths.backup_dir() / <db stem> /`` and are named by date (``<stem>-YYYY-MM-DD.sqlite`` for
the daily copy, ``<stem>-YYYY-MM-DD-HHMMSS.sqlite`` for "Backup now"); the newest 10 are kept.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from desktop_app import paths
from desktop_app.errors import UserError

KEEP = 10
_COUNTED = ("deals", "leads", "spend", "nps", "quotas", "forecasts", "accounts")


@dataclass(frozen=True)
class BackupInfo:
    """A backup file and what is in it."""

    path: Path
    created: dt.datetime
    counts: dict[str, int]


def folder_for(db_path: Path) -> Path:
    """The backup folder of one database."""
    folder = paths.backup_dir() / Path(db_path).stem
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _copy(source: Path, target: Path) -> None:
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        tmp = target.with_suffix(".partial")
        dst = sqlite3.connect(str(tmp))
        try:
            src.backup(dst)
        finally:
            dst.close()
        tmp.replace(target)
    finally:
        src.close()


def list_backups(db_path: Path) -> list[Path]:
    """This database's backups, newest first."""
    folder = folder_for(db_path)
    return sorted(folder.glob(f"{Path(db_path).stem}-*.sqlite"), reverse=True)


def prune(db_path: Path, keep: int = KEEP) -> None:
    """Delete all but the newest ``keep`` backups."""
    for old in list_backups(db_path)[keep:]:
        old.unlink(missing_ok=True)


def backup_now(db_path: Path, now: dt.datetime | None = None) -> Path:
    """Copy the database now; returns the copy's path."""
    db_path = Path(db_path)
    if not db_path.exists():
        raise UserError(f"There is no database at {db_path} to back up.")
    now = now or dt.datetime.now()
    target = folder_for(db_path) / f"{db_path.stem}-{now:%Y-%m-%d-%H%M%S}.sqlite"
    try:
        _copy(db_path, target)
    except (OSError, sqlite3.Error) as exc:
        raise UserError(
            f"The backup could not be written ({exc}). Free some disk space and try again."
        ) from exc
    prune(db_path)
    return target


def auto_backup(db_path: Path, today: dt.date | None = None) -> Path | None:
    """The daily backup on opening: made once a day, None when today's copy exists."""
    db_path = Path(db_path)
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None
    today = today or dt.date.today()
    folder = folder_for(db_path)
    if any(folder.glob(f"{db_path.stem}-{today:%Y-%m-%d}*.sqlite")):
        return None
    target = folder / f"{db_path.stem}-{today:%Y-%m-%d}.sqlite"
    _copy(db_path, target)
    prune(db_path)
    return target


def inspect(path: Path) -> BackupInfo:
    """Open a backup read-only and count its rows (shown before a restore)."""
    path = Path(path)
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            counts = {}
            for table in _COUNTED:
                counts[table] = int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise UserError(f"{path.name} is not a Dealbook backup ({exc}).") from exc
    created = dt.datetime.fromtimestamp(path.stat().st_mtime)
    return BackupInfo(path, created, counts)


def restore(backup: Path, db_path: Path, now: dt.datetime | None = None) -> Path:
    """Replace the database with ``backup``; the current file is kept aside first.

    The caller must have closed its engine on ``db_path``. Returns the path of the copy of
    the file that was replaced.
    """
    backup, db_path = Path(backup), Path(db_path)
    inspect(backup)  # refuses a file that is not a backup
    now = now or dt.datetime.now()
    kept = folder_for(db_path) / f"before-restore-{now:%Y-%m-%d-%H%M%S}.sqlite"
    if db_path.exists():
        _copy(db_path, kept)
    for suffix in ("-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    tmp = db_path.with_suffix(".restoring")
    shutil.copyfile(backup, tmp)
    tmp.replace(db_path)
    return kept
