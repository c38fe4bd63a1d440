"""The demo company: deterministic, believable, nothing after today, refuses a full database."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from pathlib import Path

import pytest

from desktop_app.errors import UserError
from desktop_app.store.demo import generate_demo
from desktop_app.store.demo_sim import add_months, window_start
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
    "activities",
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
        ("activities", "done_on"),
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


def _day(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def test_contracts_renew_or_churn(demo_db) -> None:
    """A customer leaves when a contract ends without a renewal, on the day it ends."""
    path, _ = demo_db
    conn = sqlite3.connect(path)
    deals = conn.execute(
        "SELECT a.name, d.title, d.status, d.closed_on, d.contract_months, d.one_time_fee, "
        "d.amount, d.list_amount, d.quantity, d.product_type "
        "FROM deals d JOIN accounts a ON a.id = d.account_id ORDER BY d.id"
    ).fetchall()
    churned = {
        name: _day(day)
        for name, day in conn.execute("SELECT name, churned_on FROM accounts")
        if day is not None
    }
    conn.close()
    won = [d for d in deals if d[2] == "won"]
    assert {d[4] for d in won if d[9] == "Subscription"} == {12, 24, 36}
    assert all(d[4] is None for d in won if d[9] != "Subscription")
    assert any(d[5] for d in won)  # onboarding fees
    ends: dict[str, set[dt.date]] = {}
    yearly: dict[tuple[str, dt.date], float] = {}  # (account, end) -> yearly value
    for name, _title, _status, closed, months, fee, amount, *_ in won:
        if months:
            end = add_months(_day(closed), months)
            ends.setdefault(name, set()).add(end)
            yearly[(name, end)] = (amount - (fee or 0)) / months * 12
    renewals = [d for d in won if d[1].endswith(" renewal")]
    assert len(renewals) > 50
    change = []
    for name, _title, _status, closed, months, fee, amount, *_ in renewals:
        assert _day(closed) in ends[name], name  # starts the day the last contract ends
        change.append((amount - (fee or 0)) / months * 12 / yearly[(name, _day(closed))])
    larger = sum(c > 1.03 for c in change) / len(change)
    smaller = sum(c < 0.97 for c in change) / len(change)
    assert 0.4 <= larger <= 0.85 and 0.03 <= smaller <= 0.25  # expansion, some contraction
    assert churned
    for name, day in churned.items():
        assert day in ends[name], name  # the last contract's end
        assert max(ends[name]) == day
        assert all(_day(d[3]) < day for d in won if d[0] == name)
    lost_renewals = [d for d in deals if d[2] == "lost" and d[1].endswith(" renewal")]
    assert {d[0] for d in lost_renewals} <= set(churned)


def test_prices_discounts_and_quantities(demo_db) -> None:
    path, _ = demo_db
    conn = sqlite3.connect(path)
    rows = conn.execute("SELECT amount, list_amount, quantity, currency FROM deals").fetchall()
    conn.close()
    assert all(q is not None and q > 0 for _, _, q, _ in rows)
    assert all(listed >= amount > 0 for amount, listed, _, _ in rows)
    discounts = [1 - amount / listed for amount, listed, _, _ in rows]
    assert max(discounts) <= 0.26
    assert 0.03 <= sum(discounts) / len(discounts) <= 0.12


def test_activities_of_the_reps(demo_db) -> None:
    """Each rep logs a believable week: selling on their own deals, prospecting, admin."""
    path, _ = demo_db
    conn = sqlite3.connect(path)
    deals = dict(
        conn.execute("SELECT d.external_id, r.name FROM deals d JOIN reps r ON r.id = d.owner_id")
    )
    rows = conn.execute(
        "SELECT a.done_on, r.name, a.type, a.hours, a.deal_external_id "
        "FROM activities a JOIN reps r ON r.id = a.owner_id"
    ).fetchall()
    conn.close()
    types = {t for _, _, t, _, _ in rows}
    assert types == {"call", "meeting", "email", "demo", "proposal", "admin", "training", "other"}
    first = window_start(TODAY)
    selling: dict[str, float] = {}
    for day, rep, kind, hours, deal in rows:
        assert first <= _day(day) <= TODAY and _day(day).weekday() < 5
        assert hours > 0
        if deal is not None:
            assert deals[deal] == rep  # a rep works on their own deals
        if kind in {"call", "meeting", "email", "demo", "proposal"}:
            selling[rep] = selling.get(rep, 0.0) + hours
    assert any(t in {"demo", "proposal"} and d for _, _, t, _, d in rows)
    weeks = ((TODAY - first).days + 1) / 7
    for rep, hours in selling.items():
        assert 0.3 <= hours / weeks / 40 <= 0.6, rep
