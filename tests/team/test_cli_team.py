"""``dealbook team ...`` on a real PostgreSQL server: set up, move the demo company in, add
a manager and a rep, ask who one is; every refusal one sentence and exit status 1."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from sqlalchemy import make_url

from desktop_app.cli import main
from desktop_app.store.demo import generate_demo
from desktop_app.store.engine import open_database


def _run(capsys, *argv: str, stdin: str | None = None, monkeypatch=None) -> tuple[int, str, str]:
    if stdin is not None:
        assert monkeypatch is not None
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _login_url(db_url: str, login: str, password: str) -> str:
    url = make_url(db_url).set(username=login, password=password)
    return url.render_as_string(hide_password=False)


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite"
    engine = open_database(path)
    try:
        generate_demo(engine, deals=200, seed=5)
    finally:
        engine.dispose()
    return path


def test_set_up_move_in_add_people_and_ask_who_one_is(
    capsys, monkeypatch, demo_file: Path, pg_url: str
) -> None:
    code, out, err = _run(capsys, "team", "init", pg_url)
    assert (code, err) == (0, "")
    assert "ready for a team" in out

    code, out, err = _run(capsys, "team", "push", str(demo_file), pg_url, "--json")
    assert code == 0, err
    moved = json.loads(out)
    assert moved["tables"]["deals"] == 200
    assert moved["db"] == pg_url  # no password in it to hide here

    code, out, err = _run(
        capsys,
        "team",
        "add-user",
        "cli_anna",
        "--role",
        "manager",
        "--password-stdin",
        "--db",
        pg_url,
        stdin="anna-pw\n",
        monkeypatch=monkeypatch,
    )
    assert code == 0, err
    assert "as a manager" in out

    engine = open_database(pg_url)
    with engine.connect() as conn:
        rep = conn.exec_driver_sql("SELECT name FROM reps ORDER BY id LIMIT 1").scalar_one()
    engine.dispose()
    code, out, err = _run(
        capsys,
        "--db",
        pg_url,
        "team",
        "add-user",
        "cli_bob",
        "--role",
        "rep",
        "--rep",
        rep,
        "--password-stdin",
        stdin="bob-pw\n",
        monkeypatch=monkeypatch,
    )
    assert code == 0, err
    assert f"as the rep {rep}" in out

    code, out, err = _run(
        capsys, "team", "status", _login_url(pg_url, "cli_bob", "bob-pw"), "--json"
    )
    assert code == 0, err
    status = json.loads(out)
    assert (status["login"], status["role"], status["rep"]) == ("cli_bob", "rep", rep)
    assert status["counts"]["deals"] == 200

    manager = _login_url(pg_url, "cli_anna", "anna-pw")
    code, out, err = _run(capsys, "team", "set", manager, "--reps-see-only-own", "yes")
    assert code == 0, err
    code, out, err = _run(capsys, "team", "status", _login_url(pg_url, "cli_bob", "bob-pw"))
    assert code == 0, err
    assert "as cli_bob (rep)" in out
    assert "Reps see only their own" in out
    assert "anna-pw" not in out and "bob-pw" not in out

    # the rep may not change the team setting: one sentence, status 1
    code, out, err = _run(
        capsys, "team", "set", _login_url(pg_url, "cli_bob", "bob-pw"), "--reps-see-only-own", "no"
    )
    assert (code, out) == (1, "")
    assert err.strip() == "Only a manager can change the team's settings."


def test_refusals_are_one_sentence(capsys, monkeypatch, demo_file: Path, pg_team_url: str) -> None:
    code, out, err = _run(capsys, "team", "status", _login_url(pg_team_url, "nobody", "pw"))
    assert (code, out) == (1, "")
    assert err.count("\n") == 1 and "refused the user nobody" in err
    assert "pw@" not in err

    code, _out, err = _run(
        capsys,
        "team",
        "add-user",
        "cli_dan",
        "--role",
        "rep",
        "--rep",
        "No Such Rep",
        "--password-stdin",
        "--db",
        pg_team_url,
        stdin="pw\n",
        monkeypatch=monkeypatch,
    )
    assert code == 1 and "has no rep named No Such Rep" in err

    code, _out, err = _run(
        capsys,
        "team",
        "add-user",
        "cli_dan",
        "--role",
        "rep",
        "--password-stdin",
        "--db",
        pg_team_url,
        stdin="pw\n",
        monkeypatch=monkeypatch,
    )
    assert code == 1 and "--rep" in err

    code, _out, err = _run(
        capsys, "team", "add-user", "Bad Name", "--role", "manager", "--db", pg_team_url
    )
    assert code == 1 and "cannot be a login" in err

    code, _out, err = _run(capsys, "team", "push", str(demo_file), str(demo_file))
    assert code == 1 and "is not a team database" in err

    code, _out, err = _run(capsys, "team", "push", str(demo_file), pg_team_url)
    assert code == 0
    code, _out, err = _run(capsys, "team", "push", str(demo_file), pg_team_url)
    assert code == 1 and "already holds data" in err and err.count("\n") == 1


def test_adding_a_user_before_team_init_says_to_run_it(
    capsys, monkeypatch, pg_workspace_url: str
) -> None:
    code, out, err = _run(
        capsys,
        "team",
        "add-user",
        "cli_erin",
        "--role",
        "manager",
        "--password-stdin",
        "--db",
        pg_workspace_url,
        stdin="pw\n",
        monkeypatch=monkeypatch,
    )
    assert (code, out) == (1, "")
    assert "run `dealbook team init`" in err
