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

from PySide6.QtCore import QObject, Signal

from desktop_app.store.changes import SETTINGS_TABLES, Changes
from desktop_app.ui.guard import guarded
from desktop_app.ui.tasks import Op

if TYPE_CHECKING:
    from desktop_app.store.engine import Engine
    from kpi_core.dataset import Dataset, KpiSettings

log = logging.getLogger("dealbook.ui")


def open_engine(db_path: Path) -> Engine:
    """Open (create or upgrade) the database at ``db_path``."""
    from desktop_app.store.engine import open_database

    return open_database(db_path)


def load_workspace(engine: Engine) -> tuple[Dataset, KpiSettings]:
    """Read the whole dataset and the KPI settings (runs on a worker thread).

    The loader reads a SQLite file with the standard sqlite3 driver (never adbc's second
    SQLite library, which would break the locks of the window's own connections).
    """
    from desktop_app.store import loader

    dataset, settings = loader.load_dataset(engine), loader.load_kpi_settings(engine)
    # Fill kpi_core's per-dataset cache here, on the worker, so the dashboard's first
    # recompute after a load is as fast as the later ones.
    from kpi_core import prepare

    prepare(dataset, settings.base_currency)
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
    patched = None
    if path is not None and kind is not None:
        patched = snapshot_patch.patch_dataset(path, dataset, kind, changes.ids)
    if patched is None:
        return load_workspace(engine)
    from kpi_core import prepare

    prepare(patched, settings.base_currency)
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

    def __init__(
        self,
        db_path: str | Path,
        engine: Engine | None = None,
        *,
        is_demo: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.is_demo = is_demo
        self._engine = engine
        self._dataset: Dataset | None = None
        self._settings: KpiSettings | None = None
        self._loading = False
        self._pending = False
        self._op: Op | None = None
        self.undo_stack: Any = None  # a QUndoStack, set by the main window
        self._watcher: Any = None  # a ui.watch.ChangeWatcher, see watch_other_processes

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
        else is a full load. A reload requested while one runs is queued (as a full load),
        so the last write is always seen.
        """
        if self._loading:
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
        self._finish()
        from desktop_app.ui import notify

        notify.background_failure(exc)

    def _finish(self) -> None:
        self._loading = False
        self._op = None
        self.loading_changed.emit(False)
        if self._pending:
            self._pending = False
            self.reload()

    def watch_other_processes(self) -> None:
        """Reload when another process writes to the file (``desktop_app.ui.watch``)."""
        from desktop_app.ui.watch import ChangeWatcher, everything

        self._watcher = ChangeWatcher(
            self.db_path, lambda: self.notify_changed(Changes.of_tables(everything())), self
        )
        self.loading_changed.connect(self._watcher.reloading)

    def close(self) -> None:
        """Release the database file (the window calls this before opening another)."""
        if self._watcher is not None:
            self._watcher.stop()
            self._watcher = None
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
