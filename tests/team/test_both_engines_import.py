"""Imports give the same result on a SQLite file and on a team database.

Real-looking exports of several CRMs (``tests/fixtures/files``) are imported into a new
workspace on each engine; the reports (imported, updated, rejected and why), the rows
stored and the dataset the KPIs read must be the same. Importing the same file again adds
nothing; an import is taken back whole; a failing import writes nothing.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from desktop_app.importing.api import list_imports, run_import, undo_import
from desktop_app.store import loader
from desktop_app.store import repository as repo
from desktop_app.store.engine import open_database
from desktop_app.store.repository_frames import table_frame
from tests.pg_fixtures import create_database, drop_database

FILES = Path(__file__).resolve().parents[1] / "fixtures" / "files"
#: (file, kind) imported one after another into one workspace
SEQUENCE = (
    ("native_accounts.csv", "accounts"),
    ("salesforce.csv", "deals"),
    ("hubspot.csv", "deals"),
    ("pipedrive.csv", "deals"),
    ("defects.csv", "deals"),
    ("native_leads.csv", "leads"),
    ("native_spend.csv", "spend"),
    ("native_nps.csv", "nps"),
    ("native_quotas.csv", "quotas"),
    ("native_forecasts.csv", "forecasts"),
    ("native_rates.csv", "rates"),
)
#: what a report says that must agree between the engines (ids and times differ)
REPORT_KEYS = ("imported", "updated", "unchanged", "rejected", "rejections", "warnings")


def _summary(report: dict) -> dict:
    return {k: report.get(k) for k in REPORT_KEYS if k in report}


def _import_all(engine) -> list[dict]:
    return [_summary(run_import(engine, FILES / name, kind).to_dict()) for name, kind in SEQUENCE]


def _frames(engine) -> dict[str, pd.DataFrame]:
    dataset = loader.load_dataset(engine)
    return {name: getattr(dataset, name) for name in dataset.__dataclass_fields__}


@pytest.fixture
def both(tmp_path: Path, pg_admin_url: str):
    """(SQLite engine, PostgreSQL engine), each on a new empty workspace."""
    url = create_database(pg_admin_url)
    sqlite, pg = open_database(tmp_path / "imports.sqlite"), open_database(url)
    try:
        yield sqlite, pg
    finally:
        sqlite.dispose()
        pg.dispose()
        drop_database(pg_admin_url, url)


def test_the_same_files_give_the_same_reports_rows_and_dataset(both) -> None:
    sqlite, pg = both
    reports = _import_all(sqlite)
    assert reports == _import_all(pg)
    assert sum(r["imported"] for r in reports) > 30  # the files really brought rows in
    assert any(r["rejected"] for r in reports)  # and the defects file had rejections
    assert repo.counts(sqlite) == repo.counts(pg)
    left, right = _frames(sqlite), _frames(pg)
    for name, frame in left.items():
        pd.testing.assert_frame_equal(frame, right[name], obj=name)


def test_a_large_export_of_a_workspace_imports_the_same_on_both(both, tmp_path: Path) -> None:
    """Hundreds of rows per kind (the team database writes them with COPY)."""
    from desktop_app.store.demo import generate_demo
    from desktop_app.store.export import export_kind

    source = open_database(tmp_path / "source.sqlite")
    try:
        generate_demo(source, deals=400, seed=11)
        files = []
        for kind in ("accounts", "deals", "leads", "activities", "spend"):
            export_kind(source, kind, tmp_path / f"{kind}.csv")
            files.append((tmp_path / f"{kind}.csv", kind))
    finally:
        source.dispose()
    sqlite, pg = both
    reports = [
        [_summary(run_import(e, path, kind, preset="native").to_dict()) for path, kind in files]
        for e in both
    ]
    assert reports[0] == reports[1]
    assert reports[0][1]["imported"] == 400 and reports[0][3]["imported"] > 1000
    assert repo.counts(sqlite) == repo.counts(pg)
    left, right = _frames(sqlite), _frames(pg)
    for name, frame in left.items():
        pd.testing.assert_frame_equal(frame, right[name], obj=name)
    for kind in repo.KINDS:  # the window's tables show the same rows
        pd.testing.assert_frame_equal(table_frame(sqlite, kind), table_frame(pg, kind), obj=kind)


def test_importing_again_adds_nothing_and_undo_takes_an_import_back(both) -> None:
    for engine in both:
        first = run_import(engine, FILES / "salesforce.csv", "deals").to_dict()
        second = run_import(engine, FILES / "hubspot.csv", "deals").to_dict()
        again = run_import(engine, FILES / "salesforce.csv", "deals").to_dict()
        assert again["imported"] == 0 and again.get("nothing_new")
        deals = repo.counts(engine)["deals"]
        assert deals == first["imported"] + second["imported"]
        undo_import(engine, second["batch_id"])
        assert repo.counts(engine)["deals"] == first["imported"]
        states = [(i["kind"], i["undone_at"] is not None) for i in list_imports(engine)]
        assert states == [("deals", True), ("deals", False)]
    sqlite, pg = both
    pd.testing.assert_frame_equal(
        loader.load_dataset(sqlite).stage_history, loader.load_dataset(pg).stage_history
    )


class _CancelledWhileWriting:
    """An import's progress that the user cancels once the rows are being written (inside
    the import's transaction, where a raising progress callback rolls it back)."""

    cancelled = False

    def progress(self, fraction: float, text: str = "") -> None:
        del text
        if 0.4 < fraction < 0.99:
            raise RuntimeError("cancelled while writing")


def test_a_cancelled_import_writes_nothing_on_either_engine(both) -> None:
    for engine in both:
        with pytest.raises(Exception, match="cancelled"):
            run_import(engine, FILES / "salesforce.csv", "deals", state=_CancelledWhileWriting())
        assert repo.counts(engine)["deals"] == 0
        assert list_imports(engine) == []
