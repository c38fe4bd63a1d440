"""The demo company: deterministic, believable, nothing after today, refuses a full database."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from pathlib import Path

import pytest

from desktop_app.errors import UserError
from desktop_app.store.demo import generate_demo
from desktop_app.store.engine import open_database

TODAY = dt.date(2025, 11, 20)
TABLES = (
    "accounts",
    "reps",
    "sources",
    "products",
    "deals",
    "stage_history",
    "leads",
    "spend",
    "nps",
    "quotas",
    "forecasts",
    "rates",
    "settings",
)
STAGES = ("Lead-in", "Qualified", "Meeting", "Proposal", "Negotiation")


def _content_hash(path: Path) -> str:
    conn = sqlite3.connect(path)
    digest = hashlib.sha256()
    for table in TABLES:
        for row in conn.execute(f"SELECT * FROM {table} ORDER BY 1"):
            digest.update(repr(row).encode())
    conn.close()
    return digest.hexdigest()


def _make(path: Path, deals: int = 600, seed: int | None = 11) -> dict[str, int]:
    eng = open_database(path)
    try:
        return generate_demo(eng, deals=deals, seed=seed, today=TODAY)
    finally:
        eng.dispose()


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> tuple[Path, dict[str, int]]:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    return path, _make(path)


def test_same_seed_same_content(demo_db, tmp_path: Path) -> None:
    path, counts = demo_db
    again = tmp_path / "again.sqlite"
    assert _make(again) == counts
    assert _content_hash(again) == _content_hash(path)
    other = tmp_path / "other.sqlite"
    _make(other, seed=12)
    assert _content_hash(other) != _content_hash(path)


def test_every_table_has_rows(demo_db) -> None:
    path, counts = demo_db
    conn = sqlite3.connect(path)
    for table in TABLES:
        assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] > 0, table
    assert counts["deals"] == 600 and counts["reps"] == 6 and counts["sources"] == 8
    conn.close()


def test_believable(demo_db) -> None:
    path, counts = demo_db
    conn = sqlite3.connect(path)
    q = lambda sql: conn.execute(sql).fetchone()[0]  # noqa: E731
    won, lost, open_ = (
        q(f"SELECT count(*) FROM deals WHERE status = '{s}'") for s in ("won", "lost", "open")
    )
    assert 0.15 <= won / (won + lost) <= 0.5
    assert open_ > 0
    today = TODAY.isoformat()
    assert (
        q(f"SELECT count(*) FROM deals WHERE closed_on > '{today}' OR created_on > '{today}'") == 0
    )
    assert q("SELECT count(*) FROM deals WHERE status != 'open' AND closed_on IS NULL") == 0
    assert q("SELECT count(*) FROM deals WHERE status = 'open' AND closed_on IS NOT NULL") == 0
    assert q("SELECT count(*) FROM deals WHERE closed_on < created_on") == 0
    cycle = q(
        "SELECT avg(julianday(closed_on) - julianday(created_on)) FROM deals WHERE status = 'won'"
    )
    assert 20 <= cycle <= 90
    for table, col in (
        ("leads", "created_on"),
        ("leads", "sql_on"),
        ("leads", "converted_on"),
        ("nps", "responded_on"),
        ("spend", "spent_on"),
        ("accounts", "churned_on"),
        ("stage_history", "entered_on"),
        ("rates", "valid_from"),
    ):
        assert q(f"SELECT count(*) FROM {table} WHERE {col} > '{today}'") == 0, (table, col)
    assert q("SELECT count(DISTINCT currency) FROM deals") >= 3
    assert q("SELECT count(*) FROM accounts WHERE churned_on IS NOT NULL") > 0
    assert q("SELECT count(*) FROM deals WHERE cost IS NOT NULL") > 0
    assert q("SELECT count(*) FROM deals WHERE contract_months > 0") > 0
    assert q("SELECT count(*) FROM nps WHERE score < 0 OR score > 10") == 0
    leads = q("SELECT count(*) FROM leads")
    assert 0.3 <= q("SELECT count(*) FROM leads WHERE sql_on IS NOT NULL") / leads <= 0.4
    assert q("SELECT count(*) FROM leads WHERE deal_external_id IS NOT NULL") > 0
    assert (
        q(
            "SELECT count(*) FROM leads l LEFT JOIN deals d ON d.external_id = l.deal_external_id WHERE l.deal_external_id IS NOT NULL AND d.id IS NULL"
        )
        == 0
    )
    assert q("SELECT count(*) FROM forecasts WHERE owner_id IS NULL") == counts["forecasts"]
    conn.close()


def test_stage_history_is_consistent(demo_db) -> None:
    path, _ = demo_db
    conn = sqlite3.connect(path)
    deals = {
        r[0]: r[1:]
        for r in conn.execute("SELECT id, stage, status, created_on, closed_on FROM deals")
    }
    history: dict[int, list[tuple[str, str]]] = {}
    for deal_id, stage, day in conn.execute(
        "SELECT deal_id, stage, entered_on FROM stage_history ORDER BY id"
    ):
        history.setdefault(deal_id, []).append((stage, day))
    assert set(history) == set(deals)
    for deal_id, (stage, status, created, closed) in deals.items():
        entries = history[deal_id]
        names = [s for s, _ in entries]
        assert names == list(STAGES[: len(names)]), deal_id
        days = [d for _, d in entries]
        assert days == sorted(days) and days[0] == created
        assert closed is None or days[-1] <= closed
        assert stage == names[-1]
        if status == "won":
            assert names == list(STAGES)
    conn.close()


def test_refuses_a_database_with_data(demo_db) -> None:
    path, _ = demo_db
    eng = open_database(path)
    try:
        with pytest.raises(UserError, match="already holds data"):
            generate_demo(eng, deals=10, seed=1, today=TODAY)
    finally:
        eng.dispose()
