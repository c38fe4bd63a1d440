"""The open workspace as the window sees it: database, loaded dataset, one change signal.

Every write in the window ends with :meth:`AppContext.notify_changed` naming the tables it
touched; views listen to :attr:`AppContext.data_changed` (cheap, immediate: tables re-read
their rows) or :attr:`AppContext.dataset_changed` (after the KPI dataset was reloaded in
the background). No widget calls another to refresh it.

pandas and ``kpi_core`` are imported lazily so that the window paints before them.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from desktop_app.ui.guard import guarded
from desktop_app.ui.tasks import Op

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from kpi_core.dataset import Dataset, KpiSettings

log = logging.getLogger("dealbook.ui")

#: tables whose change alters how KPIs are computed (settings_changed is emitted too)
SETTINGS_TABLES = frozenset({"settings", "pipeline_stages", "rates"})


def open_engine(db_path: Path) -> Engine:
    """Open (create or upgrade) the database at ``db_path``."""
    try:
        from desktop_app.store.engine import open_database
    except ImportError:  # pragma: no cover - the store engine is not there yet
        from sqlalchemy import create_engine

        from desktop_app.store.models import Base

        engine = create_engine(f"sqlite:///{db_path}")
        Base.metadata.create_all(engine)
        return engine
    return open_database(db_path)


def load_workspace(engine: Engine) -> tuple[Dataset, KpiSettings]:
    """Read the whole dataset and the KPI settings (runs on a worker thread)."""
    from kpi_core.dataset import Dataset, KpiSettings

    try:
        from desktop_app.store import loader
    except ImportError:  # pragma: no cover - the loader is not there yet
        return Dataset(), KpiSettings()
    # The window keeps its own sqlite3 connections open on the file: a second SQLite
    # library in the process (adbc's) would break SQLite's POSIX locks ("disk I/O error").
    method = "sqlite3" if engine.url.get_backend_name() == "sqlite" else None
    dataset, settings = loader.load_dataset(engine, method=method), loader.load_kpi_settings(engine)
    # Fill kpi_core's per-dataset cache here, on the worker, so the dashboard's first
    # recompute after a load is as fast as the later ones.
    from kpi_core import prepare

    prepare(dataset, settings.base_currency)
    return dataset, settings


class AppContext(QObject):
    """The open database and the last loaded dataset, shared by every page."""

    #: frozenset[str] of table names written to
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

    def notify_changed(self, tables: object) -> None:
        """Announce a write to ``tables`` (a name or names), then reload the dataset."""
        names = frozenset([tables]) if isinstance(tables, str) else frozenset(tables)  # type: ignore[arg-type]
        self.data_changed.emit(names)
        if names & SETTINGS_TABLES:
            self.settings_changed.emit()
        self.reload()

    def reload(self) -> None:
        """Load the dataset and settings in the background; emits ``dataset_changed``.

        A reload requested while one runs is queued, so the last write is always seen.
        """
        if self._loading:
            self._pending = True
            return
        self._loading = True
        self.loading_changed.emit(True)
        engine = self.engine
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

    def close(self) -> None:
        """Release the database file (the window calls this before opening another)."""
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
