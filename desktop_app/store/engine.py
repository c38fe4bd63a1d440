"""Open a Dealbook database: create it, or bring an older one up to date, safely.

``open_database(path)`` returns a SQLAlchemy ``Engine`` on a SQLite file with WAL
journaling, foreign keys on and a busy timeout, whose schema is at this version's Alembic
head:

* a missing (or zero-byte) file is created and migrated to head (``create=False`` refuses);
* a file at an older revision is first copied aside with SQLite's online backup API to
  ``<stem>.backup-before-<rev>-<YYYYmmdd-HHMMSS>.sqlite`` **next to the database** (so the
  copy travels with the file the user chose, whatever folder that is), then upgraded;
* a file at head is opened as is (no copy);
* anything else (not SQLite, another application's SQLite file, a revision this version
  does not know, i.e. a newer Dealbook) raises ``UserError`` with one plain sentence;
* an existing file is checked with ``PRAGMA quick_check``: a damaged page is a
  ``UserError`` naming the newest backup; a read-only file or folder, a full disk, a busy
  file or a path too long each get their own sentence (``desktop_app.store.faults``).

The file is only ever opened through SQLite (never ``open()`` to sniff its header): POSIX
locks belong to the process, so one plain open and close of the file would drop the locks
of every connection this process holds on it, and another process closing its connection
could then delete the write-ahead log under them. Creating or upgrading the schema runs in
one ``BEGIN IMMEDIATE`` transaction, so two processes creating the same file take turns.

Migrations live in the ``migrations`` folder of this package and run programmatically with a
``Config`` built in code, so nothing depends on the current directory or an ``alembic.ini``.
Nothing is cached at module level: every call builds its own engine.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import URL, Connection, create_engine, event
from sqlalchemy import Engine as Engine  # re-exported: other packages name it from here
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session

from desktop_app.errors import (
    FULL,
    READ_ONLY,
    TOO_LONG,
    UserError,
    fault_kind,
    fault_sentence,
    writable,
)
from desktop_app.store import faults
from desktop_app.store.location import is_server_url

BUSY_TIMEOUT_MS = 10_000
VERSION_TABLE = "alembic_version"


def migrations_dir() -> Path:
    """The folder holding ``env.py`` and ``versions/`` (inside the installed package)."""
    return Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    """An Alembic ``Config`` built in code (the connection is passed in ``attributes``)."""
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()).replace("%", "%%"))
    return cfg


def head_revision() -> str:
    """The newest schema revision this version of Dealbook knows."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    """Every revision id of this version's migration scripts."""
    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    cur = dbapi_conn.cursor()
    try:
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        _use_wal(cur)
        cur.execute("PRAGMA synchronous=NORMAL")
    finally:
        cur.close()


def _use_wal(cur: sqlite3.Cursor) -> None:
    """Switch the file to WAL once; wait while another process switches the same new file.

    Changing the journal mode needs the file to itself, and SQLite answers "database is
    locked" at once (without its busy handler, to avoid a deadlock) when two connections
    try together, as two processes creating the same new file do. So: try again until
    the busy timeout has passed.
    """
    if str(cur.execute("PRAGMA journal_mode").fetchone()[0]).lower() == "wal":
        return
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            cur.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def make_engine(path: str | Path) -> Engine:
    """A SQLite engine on ``path`` with Dealbook's connection pragmas (no schema work)."""
    engine = create_engine(URL.create("sqlite", database=str(Path(path))))
    event.listen(engine, "connect", _on_connect)
    return engine


def _unreadable(path: Path, why: str) -> UserError:
    return UserError(f"{path} {why}. Choose a Dealbook database file, or create a new one.")


def _read_state(path: Path) -> tuple[bool, str | None]:
    """(has any table, alembic revision or None) of an existing SQLite file.

    Read through SQLite alone, read-only: opening and closing the file outside SQLite
    (to sniff its header, say) would drop the locks this process's connections hold on it,
    and another process could then delete the write-ahead log under them.
    """
    try:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            revision = None
            if VERSION_TABLE in tables:
                row = conn.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchone()
                revision = row[0] if row else None
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise faults.database_error(exc, path) from exc
    user_tables = {t for t in tables if not t.startswith("sqlite_")}
    return bool(user_tables), revision


def backup_path_for(path: Path, revision: str, now: dt.datetime | None = None) -> Path:
    """``<stem>.backup-before-<rev>-<YYYYmmdd-HHMMSS>.sqlite`` next to ``path``."""
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.backup-before-{revision}-{stamp}.sqlite")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.stem}.backup-before-{revision}-{stamp}-{n}.sqlite")
    return target


def copy_database(source: Path, target: Path) -> None:
    """Copy a live SQLite database (WAL included) with the online backup API."""
    src = sqlite3.connect(str(source))
    try:
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def upgrade(engine: Engine) -> None:
    """Run every pending migration on ``engine`` in one connection."""
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


def _check_known(path: Path, has_tables: bool, revision: str | None) -> None:
    """Refuse another application's SQLite file and a newer Dealbook's database."""
    if revision is None and has_tables:
        raise _unreadable(path, "is an SQLite file of another application")
    if revision is not None and revision not in known_revisions():
        raise UserError(
            f"{path} was written by a newer version of Dealbook. "
            "Install the newest version of Dealbook to open it."
        )


def _state_of(conn: Connection) -> tuple[bool, str | None]:
    """(has any table, alembic revision or None), read on ``conn`` in its transaction."""
    tables = {
        str(r[0]) for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")
    }
    revision = None
    if VERSION_TABLE in tables:
        row = conn.exec_driver_sql(f"SELECT version_num FROM {VERSION_TABLE}").first()
        revision = str(row[0]) if row else None
    return bool({t for t in tables if not t.startswith("sqlite_")}), revision


def prepare_schema(path: Path, engine: Engine) -> Path | None:
    """Bring the database at ``path`` to head; return the backup made, if any.

    A missing or zero-byte file gets the whole schema. Raises ``UserError`` when the file
    belongs to another application or to a newer Dealbook. The file is first read
    read-only (a foreign file is never changed); creating or upgrading then happens in
    one write transaction that looks again, so two processes creating the same new file
    at once both end up with one whole schema.
    """
    head = head_revision()
    if path.exists() and path.stat().st_size > 0:
        has_tables, revision = _read_state(path)
        _check_known(path, has_tables, revision)
        if revision == head:
            return None
    cfg = alembic_config()
    with engine.connect() as conn:
        conn.exec_driver_sql("BEGIN IMMEDIATE")  # waits (busy timeout) for another creator
        has_tables, revision = _state_of(conn)
        if revision == head:
            conn.rollback()
            return None
        _check_known(path, has_tables, revision)
        backup = None
        if revision is not None:
            backup = backup_path_for(path, revision)
            try:
                copy_database(path, backup)
            except (OSError, sqlite3.Error) as exc:
                raise UserError(
                    f"Dealbook could not save a copy of {path} before updating it ({exc}). "
                    "Free some disk space or move the file to a folder you can write to, "
                    "then try again."
                ) from exc
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
        conn.commit()
    return backup


def open_database(path: str | Path, create: bool = True) -> Engine:
    """Open (or create) the Dealbook database at ``path`` and return its engine.

    ``path`` may also be a team database's URL (``postgresql://user@host/db``): it is opened
    by ``desktop_app.store.team_engine`` (an empty database gets the schema, an older one is
    updated, each fault has its sentence).

    The schema is created or upgraded to this version's head (an older file is first copied
    aside, see the module docstring), then ``PRAGMA quick_check`` makes sure no page is
    damaged. Raises ``UserError`` with one sentence for a missing file when ``create`` is
    false, a file that is not a Dealbook database of this or an older version, a damaged
    file (naming the newest backup), a read-only file or folder, a full disk, a busy file
    or a path too long.
    """
    if is_server_url(path):
        from desktop_app.store.team_engine import open_server_database

        assert isinstance(path, str)
        return open_server_database(path, create)
    path = Path(path).expanduser()
    try:
        return _open_database(path, create)
    except UserError:
        raise
    except (OSError, sqlite3.Error, sa_exc.DBAPIError) as exc:
        raise faults.database_error(exc, path) from exc


def _open_database(path: Path, create: bool) -> Engine:
    if path.is_dir():
        raise UserError(f"{path} is a folder, not a database file. Choose a .sqlite file.")
    existed = path.exists() and path.stat().st_size > 0
    if not path.exists():
        if not create:
            raise UserError(
                f"No database at {path}. Create one with `dealbook demo --db {path}` "
                "or import a file."
            )
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            if fault_kind(exc) in (READ_ONLY, TOO_LONG, FULL):
                raise
            raise UserError(
                f"Dealbook cannot create the folder {path.parent} ({exc.strerror}). "
                "Choose another place for the database."
            ) from exc
    # SQLite writes next to the file (its -wal and -shm): the folder must be writable too.
    if (path.exists() and not writable(path)) or not writable(path.parent):
        raise UserError(str(fault_sentence(READ_ONLY, path)))
    engine = make_engine(path)
    try:
        prepare_schema(path, engine)
        if existed:
            raw = engine.raw_connection()
            try:
                faults.check_pages(raw.driver_connection, path)  # type: ignore[arg-type]
            finally:
                raw.close()
    except BaseException:
        engine.dispose()
        raise
    return engine


@contextlib.contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """A ``Session`` in one transaction: committed on success, rolled back on error."""
    session = Session(engine, expire_on_commit=False)
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
