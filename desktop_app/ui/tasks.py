"""One way to run work off the GUI thread.

    Op(parent, fn, *args).success(on_done).failure(on_error).run()

``fn`` runs on Qt's global thread pool; the callbacks run on the GUI thread, delivered by
signal. A task may take a ``TaskState`` keyword (``with_state()``) to report progress and
to see a cooperative cancel request. Failures go to ``failure`` if given, else to the
application's notifier (``desktop_app.ui.notify``).

A wait a person may notice says so: ``Op(...).busy(text)`` shows ``text`` in the window's
busy line (:mod:`desktop_app.ui.progress`) while the task runs, from half a second on (a
quick task never flashes it); :func:`begin_busy` / :func:`end_busy` do the same for a wait
made of several steps.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

log = logging.getLogger("dealbook.tasks")


class TaskState:
    """Passed to a task that asked for it: progress out, cancel in."""

    def __init__(self, relay: _Relay) -> None:
        self._relay = relay
        self._cancel = threading.Event()
        self._last = -1

    def progress(self, fraction: float, text: str = "") -> None:
        percent = max(0, min(100, int(fraction * 100)))
        if percent != self._last:  # throttle: one signal per percent
            self._last = percent
            self._relay.progress.emit(percent, text)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, str)


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread
            self._deliver(self._relay.failed, exc)
        else:
            self._deliver(self._relay.done, result)

    def _deliver(self, signal: Any, value: Any) -> None:
        """Hand ``value`` to the GUI thread; nothing escapes ``run()``: an error there would
        reach ``sys.excepthook`` on this worker thread (the crash dialog is GUI-only), and
        once the application has quit the relay may be gone, with nobody left to tell."""
        try:
            signal.emit(value)
        except RuntimeError:  # the relay was deleted: the window and the application closed
            log.info("a background task finished after its window closed", exc_info=True)


_ALIVE: set[Op] = set()

#: what the window is waiting for now, in the order the waits began: key -> text
_BUSY: dict[object, str] = {}
_busy_sink: Callable[[list[str]], None] | None = None
#: a task running longer than this (ms) shows its busy text
BUSY_AFTER_MS = 500


def set_busy_sink(sink: Callable[[list[str]], None] | None) -> None:
    """Where the texts of the waits go (the window's busy line); called at every change."""
    global _busy_sink
    _busy_sink = sink
    if sink is not None:
        sink(busy_texts())


def drop_busy_sink(sink: Callable[[list[str]], None]) -> None:
    """Stop telling ``sink`` (its widget is gone), unless another took its place."""
    global _busy_sink
    if _busy_sink == sink:
        _busy_sink = None


def busy_texts() -> list[str]:
    """The texts of the waits going on, oldest first."""
    return list(_BUSY.values())


def begin_busy(text: str, key: object | None = None) -> object:
    """Say the window waits for ``text`` (shown at once) until :func:`end_busy` of the key
    returned; the same ``key`` again replaces the text."""
    key = object() if key is None else key
    _BUSY[key] = text
    _tell()
    return key


def end_busy(key: object) -> None:
    """The wait of ``key`` is over (nothing happens if it already was)."""
    if _BUSY.pop(key, None) is not None:
        _tell()


def _tell() -> None:
    global _busy_sink
    if _busy_sink is not None:
        try:
            _busy_sink(busy_texts())
        except RuntimeError:  # its widget was deleted with its window
            _busy_sink = None


class Op:
    """A background operation with callbacks on the GUI thread."""

    def __init__(self, parent: QObject | None, fn: Callable[..., Any], *args: Any, **kwargs: Any):
        self._parent = parent
        self._fn = fn
        self._args = args
        self._kwargs = kwargs
        self._on_success: Callable[[Any], None] | None = None
        self._on_failure: Callable[[BaseException], None] | None = None
        self._on_progress: Callable[[int, str], None] | None = None
        self._relay = _Relay()
        self.state: TaskState | None = None
        self._busy_text = ""
        self._busy_after = BUSY_AFTER_MS
        self._busy_timer: QTimer | None = None

    def success(self, cb: Callable[[Any], None]) -> Op:
        self._on_success = cb
        return self

    def failure(self, cb: Callable[[BaseException], None]) -> Op:
        self._on_failure = cb
        return self

    def busy(self, text: str, after_ms: int = BUSY_AFTER_MS) -> Op:
        """Show ``text`` in the window's busy line while the task runs (from ``after_ms``
        on: a quick task never flashes it)."""
        self._busy_text = text
        self._busy_after = after_ms
        return self

    def with_state(self, on_progress: Callable[[int, str], None] | None = None) -> Op:
        """Give the task a ``state=TaskState`` keyword; ``on_progress(percent, text)``."""
        self.state = TaskState(self._relay)
        self._kwargs["state"] = self.state
        self._on_progress = on_progress
        return self

    def run(self, pool: QThreadPool | None = None) -> Op:
        self._relay.done.connect(self._finish_ok)
        self._relay.failed.connect(self._finish_err)
        if self._on_progress is not None:
            self._relay.progress.connect(self._on_progress)
        _ALIVE.add(self)
        fn, args, kwargs = self._fn, self._args, self._kwargs
        (pool or QThreadPool.globalInstance()).start(
            _Runnable(lambda: fn(*args, **kwargs), self._relay)
        )
        if self._busy_text:
            if self._busy_after <= 0:
                self._show_busy()
            else:
                # a timer the Op keeps and stops when it ends (a single-shot call with a
                # temporary Python callable may fire after the callable is gone)
                self._busy_timer = QTimer(self._relay)
                self._busy_timer.setSingleShot(True)
                self._busy_timer.timeout.connect(self._show_busy)
                self._busy_timer.start(self._busy_after)
        return self

    def _show_busy(self) -> None:
        if self in _ALIVE:  # still running
            begin_busy(self._busy_text, self)

    def _stop_busy(self) -> None:
        if self._busy_timer is not None:
            self._busy_timer.stop()
        end_busy(self)

    def cancel(self) -> None:
        if self.state is not None:
            self.state.cancel()

    def _finish_ok(self, result: Any) -> None:
        _ALIVE.discard(self)
        self._stop_busy()
        if self._on_success is not None:
            self._on_success(result)

    def _finish_err(self, exc: BaseException) -> None:
        _ALIVE.discard(self)
        self._stop_busy()
        if self._on_failure is not None:
            self._on_failure(exc)
        else:
            from desktop_app.ui import notify

            notify.background_failure(exc)


def wait_for_all(timeout_ms: int = 30000) -> bool:
    """Block until the global pool is idle (tests and shutdown)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)


def shutdown(timeout_ms: int = 30000) -> bool:
    """Ask every running task that can be cancelled to stop, then wait for the pool: called
    when the event loop has ended, while the application still exists, so that no task ends
    (and signals, or raises) into a destroyed application. False if one was still running."""
    for op in list(_ALIVE):
        op.cancel()
    idle = QThreadPool.globalInstance().waitForDone(timeout_ms)
    if not idle:
        log.warning("background tasks still running at exit")
    return idle
