"""Team database passwords in the system's password store, never in a file.

A remembered password goes to the ``keyring`` package's backend (Windows Credential
Manager, macOS Keychain, the Secret Service on Linux) under the service ``Dealbook`` and the
user name ``user@host:port/database``. When the computer has no usable store (keyring's
``fail`` backend, or a chainer with no backend in it) nothing is stored: the connect dialog
says so and asks for the password each time. The recent connections (without password)
live in QSettings.
"""

from __future__ import annotations

import contextlib
import logging
from dataclasses import asdict, dataclass
from typing import Any

from PySide6.QtCore import QSettings

log = logging.getLogger("dealbook.ui")

SERVICE = "Dealbook"
RECENT_KEY = "team/recent"
MAX_RECENT = 8
DEFAULT_PORT = 5432


@dataclass(frozen=True)
class TeamConnection:
    """Where a team database is and who connects to it (no password)."""

    host: str
    port: int
    database: str
    user: str

    @property
    def account(self) -> str:
        """The keyring's user name for this connection: ``user@host:port/database``."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    def url(self, password: str | None = None) -> str:
        """The connection as a ``postgresql://`` URL (with ``password`` when given)."""
        from urllib.parse import quote

        auth = quote(self.user, safe="")
        if password:
            auth += ":" + quote(password, safe="")
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"postgresql://{auth}@{host}:{self.port}/{quote(self.database, safe='')}"


def parse_url(url: str) -> tuple[TeamConnection, str | None]:
    """(connection, password or None) of a ``postgresql://`` URL."""
    from urllib.parse import unquote, urlsplit

    parts = urlsplit(url.strip())
    port = parts.port or DEFAULT_PORT
    connection = TeamConnection(
        unquote(parts.hostname or "localhost"),
        int(port),
        unquote(parts.path.lstrip("/")),
        unquote(parts.username or ""),
    )
    password = unquote(parts.password) if parts.password is not None else None
    return connection, password


# --- the password store ------------------------------------------------------------------


def keyring_usable() -> bool:
    """Whether this computer has a password store ``keyring`` can write to."""
    try:
        import keyring
        from keyring.backends import chainer, fail
    except ImportError:
        return False
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring):
        return False
    return not (isinstance(backend, chainer.ChainerBackend) and not backend.backends)


def stored_password(connection: TeamConnection) -> str | None:
    """The remembered password of ``connection``, or None."""
    if not keyring_usable():
        return None
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(SERVICE, connection.account)
    except KeyringError:
        log.info("password store could not be read", exc_info=True)
        return None


def remember_password(connection: TeamConnection, password: str) -> bool:
    """Store ``password`` for ``connection``; False when the store refused it."""
    if not keyring_usable():
        return False
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(SERVICE, connection.account, password)
    except KeyringError:
        log.info("password store refused the password", exc_info=True)
        return False
    return True


def forget_password(connection: TeamConnection) -> None:
    """Remove a remembered password (nothing happens when none is stored)."""
    if not keyring_usable():
        return
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    with contextlib.suppress(PasswordDeleteError, KeyringError):
        keyring.delete_password(SERVICE, connection.account)


def fill_password(url: str) -> str:
    """``url`` with its remembered password when it names none (else ``url`` unchanged)."""
    connection, password = parse_url(url)
    if password is not None or not connection.user:
        return url
    stored = stored_password(connection)
    return connection.url(stored) if stored else url


# --- recent connections ------------------------------------------------------------------


def recent_connections() -> list[TeamConnection]:
    """The connections made lately, the last one first (never a password)."""
    raw: Any = QSettings().value(RECENT_KEY, [])
    if not isinstance(raw, list):
        raw = [raw] if raw else []
    found: list[TeamConnection] = []
    for item in raw:
        try:
            host, port, database, user = str(item).split("\t")
            found.append(TeamConnection(host, int(port), database, user))
        except ValueError:
            continue
    return found


def remember_connection(connection: TeamConnection) -> None:
    """Put ``connection`` first in the recent list (kept to :data:`MAX_RECENT`)."""
    kept = [c for c in recent_connections() if c != connection]
    entries = [connection, *kept][:MAX_RECENT]
    QSettings().setValue(
        RECENT_KEY, ["\t".join(str(v) for v in asdict(c).values()) for c in entries]
    )
