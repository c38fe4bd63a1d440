"""Screenshots of every page, dialog and import-wizard step, for docs/screenshots/.

    xvfb-run -a -s "-screen 0 1920x1080x24" python scripts/screenshots.py            # all sets
    xvfb-run -a -s "-screen 0 1920x1080x24" python scripts/screenshots.py \\
        --lang zh_CN --size 1024x700 [--only deals,leads]                           # one set

Each set runs the real window in a private data folder (DEALBOOK_HOME is set to a temp
folder, the user's data is never opened) in one language (``en``, ``zh_CN``) at one window
size, and saves ``docs/screenshots/<en|zh-CN>/<W>x<H>/<name>.png``: the welcome page, a new
workspace's dashboard, every page on the demo company, the dashboard's charts and explain
panel, the deal and lead forms, the formulas and About dialogs and the six wizard steps.
Without ``--lang``/``--size`` it runs every set, each in its own process (the language is
chosen when the application starts).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

LANGS = {"en": "en", "zh_CN": "zh-CN"}
SIZES = ("1024x700", "1920x1080")
OUT = ROOT / "docs" / "screenshots"
PAGES = (
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


class Shooter:
    """Saves widgets' pictures into one set's folder."""

    def __init__(self, folder: Path, only: set[str]) -> None:
        self.folder = folder
        self.only = only
        folder.mkdir(parents=True, exist_ok=True)

    def wanted(self, name: str) -> bool:
        return not self.only or name in self.only

    def save(self, widget, name: str) -> None:  # noqa: ANN001
        path = self.folder / f"{name}.png"
        if not widget.grab().save(str(path)):
            raise SystemExit(f"could not save {path}")
        print(f"saved {path}")


def run_all(only: str) -> int:
    """Every language at every size, one process each."""
    failed = []
    for lang in LANGS:
        for size in SIZES:
            cmd = [sys.executable, __file__, "--lang", lang, "--size", size]
            if only:
                cmd += ["--only", only]
            if subprocess.call(cmd):
                failed.append(f"{lang} {size}")
    if failed:
        print("failed: " + ", ".join(failed), file=sys.stderr)
    return 1 if failed else 0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", choices=sorted(LANGS))
    parser.add_argument("--size", choices=SIZES)
    parser.add_argument("--only", default="", help="comma-separated picture names")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    if not args.lang or not args.size:
        return run_all(args.only)
    home = Path(tempfile.mkdtemp(prefix="dealbook-shots-"))
    os.environ["DEALBOOK_HOME"] = str(home)
    os.environ["DEALBOOK_LANGUAGE"] = args.lang
    os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
    width, height = (int(v) for v in args.size.split("x"))
    shooter = Shooter(
        args.out / LANGS[args.lang] / args.size, {p for p in args.only.split(",") if p}
    )
    return shoot(home, width, height, shooter)


def shoot(home: Path, width: int, height: int, shooter: Shooter) -> int:
    from _qt_wait import pump, wait_until
    from PySide6.QtCore import QSettings

    from desktop_app.ui.launch import make_application
    from desktop_app.ui.tasks import wait_for_all

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(home))
    app = make_application()
    from desktop_app.ui import opening
    from desktop_app.ui.main_window import MainWindow

    window = MainWindow(home / "dealbook.sqlite")
    window.resize(width, height)
    window.show()
    window.start()
    wait_until(lambda: window.context is not None)
    pump(1.0)
    if shooter.wanted("welcome"):
        shooter.save(window, "welcome")

    def open_and_wait(path: Path | None) -> None:
        ready: list[int] = []
        window.ready.connect(lambda: ready.append(1))
        if path is None:
            opening.open_demo(window)
        else:
            window.open_database(path)
        wait_until(lambda: bool(ready), "the workspace", timeout=300)
        wait_until(lambda: window.context.dataset() is not None, "the data", timeout=120)
        pump(1.5)

    if shooter.wanted("new-workspace"):
        open_and_wait(home / "new-workspace.sqlite")
        window.show_page("dashboard")
        pump(1.5)
        wait_for_all(60000)
        pump(0.5)
        shooter.save(window, "new-workspace")
    open_and_wait(None)
    for key in PAGES:
        if not shooter.wanted(key):
            continue
        window.show_page(key)
        pump(2.0)
        wait_for_all(60000)
        pump(0.5)
        shooter.save(window, key)
    dash = window.pages["dashboard"]
    if shooter.wanted("dashboard-charts"):
        window.show_page("dashboard")
        pump(1.0)
        bar = dash.scroll_area.verticalScrollBar()
        for n, fraction in enumerate((0.33, 0.66, 1.0), start=1):
            bar.setValue(int(bar.maximum() * fraction))
            pump(0.8)
            shooter.save(window, f"dashboard-charts-{n}")
        bar.setValue(0)
    if shooter.wanted("dashboard-full"):
        shooter.save(dash.scroll_area.widget(), "dashboard-full")
    if shooter.wanted("dashboard-explain"):
        window.show_page("dashboard")
        pump(0.5)
        dash.cards["win_rate"].clicked.emit("win_rate")
        wait_until(lambda: dash.explain_panel.show_deals.isEnabled(), "the explanation", 60)
        pump(1.0)
        shooter.save(window, "dashboard-explain")
        dash.explain_panel.hide()
    if shooter.wanted("deal-form") or shooter.wanted("lead-form"):
        from desktop_app.ui.forms.dialog import RecordDialog

        for kind, name in (("deals", "deal-form"), ("leads", "lead-form")):
            if not shooter.wanted(name):
                continue
            window.show_page(kind)
            pump(1.0)
            page = window.pages[kind]
            dialog = RecordDialog(window.context, kind, page.model.row_id(0), window)
            dialog.show()
            pump(0.8)
            shooter.save(dialog, name)
            dialog.close()
    if shooter.wanted("new-deal-form"):
        from desktop_app.ui.forms.dialog import RecordDialog

        dialog = RecordDialog(window.context, "deals", None, window)
        dialog.show()
        pump(0.8)
        shooter.save(dialog, "new-deal-form")
        dialog.close()
    if shooter.wanted("drilldown"):
        page = window.pages["deals"]
        ids = page.model.ids()[:25].tolist()
        window.show_deals(ids, "Revenue, this quarter")
        pump(1.0)
        shooter.save(window, "deals-drilldown")
    from desktop_app.ui.help_dialogs import AboutDialog, FormulasDialog

    for name, make in (
        ("formulas", lambda: FormulasDialog(window)),
        ("about", lambda: AboutDialog(window.db_path, window)),
    ):
        if shooter.wanted(name):
            dialog = make()
            dialog.show()
            pump(0.8)
            shooter.save(dialog, name)
            dialog.close()
    if shooter.wanted("wizard"):
        shoot_wizard(window.context, home, shooter)
        window.show_page("imports")
        page = window.pages["imports"]
        wait_until(lambda: page.table.rowCount() > 0, "the imports list", 60)
        page.table.selectRow(0)
        pump(0.8)
        shooter.save(window, "imports-report")
    window.close()
    wait_for_all(30000)
    del app
    return 0


def shoot_wizard(context, home: Path, shooter: Shooter) -> None:  # noqa: ANN001
    """The six steps of the import wizard on a messy Salesforce export."""
    from _qt_wait import wait_until

    saved = os.environ["DEALBOOK_HOME"]
    import shot_wizard  # sets DEALBOOK_HOME to its own folder on import

    os.environ["DEALBOOK_HOME"] = saved
    from desktop_app.importing import api
    from desktop_app.ui.import_wizard import ImportWizard

    path = shot_wizard.salesforce_export(home / "Opportunities.csv")
    wiz = ImportWizard(context, str(path))
    wiz.show()
    ready = lambda: wiz.analysis is not None and not wiz.busy  # noqa: E731
    wait_until(lambda: ready() or wiz.error is not None, "the analysis")
    if wiz.error:
        raise SystemExit(wiz.error)
    shooter.save(wiz, "import-1-settings")
    wiz.next()
    wait_until(lambda: wiz.currentId() == wiz.COLUMNS and ready(), "the columns step")
    shooter.save(wiz, "import-2-columns")
    wiz.next()
    wait_until(lambda: wiz.currentId() in (wiz.STAGES, wiz.DRY_RUN) and ready(), "stages")
    if wiz.currentId() == wiz.STAGES:
        shooter.save(wiz, "import-3-stages")
        wiz.next()
    wait_until(lambda: wiz.currentId() == wiz.DRY_RUN and ready(), "the dry run")
    shooter.save(wiz, "import-4-check")
    gate = threading.Event()
    shot_wizard.hold_import_at_writing(api, gate)
    wiz.next()
    wait_until(lambda: wiz.run_page.bar.value() >= 40, "the import's progress")
    shooter.save(wiz, "import-5-importing")
    gate.set()
    wait_until(lambda: wiz.currentId() == wiz.RESULT, "the result", timeout=120)
    shooter.save(wiz, "import-6-result")
    wiz.close()


if __name__ == "__main__":
    sys.exit(main())
