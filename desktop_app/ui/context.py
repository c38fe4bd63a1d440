"""The open workspace as the window sees it: database, loaded dataset, one change signal.

Every write in the window ends with :meth:`AppContext.notify_changed` passing the
:class:`desktop_app.store.changes.Changes` the store returned for it; views listen to :attr:`AppContext.data_changed` (cheap, immediate: tables re-read
their rows) or :attr:`AppContext.dataset_changed` (after the KPI dataset was reloaded in
the background). No widget calls another to refresh it.

pandas and ``kpi_core`` are imported lazily so that the window paints before them.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from desktop_app.store.changes import SETTINGS_TABLES, Changes
from desktop_app.ui.guard import guarded
from desktop_app.ui.tasks import Op

if TYPE_CHECKING:
    from desktop_app.store.engine import Engine
    from kpi_core.dataset import Dataset, KpiSettings

log = logging.getLogger("dealbook.ui")


def updating_text() -> str:
    """The busy line while the figures are read again after a change."""
    return QCoreApplication.translate("AppContext", "Updating the figures…")


def open_engine(db_path: str | Path) -> Engine:
    """Open (create or upgrade) the database at ``db_path`` (a file, or a team database's URL)."""
    from desktop_app.store.engine import open_database

    return open_database(db_path)


def is_team(target: str | Path) -> bool:
    """Whether ``target`` names a team database (a PostgreSQL URL) rather than a file."""
    from desktop_app.store.location import is_server_url

    return is_server_url(target)


def load_workspace(engine: Engine) -> tuple[Dataset, KpiSettings]:
    """Read the whole dataset and the KPI settings (runs on a worker thread).

    The loader reads a SQLite file with the standard sqlite3 driver (never adbc's second
    SQLite library, which would break the locks of the window's own connections).
    """
    from desktop_app.store import loader

    dataset, settings = loader.load_dataset(engine), loader.load_kpi_settings(engine)
    # Fill kpi_core's per-dataset cache here, on the worker, so the dashboard's first
    # recompute after a load is as fast as the later ones (the workspace's own stages: the
    # funnel's reached stages are part of it).
    from kpi_core import prepare

    prepare(dataset, settings.base_currency, settings.stages)
    return dataset, settings


def patch_workspace(
    engine: Engine, dataset: Dataset, settings: KpiSettings, changes: Changes
) -> tuple[Dataset, KpiSettings]:
    """The dataset after a write of a few records: those rows re-read, else a full load.

    Runs on a worker thread like :func:`load_workspace`; the settings are unchanged (a
    patchable write touches no settings table).
    """
    from desktop_app.store import loader, snapshot_patch

    path = loader.sqlite_path(engine)
    kind = snapshot_patch.kind_of(changes)
    if path is None or kind is None:
        return load_workspace(engine)
    from kpi_core import prepare

    try:
        patched = snapshot_patch.patch_dataset(path, dataset, kind, changes.ids)
        if patched is None:
            return load_workspace(engine)
        # the patch carried kpi_core's cache over, updated for the written rows: found here
        prepare(patched, settings.base_currency, settings.stages)
    except Exception:  # a patch that fails must not leave stale figures: read it all again
        log.exception("patching the dataset after a write failed; loading it in full")
        return load_workspace(engine)
    return patched, settings


class AppContext(QObject):
    """The open database and the last loaded dataset, shared by every page."""

    #: the store's ``Changes`` of the write (tables touched, rows created/updated/deleted)
    data_changed = Signal(object)
    #: the new kpi_core Dataset after a reload
    dataset_changed = Signal(object)
    #: base currency, stages, NPS scheme, lifetime, rates or company details changed
    settings_changed = Signal()
    #: True while a reload runs in the background
    loading_changed = Signal(bool)
    #: a team database's server reachable (True) or gone (False); see watch_other_processes
    server_state_changed = Signal(bool)
    #: the team database's listener heard these tables change (emitted on its thread,
    #: delivered on the GUI thread: a queued connection)
    _tables_heard = Signal(object)

    def __init__(
        self,
        db_path: str | Path,
        engine: Engine | None = None,
        *,
        is_demo: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        #: a file's path, or a team database's URL (with its password: never show it; see
        #: :attr:`display_name`)
        self.db_path: str | Path = db_path if is_team(db_path) else Path(db_path)
        self.is_team = is_team(db_path)
        self.server_reachable = True
        self.is_demo = is_demo
        self._engine = engine
        self._dataset: Dataset | None = None
        self._settings: KpiSettings | None = None
        self._loading = False
        self._pending = False
        #: the writes announced while a reload ran (None: one needs a full load)
        self._pending_changes: Changes | None = None
        #: the busy line's words for the first load ("Opening 1,000,000 deals…"; set by the
        #: opening, which knows the counts), shown at once; later loads say "Updating the
        #: figures…" when they take over half a second
        self.first_load_text = ""
        self._op: Op | None = None
        self.undo_stack: Any = None  # a QUndoStack, set by the main window
        self._watcher: Any = None  # a ui.watch.ChangeWatcher, see watch_other_processes
        self._listener: Any = None  # a store.pg_listen.ChangeListener on a team database
        self._closed = False
        self._tables_heard.connect(self._heard)
        self.server_state_changed.connect(self._server_state)

    # --- state ---------------------------------------------------------------------

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine, opened on first use."""
        if self._engine is None:
            self._engine = open_engine(self.db_path)
        return self._engine

    def dataset(self) -> Dataset | None:
        """The last loaded dataset, or None before the first load finished."""
        return self._dataset

    def kpi_settings(self) -> KpiSettings:
        """The workspace's KPI settings (defaults until the first load finished)."""
        if self._settings is None:
            from kpi_core.dataset import KpiSettings

            return KpiSettings()
        return self._settings

    def is_loading(self) -> bool:
        return self._loading

    @property
    def listener(self) -> Any:
        """The team database's change listener (None for a file, or before watching)."""
        return self._listener

    @property
    def display_name(self) -> str:
        """The workspace as a person may see it: a path, or a URL without its password."""
        from desktop_app.store.location import safe_display

        return safe_display(self.db_path)

    # --- changes -------------------------------------------------------------------

    def notify_changed(self, changes: Changes) -> None:
        """Announce a write (the ``Changes`` the store returned), then reload the dataset."""
        if changes.empty:
            return
        self.data_changed.emit(changes)
        if changes.touches(*SETTINGS_TABLES):
            self.settings_changed.emit()
        self.reload(changes)

    def reload(self, changes: Changes | None = None) -> None:
        """Load the dataset and settings in the background; emits ``dataset_changed``.

        After a write of a few deals, leads or spend rows (``changes``) only those rows are
        re-read into the loaded dataset (``desktop_app.store.snapshot_patch``); anything
        else is a full load. A reload requested while one runs is queued, so the last write
        is always seen: the writes queued meanwhile are patched together when they allow it
        (their rows read again: a row the running reload read already reads the same), else
        loaded in full; after a failed reload, in full.
        """
        if self._loading:
            if not self._pending:
                self._pending_changes = changes
            elif self._pending_changes is not None and changes is not None:
                self._pending_changes = self._pending_changes | changes
            else:
                self._pending_changes = None
            self._pending = True
            return
        self._loading = True
        self.loading_changed.emit(True)
        engine = self.engine
        dataset, settings = self._dataset, self._settings
        if changes is not None and dataset is not None and settings is not None:
            self._op = Op(self, patch_workspace, engine, dataset, settings, changes)
        else:
            self._op = Op(self, load_workspace, engine)
        if self._dataset is None and self.first_load_text:
            self._op.busy(self.first_load_text, 0)
        else:
            self._op.busy(updating_text())
        self._op.success(guarded(self, self._loaded)).failure(guarded(self, self._failed))
        self._op.run()

    def _loaded(self, result: tuple[Dataset, KpiSettings]) -> None:
        dataset, settings = result
        old_settings = self._settings
        self._dataset, self._settings = dataset, settings
        self._finish()
        if old_settings is not None and old_settings != settings:
            self.settings_changed.emit()
        self.dataset_changed.emit(dataset)

    def _failed(self, exc: BaseException) -> None:
        self._pending_changes = None  # the dataset missed that write: what follows loads in full
        self._finish()
        from desktop_app.ui import notify

        notify.background_failure(exc)

    def _finish(self) -> None:
        self._loading = False
        self._op = None
        self.loading_changed.emit(False)
        if self._pending:
            changes, self._pending_changes = self._pending_changes, None
            self._pending = False
            self.reload(changes)

    def watch_other_processes(self) -> None:
        """Reload when another process writes to the file (``desktop_app.ui.watch``).

        On a team database a :class:`desktop_app.store.pg_listen.ChangeListener` hears the
        other people's writes instead (LISTEN/NOTIFY); what it hears reaches the window
        through the same ``notify_changed`` path, and a lost or regained server through
        :attr:`server_state_changed`.
        """
        from desktop_app.ui.watch import ChangeWatcher, everything

        if self.is_team:
            from desktop_app.store.pg_listen import ChangeListener, SessionPids

            self._listener = ChangeListener(
                str(self.db_path),
                self._tables_heard.emit,
                self.server_state_changed.emit,
                ignore=SessionPids(self.engine),  # the window's own writes announce themselves
            ).start()
            return
        self._watcher = ChangeWatcher(
            Path(self.db_path), lambda: self.notify_changed(Changes.of_tables(everything())), self
        )
        self.loading_changed.connect(self._watcher.reloading)

    def _heard(self, tables: frozenset[str]) -> None:
        """Another session wrote ``tables`` (on the GUI thread): announce it, reload."""
        if self._closed:  # heard just before the window let go of the database
            return
        from desktop_app.ui.watch import everything

        known = tables & everything()
        if known:
            self.notify_changed(Changes.of_tables(known))

    def _server_state(self, reachable: bool) -> None:
        """The listener lost or regained the server; regained: everything is read again
        (what was written while it was away was not heard)."""
        if self._closed:
            return
        was = self.server_reachable
        self.server_reachable = reachable
        if reachable and not was:
            from desktop_app.ui.watch import everything

            self.notify_changed(Changes.of_tables(everything()))

    def close(self) -> None:
        """Release the database file (the window calls this before opening another)."""
        self._closed = True
        if self._listener is not None:
            self._listener.stop()
            self._listener = None
        if self._watcher is not None:
            self._watcher.stop()
            self._watcher = None
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
