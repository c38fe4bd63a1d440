"""The same migrations on both engines: the schema, the 0004 columns and triggers, and the
refusals of a team database that cannot be opened, on a real PostgreSQL server."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import psycopg
import pytest
from alembic import command
from sqlalchemy import exc as sa_exc
from sqlalchemy import inspect, make_url, text

from desktop_app.errors import UserError
from desktop_app.store.engine import (
    alembic_config,
    head_revision,
    make_engine,
    open_database,
)
from desktop_app.store.location import is_server_url, libpq_url, safe_display, with_password
from desktop_app.store.models import Base
from desktop_app.store.team_engine import make_server_engine
from tests.pg_fixtures import TEST_PASSWORD, make_login

VERSIONED = ("deals", "leads", "activities", "spend", "nps", "quotas", "forecasts", "accounts")


def _columns(engine) -> dict[str, set[str]]:
    found = inspect(engine)
    return {t: {c["name"] for c in found.get_columns(t)} for t in found.get_table_names()}


def _stamp(conn) -> int:
    return int(conn.execute(text("SELECT stamp FROM dataset_stamp WHERE id = 1")).scalar_one())


def test_both_engines_reach_the_same_schema(tmp_path: Path, pg_url: str) -> None:
    lite = open_database(tmp_path / "w.sqlite")
    pg = open_database(pg_url)
    try:
        assert _columns(lite) == _columns(pg)
        assert set(_columns(pg)) == set(Base.metadata.tables) | {"alembic_version"}
        for table in VERSIONED:
            assert {"version", "created_by", "updated_by"} <= _columns(pg)[table]
        with pg.connect() as conn:
            revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            stages = conn.execute(text("SELECT count(*) FROM pipeline_stages")).scalar()
            settings = conn.execute(text("SELECT reps_see_only_own FROM team_settings")).all()
        assert revision == head_revision()
        assert stages == 5
        assert settings == [(False,)]
    finally:
        lite.dispose()
        pg.dispose()


def test_engine_target_opens_on_either_engine(engine_target: Path | str) -> None:
    engine = open_database(engine_target)
    try:
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO reps (name, active) VALUES ('Ann', true)"))
            conn.execute(
                text(
                    "INSERT INTO deals (title, status, owner_id, updated_at) "
                    "VALUES ('First', 'open', 1, CURRENT_TIMESTAMP)"
                )
            )
        with engine.begin() as conn:
            conn.execute(text("UPDATE deals SET title = 'Renamed' WHERE id = 1"))
        with engine.connect() as conn:
            row = conn.execute(text("SELECT title, version FROM deals")).one()
        assert tuple(row) == ("Renamed", 2)
    finally:
        engine.dispose()
    assert is_server_url(engine_target) == isinstance(engine_target, str)


@pytest.mark.parametrize("engine_name", ["sqlite", "postgresql"])
def test_version_counts_each_change_once(engine_name: str, tmp_path: Path, request) -> None:
    """A change counts the version up by one, whether or not the writer counts it itself."""
    target = tmp_path / "w.sqlite" if engine_name == "sqlite" else request.getfixturevalue("pg_url")
    engine = open_database(target)
    try:
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO accounts (name) VALUES ('Acme')"))
            conn.execute(text("UPDATE accounts SET name = 'Acme Ltd'"))
            conn.execute(text("UPDATE accounts SET name = 'Acme Inc', version = version + 1"))
            conn.execute(text("UPDATE accounts SET name = 'Acme Co' WHERE version = 3"))
            row = conn.execute(text("SELECT name, version FROM accounts")).one()
        assert tuple(row) == ("Acme Co", 4)
    finally:
        engine.dispose()


def test_sqlite_keeps_the_stamp_triggers_after_0004(tmp_path: Path) -> None:
    engine = open_database(tmp_path / "w.sqlite")
    try:
        with engine.begin() as conn:
            names = {
                r[0]
                for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='trigger'")
            }
            assert {"dataset_stamp_deals_update", "dataset_stamp_accounts_insert"} <= names
            before = _stamp(conn)
            conn.execute(text("INSERT INTO accounts (name) VALUES ('Acme')"))
            assert _stamp(conn) != before
            row = conn.execute(text("SELECT created_by, updated_by, version FROM accounts")).one()
        assert tuple(row) == (None, None, 1)  # one person, one file: nobody to name
    finally:
        engine.dispose()


def test_sqlite_down_to_0003_and_up_again_keeps_rows_and_triggers(tmp_path: Path) -> None:
    path = tmp_path / "w.sqlite"
    open_database(path).dispose()
    engine = make_engine(path)
    try:
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO accounts (name) VALUES ('Acme')"))
        cfg = alembic_config()
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0003")
        assert "version" not in _columns(engine)["accounts"]
        assert "team_members" not in _columns(engine)
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
        with engine.begin() as conn:
            before = _stamp(conn)
            conn.execute(text("UPDATE accounts SET name = 'Acme Ltd'"))
            assert _stamp(conn) != before
            assert tuple(conn.execute(text("SELECT name, version FROM accounts")).one()) == (
                "Acme Ltd",
                2,
            )
    finally:
        engine.dispose()


def test_postgresql_older_database_is_brought_up_to_date(pg_url: str) -> None:
    engine = make_server_engine(pg_url)
    try:
        cfg = alembic_config()
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0003")
            conn.execute(text("INSERT INTO reps (name, active) VALUES ('Ann', true)"))
            conn.execute(
                text(
                    "INSERT INTO deals (title, status, owner_id, amount, updated_at) "
                    "VALUES ('Old deal', 'won', 1, 1200, now())"
                )
            )
    finally:
        engine.dispose()
    engine = open_database(pg_url)
    try:
        with engine.connect() as conn:
            row = conn.execute(text("SELECT title, amount, version FROM deals")).one()
            revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        assert tuple(row) == ("Old deal", 1200.0, 1)
        assert revision == head_revision()
        cfg = alembic_config()
        with engine.begin() as conn:  # and down again, on this engine too
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0003")
        assert "version" not in _columns(engine)["deals"]
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
        assert "version" in _columns(engine)["deals"]
    finally:
        engine.dispose()


def test_postgresql_write_sets_a_new_stamp_and_notifies(pg_url: str) -> None:
    engine = open_database(pg_url)
    try:
        with psycopg.connect(libpq_url(pg_url), autocommit=True) as listener:
            listener.execute("LISTEN dealbook_changes")
            with engine.begin() as conn:
                before = _stamp(conn)
            with engine.begin() as conn:
                conn.execute(text("INSERT INTO accounts (name) VALUES ('Acme'), ('Globex')"))
                conn.execute(text("UPDATE settings SET value = value"))
                conn.execute(text("INSERT INTO settings (key, value) VALUES ('k', '1')"))
            got = [n.payload for n in listener.notifies(timeout=5, stop_after=2)]
            with engine.connect() as conn:
                assert _stamp(conn) != before
        # one notice per table and transaction (PostgreSQL folds equal notices)
        assert sorted(got) == ["accounts", "settings"]
    finally:
        engine.dispose()


def test_postgresql_records_who_created_and_changed_a_row(
    pg_admin_url: str, pg_team_url: str
) -> None:
    anna = make_login(pg_admin_url, pg_team_url, "mig_anna", "manager")
    bob = make_login(pg_admin_url, pg_team_url, "mig_bob", "rep", "Bob")
    a, b = open_database(anna), open_database(bob)
    try:
        with b.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO deals (title, status, owner_id, updated_at) "
                    "SELECT 'Bob deal', 'open', id, now() FROM reps WHERE name = 'Bob'"
                )
            )
        with a.begin() as conn:
            conn.execute(text("UPDATE deals SET amount = 500, created_by = 'someone'"))
        with a.connect() as conn:
            row = conn.execute(text("SELECT created_by, updated_by, version FROM deals")).one()
        assert tuple(row) == ("mig_bob", "mig_anna", 2)  # the server says who, not the window
    finally:
        a.dispose()
        b.dispose()


# --- refusals, one sentence each ---------------------------------------------------------


def _refusal(target: str, create: bool = True) -> str:
    with pytest.raises(UserError) as info:
        open_database(target, create=create)
    text_ = str(info.value)
    assert TEST_PASSWORD not in text_ and "secret" not in text_
    return text_


def test_refuses_another_applications_database(pg_url: str) -> None:
    with psycopg.connect(libpq_url(pg_url), autocommit=True) as conn:
        conn.execute("CREATE TABLE invoices (id int)")
    assert "another application's tables" in _refusal(pg_url)


def test_refuses_a_newer_dealbooks_database(pg_url: str) -> None:
    open_database(pg_url).dispose()
    with psycopg.connect(libpq_url(pg_url), autocommit=True) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    assert "newer version of Dealbook" in _refusal(pg_url)


def test_refuses_an_empty_database_when_not_creating(pg_url: str) -> None:
    assert "is empty" in _refusal(pg_url, create=False)


def test_refuses_a_missing_database(pg_admin_url: str) -> None:
    url = make_url(pg_admin_url).set(database="no_such_dealbook").render_as_string(False)
    assert "has no database named no_such_dealbook" in _refusal(url)


def test_refuses_a_wrong_password(pg_admin_url: str, pg_team_url: str) -> None:
    good = make_login(pg_admin_url, pg_team_url, "mig_carol", "manager")
    open_database(good).dispose()
    bad = with_password(good, "secret")
    assert "refused the user mig_carol" in _refusal(bad)


def test_refuses_a_server_that_does_not_answer() -> None:
    import socket

    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    said = _refusal(f"postgresql://anna:secret@127.0.0.1:{port}/team")
    assert "cannot be reached" in said


def test_a_url_is_shown_without_its_password() -> None:
    url = "postgresql://anna:secret@nas.local:5432/team"
    assert safe_display(url) == "postgresql://anna@nas.local:5432/team"
    assert "secret" in with_password(safe_display(url), "secret")
    assert safe_display(Path("/data/w.sqlite")) == "/data/w.sqlite"
    assert not is_server_url(Path("postgresql:/x"))
    assert is_server_url("postgres://a@b/c") and is_server_url("postgresql+psycopg://a@b/c")
    assert not is_server_url("C:/data/w.sqlite")


def test_a_file_at_head_has_the_team_tables(tmp_path: Path) -> None:
    path = tmp_path / "w.sqlite"
    open_database(path).dispose()
    con = sqlite3.connect(path)
    try:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert {"team_members", "team_settings"} <= tables
        assert con.execute("SELECT id, reps_see_only_own FROM team_settings").fetchall() == [(1, 0)]
    finally:
        con.close()


def test_a_login_that_may_not_change_the_schema_is_told_to_ask_the_administrator(
    pg_admin_url: str, pg_team_url: str
) -> None:
    rep = make_login(pg_admin_url, pg_team_url, "mig_dan", "rep", "Dan")
    engine = make_server_engine(pg_team_url)
    try:
        cfg = alembic_config()
        with engine.begin() as conn:  # as if the server were set up by an older Dealbook
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0003")
    finally:
        engine.dispose()
    said = _refusal(rep)
    assert "needs an update that only its administrator can make" in said
    open_database(pg_team_url).dispose()  # the administrator brings it up to date ...
    engine = open_database(rep)  # ... and the rep reads the tables made again (default
    try:  # privileges of `team init` cover tables a later migration creates)
        with engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM team_settings")).scalar() == 1
    finally:
        engine.dispose()


def test_a_connection_ended_by_the_server_is_told_from_a_refusal(
    pg_admin_url: str, pg_team_url: str
) -> None:
    from desktop_app.store import team_faults

    rep = make_login(pg_admin_url, pg_team_url, "mig_erin", "rep", "Erin")
    engine = open_database(rep)
    try:
        with engine.connect() as conn:
            with pytest.raises(sa_exc.DBAPIError) as refused:
                conn.execute(text("UPDATE reps SET name = 'Someone'"))
            assert not team_faults.is_server_away(refused.value)
            conn.rollback()
            with psycopg.connect(pg_admin_url, autocommit=True) as admin:
                admin.execute(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE usename = 'mig_erin'"
                )
            with pytest.raises(sa_exc.DBAPIError) as lost:
                conn.execute(text("SELECT count(*) FROM deals"))
        assert team_faults.is_server_away(lost.value)
        assert "cannot be reached" in str(team_faults.server_error(lost.value, rep))
        with engine.connect() as conn:  # the pool checks and opens a new connection
            assert conn.execute(text("SELECT count(*) FROM deals")).scalar() == 0
    finally:
        engine.dispose()
