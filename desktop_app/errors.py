"""Errors that carry a plain-language sentence for the user, and the machine's faults in words.

:func:`fault_sentence` turns what the machine says (an ``OSError``, an SQLite error, the
same wrapped by SQLAlchemy) into one sentence naming the file and what to do: a read-only
file or folder, a full disk, a database another Dealbook is writing to, a path too long, a
damaged file. It knows nothing of Dealbook's data, so it imports nothing of the app.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from desktop_app.translation import translate


class UserError(Exception):
    """Something the user can fix: the message says what is wrong and what to do.

    The command line prints the message alone on stderr and exits with status 1; the
    window shows it inline or in a message box. Never a traceback.
    """


# SQLite's primary result codes (sqlite3.h); Python exposes them as ``sqlite_errorcode``.
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26

READ_ONLY = "read-only"
FULL = "full"
BUSY = "busy"
TOO_LONG = "too-long"
DAMAGED = "damaged"
NOT_SQLITE = "not-sqlite"
CANNOT_OPEN = "cannot-open"
IO = "io"
FOLDER = "folder"

_ERRNO_KIND = {
    errno.EROFS: READ_ONLY,
    errno.EACCES: READ_ONLY,
    errno.EPERM: READ_ONLY,
    errno.ENOSPC: FULL,
    errno.EDQUOT: FULL,
    errno.EFBIG: FULL,
    errno.ENAMETOOLONG: TOO_LONG,
    errno.EISDIR: FOLDER,
    errno.EIO: IO,
}

_SQLITE_KIND = {
    SQLITE_BUSY: BUSY,
    SQLITE_LOCKED: BUSY,
    SQLITE_READONLY: READ_ONLY,
    SQLITE_IOERR: IO,
    SQLITE_CORRUPT: DAMAGED,
    SQLITE_FULL: FULL,
    SQLITE_CANTOPEN: CANNOT_OPEN,
    SQLITE_NOTADB: NOT_SQLITE,
}

#: SQLite's messages, for errors that lost their code on the way
_SQLITE_TEXT = (
    ("database is locked", BUSY),
    ("database table is locked", BUSY),
    ("readonly database", READ_ONLY),
    ("database or disk is full", FULL),
    ("disk image is malformed", DAMAGED),
    ("file is not a database", NOT_SQLITE),
    ("unable to open database file", CANNOT_OPEN),
    ("disk i/o error", IO),
)


def _unwrap(exc: BaseException) -> BaseException:
    """The driver's own error inside a SQLAlchemy wrapper (``.orig``), else ``exc``."""
    seen = 0
    while (inner := getattr(exc, "orig", None)) is not None and seen < 5:
        exc = inner
        seen += 1
    return exc


def fault_kind(exc: BaseException) -> str | None:
    """What kind of machine fault ``exc`` is (the constants above), or None."""
    exc = _unwrap(exc)
    if isinstance(exc, OSError):
        return _ERRNO_KIND.get(exc.errno or 0)
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int) and (code & 0xFF) in _SQLITE_KIND:
        return _SQLITE_KIND[code & 0xFF]
    text = str(exc).lower()
    if type(exc).__module__.startswith(("sqlite3", "sqlalchemy")) or "sqlite" in text:
        for needle, kind in _SQLITE_TEXT:
            if needle in text:
                return kind
    return None


def writable(path: Path) -> bool:
    """True when ``path`` (an existing file or folder) can be written by this process."""
    return os.access(path, os.W_OK)


def fault_sentence(
    kind: str | None, path: str | os.PathLike | None, *, backup: str | None = None
) -> str | None:
    """One sentence for a fault of ``kind`` on ``path``: what is wrong and what to do."""
    if path is None:  # the window's background work: the open database
        return _capital(_sentence(kind, translate("errors", "the database"), backup))
    return _sentence(kind, str(path), backup)


def _capital(text: str | None) -> str | None:
    return text[:1].upper() + text[1:] if text else text


def _sentence(kind: str | None, name: str, backup: str | None) -> str | None:
    if kind == READ_ONLY:
        return translate(
            "errors",
            "{0} is read-only (or its folder is): Dealbook cannot write there. "
            "Make the file and its folder writable, or choose a folder you can write to.",
        ).format(name)
    if kind == FULL:
        return translate(
            "errors",
            "The disk holding {0} is full: nothing was written. "
            "Free some disk space, then try again.",
        ).format(name)
    if kind == BUSY:
        return translate(
            "errors",
            "{0} is busy: another Dealbook (the window or a command) is writing to it. "
            "Try again in a moment.",
        ).format(name)
    if kind == TOO_LONG:
        return translate(
            "errors",
            "The path {0} is too long for this computer. "
            "Choose a shorter file name or a folder nearer the top of the disk.",
        ).format(name)
    if kind == FOLDER:
        return translate(
            "errors", "{0} is a folder, not a file. Give a file name inside it."
        ).format(name)
    if kind == NOT_SQLITE:
        return translate(
            "errors",
            "{0} is not a Dealbook database (it is not an SQLite file). "
            "Choose a Dealbook database file, or create a new one.",
        ).format(name)
    if kind == DAMAGED:
        if backup:
            return translate(
                "errors",
                "{0} is damaged (some of its pages cannot be read). Restore the latest backup, "
                "{1}, with File ▸ Restore from a backup or `dealbook restore {1}`.",
            ).format(name, backup)
        return translate(
            "errors",
            "{0} is damaged (some of its pages cannot be read). There is no backup of it: "
            "keep the file as it is and ask for help to recover it.",
        ).format(name)
    if kind == CANNOT_OPEN:
        return translate(
            "errors",
            "Dealbook cannot open {0}. Check that its folder exists and that you may "
            "read and write there, then try again.",
        ).format(name)
    if kind == IO:
        return translate(
            "errors",
            "The disk could not read or write {0}. Check that the disk is still "
            "connected and has free space, then try again.",
        ).format(name)
    return None


def as_user_error(
    exc: BaseException, path: str | os.PathLike | None, *, backup: str | None = None
) -> UserError | None:
    """``exc`` as a ``UserError`` with one sentence, or None when it is no machine fault."""
    if isinstance(exc, UserError):
        return exc
    sentence = fault_sentence(fault_kind(exc), path, backup=backup)
    return UserError(sentence) if sentence else None
