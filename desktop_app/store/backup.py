"""Backups of the database file: one automatic copy a day, "Backup now", and restore.

Everything goes through SQLite (``sqlite3.Connection.backup``), never a file copy: a copy
of a live database in WAL mode can miss its last writes, and opening and closing the file
outside SQLite drops the locks this process holds on it (another process may then delete
the write-ahead log under the window). So:

* a backup reads the live database with the online backup API into ``<name>.partial``,
  after ``PRAGMA integrity_check`` (a damaged file is never backed up, so no good old
  backup is pruned for it), and renames it into place once whole;
* a restore keeps the current data aside (a backup), then copies the backup's pages *into*
  the open database with the same API, as one write transaction: every connection, in
  this process or another (the window, a command), sees the restored data as a change.

Backups live in ``paths.backup_dir() / <db stem> /`` and are named by date
(``<stem>-YYYY-MM-DD.sqlite`` for the daily copy, ``<stem>-YYYY-MM-DD-HHMMSS.sqlite`` for
"Backup now"); the newest 10 are kept.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from desktop_app import paths
from desktop_app.errors import DAMAGED, NOT_SQLITE, UserError, as_user_error, fault_kind
from desktop_app.store import faults
from desktop_app.translation import translate

KEEP = 10
BUSY_TIMEOUT_MS = 10_000
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


def _uri(path: Path, mode: str) -> str:
    return Path(path).resolve().as_uri() + f"?mode={mode}"


@contextlib.contextmanager
def _connect(path: Path, mode: str = "rw") -> Iterator[sqlite3.Connection]:
    """A plain SQLite connection (``ro``, ``rw`` or ``rwc``) with a busy timeout."""
    conn = sqlite3.connect(_uri(path, mode), uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        yield conn
    finally:
        conn.close()


def _copy(source: Path, target: Path, *, check: bool = True) -> None:
    """Copy the live database ``source`` to a new file ``target`` (checked, then renamed)."""
    tmp = target.with_name(target.name + ".partial")
    with _connect(source) as src:
        if check:
            faults.check_pages(src, source, full=True)
        try:
            with _connect(tmp, "rwc") as dst:
                src.backup(dst)
            tmp.replace(target)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise


def discard(path: Path) -> None:
    """Delete a database file nobody uses (a leftover of a crash), with its -wal and -shm."""
    for leftover in (Path(path), Path(f"{path}-wal"), Path(f"{path}-shm")):
        leftover.unlink(missing_ok=True)


def place_new(source: Path, target: Path) -> Path:
    """Copy a database this process has just written and closed into place, then delete it.

    Used for a file made in full before it appears (the demo company): the copy goes
    through SQLite into ``<target>.partial`` and is renamed in once whole.
    """
    _copy(Path(source), Path(target), check=False)
    discard(Path(source))
    return Path(target)


def _copy_error(exc: BaseException, target: Path) -> UserError:
    mapped = as_user_error(exc, target.parent)
    if mapped is not None:
        return mapped
    return UserError(
        translate(
            "errors", "The backup could not be written ({0}). Free some disk space and try again."
        ).format(exc)
    )


def list_backups(db_path: Path) -> list[Path]:
    """This database's backups, newest first."""
    folder = folder_for(db_path)
    return sorted(folder.glob(f"{Path(db_path).stem}-*.sqlite"), reverse=True)


def prune(db_path: Path, keep: int = KEEP) -> None:
    """Delete all but the newest ``keep`` backups."""
    for old in list_backups(db_path)[keep:]:
        old.unlink(missing_ok=True)


def is_team_database(db_path: str | Path) -> bool:
    """Whether ``db_path`` names a team database (a PostgreSQL URL, even one made a
    ``Path``, which folds its ``//``) rather than a file."""
    return str(db_path).strip().lower().startswith(("postgresql:", "postgres:"))


def team_database_refusal() -> UserError:
    """A team database is backed up and restored on its server, not by Dealbook."""
    return UserError(
        translate(
            "errors",
            "A team database is backed up and restored on its server with PostgreSQL's "
            "pg_dump and pg_restore (see the team guide, docs/team.md), not by Dealbook.",
        )
    )


def backup_now(db_path: Path | str, now: dt.datetime | None = None) -> Path:
    """Copy the database now; returns the copy's path (a team database: ``UserError``)."""
    if is_team_database(db_path):
        raise team_database_refusal()
    db_path = Path(db_path)
    if not db_path.exists():
        raise UserError(
            translate("errors", "There is no database at {0} to back up.").format(db_path)
        )
    now = now or dt.datetime.now()
    target = folder_for(db_path) / f"{db_path.stem}-{now:%Y-%m-%d-%H%M%S}.sqlite"
    try:
        _copy(db_path, target)
    except UserError:
        raise
    except (OSError, sqlite3.Error) as exc:
        raise _copy_error(exc, target) from exc
    prune(db_path)
    return target


def auto_backup(db_path: Path | str, today: dt.date | None = None) -> Path | None:
    """The daily backup on opening: made once a day, None when today's copy exists (and
    for a team database, which its server backs up)."""
    if is_team_database(db_path):
        return None
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
    if not path.is_file():
        raise UserError(translate("errors", "There is no backup file at {0}.").format(path))
    try:
        with _connect(path, "ro") as conn:
            counts = {}
            for table in _COUNTED:
                counts[table] = int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    except sqlite3.Error as exc:
        raise UserError(
            translate("errors", "{0} is not a Dealbook backup ({1}).").format(path.name, exc)
        ) from exc
    created = dt.datetime.fromtimestamp(path.stat().st_mtime)
    return BackupInfo(path, created, counts)


def restore(backup: Path, db_path: Path | str, now: dt.datetime | None = None) -> Path:
    """Replace the database's data with ``backup``'s; the current data is kept aside first.

    Works while other connections (the window, another command) have ``db_path`` open:
    the pages are written through SQLite in one transaction. Returns the path of the copy
    of the data that was replaced. A file SQLite cannot read at all (a broken first page)
    is moved aside instead of copied, and the backup takes its place. A team database is
    restored on its server (``UserError``).
    """
    if is_team_database(db_path):
        raise team_database_refusal()
    backup, db_path = Path(backup), Path(db_path)
    inspect(backup)  # refuses a file that is not a backup
    now = now or dt.datetime.now()
    kept = folder_for(db_path) / f"before-restore-{now:%Y-%m-%d-%H%M%S}.sqlite"
    try:
        with _connect(backup, "ro") as src:
            try:
                faults.check_pages(src, backup, full=True)
            except UserError:
                raise UserError(
                    translate(
                        "errors", "The backup {0} is damaged too: choose an older backup."
                    ).format(backup.name)
                ) from None
            if not _readable(db_path):
                return _replace_unreadable(src, db_path, now)
            if db_path.exists() and db_path.stat().st_size > 0:
                _copy(db_path, kept, check=False)  # kept even when damaged
            with _connect(db_path, "rwc") as dst:
                src_size = src.execute("PRAGMA page_size").fetchone()[0]
                dst_size = dst.execute("PRAGMA page_size").fetchone()[0]
                if src_size != dst_size and _journal_mode(dst) == "wal":
                    raise UserError(
                        translate(
                            "errors",
                            "{0} was saved with another page size than {1}: "
                            "open the backup itself with File ▸ Open instead.",
                        ).format(backup.name, db_path.name)
                    )
                src.backup(dst)
    except UserError:
        raise
    except (OSError, sqlite3.Error) as exc:
        mapped = as_user_error(exc, db_path)
        raise mapped or UserError(
            translate(
                "errors", "{0} could not be restored ({1}). Nothing was changed; try again."
            ).format(db_path, exc)
        ) from exc
    return kept


def _readable(db_path: Path) -> bool:
    """False when SQLite cannot read the file's header or schema (a broken first page)."""
    if not db_path.exists() or db_path.stat().st_size == 0:
        return True
    try:
        with _connect(db_path, "ro") as conn:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        if fault_kind(exc) in (DAMAGED, NOT_SQLITE):
            return False
        raise
    return True


def _replace_unreadable(src: sqlite3.Connection, db_path: Path, now: dt.datetime) -> Path:
    """Put ``src`` in place of a file SQLite cannot read; that file is moved aside, whole.

    Nothing can have a working connection on such a file, so it is renamed (with its
    ``-wal`` and ``-shm``, which may hold its latest writes) to
    ``<stem>.damaged-<stamp>.sqlite`` next to it, and the backup's copy renamed in.
    """
    kept = db_path.with_name(f"{db_path.stem}.damaged-{now:%Y-%m-%d-%H%M%S}.sqlite")
    tmp = db_path.with_name(db_path.name + ".restoring")
    tmp.unlink(missing_ok=True)
    try:
        with _connect(tmp, "rwc") as dst:
            src.backup(dst)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    os.replace(db_path, kept)
    for suffix in ("-wal", "-shm"):
        side = Path(f"{db_path}{suffix}")
        if side.exists():
            os.replace(side, Path(f"{kept}{suffix}"))
    os.replace(tmp, db_path)
    return kept


def _journal_mode(conn: sqlite3.Connection) -> str:
    return str(conn.execute("PRAGMA journal_mode").fetchone()[0]).lower()
