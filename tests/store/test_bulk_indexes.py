"""Migration 0005 drops the indexes no query uses (each cost a rebuild on a large import) and
keeps the ones queries use, the dataset stamp triggers and every row."""

from __future__ import annotations

import importlib
import sqlite3
from pathlib import Path

from alembic import command

from desktop_app.store import loader
from desktop_app.store.engine import alembic_config, make_engine, open_database

M0005 = importlib.import_module("desktop_app.store.migrations.versions.0005_import_indexes")
DROPPED = {name for name, _table, _cols in M0005.DROPPED}
KEPT = {
    "ix_deals_external_id",
    "ix_deals_account_id",
    "ix_deals_owner_id",
    "ix_deals_source_id",
    "ix_deals_product_id",
    "ix_deals_batch_id",
    "ix_leads_external_id",
    "ix_leads_batch_id",
}

#: what reads deals and leads: the loader, the import's matching and undo, the owner counts
QUERIES = [
    *(loader.select_sql(frame) for frame in ("deals", "leads", "activities", "stage_history")),
    "SELECT external_id, id, content_hash FROM deals WHERE external_id IS NOT NULL "
    "ORDER BY id DESC",
    "SELECT content_hash, id FROM deals WHERE content_hash IS NOT NULL ORDER BY id DESC",
    "SELECT external_id, id, content_hash FROM leads WHERE external_id IS NOT NULL "
    "ORDER BY id DESC",
    "SELECT content_hash, id FROM leads WHERE content_hash IS NOT NULL ORDER BY id DESC",
    "SELECT id FROM deals WHERE batch_id = 1 ORDER BY id",
    "DELETE FROM deals WHERE batch_id = 1",
    "SELECT owner_id, status, count(*) FROM deals WHERE owner_id IS NOT NULL "
    "GROUP BY owner_id, status",
    "SELECT DISTINCT currency FROM deals WHERE currency IS NOT NULL ORDER BY currency",
]


def _objects(db: Path) -> tuple[set[str], set[str]]:
    con = sqlite3.connect(db)
    try:
        rows = con.execute("SELECT type, name FROM sqlite_master WHERE sql IS NOT NULL").fetchall()
    finally:
        con.close()
    return {n for t, n in rows if t == "index"}, {n for t, n in rows if t == "trigger"}


def _migrate(db: Path, revision: str, down: bool = False) -> None:
    engine = make_engine(db)
    try:
        cfg = alembic_config()
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            (command.downgrade if down else command.upgrade)(cfg, revision)
    finally:
        engine.dispose()


def test_head_has_no_unused_index_and_keeps_the_used_ones_and_the_triggers(
    tmp_path: Path,
) -> None:
    db = tmp_path / "w.sqlite"
    open_database(db).dispose()
    indexes, triggers = _objects(db)
    assert not DROPPED & indexes
    assert indexes >= KEPT
    assert len([t for t in triggers if t.startswith("dataset_stamp_")]) == 39


def test_no_query_uses_the_dropped_indexes_where_they_still_exist(tmp_path: Path) -> None:
    db = tmp_path / "w.sqlite"
    _migrate(db, "0004")
    assert _objects(db)[0] >= DROPPED
    con = sqlite3.connect(db)
    try:
        con.execute(
            "INSERT INTO import_batches (id, kind, file_name, started_at) "
            "VALUES (1, 'deals', 'f', '2025-01-01 00:00:00')"
        )
        con.executemany(
            "INSERT INTO deals (external_id, title, status, created_on, closed_on, "
            "content_hash, batch_id, updated_at) VALUES (?, ?, ?, ?, ?, ?, 1, '2025-03-01')",
            [
                (f"D{i}", f"T{i}", "won", f"2025-01-{1 + i % 28:02d}", "2025-03-01", f"h{i}")
                for i in range(300)
            ],
        )
        con.execute("ANALYZE")
        used = set()
        for sql in QUERIES:
            for row in con.execute("EXPLAIN QUERY PLAN " + sql):
                used.update(name for name in DROPPED if name in row[3])
    finally:
        con.close()
    assert used == set()


def test_0005_upgrades_and_downgrades_keeping_rows_and_triggers(tmp_path: Path) -> None:
    db = tmp_path / "w.sqlite"
    _migrate(db, "0004")
    con = sqlite3.connect(db)
    con.execute(
        "INSERT INTO deals (external_id, title, status, updated_at) "
        "VALUES ('D1', 'One', 'open', '2025-01-01')"
    )
    con.commit()
    con.close()
    before_indexes, triggers = _objects(db)
    _migrate(db, "0005")
    after, after_triggers = _objects(db)
    assert after == before_indexes - DROPPED
    assert after_triggers == triggers
    _migrate(db, "0004", down=True)
    assert _objects(db) == (before_indexes, triggers)
    con = sqlite3.connect(db)
    assert con.execute("SELECT external_id, title FROM deals").fetchall() == [("D1", "One")]
    con.close()
