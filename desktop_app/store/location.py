"""Where a workspace lives: a SQLite file on this computer, or a team database on a server.

A workspace is named by a path (``~/sales.sqlite``) or by a PostgreSQL URL
(``postgresql://anna@nas.local:5432/dealbook``). Everything that opens, shows or stores a
workspace's name goes through these helpers, so a password never reaches a title bar, a
log, a recent-files list or an error message.

Dealbook speaks to PostgreSQL through psycopg 3: a plain ``postgresql://`` (or
``postgres://``) URL is rewritten to SQLAlchemy's ``postgresql+psycopg://``.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # SQLAlchemy is imported where a URL is parsed: the window asks
    from sqlalchemy import URL  # is_server_url before its first paint


DRIVER = "postgresql+psycopg"
_SERVER = re.compile(r"^\s*postgres(?:ql)?(?:\+[a-z0-9_]+)?://", re.IGNORECASE)


def is_server_url(target: str | Path) -> bool:
    """Whether ``target`` names a team database (a PostgreSQL URL) rather than a file."""
    return isinstance(target, str) and _SERVER.match(target) is not None


def server_url(target: str) -> URL:
    """The SQLAlchemy URL of a team database, with the psycopg 3 driver.

    ``ValueError`` when ``target`` is not a PostgreSQL URL one can connect with.
    """
    from sqlalchemy import make_url
    from sqlalchemy.exc import ArgumentError

    if not is_server_url(target):
        raise ValueError(f"not a PostgreSQL URL: {safe_display(target)}")
    try:
        url = make_url(target.strip())
    except ArgumentError as exc:
        raise ValueError(f"not a PostgreSQL URL: {safe_display(target)}") from exc
    return url.set(drivername=DRIVER)


def libpq_url(target: str | URL) -> str:
    """``target`` as a plain ``postgresql://`` URL (password kept), as psycopg reads it."""
    url = server_url(target) if isinstance(target, str) else target
    return url.set(drivername="postgresql").render_as_string(hide_password=False)


def safe_display(target: str | Path) -> str:
    """How to show ``target`` to a person: a path as is, a URL without its password."""
    if not is_server_url(target):
        return str(target)
    assert isinstance(target, str)
    m = _PARTS.match(target.strip())
    if m is None:
        return "postgresql://"
    user = (m.group("userinfo") or "").split(":", 1)[0]
    return f"postgresql://{user + '@' if user else ''}{m.group('rest')}"


_PARTS = re.compile(r"^[^:/]+://(?:(?P<userinfo>[^/]*)@)?(?P<rest>[^@]*)$", re.DOTALL)


def with_password(url: str, password: str | None) -> str:
    """``url`` with ``password`` set (or removed when ``None``), driver kept as written."""
    from sqlalchemy import URL, make_url

    parsed = make_url(url.strip())
    parsed = URL.create(
        parsed.drivername,
        parsed.username,
        password,
        parsed.host,
        parsed.port,
        parsed.database,
        parsed.query,
    )
    return parsed.render_as_string(hide_password=False)


def describe(target: str | Path) -> tuple[str, str, str]:
    """(database, host, user) of a team database URL, for "db on host as user"."""
    from sqlalchemy import make_url

    url = make_url(str(target).strip())
    host = url.host or "localhost"
    if url.port:
        host = f"{host}:{url.port}"
    return (url.database or "", host, url.username or "")
