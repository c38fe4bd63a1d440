"""Who may see and change what, enforced by the PostgreSQL server (roles and row-level
security), checked with real logins of a manager and two reps on a real server."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import psycopg
import pytest
from sqlalchemy import Engine, text
from sqlalchemy import exc as sa_exc

from desktop_app.errors import UserError
from desktop_app.store.engine import open_database
from desktop_app.store.location import libpq_url
from desktop_app.store.team_admin import set_reps_see_only_own, team_status
from tests.pg_fixtures import create_database, drop_database, make_login


@dataclass
class Team:
    url: str
    manager: Engine
    bob: Engine
    cleo: Engine
    manager_url: str
    bob_url: str
    ids: dict[str, int]  # rep name -> id


def _insert_deal(conn, title: str, owner: int | None) -> int:
    return int(
        conn.execute(
            text(
                "INSERT INTO deals (title, status, owner_id, amount, updated_at) "
                "VALUES (:t, 'open', :o, 100, now()) RETURNING id"
            ),
            {"t": title, "o": owner},
        ).scalar_one()
    )


@pytest.fixture
def team(pg_admin_url: str, pg_team_url: str) -> Iterator[Team]:
    manager_url = make_login(pg_admin_url, pg_team_url, "rls_anna", "manager")
    bob_url = make_login(pg_admin_url, pg_team_url, "rls_bob", "rep", "Bob")
    cleo_url = make_login(pg_admin_url, pg_team_url, "rls_cleo", "rep", "Cleo")
    engines = [open_database(u) for u in (manager_url, bob_url, cleo_url)]
    with engines[0].begin() as conn:
        ids = {str(n): int(i) for i, n in conn.execute(text("SELECT id, name FROM reps"))}
        anna_deal = _insert_deal(conn, "Manager's deal", None)
        bob_deal = _insert_deal(conn, "Bob's deal", ids["Bob"])
        cleo_deal = _insert_deal(conn, "Cleo's deal", ids["Cleo"])
        for deal in (anna_deal, bob_deal, cleo_deal):
            conn.execute(
                text(
                    "INSERT INTO stage_history (deal_id, stage, entered_on) VALUES (:d, 'A', now())"
                ),
                {"d": deal},
            )
        for rep in ("Bob", "Cleo"):
            conn.execute(
                text("INSERT INTO leads (name, owner_id) VALUES (:n, :o)"),
                {"n": f"{rep}'s lead", "o": ids[rep]},
            )
            conn.execute(
                text(
                    "INSERT INTO activities (done_on, owner_id, type) "
                    "VALUES (current_date, :o, 'call')"
                ),
                {"o": ids[rep]},
            )
    try:
        yield Team(pg_team_url, *engines, manager_url, bob_url, ids)
    finally:
        for engine in engines:
            engine.dispose()


def _titles(engine: Engine) -> list[str]:
    with engine.connect() as conn:
        return sorted(str(r[0]) for r in conn.execute(text("SELECT title FROM deals")))


def _count(engine: Engine, table: str) -> int:
    with engine.connect() as conn:
        return int(conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())


def _changed(engine: Engine, sql: str, **params: object) -> int:
    with engine.begin() as conn:
        return int(conn.execute(text(sql), params).rowcount)


def test_everyone_sees_everything_by_default(team: Team) -> None:
    everything = ["Bob's deal", "Cleo's deal", "Manager's deal"]
    assert _titles(team.manager) == _titles(team.bob) == _titles(team.cleo) == everything
    for table, rows in (("leads", 2), ("activities", 2), ("stage_history", 3), ("reps", 2)):
        assert _count(team.bob, table) == rows


def test_a_rep_changes_only_their_own_deals(team: Team) -> None:
    sql = "UPDATE deals SET amount = 999 WHERE title = :t"
    assert _changed(team.bob, sql, t="Bob's deal") == 1
    # the server hides the other rows from a rep's UPDATE and DELETE: nothing changes
    assert _changed(team.bob, sql, t="Manager's deal") == 0
    assert _changed(team.bob, sql, t="Cleo's deal") == 0
    assert _changed(team.bob, "DELETE FROM deals WHERE title = :t", t="Cleo's deal") == 0
    assert _changed(team.bob, "DELETE FROM leads WHERE name = :n", n="Cleo's lead") == 0
    assert _changed(team.bob, "UPDATE activities SET hours = 2") == 1  # only his own
    with team.manager.connect() as conn:
        amounts = dict(conn.execute(text("SELECT title, amount FROM deals")).all())
    assert amounts == {"Bob's deal": 999, "Cleo's deal": 100, "Manager's deal": 100}
    # the manager changes every row
    assert _changed(team.manager, "UPDATE deals SET amount = 5") == 3


def test_a_rep_cannot_give_a_deal_away_or_add_one_for_someone_else(team: Team) -> None:
    with pytest.raises(sa_exc.ProgrammingError) as info:
        _changed(
            team.bob,
            "UPDATE deals SET owner_id = :o WHERE title = :t",
            o=team.ids["Cleo"],
            t="Bob's deal",
        )
    assert "row-level security" in str(info.value.orig)
    with pytest.raises(sa_exc.ProgrammingError), team.bob.begin() as conn:
        _insert_deal(conn, "Sneaky", team.ids["Cleo"])
    with team.bob.begin() as conn:
        _insert_deal(conn, "Bob's new deal", team.ids["Bob"])
    assert "Bob's new deal" in _titles(team.manager)
    with pytest.raises(sa_exc.ProgrammingError), team.bob.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO stage_history (deal_id, stage, entered_on) SELECT id, 'B', now() FROM deals WHERE title = 'Cleo''s deal'"
            )
        )


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE reps SET name = 'Robert' WHERE name = 'Bob'",
        "UPDATE pipeline_stages SET probability = 99",
        "INSERT INTO quotas (owner_id, period_start, period_end, amount) "
        "VALUES (1, '2025-01-01', '2025-03-31', 1)",
        "UPDATE settings SET value = value",
        "UPDATE team_settings SET reps_see_only_own = true",
        "UPDATE team_members SET role = 'manager'",
        "DELETE FROM accounts",
        "INSERT INTO import_batches (kind, file_name, started_at) VALUES ('deals', 'x', now())",
    ],
)
def test_a_rep_may_not_change_the_teams_setup(team: Team, sql: str) -> None:
    with pytest.raises(sa_exc.ProgrammingError) as info:
        _changed(team.bob, sql)
    assert isinstance(info.value.orig, psycopg.errors.InsufficientPrivilege)


def test_a_rep_may_add_an_account_a_form_names(team: Team) -> None:
    _changed(team.bob, "INSERT INTO accounts (name) VALUES ('New customer')")
    with team.manager.connect() as conn:
        row = conn.execute(text("SELECT created_by FROM accounts")).one()
    assert row[0] == "rls_bob"


def test_reps_see_only_their_own_when_the_team_says_so(team: Team) -> None:
    set_reps_see_only_own(team.manager_url, True)
    assert _titles(team.bob) == ["Bob's deal"]
    assert _titles(team.cleo) == ["Cleo's deal"]
    assert _count(team.bob, "leads") == _count(team.bob, "activities") == 1
    assert _count(team.bob, "stage_history") == 1
    assert len(_titles(team.manager)) == 3
    assert team_status(team.bob_url).reps_see_only_own
    set_reps_see_only_own(team.manager_url, False)
    assert len(_titles(team.bob)) == 3


def test_only_a_manager_changes_the_team_setting(team: Team) -> None:
    with pytest.raises(UserError, match="Only a manager"):
        set_reps_see_only_own(team.bob_url, True)


def test_a_temporary_table_cannot_make_a_rep_a_manager(team: Team) -> None:
    with team.bob.begin() as conn:
        conn.execute(text("CREATE TEMP TABLE team_members (login text, rep_id int, role text)"))
        conn.execute(text("INSERT INTO team_members VALUES (current_user, NULL, 'manager')"))
        changed = conn.execute(text("UPDATE deals SET amount = 1")).rowcount
    assert changed == 1  # still only his own deal


def test_a_login_of_another_team_database_cannot_connect(pg_admin_url: str, team: Team) -> None:
    from desktop_app.store.team_admin import init_team

    other = create_database(pg_admin_url)
    try:
        init_team(other)
        stranger = make_login(pg_admin_url, other, "rls_stranger", "manager")
        with pytest.raises(psycopg.OperationalError, match="permission denied"):
            psycopg.connect(
                libpq_url(stranger.rsplit("/", 1)[0] + "/" + team.url.rsplit("/", 1)[1])
            ).close()
        with pytest.raises(UserError, match="may not use"):
            open_database(stranger.rsplit("/", 1)[0] + "/" + team.url.rsplit("/", 1)[1])
    finally:
        drop_database(pg_admin_url, other)


def test_status_says_who_i_am(team: Team) -> None:
    bob = team_status(team.bob_url)
    assert (bob.login, bob.role, bob.rep) == ("rls_bob", "rep", "Bob")
    assert bob.counts["deals"] == 3
    anna = team_status(team.manager_url)
    assert (anna.role, anna.rep) == ("manager", None)
    assert team_status(team.url).role == "administrator"
