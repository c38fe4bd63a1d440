"""The main window: navigation, pages, menus, status bar, drag and drop.

The window paints first with a "Loading…" page; :meth:`MainWindow.start` (called by a
zero-timer after the first paint) imports pandas and the pages, opens the database off the
GUI thread (with the daily backup) and installs the pages. Nothing here is global.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QPaintEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.store.changes import Changes
from desktop_app.ui import notify
from desktop_app.ui.widgets.message_bar import MessageBar

log = logging.getLogger("dealbook.ui")

PAGE_KEYS = (
    "dashboard",
    "deals",
    "leads",
    "spend",
    "nps",
    "activities",
    "team",
    "accounts",
    "imports",
    "settings",
)
IMPORTABLE = (".csv", ".xlsx", ".xlsm", ".xls", ".txt", ".tsv")


def page_titles() -> dict[str, str]:
    from PySide6.QtCore import QCoreApplication

    def t(text: str) -> str:
        return QCoreApplication.translate("MainWindow", text)

    return {
        "dashboard": t("Dashboard"),
        "deals": t("Deals"),
        "leads": t("Leads"),
        "spend": t("Spend"),
        "nps": t("NPS"),
        "activities": t("Activities"),
        "team": t("Team"),
        "accounts": t("Accounts"),
        "imports": t("Imports"),
        "settings": t("Settings"),
    }


class MainWindow(QMainWindow):
    """Dealbook's one window."""

    #: emitted once, after the first paint
    first_painted = Signal()
    #: emitted when a database is open and its pages are installed
    ready = Signal()

    def __init__(self, db_path: str | Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from desktop_app.ui.context import is_team

        #: a file's path, or a team database's URL (shown only through safe_display)
        self.db_path: str | Path = db_path if is_team(db_path) else Path(db_path)
        self.context: Any = None
        self.team_identity: Any = None  # a store.team_identity.TeamIdentity on a team database
        self.pages: dict[str, QWidget] = {}
        self.welcome: Any = None
        self._painted = False
        self._show_welcome = False
        self.setWindowTitle(self.tr("Dealbook"))
        self.setAcceptDrops(True)
        self.setMinimumSize(QSize(960, 600))
        central = QWidget(self)
        root = QHBoxLayout(central)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(0)
        self.nav = QListWidget(central)
        self.nav.setObjectName("navList")
        self.nav.setFixedWidth(184)
        self.nav.setFrameShape(QFrame.Shape.NoFrame)
        titles = page_titles()
        for key in PAGE_KEYS:
            item = QListWidgetItem(titles[key], self.nav)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setSizeHint(QSize(170, 36))
        self.nav.currentRowChanged.connect(self._nav_changed)
        root.addWidget(self.nav)
        right = QWidget(central)
        col = QVBoxLayout(right)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(0)
        self.demo_bar = self._make_demo_bar(right)
        col.addWidget(self.demo_bar)
        from desktop_app.ui.team_banner import TeamBanner

        self.team_banner = TeamBanner(right)  # shown while a team database's server is away
        col.addWidget(self.team_banner)
        self.message_bar = MessageBar(right)
        wrap = QHBoxLayout()
        wrap.setContentsMargins(12, 8, 12, 0)
        wrap.addWidget(self.message_bar)
        col.addLayout(wrap)
        self.stack = QStackedWidget(right)
        self.loading = QLabel(self.tr("Loading…"), self.stack)
        self.loading.setObjectName("placeholder")
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.loading)
        col.addWidget(self.stack, 1)
        root.addWidget(right, 1)
        self.setCentralWidget(central)
        self.db_label = QLabel(self)
        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("countsLabel")
        self.busy_label = QLabel(self.tr("Updating…"), self)
        self.busy_label.setObjectName("countsLabel")
        self.busy_label.hide()
        self.statusBar().addWidget(self.db_label, 1)
        self.statusBar().addPermanentWidget(self.busy_label)
        from desktop_app.ui import progress

        #: what the window waits for (opening, loading, backup, ...), with a moving bar
        self.busy_bar = progress.install(self)
        self.statusBar().addPermanentWidget(self.counts_label)
        self.nav.setEnabled(False)
        notify.set_sink(self.message_bar.show_message)
        from desktop_app.ui import window_actions

        self.actions_ = window_actions.WindowActions(self)
        self._restore_geometry()

    def _make_demo_bar(self, parent: QWidget) -> QFrame:
        bar = QFrame(parent)
        bar.setObjectName("demoBar")
        layout = QHBoxLayout(bar)
        layout.setContentsMargins(16, 6, 12, 6)
        label = QLabel(
            self.tr("You are exploring the demo company. Its made-up data never mixes with yours."),
            bar,
        )
        layout.addWidget(label, 1)
        back = QPushButton(self.tr("Back to my data"), bar)
        back.clicked.connect(lambda: self.open_database(self._home_db))
        layout.addWidget(back)
        bar.hide()
        self._home_db: str | Path = self.db_path
        return bar

    # --- first paint and start -------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    def start(self) -> None:
        """Open the database given at launch (after the first paint)."""
        self.open_database(self.db_path)

    def open_database(self, path: str | Path, *, is_demo: bool = False) -> None:
        """Open ``path`` off the GUI thread (daily backup first), then install the pages.

        ``path`` may be a team database's URL (File ▸ Connect to team database…).
        """
        from desktop_app.store.location import safe_display
        from desktop_app.ui import opening
        from desktop_app.ui.context import is_team

        target: str | Path = path if is_team(path) else Path(path)
        if not is_demo:
            self._home_db = target
        self.nav.setEnabled(False)
        self.stack.setCurrentWidget(self.loading)
        name = safe_display(target) if isinstance(target, str) else target.name
        self.loading.setText(self.tr("Opening %1…").replace("%1", name))
        opening.open_in_background(self, target, is_demo)

    def install(self, context: Any, counts: dict[str, int]) -> None:
        """Replace the pages with ones on ``context`` (called on the GUI thread)."""
        from desktop_app.ui import pages_factory

        old = self.context
        retired: list[Any] = list(self.pages.values()) + ([self.welcome] if self.welcome else [])
        for page in retired:
            self.stack.removeWidget(page)
            page.hide()
        self.pages = {}
        if old is not None:
            old.close()
            retired.append(old)
        self._retire(retired)
        self.context = context
        self.db_path = context.db_path
        self.actions_.attach(context)
        self.pages, self.welcome = pages_factory.build_pages(self, context)
        for key in PAGE_KEYS:
            self.stack.addWidget(self.pages[key])
        self.stack.addWidget(self.welcome)
        context.data_changed.connect(self._data_changed)
        # a load shows in the busy line (desktop_app.ui.progress) when it takes a while
        self.demo_bar.setVisible(context.is_demo)
        self.team_banner.attach(context)
        if getattr(context, "is_team", False):
            self._show_team_identity(context)
        else:
            self.setWindowTitle(
                self.tr("%1 — Dealbook").replace("%1", context.db_path.name)
                if not context.is_demo
                else self.tr("Demo company — Dealbook")
            )
            self.db_label.setText(str(context.db_path))
        self.nav.setEnabled(True)
        self.update_counts(counts)
        self._show_welcome = not any(counts.values()) and not context.is_demo
        last = QSettings().value("window/last_page", "dashboard")
        if self._show_welcome or last not in PAGE_KEYS:
            last = "dashboard"  # the welcome page stands in for it
        self.show_page(str(last))
        context.reload()
        self.ready.emit()

    def _show_team_identity(self, context: Any, identity: Any = None) -> None:
        """Title and status bar: "Team database: db on host as user (role)"; the role is
        asked of the server in the background, then shown."""
        from desktop_app.ui.team_banner import team_title

        role = getattr(identity, "role", None)
        rep_name = getattr(identity, "rep_name", None)
        text = team_title(context.display_name, role, rep_name)
        self.setWindowTitle(self.tr("%1 — Dealbook").replace("%1", text))
        self.db_label.setText(team_title(context.display_name, role))  # the rep: in the title
        self.db_label.setToolTip(text)
        self.team_identity = identity
        if identity is None:
            from desktop_app.store.team_identity import who_am_i
            from desktop_app.ui.guard import guarded
            from desktop_app.ui.tasks import Op

            def known(found: Any) -> None:
                if self.context is context and found is not None:
                    self._show_team_identity(context, found)

            Op(self, who_am_i, context.engine).success(guarded(self, known)).run()

    def _retire(self, objects: list[Any]) -> None:
        """Delete old pages once no background task can still call back into them."""
        from PySide6.QtCore import QThreadPool, QTimer

        from desktop_app.ui.guard import alive

        objects = [obj for obj in objects if alive(obj)]
        if not objects:
            return
        if QThreadPool.globalInstance().activeThreadCount() == 0:
            for obj in objects:
                obj.deleteLater()
        else:
            # a timer the window keeps (a single shot holding a temporary closure can fire
            # into freed memory); the objects wait in a list the window keeps too
            self._retiring: list[Any] = objects
            if getattr(self, "_retire_timer", None) is None:
                self._retire_timer = QTimer(self)
                self._retire_timer.setSingleShot(True)
                self._retire_timer.timeout.connect(self._retire_later)
            self._retire_timer.start(200)

    def _retire_later(self) -> None:
        objects, self._retiring = self._retiring, []
        self._retire(objects)

    # --- pages -----------------------------------------------------------------------

    def _nav_changed(self, row: int) -> None:
        if 0 <= row < len(PAGE_KEYS) and self.pages:
            self._show(PAGE_KEYS[row])

    def show_page(self, key: str) -> None:
        """Switch to page ``key`` (the welcome page stands in while there is no data)."""
        if key not in PAGE_KEYS:
            return
        row = PAGE_KEYS.index(key)
        if self.nav.currentRow() != row:
            self.nav.setCurrentRow(row)  # calls _show
        else:
            self._show(key)

    def _show(self, key: str) -> None:
        if self._show_welcome and key == "dashboard" and self.welcome is not None:
            self.stack.setCurrentWidget(self.welcome)
        else:
            self.stack.setCurrentWidget(self.pages[key])
        QSettings().setValue("window/last_page", key)

    def current_key(self) -> str:
        row = self.nav.currentRow()
        return PAGE_KEYS[row] if 0 <= row < len(PAGE_KEYS) else "dashboard"

    def current_page(self) -> QWidget | None:
        return self.stack.currentWidget()

    def show_deals(self, ids: list[int], caption: str) -> None:
        """Drill-down from the dashboard: the Deals page with exactly these deals."""
        self.show_page("deals")
        self.pages["deals"].show_ids(ids, caption)  # type: ignore[attr-defined]

    # --- status bar ------------------------------------------------------------------

    def _data_changed(self, changes: Changes) -> None:
        from desktop_app.store import repository as repo
        from desktop_app.ui.guard import guarded
        from desktop_app.ui.tasks import Op

        if self._show_welcome and changes.touches("deals", "leads", "spend", "nps"):
            self._show_welcome = False
            if self.stack.currentWidget() is self.welcome:
                self._show(self.current_key())
        Op(self, repo.counts, self.context.engine).success(guarded(self, self.update_counts)).run()

    def update_counts(self, counts: dict[str, int]) -> None:
        from desktop_app.translation import QT_TRANSLATE_NOOP  # typed: returns the text
        from desktop_app.ui.pages.words import plural

        words = (  # marked for lupdate, translated by plural()
            ("deals", QT_TRANSLATE_NOOP("MainWindow", "%Ln deal(s)")),
            ("leads", QT_TRANSLATE_NOOP("MainWindow", "%Ln lead(s)")),
            ("accounts", QT_TRANSLATE_NOOP("MainWindow", "%Ln account(s)")),
            ("spend", QT_TRANSLATE_NOOP("MainWindow", "%Ln spend row(s)")),
            ("nps", QT_TRANSLATE_NOOP("MainWindow", "%Ln NPS answer(s)")),
        )
        parts = [plural("MainWindow", text, int(counts.get(key, 0))) for key, text in words]
        self.counts_label.setText(" · ".join(parts))

    # --- drag and drop ---------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if self._dropped_file(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        path = self._dropped_file(event)
        if path is not None:
            event.acceptProposedAction()
            self.actions_.open_import_wizard(str(path))

    def _dropped_file(self, event: QDragEnterEvent | QDropEvent) -> Path | None:
        mime = event.mimeData()
        if self.context is None or not mime.hasUrls():
            return None
        for url in mime.urls():
            if url.isLocalFile() and Path(url.toLocalFile()).suffix.lower() in IMPORTABLE:
                return Path(url.toLocalFile())
        return None

    # --- geometry --------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = QSettings().value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        QSettings().setValue("window/geometry", self.saveGeometry())
        notify.set_sink(None)
        from desktop_app.ui.tasks import wait_for_all

        wait_for_all(10000)
        if self.context is not None:
            self.context.close()
        super().closeEvent(event)
