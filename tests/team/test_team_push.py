"""``team push``: the demo company moves into a team database whole, every count equal, in
one transaction, on a real PostgreSQL server."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop_app.errors import UserError
from desktop_app.store.demo import generate_demo
from desktop_app.store.engine import open_database
from desktop_app.store.team_push import push_workspace, pushed_tables
from tests.pg_fixtures import make_login

COMPARED = {
    "deals": "SELECT id, title, owner_id, stage, status, amount, closed_on FROM deals",
    "leads": "SELECT id, name, owner_id, created_on, converted_on FROM leads",
    "activities": "SELECT id, done_on, owner_id, type, hours FROM activities",
    "reps": "SELECT id, name, active FROM reps",
    "pipeline_stages": "SELECT id, name, position, probability FROM pipeline_stages",
    "settings": "SELECT key, value FROM settings",
}


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("push") / "demo.sqlite"
    engine = open_database(path)
    try:
        generate_demo(engine, deals=600, seed=7)
        with engine.begin() as conn:  # the workspace's own pipeline, not the built-in one
            conn.execute(text("UPDATE pipeline_stages SET probability = 33 WHERE position = 2"))
    finally:
        engine.dispose()
    return path


def _file_counts(path: Path) -> dict[str, int]:
    con = sqlite3.connect(path)
    try:
        return {
            t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in pushed_tables()
        }
    finally:
        con.close()


def _normal(rows) -> list[tuple]:
    out = []
    for row in rows:
        out.append(
            tuple(str(v) if v is not None and not isinstance(v, (int, float)) else v for v in row)
        )
    return sorted(out, key=repr)


def test_demo_company_moves_in_with_every_count_equal(demo_file: Path, pg_team_url: str) -> None:
    counts = push_workspace(demo_file, pg_team_url)
    assert counts == _file_counts(demo_file)
    assert counts["deals"] == 600 and counts["activities"] > 1000
    engine = open_database(pg_team_url)
    try:
        with engine.connect() as conn:
            there = {
                t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one() for t in counts
            }
            pg_rows = {name: _normal(conn.execute(text(sql))) for name, sql in COMPARED.items()}
            pg_rows["reps"] = [(i, n, bool(a)) for i, n, a in pg_rows["reps"]]
        assert there == counts
        con = sqlite3.connect(demo_file)
        try:
            lite_rows = {name: _normal(con.execute(sql)) for name, sql in COMPARED.items()}
            lite_rows["reps"] = [(i, n, bool(a)) for i, n, a in lite_rows["reps"]]
        finally:
            con.close()
        for name in COMPARED:
            assert pg_rows[name] == lite_rows[name], name
        # the sequences continue after the ids moved in
        with engine.begin() as conn:
            new_id = conn.execute(
                text(
                    "INSERT INTO deals (title, status, updated_at) VALUES ('After', 'open', now()) "
                    "RETURNING id"
                )
            ).scalar_one()
            assert new_id == counts["deals"] + 1
    finally:
        engine.dispose()


def test_a_team_database_with_data_is_refused_and_left_alone(
    demo_file: Path, pg_team_url: str
) -> None:
    push_workspace(demo_file, pg_team_url)
    with pytest.raises(UserError, match="already holds data") as info:
        push_workspace(demo_file, pg_team_url)
    assert "\n" not in str(info.value)
    engine = open_database(pg_team_url)
    try:
        with engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM deals")).scalar_one() == 600
    finally:
        engine.dispose()


def test_members_added_before_the_push_stay_members(
    demo_file: Path, pg_admin_url: str, pg_team_url: str
) -> None:
    anna = make_login(pg_admin_url, pg_team_url, "push_anna", "manager")
    push_workspace(demo_file, pg_team_url)
    engine = open_database(anna)
    try:
        with engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM deals")).scalar_one() == 600
    finally:
        engine.dispose()


def test_a_row_the_server_refuses_moves_nothing(tmp_path: Path, pg_team_url: str) -> None:
    path = tmp_path / "w.sqlite"
    engine = open_database(path)
    try:
        generate_demo(engine, deals=50, seed=3)
    finally:
        engine.dispose()
    con = sqlite3.connect(path)
    con.execute("UPDATE deals SET title = ? WHERE id = 7", ("x" * 600,))  # SQLite keeps it
    con.commit()
    con.close()
    with pytest.raises(UserError, match="refused rows of the table deals") as info:
        push_workspace(path, pg_team_url)
    assert "nothing was moved" in str(info.value)
    engine = open_database(pg_team_url)
    try:
        with engine.connect() as conn:
            for table in ("accounts", "reps", "deals", "leads"):
                assert conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one() == 0
            assert conn.execute(text("SELECT count(*) FROM pipeline_stages")).scalar_one() == 5
    finally:
        engine.dispose()


def test_push_refuses_what_is_not_a_file_and_a_url(tmp_path: Path, pg_team_url: str) -> None:
    with pytest.raises(UserError, match="not a team database"):
        push_workspace(tmp_path / "a.sqlite", str(tmp_path / "b.sqlite"))
    with pytest.raises(UserError, match="is a team database, not a workspace file"):
        push_workspace(pg_team_url, pg_team_url)
    with pytest.raises(UserError, match="No database at"):
        push_workspace(tmp_path / "missing.sqlite", pg_team_url)
