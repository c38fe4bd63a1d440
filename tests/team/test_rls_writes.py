"""A rep and a manager on one team database: the server decides, the store says why.

Logins are real PostgreSQL roles made by ``team add-user`` (``make_login``); the refusals
come from the server's grants and row-level security, never from a check in Dealbook.
"""

from __future__ import annotations

import uuid

import pytest

from desktop_app.store import repository as repo
from desktop_app.store.conflicts import EditConflict, NotAllowed
from desktop_app.store.engine import open_database
from tests.pg_fixtures import make_login

MANAGER_REP = "Anna Berg"
REP = "Bruno Diaz"


@pytest.fixture
def team(pg_admin_url: str, pg_team_url: str):
    """(manager engine, rep engine) on a fresh team database."""
    tag = uuid.uuid4().hex[:8]
    manager_url = make_login(pg_admin_url, pg_team_url, f"mgr_{tag}", "manager", MANAGER_REP)
    rep_url = make_login(pg_admin_url, pg_team_url, f"rep_{tag}", "rep", REP)
    manager, rep = open_database(manager_url), open_database(rep_url)
    yield manager, rep
    manager.dispose()
    rep.dispose()


def test_a_rep_cannot_change_or_delete_the_managers_deal(team) -> None:
    manager, rep = team
    deal = repo.create_record(manager, "deals", {"title": "Anna's deal", "owner": MANAGER_REP}).id
    seen = repo.get_record(rep, "deals", deal)  # a rep sees everything (the team's default)
    assert seen is not None and seen["owner"] == MANAGER_REP

    with pytest.raises(NotAllowed) as refused:
        repo.update_record(rep, "deals", deal, {"amount": 1.0}, started_from=seen)
    assert str(refused.value) == (
        f"You can change only your own deals; this one belongs to {MANAGER_REP}. "
        "Ask a manager to change it."
    )
    with pytest.raises(NotAllowed, match=MANAGER_REP):
        repo.delete_records(rep, "deals", [deal])
    stored = repo.get_record(manager, "deals", deal)
    assert stored is not None and stored["amount"] is None and stored["version"] == 1


def test_a_rep_changes_their_own_deal_and_the_row_says_who(team) -> None:
    manager, rep = team
    deal = repo.create_record(rep, "deals", {"title": "Bruno's deal", "owner": REP}).id
    mine = repo.get_record(rep, "deals", deal)
    assert mine is not None
    repo.update_record(rep, "deals", deal, {"amount": 250.0}, started_from=mine)
    stored = repo.get_record(manager, "deals", deal)
    assert stored is not None
    assert stored["amount"] == 250.0 and stored["version"] == 2
    assert stored["created_by"] == stored["updated_by"] == str(rep.url.username)
    # the manager edits it too
    repo.update_record(manager, "deals", deal, {"stage": "Proposal"}, started_from=stored)
    after = repo.get_record(rep, "deals", deal)
    assert after is not None and after["updated_by"] == str(manager.url.username)


def test_a_rep_cannot_add_a_deal_for_someone_else(team) -> None:
    manager, rep = team
    with pytest.raises(NotAllowed, match="choose yourself as the owner"):
        repo.create_record(rep, "deals", {"title": "Not mine", "owner": MANAGER_REP})
    with pytest.raises(NotAllowed, match="choose yourself as the owner"):
        mine = repo.create_record(rep, "deals", {"title": "Mine", "owner": REP}).id
        repo.update_record(rep, "deals", mine, {"owner": MANAGER_REP})  # handing it over
    assert [r["title"] for r in _deals(manager)] == ["Mine"]


def test_a_rep_may_not_change_quotas(team) -> None:
    manager, rep = team
    quota = repo.create_record(
        manager,
        "quotas",
        {"owner": REP, "period_start": "2025-01-01", "period_end": "2025-03-31", "amount": 5.0},
    ).id
    with pytest.raises(NotAllowed, match="Only a manager can make this change"):
        repo.update_record(rep, "quotas", quota, {"amount": 500.0})
    stored = repo.get_record(manager, "quotas", quota)
    assert stored is not None and stored["amount"] == 5.0


def test_a_conflicting_edit_is_refused_with_the_fields_that_changed(team) -> None:
    manager, rep = team
    deal = repo.create_record(
        rep, "deals", {"title": "Shared", "owner": REP, "amount": 100.0, "stage": "Qualified"}
    ).id
    rep_form = repo.get_record(rep, "deals", deal)
    manager_form = repo.get_record(manager, "deals", deal)
    repo.update_record(manager, "deals", deal, {"amount": 175.0}, started_from=manager_form)
    with pytest.raises(EditConflict) as refused:
        repo.update_record(
            rep, "deals", deal, {"amount": 120.0, "title": "Shared v2"}, started_from=rep_form
        )
    assert refused.value.changed_fields == ["amount"]
    assert refused.value.theirs["amount"] == 175.0
    stored = repo.get_record(manager, "deals", deal)
    assert stored is not None and (stored["title"], stored["amount"]) == ("Shared", 175.0)


def _deals(engine) -> list[dict]:
    with engine.connect() as conn:
        return [dict(r) for r in conn.exec_driver_sql("SELECT title FROM deals").mappings()]


def test_a_rep_cannot_import_and_nothing_is_written(team) -> None:
    from pathlib import Path

    from desktop_app.importing.api import list_imports, run_import

    manager, rep = team
    salesforce = Path(__file__).resolve().parents[1] / "fixtures" / "files" / "salesforce.csv"
    with pytest.raises(NotAllowed) as refused:
        run_import(rep, salesforce, "deals")
    assert str(refused.value) == (
        "Only a manager can import files into the team database: nothing was imported. "
        "Ask a manager to import the file."
    )
    assert repo.counts(manager)["deals"] == 0 and list_imports(manager) == []
    report = run_import(manager, salesforce, "deals").to_dict()  # the manager can
    assert report["imported"] == repo.counts(rep)["deals"] > 0


def test_a_manager_imports_hundreds_of_rows_under_the_policies(team, tmp_path) -> None:
    """Row-level security applies to a manager's login too: no COPY straight into the
    table, the rows go through one INSERT the policies check; every row arrives, signed."""
    from desktop_app.importing.api import run_import
    from desktop_app.store.demo import generate_demo
    from desktop_app.store.export import export_kind

    manager, rep = team
    source = open_database(tmp_path / "source.sqlite")
    try:
        generate_demo(source, deals=300, seed=4)
        for kind in ("deals", "activities"):
            export_kind(source, kind, tmp_path / f"{kind}.csv")
    finally:
        source.dispose()
    local = open_database(tmp_path / "local.sqlite")  # the same files into a file
    try:
        for kind in ("deals", "activities"):
            on_file = run_import(local, tmp_path / f"{kind}.csv", kind).to_dict()
            report = run_import(manager, tmp_path / f"{kind}.csv", kind).to_dict()
            assert report["imported"] == on_file["imported"] > 250
            assert report["rejected"] == on_file["rejected"] == 0
        expected = repo.counts(local)
    finally:
        local.dispose()
    assert repo.counts(rep) == expected
    with manager.connect() as conn:
        signed = conn.exec_driver_sql("SELECT DISTINCT created_by FROM activities").scalars()
        assert list(signed) == [str(manager.url.username)]
