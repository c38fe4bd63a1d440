"""Screenshots of every page with the demo company, for docs/screenshots/.

    xvfb-run -a -s "-screen 0 1440x900x24" python scripts/screenshots.py [--only deals,leads]

Runs the real window in a private data folder (DEALBOOK_HOME is set to a temp folder), opens
the demo company, visits each page, and saves ``docs/screenshots/<page>.png``.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DEALBOOK_HOME", tempfile.mkdtemp(prefix="dealbook-shots-"))
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

from _qt_wait import pump, wait_until  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
PAGES = ("dashboard", "deals", "leads", "spend", "nps", "team", "accounts", "imports", "settings")


def save(widget, name: str) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"{name}.png"
    widget.grab().save(str(path))
    print(f"saved {path}")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", default="", help="comma-separated pages")
    args = parser.parse_args()
    only = {p for p in args.only.split(",") if p}

    from desktop_app import paths
    from desktop_app.ui.launch import make_application
    from desktop_app.ui.tasks import wait_for_all

    app = make_application()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, os.environ["DEALBOOK_HOME"]
    )
    from desktop_app.ui.main_window import MainWindow

    empty = Path(os.environ["DEALBOOK_HOME"]) / "dealbook.sqlite"
    window = MainWindow(empty)
    window.resize(1360, 820)
    window.show()
    window.start()
    wait_until(lambda: window.context is not None)
    pump(1.0)
    if not only or "welcome" in only:
        save(window, "welcome")
    from desktop_app.ui import opening

    ready = []
    window.ready.connect(lambda: ready.append(1))
    opening.open_demo(window)
    wait_until(lambda: bool(ready), timeout=180)
    wait_until(lambda: window.context.dataset() is not None, timeout=120)
    pump(2.0)
    for key in PAGES:
        if only and key not in only:
            continue
        window.show_page(key)
        pump(2.5)
        wait_for_all(60000)
        pump(0.5)
        save(window, key)
    if not only or "deal_form" in only:
        from desktop_app.ui.forms.dialog import RecordDialog

        window.show_page("deals")
        pump(0.5)
        page = window.pages["deals"]
        dialog = RecordDialog(window.context, "deals", page.model.row_id(0), window)
        dialog.fields["amount"].setText("-10")
        dialog.show()
        pump(0.8)
        save(dialog, "deal_form")
        dialog.close()
    if not only or "drilldown" in only:
        page = window.pages["deals"]
        ids = page.model.ids()[:25].tolist()
        window.show_deals(ids, "Revenue, this quarter")
        pump(1.0)
        save(window, "deals_drilldown")
    if not only or "formulas" in only:
        from desktop_app.ui.help_dialogs import AboutDialog, FormulasDialog

        for name, dialog in (
            ("formulas", FormulasDialog(window)),
            ("about", AboutDialog(window.db_path, window)),
        ):
            dialog.show()
            pump(0.8)
            save(dialog, name)
            dialog.close()
    window.close()
    wait_for_all(30000)
    del app
    print(f"data folder: {paths.data_dir()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
