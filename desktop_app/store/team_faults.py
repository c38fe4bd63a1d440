"""A team database's faults in words: one plain sentence each, never with the password.

The server cannot be reached, refuses the user or the password, has no such database, holds
another application's tables, was set up by a newer Dealbook, or needs an update only its
administrator can make. ``server_error`` turns what psycopg raised into the sentence;
``is_server_away`` tells a lost connection (the server stopped, the network went away) from
a refusal, so a caller can keep the user's work and try again.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import exc as sa_exc

from desktop_app.errors import UserError
from desktop_app.store.location import describe, safe_display
from desktop_app.translation import translate

# SQLSTATE codes (PostgreSQL's documented error codes)
INVALID_PASSWORD = "28P01"
INVALID_AUTHORIZATION = "28000"
INVALID_CATALOG = "3D000"
INSUFFICIENT_PRIVILEGE = "42501"
CONNECTION_CLASS = "08"
ADMIN_SHUTDOWN = "57P01"
CRASH_SHUTDOWN = "57P02"
CANNOT_CONNECT_NOW = "57P03"


def _orig(exc: BaseException) -> BaseException:
    return exc.orig if isinstance(exc, sa_exc.DBAPIError) and exc.orig is not None else exc


def sqlstate(exc: BaseException) -> str | None:
    """The SQLSTATE of a psycopg error (wrapped by SQLAlchemy or not), if it has one."""
    return getattr(_orig(exc), "sqlstate", None)


def is_server_away(exc: BaseException) -> bool:
    """Whether ``exc`` means the connection to the server was lost or could not be made."""
    if isinstance(exc, sa_exc.DBAPIError) and exc.connection_invalidated:
        return True
    state = sqlstate(exc)
    if state is not None:
        return state.startswith(CONNECTION_CLASS) or state in (
            ADMIN_SHUTDOWN,
            CRASH_SHUTDOWN,
            CANNOT_CONNECT_NOW,
        )
    text = str(_orig(exc)).lower()
    return any(
        words in text
        for words in (
            "connection refused",
            "could not connect",
            "connection failed",
            "timeout expired",
            "could not translate host name",
            "name or service not known",
            "server closed the connection",
            "connection is closed",
            "connection timed out",
            "no route to host",
            "network is unreachable",
            "consuming input failed",
            "the connection is lost",
        )
    )


def unreachable(target: str) -> UserError:
    database, host, _user = describe(target)
    return UserError(
        translate(
            "errors",
            "The team database server {0} cannot be reached. Check that the server is running "
            "and that this computer is on its network, then try again.",
        ).format(host)
    )


def refused_login(target: str) -> UserError:
    _database, host, user = describe(target)
    return UserError(
        translate(
            "errors",
            "The server {0} refused the user {1}: the password is wrong or there is no such "
            "user. Check both, or ask the team's administrator.",
        ).format(host, user)
    )


def missing_database(target: str) -> UserError:
    database, host, _user = describe(target)
    return UserError(
        translate(
            "errors",
            "The server {0} has no database named {1}. Check the name, or create the database "
            "and set it up with `dealbook team init`.",
        ).format(host, database)
    )


def not_dealbook(target: str) -> UserError:
    database, host, _user = describe(target)
    return UserError(
        translate(
            "errors",
            "The database {0} on {1} holds another application's tables. Choose an empty "
            "database or a Dealbook team database.",
        ).format(database, host)
    )


def newer(target: str) -> UserError:
    database, host, _user = describe(target)
    return UserError(
        translate(
            "errors",
            "The team database {0} on {1} was set up by a newer version of Dealbook. "
            "Install the newest version of Dealbook to open it.",
        ).format(database, host)
    )


def empty(target: str) -> UserError:
    database, host, _user = describe(target)
    return UserError(
        translate(
            "errors",
            "The team database {0} on {1} is empty. Set it up with `dealbook team init`, "
            "then try again.",
        ).format(database, host)
    )


def needs_admin(target: str) -> UserError:
    database, host, _user = describe(target)
    return UserError(
        translate(
            "errors",
            "The team database {0} on {1} needs an update that only its administrator can "
            "make: ask them to run `dealbook team init` with this version of Dealbook.",
        ).format(database, host)
    )


def not_member(target: str) -> UserError:
    database, host, user = describe(target)
    return UserError(
        translate(
            "errors",
            "The user {0} may not use the team database {1} on {2}. Ask the team's "
            "administrator to add you with `dealbook team add-user`.",
        ).format(user, database, host)
    )


def server_error(exc: BaseException, target: str | Path) -> UserError:
    """What went wrong with the team database at ``target``, in one sentence."""
    url = str(target)
    state = sqlstate(exc)
    text = str(_orig(exc)).lower()
    if state == INVALID_CATALOG or ("database" in text and "does not exist" in text):
        return missing_database(url)
    if (
        state in (INVALID_PASSWORD, INVALID_AUTHORIZATION)
        or "password authentication failed" in text
        or "no password supplied" in text
        or ("role" in text and "does not exist" in text)
    ):
        return refused_login(url)
    if state == INSUFFICIENT_PRIVILEGE or "permission denied" in text:
        return not_member(url)
    if is_server_away(exc):
        return unreachable(url)
    return UserError(
        translate(
            "errors",
            "The team database {0} answered with an error Dealbook does not know ({1}). "
            "Ask the team's administrator to check the server.",
        ).format(safe_display(url), str(_orig(exc)).strip().splitlines()[0] if text else state)
    )
