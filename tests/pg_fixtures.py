"""Fixtures for tests against a real PostgreSQL server (``scripts/pg_test_server.sh``).

``DEALBOOK_TEST_PG_URL`` is the admin URL of a throwaway server (the superuser, database
``postgres``); ``scripts/test.sh`` starts one and sets it. Without it the PostgreSQL half of
a test is skipped with its reason, the SQLite half still runs.

* ``pg_admin_url``: the admin URL (skips when unset);
* ``pg_url``: a fresh empty database on that server, dropped after the test (admin user);
* ``pg_workspace_url``: a fresh database at the schema head, no data (a copy of a template
  migrated once per session);
* ``pg_team_url``: a fresh database after ``dealbook team init`` (schema, roles, policies);
* ``engine_target``: parametrized over ``"sqlite"`` (a ``Path`` to a new file in
  ``tmp_path``) and ``"postgresql"`` (the URL of a fresh database with no data), for tests
  that must hold on both engines;
* ``make_login(admin_url, db_url, login, role, rep_name)``: a login role of the team with a
  password, returned as its own URL.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

PG_ENV = "DEALBOOK_TEST_PG_URL"
TEST_PASSWORD = "dealbook-test-password"


def _admin_url_or_skip() -> str:
    url = os.environ.get(PG_ENV)
    if not url:
        pytest.skip(f"no PostgreSQL test server: {PG_ENV} is unset (scripts/test.sh sets it)")
    return url


def database_url(admin_url: str, database: str) -> str:
    """``admin_url`` pointing at ``database`` instead of ``postgres``."""
    from sqlalchemy import make_url

    return make_url(admin_url).set(database=database).render_as_string(hide_password=False)


def create_database(admin_url: str, template: str | None = None) -> str:
    """A new database on the test server (empty, or a copy of ``template``); its URL."""
    import psycopg

    name = f"dealbook_test_{uuid.uuid4().hex[:12]}"
    copy = f' TEMPLATE "{template}"' if template else ""
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"{copy}')
    return database_url(admin_url, name)


def drop_database(admin_url: str, db_url: str) -> None:
    """Drop the database of ``db_url`` (its connections are ended first)."""
    import psycopg
    from sqlalchemy import make_url

    name = make_url(db_url).database
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def make_login(
    admin_url: str, db_url: str, login: str, role: str, rep_name: str | None = None
) -> str:
    """A login of the team at ``db_url`` (after ``team init``) with ``role`` ('manager' or
    'rep') and, for a rep, the rep it is (created if the database has no such rep yet).
    Returns the login's own URL, password included. Logins are roles of the whole server:
    use a name no other test uses, or the same role and rep again.
    """
    from sqlalchemy import make_url

    from desktop_app.store.location import with_password
    from desktop_app.store.team_admin import add_user

    add_user(db_url, login, role, rep_name, password=TEST_PASSWORD, create_rep=True)
    url = make_url(db_url).set(username=login).render_as_string(hide_password=False)
    return with_password(url, TEST_PASSWORD)


@pytest.fixture(scope="session")
def pg_admin_url() -> str:
    """The admin URL of the PostgreSQL test server (skips the test when there is none)."""
    return _admin_url_or_skip()


@pytest.fixture
def pg_url(pg_admin_url: str) -> Iterator[str]:
    """A fresh, empty database on the test server, dropped after the test."""
    url = create_database(pg_admin_url)
    try:
        yield url
    finally:
        drop_database(pg_admin_url, url)


@pytest.fixture(scope="session")
def pg_schema_template(pg_admin_url: str) -> Iterator[str]:
    """The name of a database at Dealbook's schema head (no data, no roles), copied by the
    fixtures below instead of running every migration again for each test."""
    from sqlalchemy import make_url

    from desktop_app.store.engine import open_database

    url = create_database(pg_admin_url)
    open_database(url).dispose()
    try:
        yield str(make_url(url).database)
    finally:
        drop_database(pg_admin_url, url)


@pytest.fixture
def pg_workspace_url(pg_admin_url: str, pg_schema_template: str) -> Iterator[str]:
    """A fresh database at Dealbook's schema head with no data (what opening an empty
    database makes), dropped after the test."""
    url = create_database(pg_admin_url, template=pg_schema_template)
    try:
        yield url
    finally:
        drop_database(pg_admin_url, url)


@pytest.fixture
def pg_team_url(pg_workspace_url: str) -> str:
    """A fresh database set up for a team (``dealbook team init``: schema, roles, policies)."""
    from desktop_app.store.team_admin import init_team

    init_team(pg_workspace_url)
    return pg_workspace_url


@pytest.fixture(params=["sqlite", "postgresql"])
def engine_target(request: pytest.FixtureRequest, tmp_path: Path) -> Path | str:
    """Where a new workspace goes: a SQLite file path (no file yet), or the URL of a fresh
    PostgreSQL database at the schema head with no data (a new team database)."""
    if request.param == "sqlite":
        return tmp_path / "dealbook.sqlite"
    return str(request.getfixturevalue("pg_workspace_url"))
