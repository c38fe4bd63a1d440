"""Hear what the other people of a team database write: PostgreSQL's LISTEN/NOTIFY.

On a team database every write fires a trigger that sends the changed table's name on the
channel ``dealbook_changes`` (migration 0004). A :class:`ChangeListener` keeps one
connection of its own on a thread, LISTENs on that channel, gathers the table names that
arrive within :data:`GATHER_S` of the first one (an import or a stage change writes several
tables in one go) and calls ``on_tables(frozenset_of_names)`` once for them. It is the team
database's counterpart of ``desktop_app.ui.watch`` (SQLite's ``data_version`` polling); the
window turns the call into the same ``Changes`` its one change signal carries.

When the server goes away (network, restart, an administrator ending the session) the
listener says so with ``on_state(False)``, tries again with a growing pause (up to
:data:`MAX_BACKOFF_S`) and says ``on_state(True)`` once it is back; notifications sent
while it was away are lost, so a reconnect should reload everything.

Both callbacks run on the listener's thread: a Qt caller hands them to its GUI thread
through a signal (a queued connection). The listener never touches the window's own
connections, but it can leave out what they write: the window announces its own writes
already, so :class:`SessionPids` lists the server processes of its engine's sessions and the
listener ignores the notifications they send (PostgreSQL names the sender's process).
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable, Container
from typing import Any

import psycopg
from sqlalchemy import Engine, event

log = logging.getLogger("dealbook.store")

#: the channel the triggers of a team database notify (payload: the table name)
CHANNEL = "dealbook_changes"
#: how long to gather table names after the first notification, in seconds
GATHER_S = 0.3
#: how often to check that an idle connection is still alive, in seconds
PING_S = 5.0
#: first and longest pause between two attempts to reconnect, in seconds
FIRST_BACKOFF_S = 0.25
MAX_BACKOFF_S = 5.0
#: the application name the listener's session shows in ``pg_stat_activity``
APPLICATION_NAME = "dealbook-listener"


def libpq_url(url: str) -> str:
    """``url`` as libpq reads it: SQLAlchemy's driver suffix (``+psycopg``) removed."""
    scheme, sep, rest = url.partition("://")
    if not sep:
        return url
    base = scheme.split("+", 1)[0]
    if base == "postgres":
        base = "postgresql"
    return f"{base}://{rest}"


class SessionPids:
    """The server processes of ``engine``'s own sessions, as they are checked out.

    ``pid in pids`` says whether a notification came from one of them. A session the pool
    closes or invalidates is forgotten (PostgreSQL may give its number to another one).
    """

    def __init__(self, engine: Engine) -> None:
        self._pids: set[int] = set()
        self._lock = threading.Lock()
        event.listen(engine, "checkout", self._checkout)
        event.listen(engine, "close", self._forget)
        event.listen(engine, "invalidate", self._forget)

    def __contains__(self, pid: object) -> bool:
        with self._lock:
            return pid in self._pids

    @staticmethod
    def _pid(dbapi_connection: Any) -> int | None:
        try:
            return int(dbapi_connection.info.backend_pid)
        except Exception:  # noqa: BLE001 - a broken connection has no process to name
            return None

    def _checkout(self, dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
        pid = self._pid(dbapi_connection)
        if pid:
            with self._lock:
                self._pids.add(pid)

    def _forget(self, dbapi_connection: Any, _record: Any, *_exc: Any) -> None:
        pid = self._pid(dbapi_connection)
        if pid:
            with self._lock:
                self._pids.discard(pid)


class ChangeListener:
    """A thread that calls ``on_tables(names)`` when other sessions write to the database.

    ``on_state(connected)`` is called when the connection is lost (False) and when it is
    made again (True); the first successful connection is reported too. Notifications sent
    by a server process in ``ignore`` (see :class:`SessionPids`) are left out. :meth:`stop`
    ends the thread and closes its connection.
    """

    def __init__(
        self,
        url: str,
        on_tables: Callable[[frozenset[str]], None],
        on_state: Callable[[bool], None] | None = None,
        *,
        ignore: Container[int] = (),
        gather_s: float = GATHER_S,
        ping_s: float = PING_S,
        max_backoff_s: float = MAX_BACKOFF_S,
    ) -> None:
        self._url = libpq_url(url)
        self._on_tables = on_tables
        self._on_state = on_state
        self._ignore = ignore
        self._gather_s = gather_s
        self._ping_s = ping_s
        self._max_backoff_s = max_backoff_s
        self._stop = threading.Event()
        self._listening = threading.Event()
        self._connected: bool | None = None
        self._conn: psycopg.Connection[tuple[object, ...]] | None = None
        self._pid: int | None = None
        self._thread = threading.Thread(target=self._run, name="dealbook-listener", daemon=True)

    # --- control -----------------------------------------------------------------------

    def start(self) -> ChangeListener:
        """Start listening (returns self, so ``ChangeListener(...).start()`` reads well)."""
        self._thread.start()
        return self

    def stop(self, timeout: float = 5.0) -> None:
        """Stop listening and close the connection (waits up to ``timeout`` seconds)."""
        self._stop.set()
        if self._thread.is_alive() and threading.current_thread() is not self._thread:
            self._thread.join(timeout)

    def wait_listening(self, timeout: float) -> bool:
        """Block until the LISTEN is in place (True) or ``timeout`` seconds passed (False)."""
        return self._listening.wait(timeout)

    @property
    def connected(self) -> bool:
        """Whether the listener holds a working connection now."""
        return bool(self._connected)

    @property
    def backend_pid(self) -> int | None:
        """The server process of the listener's session (None while not connected)."""
        return self._pid

    # --- the thread --------------------------------------------------------------------

    def _run(self) -> None:
        backoff = FIRST_BACKOFF_S
        while not self._stop.is_set():
            try:
                self._connect()
                backoff = FIRST_BACKOFF_S
                self._listen()
            except psycopg.Error as exc:
                log.info("team database listener: %s", str(exc).strip() or type(exc).__name__)
            finally:
                self._close()
            if self._stop.is_set():
                break
            self._set_state(False)
            self._stop.wait(backoff)
            backoff = min(backoff * 2, self._max_backoff_s)

    def _connect(self) -> None:
        conn = psycopg.connect(
            self._url,
            autocommit=True,
            connect_timeout=3,
            application_name=APPLICATION_NAME,
            keepalives=1,
            keepalives_idle=5,
            keepalives_interval=2,
            keepalives_count=2,
        )
        self._conn = conn
        conn.execute(f"LISTEN {CHANNEL}")
        self._pid = conn.info.backend_pid
        self._listening.set()
        self._set_state(True)

    def _listen(self) -> None:
        conn = self._conn
        assert conn is not None
        idle_since = time.monotonic()
        tables: set[str] = set()
        deadline: float | None = None
        while not self._stop.is_set():
            now = time.monotonic()
            wait = 0.2 if deadline is None else max(0.0, min(0.2, deadline - now))
            for note in conn.notifies(timeout=wait):
                if note.channel == CHANNEL and note.payload and note.pid not in self._ignore:
                    tables.add(note.payload)
                    if deadline is None:
                        deadline = time.monotonic() + self._gather_s
            now = time.monotonic()
            if deadline is not None and now >= deadline:
                gathered, tables, deadline = frozenset(tables), set(), None
                idle_since = now
                self._call(self._on_tables, gathered)
            elif deadline is None and now - idle_since >= self._ping_s:
                conn.execute("SELECT 1")  # a server that went away raises here
                idle_since = now

    def _close(self) -> None:
        conn, self._conn, self._pid = self._conn, None, None
        self._listening.clear()
        if conn is not None:
            with contextlib.suppress(psycopg.Error):
                conn.close()

    def _set_state(self, connected: bool) -> None:
        if self._connected is connected:
            return
        self._connected = connected
        if self._on_state is not None:
            self._call(self._on_state, connected)

    @staticmethod
    def _call(callback: Callable[..., None], arg: object) -> None:
        try:
            callback(arg)
        except Exception:  # noqa: BLE001 - a caller's fault must not end the listener
            log.exception("team database listener callback failed")
