"""Opening a workspace: the window shows at once, says what it waits for with a moving bar,
stays usable, and fills in as the figures arrive. The background steps are held by events
the test releases (no sleeping)."""

from __future__ import annotations

import datetime as dt
import threading

from PySide6.QtWidgets import QApplication

from desktop_app.charts import format as fmt
from desktop_app.ui import context as context_module
from desktop_app.ui import opening, tasks
from desktop_app.ui.tasks import Op, wait_for_all
from kpi_core.engine import compute_kpis

WAIT = 20000


def held(fn, release: threading.Event, started: threading.Event):
    """``fn`` that waits for ``release`` before it runs (``started`` says it was called)."""

    def wrapper(*args, **kwargs):
        started.set()
        assert release.wait(WAIT / 1000), "the test never released the step"
        return fn(*args, **kwargs)

    return wrapper


def make_deals(db_path, n: int = 3) -> None:
    from desktop_app.store import repository as repo
    from desktop_app.store.engine import open_database

    engine = open_database(db_path)
    try:
        for i in range(n):
            repo.create_record(
                engine,
                "deals",
                {
                    "title": f"Deal {i}",
                    "account": "Acme",
                    "owner": "Alice",
                    "source": "Website",
                    "stage": "Proposal",
                    "status": "won",
                    "amount": 1000.0,
                    "currency": "USD",
                    "created_on": dt.date(2025, 3, 1),
                    "closed_on": dt.date(2025, 4, 1),
                },
            )
    finally:
        engine.dispose()


def test_window_shows_and_says_it_is_opening_until_the_figures_arrive(db_path, qtbot, monkeypatch):
    from desktop_app.ui.main_window import MainWindow

    make_deals(db_path)
    open_go, open_started = threading.Event(), threading.Event()
    load_go, load_started = threading.Event(), threading.Event()
    monkeypatch.setattr(
        opening, "open_workspace", held(opening.open_workspace, open_go, open_started)
    )
    monkeypatch.setattr(
        context_module,
        "load_workspace",
        held(context_module.load_workspace, load_go, load_started),
    )
    win = MainWindow(db_path)
    qtbot.addWidget(win)
    try:
        win.show()
        qtbot.waitExposed(win)
        win.start()
        qtbot.waitUntil(open_started.is_set, timeout=WAIT)
        # the database is still opening: the window is there and says so
        assert win.isVisible() and win.menuBar().isEnabled()
        assert win.loading.text() == "Opening test.sqlite…"
        assert win.busy_bar.text() == "Opening test.sqlite…"
        assert win.busy_bar.bar.maximum() == 0  # a moving bar: no end known
        with qtbot.waitSignal(win.ready, timeout=WAIT):
            open_go.set()
        qtbot.waitUntil(load_started.is_set, timeout=WAIT)
        # the pages are in, the data is still being read
        board = win.pages["dashboard"]
        assert win.busy_bar.text() == "Opening 3 deals…"
        assert board.busy.text() == "Opening 3 deals…" and board.busy.isVisibleTo(board)
        assert board.data() is None
        assert board.cards["revenue"].value.text() == fmt.DASH
        assert win.nav.isEnabled()
        win.show_page("deals")  # the user can look around meanwhile
        assert win.stack.currentWidget() is win.pages["deals"]
        assert all(a.isEnabled() for a in win.menuBar().actions())
        win.show_page("dashboard")
        with qtbot.waitSignal(board.shown, timeout=WAIT):
            load_go.set()
        # the figures are in; nothing is awaited any more
        expected = compute_kpis(
            win.context.dataset(), board.current_period(), settings=win.context.kpi_settings()
        )
        assert expected["kpis"]["revenue"] == 3000.0
        assert board.cards["revenue"].value.text() == fmt.money(3000.0, "USD")
        assert not board.busy.isVisibleTo(board)
        qtbot.waitUntil(lambda: win.busy_bar.text() == "", timeout=WAIT)
        assert tasks.busy_texts() == []
    finally:
        open_go.set()
        load_go.set()
        win.close()
        wait_for_all()
        QApplication.processEvents()


def test_a_failed_first_load_drops_the_busy_line(db_path, qtbot, monkeypatch):
    from desktop_app.ui.main_window import MainWindow

    make_deals(db_path, 1)

    def broken(engine):
        raise OSError("disk unplugged")

    monkeypatch.setattr(context_module, "load_workspace", broken)
    win = MainWindow(db_path)
    qtbot.addWidget(win)
    try:
        with qtbot.waitSignal(win.ready, timeout=WAIT):
            win.show()
            win.start()
        board = win.pages["dashboard"]
        qtbot.waitUntil(lambda: not win.context.is_loading(), timeout=WAIT)
        assert not board.busy.isVisibleTo(board)
        assert win.busy_bar.text() == ""
    finally:
        win.close()
        wait_for_all()
        QApplication.processEvents()


def test_a_task_says_what_it_waits_for_only_after_half_a_second(qtbot):
    """A quick task never flashes the busy line; a slow one shows its words until done."""
    seen: list[list[str]] = []
    tasks.set_busy_sink(seen.append)
    release = threading.Event()
    try:
        done: list[object] = []
        quick = Op(None, lambda: 1).busy("Quick…").success(done.append).run()
        qtbot.waitUntil(lambda: done == [1], timeout=WAIT)
        slow = Op(None, lambda: release.wait(WAIT / 1000)).busy("Saving a backup…", 50)
        slow.success(done.append).run()
        qtbot.waitUntil(lambda: tasks.busy_texts() == ["Saving a backup…"], timeout=WAIT)
        release.set()
        qtbot.waitUntil(lambda: done == [1, True], timeout=WAIT)
        assert tasks.busy_texts() == [] and quick not in tasks._ALIVE
        assert ["Quick…"] not in seen
        assert seen[-2:] == [["Saving a backup…"], []]
    finally:
        release.set()
        tasks.set_busy_sink(None)
        wait_for_all()


def test_the_busy_line_shows_the_oldest_wait_and_how_many_more(qtbot):
    from desktop_app.ui.progress import BusyBar

    bar = BusyBar()
    qtbot.addWidget(bar)
    tasks.set_busy_sink(bar.show_waits)
    try:
        first = tasks.begin_busy("Opening 1,000,000 deals…")
        second = tasks.begin_busy("Saving a backup…")
        assert bar.text() == "Opening 1,000,000 deals… (and 1 more)"
        assert bar.bar.minimum() == bar.bar.maximum() == 0  # moving, no percentage
        tasks.end_busy(first)
        assert bar.text() == "Saving a backup…"
        tasks.end_busy(second)
        assert bar.text() == "" and bar.isHidden()
    finally:
        tasks.set_busy_sink(None)
