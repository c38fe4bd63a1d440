"""After ``scripts/setup.sh`` the commands read the data the window showed; later, the
workspace the window opened last."""

from __future__ import annotations

import shutil

from desktop_app import paths
from desktop_app.cli import main


def test_kpi_without_db_reads_the_demo_the_window_showed(dealbook_home, capsys):
    demo = paths.demo_db_path()
    assert main(["demo", "--db", str(demo), "--deals", "60", "--seed", "2"]) == 0
    capsys.readouterr()
    assert not paths.home_db_path().exists()
    assert main(["kpi", "--period", "2025", "--json"]) == 0
    out = capsys.readouterr()
    assert '"revenue"' in out.out
    assert "demo company" in out.err and str(demo) in out.err


def test_commands_follow_the_workspace_the_window_opened_last(dealbook_home, tmp_path, capsys):
    demo = paths.demo_db_path()
    assert main(["demo", "--db", str(demo), "--deals", "60", "--seed", "2"]) == 0
    mine = tmp_path / "acme.sqlite"
    shutil.copy(demo, mine)
    paths.remember_workspace(demo)  # the demo never becomes the default
    assert paths.default_db_path() == paths.home_db_path()
    paths.remember_workspace(mine)
    assert paths.default_db_path() == mine.resolve()
    capsys.readouterr()
    assert main(["kpi", "--period", "2025"]) == 0
    assert "demo company" not in capsys.readouterr().err
    mine.unlink()  # gone: back to the home database
    assert paths.default_db_path() == paths.home_db_path()


def test_the_window_remembers_the_workspace_it_opens(window):
    assert paths.last_workspace() == window.db_path.resolve()
