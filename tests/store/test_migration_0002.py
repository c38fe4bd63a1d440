"""A database written at revision 0001 opens in this version: copied aside, upgraded, whole."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command

from desktop_app.store import repository as repo
from desktop_app.store.engine import alembic_config, head_revision, make_engine, open_database
from desktop_app.store.export import read_rows
from desktop_app.store.loader import load_dataset

#: rows of a version-1 workspace, one statement per table (ids fixed so they can be compared)
V1_ROWS = [
    "INSERT INTO reps (id, name, active) VALUES (1, 'Ann', 1), (2, 'Bo', 1)",
    "INSERT INTO sources (id, name) VALUES (1, 'Web')",
    "INSERT INTO products (id, name) VALUES (1, 'Suite')",
    "INSERT INTO accounts (id, name, created_on, churned_on) VALUES "
    "(1, 'Acme', '2024-01-01', NULL), (2, 'Globex', '2024-02-01', '2025-01-31')",
    "INSERT INTO import_batches (id, kind, file_name, preset, started_at) VALUES "
    "(1, 'deals', 'old.csv', 'native', '2025-01-01 10:00:00.000000')",
    "INSERT INTO deals (id, external_id, title, account_id, owner_id, source_id, product_id, "
    "stage, status, amount, currency, probability, created_on, closed_on, content_hash, "
    "batch_id, updated_at) VALUES "
    "(1, 'D1', 'First', 1, 1, 1, 1, 'Proposal', 'won', 1000.0, 'USD', NULL, '2024-12-01', "
    "'2025-01-10', 'abc', 1, '2025-01-10 00:00:00.000000'), "
    "(2, 'D2', 'Second', 2, 2, NULL, NULL, 'Qualified', 'open', 500.5, 'EUR', 35.0, "
    "'2025-01-03', NULL, NULL, NULL, '2025-01-03 00:00:00.000000')",
    "INSERT INTO stage_history (deal_id, stage, entered_on, batch_id) VALUES "
    "(1, 'Qualified', '2024-12-01', 1), (1, 'Proposal', '2024-12-20', 1), "
    "(2, 'Qualified', '2025-01-03', NULL)",
    "INSERT INTO leads (external_id, name, account_id, source_id, owner_id, created_on, sql_on) "
    "VALUES ('L1', 'Lead one', 1, 1, 1, '2024-11-01', '2024-11-15')",
    "INSERT INTO spend (spent_on, source_id, category, amount, currency, note) VALUES "
    "('2025-01-01', 1, 'marketing', 200.0, 'USD', 'ads')",
    "INSERT INTO nps (responded_on, account_id, score, comment) VALUES "
    "('2025-01-20', 1, 9, 'great')",
    "INSERT INTO quotas (owner_id, period_start, period_end, amount) VALUES "
    "(1, '2025-01-01', '2025-03-31', 3000.0)",
    "INSERT INTO forecasts (period_start, period_end, amount, owner_id) VALUES "
    "('2025-01-01', '2025-03-31', 2500.0, NULL)",
    "INSERT INTO rates (currency, rate, valid_from) VALUES ('EUR', 1.1, '2024-01-01')",
    "INSERT INTO settings (key, value) VALUES ('base_currency', '\"USD\"')",
]
TABLES = [
    "reps",
    "sources",
    "products",
    "accounts",
    "import_batches",
    "deals",
    "stage_history",
    "leads",
    "spend",
    "nps",
    "quotas",
    "forecasts",
    "rates",
    "settings",
    "pipeline_stages",
]


def _make_v1(path: Path) -> None:
    engine = make_engine(path)
    try:
        cfg = alembic_config()
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0001")
            for sql in V1_ROWS:
                conn.exec_driver_sql(sql)
    finally:
        engine.dispose()


def _dump(path: Path) -> dict[str, list[tuple]]:
    con = sqlite3.connect(path)
    try:
        out = {}
        for table in TABLES:
            cols = [r[1] for r in con.execute(f"PRAGMA table_info({table})")]
            later = ("list_amount", "quantity", "version", "created_by", "updated_by")
            old = [c for c in cols if c not in later]  # columns of revisions 0002 and 0004
            out[table] = con.execute(f"SELECT {', '.join(old)} FROM {table} ORDER BY 1").fetchall()
        return out
    finally:
        con.close()


def test_revision_0001_database_upgrades_and_keeps_every_row(tmp_path: Path) -> None:
    db = tmp_path / "workspace.sqlite"
    _make_v1(db)
    before = _dump(db)
    assert sum(len(rows) for rows in before.values()) > 20

    engine = open_database(db)
    try:
        backups = list(tmp_path.glob("workspace.backup-before-0001-*.sqlite"))
        assert len(backups) == 1  # the copy was made before the upgrade ...
        assert _dump(backups[0]) == before  # ... and holds the version-1 data
        con = sqlite3.connect(backups[0])
        assert con.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        con.close()

        with engine.connect() as conn:
            version = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
        assert version == head_revision() >= "0002"
        assert _dump(db) == before  # every row kept, every old value unchanged

        deal = repo.get_record(engine, "deals", 1)
        assert (deal["title"], deal["owner"], deal["amount"]) == ("First", "Ann", 1000.0)
        assert deal["list_amount"] is None and deal["quantity"] is None
        assert repo.counts(engine)["activities"] == 0
        assert len(read_rows(engine, "stage_history")) == 3

        # the new columns and table take data
        repo.update_record(engine, "deals", 1, {"list_amount": 1250.0, "quantity": 4})
        made = repo.create_record(
            engine, "activities", {"done_on": "2025-01-05", "owner": "Ann", "hours": 2}
        )
        data = load_dataset(engine)
        assert data.deals.set_index("id").loc[1, "list_amount"] == 1250.0
        assert data.activities["id"].tolist() == [made.id]
        assert data.activities["owner"].tolist() == ["Ann"]
    finally:
        engine.dispose()
    # opening again at head copies nothing more
    open_database(db).dispose()
    assert len(list(tmp_path.glob("workspace.backup-before-*.sqlite"))) == 1
