"""Opening a database (and creating the demo company) off the GUI thread."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from desktop_app import paths
from desktop_app.errors import UserError, as_user_error
from desktop_app.ui import notify
from desktop_app.ui.guard import guarded
from desktop_app.ui.tasks import Op

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow

log = logging.getLogger("dealbook.ui")

DEMO_DEALS = 1500


def _t(text: str) -> str:
    return QCoreApplication.translate("opening", text)


def open_workspace(path: str | Path, backup_first: bool = True) -> tuple[Any, dict[str, int], str]:
    """Daily backup, open (create/upgrade) the file, count rows; warms pandas too.

    Returns the engine, the row counts, and a warning to show when the daily backup could
    not be made (the database still opens: a failed backup must not lock the user out,
    but it must not go unnoticed either). A team database (a URL) has no daily backup
    here: its server's administrator backs it up (docs/team.md).
    """
    from desktop_app.store import backup
    from desktop_app.ui.context import is_team

    warning = ""
    try:
        if backup_first and not is_team(path):
            backup.auto_backup(Path(path))
    except Exception as exc:  # noqa: BLE001 - a failed backup must not stop the app opening
        log.exception("automatic backup of %s failed", path)
        fault = as_user_error(exc, paths.backup_dir())
        warning = _t("Today's automatic backup was not made: %1").replace(
            "%1", str(fault) if fault is not None else f"{type(exc).__name__}: {exc}"
        )
    from desktop_app.store import repository
    from desktop_app.ui.context import open_engine

    engine = open_engine(path)
    counts = repository.counts(engine)
    import pandas  # noqa: F401 - import on this thread, not the GUI's

    import desktop_app.store.loader  # noqa: F401

    return engine, counts, warning


def open_in_background(window: MainWindow, path: str | Path, is_demo: bool) -> None:
    """Open ``path`` (a file, or a team database's URL) and hand the result to
    ``window.install``."""
    from desktop_app.ui.context import AppContext, is_team

    def done(result: tuple[Any, dict[str, int], str]) -> None:
        engine, counts, warning = result
        context = AppContext(path, engine, is_demo=is_demo)
        context.first_load_text = opening_text(counts)
        context.watch_other_processes()  # a command line import shows without a restart
        # the commands without --db read the file the window shows (a team database is
        # not remembered for them: its URL may carry a password)
        if not is_demo and not is_team(path):
            paths.remember_workspace(Path(path))
        window.install(context, counts)
        follow_first_load(window, context)
        if warning:
            notify.show(warning, "warning")

    def failed(exc: BaseException) -> None:
        notify.background_failure(exc)
        text = str(exc) if isinstance(exc, UserError) else notify.message_for(exc)
        hint = (
            _t("Use File ▸ Connect to team database… to try again, or File ▸ Open…")
            if is_team(path)
            else _t("Use File ▸ Open… or File ▸ New database…")
        )
        window.loading.setText(text + "\n\n" + hint)
        window.loading.setWordWrap(True)

    from desktop_app.store.location import safe_display

    name = safe_display(path) if is_team(path) else Path(path).name
    Op(window, open_workspace, path, not is_demo).busy(
        _t("Opening %1…").replace("%1", name), 0
    ).success(guarded(window, done)).failure(guarded(window, failed)).run()


def opening_text(counts: dict[str, int]) -> str:
    """The busy line while a workspace's data is read: "Opening 1,000,000 deals…"."""
    from desktop_app.ui.pages.words import plural

    deals = int(counts.get("deals", 0))
    if deals:
        return plural("opening", "Opening %Ln deal(s)…", deals)
    return _t("Opening the workspace…")


def follow_first_load(window: MainWindow, context: Any) -> None:
    """While the first load runs, the dashboard says so (the window is usable meanwhile);
    it shows its figures when they arrive, or drops the line if the load fails."""
    board = window.pages.get("dashboard")
    set_busy = getattr(board, "set_busy", None)
    if board is None or set_busy is None or not context.is_loading():
        return
    set_busy(context.first_load_text)

    def loaded(loading: bool) -> None:
        if not loading and context.dataset() is None:  # failed: the message bar says why
            set_busy("")

    context.loading_changed.connect(guarded(board, loaded))


def make_demo(target: Path, deals: int = DEMO_DEALS) -> Path:
    """Generate the demo company into ``target`` (a fresh file; runs on a worker)."""
    from desktop_app.store import backup
    from desktop_app.store.demo import generate_demo
    from desktop_app.store.engine import open_database

    tmp = target.with_name(target.stem + ".creating.sqlite")
    backup.discard(tmp)  # a leftover of an earlier attempt
    engine = open_database(tmp)
    try:
        generate_demo(engine, deals=deals, seed=7)
    finally:
        engine.dispose()
    return backup.place_new(tmp, target)


def open_demo(window: MainWindow) -> None:
    """Open the demo company, generating it first when it does not exist yet."""
    target = paths.demo_db_path()
    if target.exists() and target.stat().st_size > 0:
        window.open_database(target, is_demo=True)
        return
    text = _t("Creating the demo company…")
    if window.welcome is not None:
        window.welcome.set_busy(text)

    def done(path: Path) -> None:
        if window.welcome is not None:
            window.welcome.set_busy("")
        window.open_database(path, is_demo=True)

    def failed(exc: BaseException) -> None:
        if window.welcome is not None:
            window.welcome.set_busy("")
        notify.background_failure(exc)

    # the busy line, not the message bar: it says so while the work runs, and no longer
    Op(window, make_demo, target).busy(text, after_ms=0).success(guarded(window, done)).failure(
        guarded(window, failed)
    ).run()
