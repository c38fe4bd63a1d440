"""A write the store could not make, in words: someone else's edit, the team's rules, a lost server.

Three refusals, each a :class:`desktop_app.errors.UserError` with one plain sentence (the
window shows it and keeps what the user typed; the command line prints it and exits 1):

* :class:`EditConflict`: the record changed since the form read it. Every editable row has a
  ``version`` that goes up with each write; a save names the version it started from
  (``UPDATE ... WHERE id = :id AND version = :version``) and no row matching means someone
  else saved first. It carries their row as stored (``theirs``) and the fields whose stored
  value differs from what the editor started from (``changed_fields``).
* :class:`NotAllowed`: the team database refused the write (PostgreSQL's roles and row-level
  security: a rep changes only their own deals, leads and activities).
* :class:`ServerAway`: the team database could not be reached while writing; the
  transaction did not commit, so nothing was saved.

:func:`refusal` turns a driver error (wrapped by SQLAlchemy or not) into ``NotAllowed`` or
``ServerAway`` by its SQLSTATE, without importing the driver.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from desktop_app.errors import UserError
from desktop_app.translation import QT_TRANSLATE_NOOP, translate

# "this deal" for each editable kind, the subject of the conflict sentence
_THIS = {
    "deals": QT_TRANSLATE_NOOP("conflicts", "this deal"),
    "leads": QT_TRANSLATE_NOOP("conflicts", "this lead"),
    "activities": QT_TRANSLATE_NOOP("conflicts", "this activity"),
    "spend": QT_TRANSLATE_NOOP("conflicts", "this spend row"),
    "nps": QT_TRANSLATE_NOOP("conflicts", "this NPS answer"),
    "quotas": QT_TRANSLATE_NOOP("conflicts", "this quota"),
    "forecasts": QT_TRANSLATE_NOOP("conflicts", "this forecast"),
    "accounts": QT_TRANSLATE_NOOP("conflicts", "this account"),
    "rates": QT_TRANSLATE_NOOP("conflicts", "this exchange rate"),
}

# SQLSTATEs of a refused privilege (a GRANT missing, a row-level security policy)
_NOT_ALLOWED_STATES = frozenset({"42501"})
# SQLSTATE classes and codes of a server gone: connection exceptions (08), the server
# shutting down or the connection terminated by an administrator (57P01..57P03)
_AWAY_CLASSES = ("08",)
_AWAY_STATES = frozenset({"57P01", "57P02", "57P03"})


def _this(kind: str) -> str:
    return translate("conflicts", _THIS.get(kind, QT_TRANSLATE_NOOP("conflicts", "this record")))


def _field_label(kind: str, name: str) -> str:
    """The field's label as the window shows it (translated in context ``fields``)."""
    from desktop_app.store.kinds import KINDS

    decl = KINDS.get(kind)
    label = ""
    if decl is not None:
        try:
            label = decl.field(name).label
        except (KeyError, ValueError):
            label = ""
    return translate("fields", label) if label else name.replace("_", " ")


class EditConflict(UserError):
    """Someone else saved the record after the form read it; nothing was written."""

    def __init__(
        self,
        kind: str,
        record_id: int,
        theirs: Mapping[str, Any],
        changed_fields: Iterable[str],
    ) -> None:
        self.kind = kind
        self.record_id = record_id
        self.theirs: dict[str, Any] = dict(theirs)
        self.changed_fields: list[str] = list(changed_fields)
        labels = ", ".join(_field_label(kind, f) for f in self.changed_fields)
        if labels:
            text = translate(
                "conflicts",
                "Someone else changed {0} while you were editing it: {1}. "
                "Reload it to see their version; your changes are kept in the form.",
            ).format(_this(kind), labels)
        else:
            text = translate(
                "conflicts",
                "Someone else saved {0} while you were editing it. "
                "Reload it to see their version; your changes are kept in the form.",
            ).format(_this(kind))
        super().__init__(text)


class RecordGone(UserError):
    """The record was deleted (or hidden from this user) after the form read it."""

    def __init__(self, kind: str, record_id: int) -> None:
        self.kind = kind
        self.record_id = record_id
        super().__init__(
            translate(
                "conflicts",
                "Someone else deleted {0} while you were editing it: nothing was saved. "
                "Your changes are kept in the form; add it again if it is still needed.",
            ).format(_this(kind))
        )


class NotAllowed(UserError):
    """The team database refused the write: this user's role may not make it."""

    def __init__(self, message: str, kind: str | None = None, owner: str | None = None) -> None:
        self.kind = kind
        self.owner = owner
        super().__init__(message)

    @classmethod
    def not_yours(cls, kind: str, owner: str | None) -> NotAllowed:
        """A rep changing a deal, lead or activity of someone else."""
        who = owner or translate("conflicts", "another rep")
        if kind == "leads":
            text = translate(
                "conflicts",
                "You can change only your own leads; this one belongs to {0}. "
                "Ask a manager to change it.",
            )
        elif kind == "activities":
            text = translate(
                "conflicts",
                "You can change only your own activities; this one belongs to {0}. "
                "Ask a manager to change it.",
            )
        else:
            text = translate(
                "conflicts",
                "You can change only your own deals; this one belongs to {0}. "
                "Ask a manager to change it.",
            )
        return cls(text.format(who), kind, owner)

    @classmethod
    def give_away(cls, kind: str) -> NotAllowed:
        """A rep adding a record owned by someone else, or handing their own one over."""
        if kind == "leads":
            text = translate(
                "conflicts",
                "You can add and keep only leads of your own: choose yourself as the owner, "
                "or ask a manager to hand it over.",
            )
        elif kind == "activities":
            text = translate(
                "conflicts",
                "You can add and keep only activities of your own: choose yourself as the "
                "owner, or ask a manager to hand it over.",
            )
        else:
            text = translate(
                "conflicts",
                "You can add and keep only deals of your own: choose yourself as the owner, "
                "or ask a manager to hand it over.",
            )
        return cls(text, kind)

    @classmethod
    def import_refused(cls) -> NotAllowed:
        """A rep importing a file: imports into a team database are a manager's work."""
        return cls(
            translate(
                "conflicts",
                "Only a manager can import files into the team database: nothing was "
                "imported. Ask a manager to import the file.",
            )
        )

    @classmethod
    def manager_only(cls, kind: str | None = None) -> NotAllowed:
        """A change only a manager may make (reps, stages, quotas, settings...)."""
        return cls(
            translate(
                "conflicts",
                "Only a manager can make this change: the team database refused it. "
                "Ask a manager to make it.",
            ),
            kind,
        )


class ServerAway(UserError):
    """The team database could not be reached; the write did not commit."""

    def __init__(self) -> None:
        super().__init__(
            translate(
                "conflicts",
                "The team database cannot be reached; nothing was saved. "
                "Dealbook will reconnect; your changes are still in the form.",
            )
        )


def sqlstate(exc: BaseException) -> str | None:
    """The SQLSTATE of a driver error (inside SQLAlchemy's wrapper too), else None."""
    seen = 0
    current: BaseException | None = exc
    while current is not None and seen < 5:
        state = getattr(current, "sqlstate", None)
        if isinstance(state, str) and state:
            return state
        current = getattr(current, "orig", None) or current.__cause__
        seen += 1
    return None


def is_server_away(exc: BaseException) -> bool:
    """True when ``exc`` says the connection to the server is gone (or never came)."""
    if getattr(exc, "connection_invalidated", False):
        return True
    state = sqlstate(exc)
    if state is not None:
        return state.startswith(_AWAY_CLASSES) or state in _AWAY_STATES
    inner = getattr(exc, "orig", None) or exc
    module = type(inner).__module__
    # psycopg's OperationalError without a SQLSTATE: the socket closed, the server gone
    return module.startswith("psycopg") and type(inner).__name__ == "OperationalError"


def is_not_allowed(exc: BaseException) -> bool:
    """True when the server refused the write for this user's privileges or policies."""
    return sqlstate(exc) in _NOT_ALLOWED_STATES


@contextlib.contextmanager
def refusals(kind: str | None = None, *, importing: bool = False) -> Iterator[None]:
    """Raise a refused or lost write of the team database as ``NotAllowed`` or
    ``ServerAway`` (``importing``: an import's refusal sentence); other errors unchanged."""
    try:
        yield
    except UserError:
        raise
    except Exception as exc:
        # SQLAlchemy's wrapper, or the driver's own error from a raw cursor (psycopg's
        # errors derive from Exception only); anything else goes on unchanged
        refused = refusal(exc, kind)
        if refused is None:
            raise
        if importing and isinstance(refused, NotAllowed):
            raise NotAllowed.import_refused() from exc
        raise refused from exc


def refusal(exc: BaseException, kind: str | None = None) -> UserError | None:
    """``exc`` as :class:`NotAllowed` or :class:`ServerAway`, or None when it is neither."""
    if isinstance(exc, UserError):
        return exc
    if is_server_away(exc):
        return ServerAway()
    if is_not_allowed(exc):
        text = str(getattr(exc, "orig", None) or exc)
        if kind in ("deals", "leads", "activities") and "row-level security" in text:
            return NotAllowed.give_away(kind)
        return NotAllowed.manager_only(kind)
    return None


def _same(a: Any, b: Any) -> bool:
    """Two stored values read the same (a date and its ISO text, None and empty text,
    numbers within a cent of a cent)."""
    if a is None or a == "":
        return b is None or b == ""
    if b is None or b == "":
        return False
    if hasattr(a, "isoformat") or hasattr(b, "isoformat"):
        return (
            str(getattr(a, "isoformat", lambda: a)())[:10]
            == str(getattr(b, "isoformat", lambda: b)())[:10]
        )
    if isinstance(a, int | float) and isinstance(b, int | float):
        return abs(float(a) - float(b)) < 1e-9 * max(1.0, abs(float(a)), abs(float(b)))
    return bool(a == b)


# what a record carries that is not the user's to edit (never "changed by someone")
_BOOKKEEPING = frozenset({"id", "version", "created_by", "updated_by", "updated_at"})


def changed_fields(theirs: Mapping[str, Any], started_from: Mapping[str, Any]) -> list[str]:
    """The fields of ``started_from`` whose value in ``theirs`` differs (in the order of
    ``started_from``), bookkeeping columns left out."""
    return [
        key
        for key, value in started_from.items()
        if key in theirs and key not in _BOOKKEEPING and not _same(theirs[key], value)
    ]
