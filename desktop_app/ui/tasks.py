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

Threads: the task's Qt objects (the relay its results travel by, the busy timer) belong to
the GUI thread and die there. A worker never holds one: it reaches the relay through a
:class:`_Handoff`, and the GUI thread takes the relay back, once the worker has let go of it,
before the callbacks run. Otherwise the worker's last reference (the runnable, deleted by the
pool on its thread) could destroy the relay on the worker while the GUI thread still uses it.
An Op that ended also drops its callbacks and arguments, so that it keeps no page in a
reference cycle.

Python's cyclic garbage collector runs on whichever thread allocates: a task's allocations
would free, on its worker, whatever unreachable cycle holds a Qt object (a closed page, a
dialog, a relay), and Qt objects must die on their own thread. So while a task may run,
automatic collection is off and :class:`_GuiThreadCollector` collects on the GUI thread
instead (by the same thresholds); it is on again once no task runs.
"""

from __future__ import annotations

import gc
import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal
from shiboken6 import isValid

log = logging.getLogger("dealbook.tasks")


class TaskState:
    """Passed to a task that asked for it: progress out, cancel in."""

    def __init__(self, handoff: _Handoff) -> None:
        self._handoff = handoff
        self._cancel = threading.Event()
        self._last = -1

    def progress(self, fraction: float, text: str = "") -> None:
        percent = max(0, min(100, int(fraction * 100)))
        if percent != self._last:  # throttle: one signal per percent
            self._last = percent
            self._handoff.emit("progress", percent, text)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, str)


class _Handoff:
    """What a worker holds of its task's relay: no reference of its own to the QObject.

    The worker emits through :meth:`emit`, holding the relay only inside the lock; the GUI
    thread :meth:`release` s it (waiting, if need be, for an emit under way to end). So the
    last reference to the relay is always the GUI thread's, and the relay is destroyed
    there, whatever the order in which the two threads let go of the task.
    """

    def __init__(self, relay: _Relay) -> None:
        self._lock = threading.Lock()
        self._relay: _Relay | None = relay

    def emit(self, name: str, *values: Any) -> None:
        """Emit the relay's signal ``name`` (queued to the GUI thread); nothing once
        released. Nothing escapes: an error would reach ``sys.excepthook`` on this worker
        thread (the crash dialog is GUI-only)."""
        with self._lock:
            relay = self._relay
            if relay is None:
                return
            try:
                getattr(relay, name).emit(*values)
            except RuntimeError:  # the relay was deleted: the application closed
                log.info("a background task finished after its window closed", exc_info=True)
            finally:
                del relay  # before the lock opens: the GUI thread may then drop the last one

    def release(self) -> _Relay | None:
        """On the GUI thread: the relay, which no worker will touch again."""
        with self._lock:
            relay, self._relay = self._relay, None
        return relay


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[], Any], handoff: _Handoff) -> None:
        super().__init__()
        self._fn = fn
        self._handoff = handoff
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread
            self._deliver("failed", exc)
        else:
            self._deliver("done", result)

    def _deliver(self, signal: str, value: Any) -> None:
        """Hand ``value`` to the GUI thread by the relay's ``signal`` (done or failed)."""
        self._handoff.emit(signal, value)


_ALIVE: set[Op] = set()


class _GuiThreadCollector:
    """While tasks run, the cyclic garbage collector runs on the GUI thread only.

    :meth:`hold` (GUI thread, as a task starts) turns automatic collection off and starts a
    timer that collects the generations whose counts passed their thresholds, as the
    automatic collector would; once no Op is alive and no pool thread runs, automatic
    collection is on again.
    """

    #: how often (ms) the GUI thread collects while tasks run
    INTERVAL_MS = 100

    def __init__(self) -> None:
        self._timer: QTimer | None = None
        self._turned_off = False
        self._pools: set[QThreadPool] = set()

    def hold(self, pool: QThreadPool) -> None:
        """A task starts on ``pool``: collection from now on on the GUI thread only."""
        app = QCoreApplication.instance()
        if app is None:
            return
        self._pools.add(pool)
        if self._timer is None or not isValid(self._timer):
            self._timer = QTimer(app)  # the application's: it lives on the GUI thread
            self._timer.setInterval(self.INTERVAL_MS)
            self._timer.timeout.connect(self.tick)
        if gc.isenabled():
            gc.disable()
            self._turned_off = True
        if not self._timer.isActive():  # not restarted: tasks started often still collect
            self._timer.start()

    def tick(self) -> None:
        """Collect what the automatic collector would have by now; give collection back
        to every thread once no task runs."""
        counts, thresholds = gc.get_count(), gc.get_threshold()
        due = [gen for gen in range(3) if thresholds[gen] and counts[gen] > thresholds[gen]]
        if due:
            gc.collect(max(due))  # the oldest generation due, as the automatic collector
        self.release_if_idle()

    def release_if_idle(self) -> None:
        """Automatic collection on again when no Op is alive and no pool thread runs (a
        pool thread runs Python until its runnable is deleted)."""
        if _ALIVE or any(pool.activeThreadCount() for pool in self._pools):
            return
        if self._timer is not None and isValid(self._timer):
            self._timer.stop()
        if self._turned_off:
            self._turned_off = False
            gc.enable()


_COLLECTOR = _GuiThreadCollector()

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
        self._handoff = _Handoff(self._relay)
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
        self.state = TaskState(self._handoff)
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
        pool = pool or QThreadPool.globalInstance()
        _COLLECTOR.hold(pool)
        pool.start(_Runnable(lambda: fn(*args, **kwargs), self._handoff))
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

    def _end(self) -> tuple[Callable[[Any], None] | None, Callable[[BaseException], None] | None]:
        """The task ended (its result is being delivered): the relay is the GUI thread's
        alone again; the Op lets go of its callbacks and arguments (an Op a page keeps
        would otherwise keep the page in a reference cycle); returns the callbacks."""
        _ALIVE.discard(self)
        self._stop_busy()
        self._handoff.release()
        callbacks = self._on_success, self._on_failure
        self._on_success = self._on_failure = self._on_progress = None
        self._fn, self._parent = _ended, None
        self._args, self._kwargs = (), {}
        return callbacks

    def _finish_ok(self, result: Any) -> None:
        on_success, _ = self._end()
        if on_success is not None:
            on_success(result)

    def _finish_err(self, exc: BaseException) -> None:
        _, on_failure = self._end()
        if on_failure is not None:
            on_failure(exc)
        else:
            from desktop_app.ui import notify

            notify.background_failure(exc)


def _ended(*_args: Any, **_kwargs: Any) -> None:
    """What an ended Op keeps in place of its function."""


def wait_for_all(timeout_ms: int = 30000) -> bool:
    """Block until the global pool is idle (tests and shutdown)."""
    idle = QThreadPool.globalInstance().waitForDone(timeout_ms)
    _COLLECTOR.release_if_idle()
    return idle


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
