"""Shared fixtures of the importing tests: generated files, a fresh database, table dumps."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest
from sqlalchemy import Engine

from desktop_app.store.engine import open_database

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fixtures"))
import make_fixtures  # noqa: E402

TODAY = dt.date(2026, 11, 22)

#: the tables an import may touch (import bookkeeping excluded)
DATA_TABLES = (
    "deals",
    "stage_history",
    "leads",
    "spend",
    "nps",
    "quotas",
    "forecasts",
    "accounts",
    "rates",
    "reps",
    "sources",
    "products",
    "pipeline_stages",
    "settings",
)


@pytest.fixture(scope="session")
def files(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every fixture file, freshly generated."""
    return make_fixtures.build(tmp_path_factory.mktemp("import-fixtures"))


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    eng = open_database(tmp_path / "work.sqlite")
    yield eng
    eng.dispose()


def dump(engine: Engine) -> dict[str, list[tuple]]:
    """Every row of every data table, sorted: compare two states of a database."""
    out: dict[str, list[tuple]] = {}
    with engine.connect() as conn:
        cur = conn.connection.driver_connection.cursor()
        for t in DATA_TABLES:
            rows = cur.execute(f"SELECT * FROM {t}").fetchall()
            out[t] = sorted(rows, key=repr)
    return out


def count(engine: Engine, table: str) -> int:
    with engine.connect() as conn:
        cur = conn.connection.driver_connection.cursor()
        return int(cur.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])
