"""The database's faults in words: a read-only, full, busy or damaged file, one sentence each.

A damaged file's sentence names the newest backup to restore (the daily or "Backup now"
copies, and the copies made before an upgrade), so the user knows what to do next.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop_app.errors import (
    DAMAGED,
    NOT_SQLITE,
    UserError,
    as_user_error,
    fault_kind,
    fault_sentence,
)


def latest_backup(db_path: Path) -> Path | None:
    """The newest backup of ``db_path``: daily, "Backup now" or before an upgrade."""
    from desktop_app import paths

    db_path = Path(db_path)
    found: list[Path] = []
    try:
        folder = paths.backup_dir() / db_path.stem  # looked in, never created here
        if folder.is_dir():
            found += folder.glob(f"{db_path.stem}-*.sqlite")
        found += db_path.parent.glob(f"{db_path.stem}.backup-before-*.sqlite")
    except OSError:
        return None
    best: tuple[float, Path] | None = None
    for candidate in found:
        try:
            stamp = candidate.stat().st_mtime
        except OSError:
            continue
        if best is None or stamp > best[0]:
            best = (stamp, candidate)
    return best[1] if best else None


def damaged(db_path: Path) -> UserError:
    """The sentence for a damaged database: it names the newest backup to restore."""
    newest = latest_backup(db_path)
    text = fault_sentence(DAMAGED, db_path, backup=str(newest) if newest else None)
    assert text is not None
    return UserError(text)


def database_error(exc: BaseException, db_path: Path) -> UserError:
    """``exc`` (raised while using ``db_path``) as one sentence; a generic one if unknown."""
    kind = fault_kind(exc)
    if kind == DAMAGED:
        return damaged(db_path)
    if kind == NOT_SQLITE and (newest := latest_backup(db_path)) is not None:
        return UserError(
            f"{fault_sentence(NOT_SQLITE, db_path)} If it was your Dealbook database, restore "
            f"its latest backup, {newest}, with `dealbook restore {newest}`."
        )
    mapped = as_user_error(exc, db_path)
    if mapped is not None:
        return mapped
    return UserError(
        f"{db_path} is damaged or is not a Dealbook database. "
        "Choose a Dealbook database file, or create a new one."
    )


def check_pages(conn: sqlite3.Connection, db_path: Path, *, full: bool = False) -> None:
    """``PRAGMA quick_check`` (``integrity_check`` when ``full``); ``UserError`` if damaged."""
    pragma = "integrity_check" if full else "quick_check"
    try:
        rows = conn.execute(f"PRAGMA {pragma}(1)").fetchall()
    except sqlite3.DatabaseError as exc:
        raise database_error(exc, db_path) from exc
    if [tuple(r) for r in rows] != [("ok",)]:
        raise damaged(db_path)
