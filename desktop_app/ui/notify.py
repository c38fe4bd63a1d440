"""Tier-2 errors: failures in background work, routed to one notifier.

The main window registers a sink (its message bar) with :func:`set_sink`; until then, or
when no window is open, the failure goes to the log only. Expected problems
(:class:`~desktop_app.errors.UserError`) show their own sentence; anything else shows a
short sentence and leaves the traceback to the log file.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from desktop_app.errors import UserError, as_user_error

log = logging.getLogger("dealbook.ui")

#: (text, level) -> None; level is "info", "warning" or "error"
Sink = Callable[[str, str], None]

_sinks: list[Sink] = []


def set_sink(sink: Sink | None) -> None:
    """Make ``sink`` the one place background messages go (None removes all sinks)."""
    _sinks.clear()
    if sink is not None:
        _sinks.append(sink)


def message_for(exc: BaseException) -> str:
    """The plain sentence shown to the user for ``exc``."""
    if isinstance(exc, UserError):
        return str(exc)
    fault = as_user_error(exc, None)  # read-only, full disk, busy, damaged: in words
    if fault is not None:
        return str(fault)
    return QCoreApplication.translate(
        "notify",
        "A background task failed ({0}: {1}). The log file has the details.",
    ).format(type(exc).__name__, exc)


def show(text: str, level: str = "info") -> None:
    """Show ``text`` in the message bar (or log it when no window listens)."""
    if _sinks:
        try:
            _sinks[-1](text, level)
            return
        except RuntimeError:  # the widget behind the sink is gone
            _sinks.clear()
    log.info("%s: %s", level, text)


def background_failure(exc: BaseException) -> None:
    """Report a failure of background work: log it and show it without a modal dialog."""
    if isinstance(exc, UserError):
        log.warning("background task: %s", exc)
        show(str(exc), "warning")
        return
    log.error(
        "background task failed:\n%s",
        "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)),
    )
    show(message_for(exc), "error")
