"""``dealbook --self-test``: check an installation end to end, in a throw-away folder.

The last step of every installer build runs this in the frozen app, because PyInstaller
misses modules that pyqtgraph and Alembic load dynamically without any warning. Support can
ask a user to run it too. Each step prints ``ok  <step> (<detail>)``; the first failure prints
``FAILED <step>: <reason>`` and the test stops with exit status 1.

Steps: set up a temporary data folder (``DEALBOOK_HOME``) on the offscreen Qt platform, load
the Qt modules the charts need, create a database (Alembic migrations), fill the demo company,
import the bundled CRM sample, compute every KPI and breakdown, build the dashboard, render a
chart to an image, write the PDF review. The user's real data folder, database and Qt settings
are never touched: every path points into the temporary folder, which is removed at the end.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from kpi_core.types import KpiResult

#: the CRM export the self-test imports (a 20-row HubSpot deals export)
SAMPLE = ("samples", "hubspot-deals-sample.csv")
#: chart the self-test renders (one of desktop_app.charts.render.CHART_NAMES)
CHART = "monthly_revenue"
DEMO_DEALS = 300
DEMO_SEED = 20240601
#: modules pyqtgraph imports through its Qt shim, invisible to PyInstaller's analysis
QT_MODULES = ("QtOpenGL", "QtOpenGLWidgets", "QtSvg", "QtPrintSupport")

_ENV_KEYS = ("DEALBOOK_HOME", "DEALBOOK_DB", "QT_QPA_PLATFORM", "PYQTGRAPH_QT_LIB")


class StepFailed(Exception):
    """A check did not hold; the message says what was expected and what was found."""


@dataclass
class State:
    """What the steps hand on to each other."""

    folder: Path
    db_path: Path
    engine: Any = None
    app: Any = None
    dataset: Any = None
    settings: Any = None
    period: Any = None
    result: KpiResult | None = None
    widgets: list[Any] = field(default_factory=list)


def _check(condition: bool, message: str) -> None:
    if not condition:
        raise StepFailed(message)


# --------------------------------------------------------------------------- steps


def step_environment(state: State) -> str:
    from desktop_app import __version__
    from desktop_app.resources import resource_path

    sample = resource_path(*SAMPLE)
    _check(sample.is_file(), f"the bundled sample {sample} is missing")
    frozen = "frozen" if getattr(sys, "frozen", False) else "from source"
    return f"Dealbook {__version__}, {frozen}, Python {sys.version.split()[0]}, in {state.folder}"


def step_qt(state: State) -> str:
    import importlib

    from PySide6 import QtCore
    from PySide6.QtWidgets import QApplication

    _redirect_qt_settings(state.folder / "qt-settings")
    for name in QT_MODULES:
        importlib.import_module(f"PySide6.{name}")
    import pyqtgraph as pg

    state.app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "dealbook"])
    platform = state.app.platformName()
    return f"Qt {QtCore.qVersion()}, pyqtgraph {pg.__version__}, platform {platform}"


def step_database(state: State) -> str:
    from desktop_app.store.engine import head_revision, open_database

    state.engine = open_database(state.db_path)
    _check(state.db_path.is_file(), f"{state.db_path} was not created")
    return f"schema {head_revision()}, {state.db_path.name}"


def step_demo(state: State) -> str:
    from desktop_app.store.demo import generate_demo

    generate_demo(state.engine, deals=DEMO_DEALS, seed=DEMO_SEED)
    deals = _count_deals(state.engine)
    _check(deals >= DEMO_DEALS, f"expected at least {DEMO_DEALS} demo deals, found {deals}")
    return f"{deals} deals"


def step_import(state: State) -> str:
    from desktop_app.importing.api import run_import
    from desktop_app.resources import resource_path

    before = _count_deals(state.engine)
    report = run_import(state.engine, resource_path(*SAMPLE), kind="deals", preset="auto")
    data = report.to_dict()
    accepted = int(data.get("imported") or 0) + int(data.get("updated") or 0)
    after = _count_deals(state.engine)
    _check(accepted > 0, f"no row of the sample was imported: {data}")
    _check(after > before, f"the deals table did not grow ({before} -> {after})")
    return (
        f"{data.get('preset')}, {data.get('rows_read')} rows read, "
        f"{data.get('imported')} imported, {data.get('rejected')} rejected"
    )


def step_kpis(state: State) -> str:
    from desktop_app.store import loader
    from desktop_app.store.loader import load_dataset, load_kpi_settings
    from kpi_core.engine import BREAKDOWN_IDS, KPI_IDS, compute_kpis
    from kpi_core.periods import parse_period

    state.dataset = load_dataset(state.engine)
    state.settings = load_kpi_settings(state.engine)
    # the sample's deals close last year; the demo company spans the recent years
    state.period = parse_period(str(dt.date.today().year - 1))
    from kpi_core.filters import Filters

    state.result = result = compute_kpis(state.dataset, state.period, Filters(), state.settings)
    kpis = result["kpis"]
    breakdowns = result["breakdowns"]
    missing = [k for k in KPI_IDS if k not in kpis] + [
        b for b in BREAKDOWN_IDS if b not in breakdowns
    ]
    _check(not missing, f"missing from the result: {', '.join(missing)}")
    bad = [b for b in BREAKDOWN_IDS if not isinstance(breakdowns[b], list)]
    _check(not bad, f"breakdowns that are not lists: {', '.join(bad)}")
    valued = sum(1 for k in KPI_IDS if kpis[k] is not None)
    _check(kpis.get("revenue") not in (None, 0), f"revenue is {kpis.get('revenue')!r}")
    available = getattr(loader, "adbc_available", None)
    reader = "adbc" if available is not None and available() else "sqlite3"
    return (
        f"{len(KPI_IDS)} KPIs ({valued} with a value), {len(BREAKDOWN_IDS)} breakdowns, "
        f"period {state.period.label}, {reader} reader"
    )


def step_dashboard(state: State) -> str:
    from PySide6.QtCore import QObject

    from desktop_app.ui.context import AppContext
    from desktop_app.ui.dashboard import DashboardPage

    context = AppContext(state.db_path, state.engine)
    page = DashboardPage(context)
    state.widgets += [page, context]
    page.resize(1200, 800)
    page.show()
    for _ in range(5):
        state.app.processEvents()
    _check(page.isVisible(), "the dashboard did not show")
    children = len(page.findChildren(QObject))
    return f"{type(page).__name__}, {children} child objects"


def step_chart(state: State) -> str:
    from desktop_app.charts import render

    _check(CHART in render.CHART_NAMES, f"{CHART!r} is not one of {render.CHART_NAMES}")
    result = state.result
    if result is None:
        raise StepFailed("the KPIs were not computed before the chart")
    image = render.render_chart_image(
        CHART, result, dataset=state.dataset, settings=state.settings, size=(800, 450)
    )
    _check(image is not None and not image.isNull(), f"render_chart_image({CHART!r}) gave no image")
    colours = _colour_count(image)
    _check(colours >= 3, f"the {CHART} image is blank ({colours} colour(s))")
    return f"{CHART} {image.width()}x{image.height()}, {colours} colours"


def step_pdf(state: State) -> str:
    from desktop_app.reports.pdf import write_pdf
    from desktop_app.reports.review import build_review
    from kpi_core.filters import Filters

    out = state.folder / "review.pdf"
    doc = build_review(
        state.dataset, state.period, Filters(), state.settings, "Self-test company", None
    )
    write_pdf(doc, out)
    _check(out.is_file(), f"{out} was not written")
    data = out.read_bytes()
    _check(data.startswith(b"%PDF"), "the review does not start with %PDF")
    _check(len(data) > 1000, f"the review is only {len(data)} bytes")
    pages = data.count(b"/Type /Page") - data.count(b"/Type /Pages")
    return f"{len(data):,} bytes, {pages} page(s)"


def step_team_driver(state: State) -> str:
    """The team database's driver (psycopg and its libpq) and the password store load."""
    import keyring

    from desktop_app.store.team_engine import driver_description

    backend = type(keyring.get_keyring()).__name__
    return f"{driver_description()}; password store {backend}"


def step_licence(state: State) -> str:
    """A key signed here is accepted and a changed one refused (Ed25519 from cryptography)."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from desktop_app.licensing.keyfile import Licence, LicenceError, sign, verify

    private = Ed25519PrivateKey.generate()
    today = dt.date.today()
    licence = Licence("Self-test", "self@test.invalid", "standard", 1, today, today)
    text = sign(licence, private)
    _check(verify(text, [private.public_key()]) == licence, "a signed key was refused")
    lines = text.splitlines()
    body = lines[1]
    lines[1] = body[:10] + ("A" if body[10] != "A" else "B") + body[11:]
    try:
        verify("\n".join(lines), [private.public_key()])
    except LicenceError:
        return "signed key accepted, changed key refused"
    _check(False, "a changed key was accepted")
    return ""


STEPS: tuple[tuple[str, Callable[[State], str]], ...] = (
    ("environment", step_environment),
    ("qt", step_qt),
    ("database", step_database),
    ("demo", step_demo),
    ("import", step_import),
    ("kpis", step_kpis),
    ("dashboard", step_dashboard),
    ("chart", step_chart),
    ("pdf", step_pdf),
    ("team driver", step_team_driver),
    ("licence", step_licence),
)


# --------------------------------------------------------------------------- helpers


def _count_deals(engine: Any) -> int:
    from desktop_app.store.repository import counts

    return counts(engine)["deals"]


def _colour_count(image: Any, samples: int = 48) -> int:
    """Distinct colours on a grid of ``samples`` x ``samples`` points of a ``QImage``."""
    w, h = image.width(), image.height()
    seen = {
        image.pixel(min(w - 1, x * w // samples), min(h - 1, y * h // samples))
        for x in range(samples)
        for y in range(samples)
    }
    return len(seen)


@contextlib.contextmanager
def _isolated(folder: Path) -> Iterator[None]:
    """Point Dealbook at ``folder`` and Qt at the offscreen platform; restore afterwards."""
    saved = {key: os.environ.get(key) for key in _ENV_KEYS}
    os.environ["DEALBOOK_HOME"] = str(folder)
    os.environ.pop("DEALBOOK_DB", None)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
    try:
        yield
    finally:
        for key in ("DEALBOOK_HOME", "DEALBOOK_DB"):
            value = saved[key]
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def _redirect_qt_settings(folder: Path) -> None:
    """Send ``QSettings`` (window geometry, recent files) into ``folder``.

    Qt offers no way to read the old paths back, so this lasts for the rest of the process:
    fine for ``dealbook --self-test``, which exits right after.
    """
    from PySide6.QtCore import QSettings

    folder.mkdir(parents=True, exist_ok=True)
    for fmt in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)  # not the Windows registry


def _release(state: State) -> None:
    """Close widgets and the database so the temporary folder can be removed (Windows)."""
    for obj in reversed(state.widgets):
        with contextlib.suppress(Exception):
            if hasattr(obj, "close"):
                obj.close()
            obj.deleteLater()
    if state.app is not None:
        with contextlib.suppress(Exception):
            state.app.processEvents()
    if state.engine is not None:
        with contextlib.suppress(Exception):
            state.engine.dispose()


def _reason(exc: BaseException) -> str:
    if isinstance(exc, StepFailed):
        return str(exc)
    where = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
    at = f" at {Path(where.filename).name}:{where.lineno}" if where else ""
    return f"{type(exc).__name__}: {exc}{at}"


def run_self_test(stream: TextIO | None = None, keep_folder: bool = False) -> int:
    """Run every step; 0 when all pass, 1 at the first failure (named on ``stream``)."""
    out = stream or sys.stdout or open(os.devnull, "w")  # noqa: SIM115 - windowed app: no stdout

    def say(line: str) -> None:
        print(line, file=out, flush=True)

    folder = Path(tempfile.mkdtemp(prefix="dealbook-selftest-"))
    state = State(folder=folder, db_path=folder / "selftest.sqlite")
    started = time.perf_counter()
    status = 0
    with _isolated(folder):
        for name, step in STEPS:
            t0 = time.perf_counter()
            try:
                detail = step(state)
            except BaseException as exc:  # noqa: BLE001 - report every failure as a step
                if isinstance(exc, KeyboardInterrupt):
                    raise
                say(f"FAILED {name}: {_reason(exc)}")
                status = 1
                break
            say(f"ok  {name} ({detail}; {time.perf_counter() - t0:.2f} s)")
        _release(state)
    if keep_folder:
        say(f"kept {folder}")
    else:
        shutil.rmtree(folder, ignore_errors=True)
    total = time.perf_counter() - started
    say(f"self-test {'passed' if status == 0 else 'FAILED'} in {total:.1f} s")
    return status
