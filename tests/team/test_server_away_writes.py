"""The team database goes away mid-session: a save says so, writes nothing, and the next save
after it is back goes through.

The window reaches the server through a small TCP relay in this test; closing the relay
(and every connection through it) is what a network drop or a server restart looks like to
Dealbook, without stopping the server the other tests share.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import uuid

import pytest
from sqlalchemy import make_url

from desktop_app.store import loader
from desktop_app.store import repository as repo
from desktop_app.store.conflicts import ServerAway
from desktop_app.store.engine import open_database
from tests.pg_fixtures import make_login


class Relay:
    """Forward a local port to the server; ``drop()`` cuts everything, ``start()`` again."""

    def __init__(self, host: str, port: int) -> None:
        self.target = (host, port)
        probe = socket.socket()
        probe.bind(("127.0.0.1", 0))
        self.port = probe.getsockname()[1]
        probe.close()
        self._sockets: list[socket.socket] = []
        self._listener: socket.socket | None = None
        self._lock = threading.Lock()

    def start(self) -> None:
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen()
        self._listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            server = socket.create_connection(self.target)
            with self._lock:
                self._sockets += [client, server]
            for a, b in ((client, server), (server, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    @staticmethod
    def _pipe(src: socket.socket, dst: socket.socket) -> None:
        with contextlib.suppress(OSError):
            while data := src.recv(65536):
                dst.sendall(data)
        with contextlib.suppress(OSError):
            dst.shutdown(socket.SHUT_RDWR)

    def drop(self) -> None:
        if self._listener is not None:
            with contextlib.suppress(OSError):  # wakes the accepting thread (Linux)
                self._listener.shutdown(socket.SHUT_RDWR)
            self._listener.close()
            self._listener = None
        with self._lock:
            for s in self._sockets:
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)
                s.close()
            self._sockets.clear()


@pytest.fixture
def relayed(pg_admin_url: str, pg_team_url: str):
    """(engine of a manager reaching the server through the relay, relay)."""
    url = make_login(pg_admin_url, pg_team_url, f"mgr_{uuid.uuid4().hex[:8]}", "manager", "Ann")
    parsed = make_url(url)
    relay = Relay(parsed.host or "127.0.0.1", parsed.port or 5432)
    relay.start()
    through = parsed.set(host="127.0.0.1", port=relay.port).render_as_string(hide_password=False)
    engine = open_database(through)
    yield engine, relay
    engine.dispose()
    relay.drop()


def test_a_save_while_the_server_is_away_writes_nothing_and_says_so(relayed) -> None:
    engine, relay = relayed
    deal = repo.create_record(engine, "deals", {"title": "Pumps", "owner": "Ann"}).id
    form = repo.get_record(engine, "deals", deal)
    assert form is not None

    relay.drop()
    with pytest.raises(ServerAway) as away:
        repo.update_record(engine, "deals", deal, {"amount": 99.0}, started_from=form)
    assert str(away.value) == (
        "The team database cannot be reached; nothing was saved. "
        "Dealbook will reconnect; your changes are still in the form."
    )
    with pytest.raises(ServerAway):
        repo.create_record(engine, "deals", {"title": "Valves", "owner": "Ann"})

    with pytest.raises(ServerAway):  # the window's reload says so too
        loader.load_dataset(engine)

    relay.start()  # the server is back: the same engine reconnects on its own
    assert loader.load_dataset(engine).deals["title"].tolist() == ["Pumps"]
    stored = repo.get_record(engine, "deals", deal)
    assert stored is not None and stored["amount"] is None and stored["version"] == 1
    repo.update_record(engine, "deals", deal, {"amount": 99.0}, started_from=form)
    saved = repo.get_record(engine, "deals", deal)
    assert saved is not None and saved["amount"] == 99.0
    assert repo.counts(engine)["deals"] == 1  # the refused "Valves" was never written
