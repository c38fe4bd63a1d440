"""The dashboard's background work leaves every Qt object to die on the GUI thread.

A Qt object destroyed on a worker thread while the GUI thread uses it crashes the window:
the relay a task's results travel by, or a closed page freed by the garbage collector that a
worker's allocations set off. These tests order the two threads with events, not sleeps.
"""

from __future__ import annotations

import gc
import threading
import weakref
from typing import Any

from PySide6.QtCore import QObject, Qt

from desktop_app.ui import tasks


def test_the_relay_dies_on_the_gui_thread_when_the_worker_lets_go_last(qtbot, monkeypatch):
    main = threading.get_ident()
    op_gone = threading.Event()
    destroyed_on: list[int] = []
    deliver = tasks._Runnable._deliver

    def deliver_then_linger(self: Any, signal: Any, value: Any) -> None:
        deliver(self, signal, value)
        # the GUI thread runs the callback and lets go of the Op before this worker
        # lets go of its runnable
        assert op_gone.wait(20)

    monkeypatch.setattr(tasks._Runnable, "_deliver", deliver_then_linger)
    results: list[int] = []
    op = tasks.Op(None, lambda state: 42).success(results.append).with_state()
    op._relay.destroyed.connect(
        lambda *_: destroyed_on.append(threading.get_ident()),
        Qt.ConnectionType.DirectConnection,
    )
    weakref.finalize(op, op_gone.set)
    op.run()
    del op
    qtbot.waitUntil(lambda: op_gone.is_set(), timeout=20000)
    assert tasks.wait_for_all(20000)
    assert results == [42]
    assert destroyed_on == [main]


class _Cyclic(QObject):
    """A Qt object only a reference cycle keeps once its holder drops it."""

    def __init__(self) -> None:
        super().__init__()
        self.cycle = [self]


def test_garbage_with_a_qt_object_is_collected_on_the_gui_thread_while_a_task_runs(qtbot):
    main = threading.get_ident()
    freed_on: list[int] = []
    gc.collect()  # what follows is young: the task's allocations would collect it
    held = [_Cyclic()]
    weakref.finalize(held[0], lambda: freed_on.append(threading.get_ident()))

    def drop_and_allocate() -> int:
        held.pop()  # now cyclic garbage, created and owned on the GUI thread
        # as many container objects as a computation makes: many young collections' worth
        return len([[] for _ in range(200_000)])

    results: list[int] = []
    tasks.Op(None, drop_and_allocate).success(results.append).run()
    qtbot.waitUntil(lambda: bool(results), timeout=20000)
    assert tasks.wait_for_all(20000)
    gc.collect()
    assert results == [200_000]
    assert freed_on == [main]
    assert gc.isenabled() or tasks._ALIVE  # automatic collection is back once idle
