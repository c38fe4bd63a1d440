"""Has another connection changed the database? ``PRAGMA data_version`` on a connection of its own.

SQLite changes the number a connection reads from ``PRAGMA data_version`` whenever any
*other* connection (in this process or another: a command line run, a second window)
commits to the file. Reading it is cheap (no table is read), so the window can ask every
second or two. The connection is SQLite's own (never a plain file open), so the locks of
the window's other connections are untouched.

A team database (a PostgreSQL URL) has no ``data_version``: there the number is the
database's ``dataset_stamp``, which the server's triggers set anew with every write, read on a
connection of its own (the window normally hears of changes by ``LISTEN``,
``desktop_app.store.pg_listen``; this is the polling fallback). A write of this window's own
changes it too: the window then reloads once more, which is harmless.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from typing import Any


class DataVersion:
    """A read-only connection to ``path`` that reports its ``data_version``."""

    def __init__(self, path: str | Path) -> None:
        from desktop_app.store.location import is_server_url

        self.url = str(path).strip() if is_server_url(path) else None
        self.path = Path(path)
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None
        self._server: Any = None

    def _read_server(self) -> int | None:
        """The team database's ``dataset_stamp`` (None while the server cannot be reached)."""
        import psycopg

        from desktop_app.store.location import libpq_url

        assert self.url is not None
        try:
            if self._server is None or self._server.closed:
                self._server = psycopg.connect(
                    libpq_url(self.url), autocommit=True, connect_timeout=3
                )
            row = self._server.execute("SELECT stamp FROM dataset_stamp WHERE id = 1").fetchone()
        except psycopg.Error:
            self._close()
            return None
        return int(row[0]) if row else None

    def _connection(self) -> sqlite3.Connection:
        if self._conn is None:
            uri = self.path.resolve().as_uri() + "?mode=ro"
            self._conn = sqlite3.connect(uri, uri=True, timeout=0.2, check_same_thread=False)
        return self._conn

    def read(self) -> int | None:
        """The current ``data_version``, or None when the file cannot be read just now."""
        with self._lock:
            if self.url is not None:
                return self._read_server()
            try:
                row = self._connection().execute("PRAGMA data_version").fetchone()
            except sqlite3.Error:
                self._close()
                return None
            return int(row[0]) if row else None

    def _close(self) -> None:
        if self._server is not None:
            try:
                self._server.close()
            finally:
                self._server = None
        if self._conn is not None:
            try:
                self._conn.close()
            finally:
                self._conn = None

    def close(self) -> None:
        """Release the connection (reopened by the next :meth:`read`)."""
        with self._lock:
            self._close()
