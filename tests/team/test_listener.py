"""The team database's change listener against a real PostgreSQL server (no mock).

Another session sends notifications on ``dealbook_changes`` (what migration 0004's
triggers send on every write); the listener must gather them into one call, survive an
administrator ending its session, and say when the server cannot be reached.
"""

from __future__ import annotations

import queue
import socket

import psycopg
import pytest

from desktop_app.store.pg_listen import CHANNEL, ChangeListener, libpq_url

WAIT_S = 10


def _notify(url: str, *tables: str) -> None:
    """Send one notification per table from another session, in one transaction."""
    with psycopg.connect(libpq_url(url)) as conn:
        for table in tables:
            conn.execute("SELECT pg_notify(%s, %s)", (CHANNEL, table))


@pytest.fixture
def listener(pg_url):
    tables: queue.Queue[frozenset[str]] = queue.Queue()
    states: queue.Queue[bool] = queue.Queue()
    found = ChangeListener(pg_url, tables.put, states.put, max_backoff_s=0.5).start()
    assert found.wait_listening(WAIT_S)
    assert states.get(timeout=WAIT_S) is True
    yield found, tables, states
    found.stop()


def test_libpq_url_drops_the_driver_of_sqlalchemy():
    assert libpq_url("postgresql+psycopg://u:p@h:5/db") == "postgresql://u:p@h:5/db"
    assert libpq_url("postgres://h/db") == "postgresql://h/db"
    assert libpq_url("postgresql://h/db") == "postgresql://h/db"


def test_notifications_of_one_write_arrive_as_one_call(pg_url, listener):
    _, tables, _ = listener
    _notify(pg_url, "deals", "stage_history", "deals")
    assert tables.get(timeout=WAIT_S) == frozenset({"deals", "stage_history"})
    _notify(pg_url, "leads")
    assert tables.get(timeout=WAIT_S) == frozenset({"leads"})


def test_other_channels_are_not_heard(pg_url, listener):
    _, tables, _ = listener
    with psycopg.connect(libpq_url(pg_url)) as conn:
        conn.execute("SELECT pg_notify('something_else', 'deals')")
        conn.execute("SELECT pg_notify(%s, 'spend')", (CHANNEL,))
    assert tables.get(timeout=WAIT_S) == frozenset({"spend"})


def test_a_lost_session_is_reported_and_made_again(pg_url, pg_admin_url, listener):
    found, tables, states = listener
    pid = found.backend_pid
    assert pid is not None
    with psycopg.connect(libpq_url(pg_admin_url), autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
    assert states.get(timeout=WAIT_S) is False
    assert states.get(timeout=WAIT_S) is True
    assert found.wait_listening(WAIT_S)
    assert found.backend_pid not in (None, pid)
    _notify(pg_url, "deals")
    assert tables.get(timeout=WAIT_S) == frozenset({"deals"})


def test_a_server_that_is_not_there_is_reported_and_stop_is_prompt():
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    states: queue.Queue[bool] = queue.Queue()
    found = ChangeListener(
        f"postgresql://nobody@127.0.0.1:{port}/none", lambda _t: None, states.put
    ).start()
    try:
        assert states.get(timeout=WAIT_S) is False
        assert not found.connected
    finally:
        found.stop(timeout=WAIT_S)
    assert not found._thread.is_alive()


def test_the_windows_own_sessions_are_not_heard(pg_url):
    """Notifications of the engine's own sessions are left out (the window announced them)."""
    from sqlalchemy import create_engine, text

    from desktop_app.store.location import server_url
    from desktop_app.store.pg_listen import SessionPids

    engine = create_engine(server_url(pg_url))
    try:
        own = SessionPids(engine)
        tables: queue.Queue[frozenset[str]] = queue.Queue()
        found = ChangeListener(pg_url, tables.put, ignore=own).start()
        try:
            assert found.wait_listening(WAIT_S)
            with engine.begin() as conn:  # the window's own write
                pid = conn.execute(text("SELECT pg_backend_pid()")).scalar()
                conn.execute(text("SELECT pg_notify(:c, 'deals')"), {"c": CHANNEL})
            assert pid in own
            _notify(pg_url, "leads")  # someone else's, sent after it
            assert tables.get(timeout=WAIT_S) == frozenset({"leads"})
        finally:
            found.stop()
    finally:
        engine.dispose()
    assert pid not in own  # a closed session is forgotten (its number may be reused)
