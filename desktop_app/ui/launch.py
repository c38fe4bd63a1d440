"""Start the window: application, logging, crash handler, first paint before pandas.

``launch(db_arg)`` shows the main window with a "Loading…" page first; only after that
first paint does a zero-timer import pandas, the KPI core and the pages and open the
database (off the GUI thread). ``DEALBOOK_EXIT_AFTER_PAINT=1`` prints the time to first
paint and quits; ``DEALBOOK_EXIT_AFTER_DATA=1`` does the same once the dataset is loaded
(``benchmarks/startup_bench.py`` uses both).
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from desktop_app import __version__, paths
from desktop_app.resources import resource_path

EXIT_AFTER_PAINT = "DEALBOOK_EXIT_AFTER_PAINT"
EXIT_AFTER_DATA = "DEALBOOK_EXIT_AFTER_DATA"
ORGANISATION = "Dealbook"
APP_NAME = "Dealbook"


def setup_logging() -> None:
    """A rotating log file in the log folder (1 MB × 5)."""
    root = logging.getLogger()
    if any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        return
    handler = logging.handlers.RotatingFileHandler(
        paths.log_dir() / "dealbook.log", maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    logging.getLogger("alembic").setLevel(logging.WARNING)


def style_sheet() -> str:
    """The application's style sheet (resources/style/dealbook.qss), empty if missing."""
    path = resource_path("style", "dealbook.qss")
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return ""


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with names, high-DPI rounding and the platform's look."""
    existing = QApplication.instance()
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    if isinstance(existing, QApplication):
        return existing
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationDisplayName(APP_NAME)
    app.setWindowIcon(app_icon())
    if sys.platform not in ("win32", "darwin"):
        app.setStyle("Fusion")  # Windows and macOS keep their native style
    app.setStyleSheet(style_sheet())
    install_translations(app)
    return app


def app_icon() -> QIcon:
    """The app icon at every size the resources hold."""
    icon = QIcon()
    for png in sorted(resource_path("icons").glob("dealbook-*.png")):
        icon.addFile(str(png))
    return icon


def install_translations(app: QApplication) -> None:
    """Speak the language chosen in Settings (or the system's): Dealbook's and Qt's own
    translations (:mod:`desktop_app.ui.i18n`)."""
    from desktop_app.reports import fonts
    from desktop_app.ui import i18n

    i18n.install()
    fonts.apply_to_application(app)  # a Chinese face for Chinese text, when installed


def workspace_target(db_arg: str | None) -> str | Path:
    """What ``--db`` names: a team database's URL (with its remembered password when it
    names none), else a file (the default database without ``--db``)."""
    from desktop_app.store.location import is_server_url

    if db_arg and is_server_url(db_arg):
        from desktop_app.ui.team_secrets import fill_password

        return fill_password(db_arg.strip())
    return paths.resolve_db(db_arg)


def launch(db_arg: str | None) -> int:
    """Open the window on ``db_arg`` (or the default database); returns the exit code."""
    started = time.perf_counter()
    setup_logging()
    log = logging.getLogger("dealbook")
    log.info("Dealbook %s starting", __version__)
    app = make_application()
    from desktop_app.ui import crash

    crash.install()
    from desktop_app.ui.main_window import MainWindow

    window = MainWindow(workspace_target(db_arg))
    from desktop_app.reports.fonts import missing_notice
    from desktop_app.ui import notify

    notice = missing_notice()  # Chinese without a Chinese font: said once, in the message bar
    if notice:
        notify.show(notice, "warning")
    if os.environ.get(EXIT_AFTER_PAINT):

        def painted() -> None:
            elapsed = (time.perf_counter() - started) * 1000
            print(f"DEALBOOK_FIRST_PAINT_MS {elapsed:.0f}", flush=True)
            QTimer.singleShot(0, window.close)

        window.first_painted.connect(painted)
    else:
        window.first_painted.connect(lambda: QTimer.singleShot(0, window.start))
    if os.environ.get(EXIT_AFTER_DATA):

        def ready() -> None:
            def loaded(_dataset: object) -> None:
                elapsed = (time.perf_counter() - started) * 1000
                print(f"DEALBOOK_DATA_READY_MS {elapsed:.0f}", flush=True)
                QTimer.singleShot(0, window.close)

            window.context.dataset_changed.connect(loaded)

        window.ready.connect(ready)
    window.show()
    code = app.exec()
    # the background tasks end while the application and the window still exist: one that
    # outlived them crashed the process as it exited (its signal or error met a destroyed
    # application)
    from desktop_app.ui.tasks import shutdown

    shutdown()
    log.info("Dealbook closed (%s)", code)
    return int(code)
