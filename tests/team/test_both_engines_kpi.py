"""Every figure of ``dealbook kpi --json`` is the same on a SQLite file and a team database.

The demo company is written by ``dealbook demo`` into a new file and into an empty
PostgreSQL database (same seed, same day); then ``dealbook kpi --json`` runs on both for
several periods and filters, and the whole JSON must be equal. The commands run as a user
runs them (``desktop_app.cli.main``), ``--db`` naming the file or the server's URL.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.cli import main

PERIODS = (
    ["--period", "2024"],
    ["--period", "2025-Q2"],
    ["--period", "2025-03"],
    ["--from", "2024-07-01", "--to", "2025-06-30"],
)
FILTERS = ([], ["--owner", "Priya Raman"], ["--source", "Website"])


def _json(capsys: pytest.CaptureFixture[str], args: list[str]) -> object:
    capsys.readouterr()
    assert main(args) == 0, capsys.readouterr().err
    return json.loads(capsys.readouterr().out)


@pytest.fixture
def both(tmp_path: Path, pg_url: str, capsys: pytest.CaptureFixture[str]) -> tuple[str, str]:
    """(file, URL) holding the same demo company."""
    path = str(tmp_path / "demo.sqlite")
    demo = ["demo", "--deals", "600", "--seed", "5", "--json"]
    counts = [_json(capsys, [*demo, "--db", target]) for target in (path, pg_url)]
    assert counts[0]["counts"] == counts[1]["counts"]  # type: ignore[index]
    assert "password" not in json.dumps(counts[1])
    return path, pg_url


def test_every_kpi_figure_is_the_same_on_both_engines(both, capsys) -> None:
    path, url = both
    compared = 0
    for period in PERIODS:
        for filters in FILTERS:
            args = ["kpi", *period, *filters, "--json"]
            on_file = _json(capsys, [*args, "--db", path])
            on_server = _json(capsys, [*args, "--db", url])
            assert on_file == on_server, (period, filters)
            compared += 1
    assert compared == len(PERIODS) * len(FILTERS)


def test_the_demo_company_has_figures_to_compare(both, capsys) -> None:
    """The comparison above is not of empty results: the year has won deals and revenue."""
    _path, url = both
    result = _json(capsys, ["kpi", "--period", "2025", "--json", "--db", url])
    text = json.dumps(result)
    assert '"won_deals"' in text or '"revenue"' in text
    numbers = [v for v in _leaves(result) if isinstance(v, int | float) and v]
    assert len(numbers) > 20


def test_export_and_imports_list_work_on_a_team_database(both, capsys, tmp_path) -> None:
    path, url = both
    for kind in ("deals", "leads", "activities", "accounts"):
        texts = []
        for name, target in (("file", path), ("server", url)):
            out = tmp_path / f"{name}_{kind}.csv"
            args = ["export", "--db", target, "--kind", kind, "--out", str(out), "--json"]
            written = _json(capsys, args)
            assert written["rows"] > 0  # type: ignore[index]
            texts.append(out.read_text(encoding="utf-8-sig"))
        assert texts[0] == texts[1], kind  # the same file from either engine
    assert len(texts[0].splitlines()) > 1
    assert _json(capsys, ["imports", "--db", url, "--json"]) == []
    capsys.readouterr()
    assert main(["backup", "--db", url]) == 1
    assert "pg_dump" in capsys.readouterr().err


def _leaves(obj: object):
    if isinstance(obj, dict):
        for v in obj.values():
            yield from _leaves(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from _leaves(v)
    else:
        yield obj


def test_the_review_is_written_from_a_team_database(both, capsys, tmp_path) -> None:
    _path, url = both
    out = tmp_path / "review.xlsx"
    capsys.readouterr()
    assert main(["report", "--db", url, "--period", "2025-Q2", "--out", str(out)]) == 0
    assert out.stat().st_size > 5000
    assert "password" not in capsys.readouterr().out


def test_import_commands_take_a_team_database_url(pg_team_url, capsys) -> None:
    files = Path(__file__).resolve().parents[1] / "fixtures" / "files"
    report = _json(capsys, ["import", str(files / "salesforce.csv"), "--db", pg_team_url, "--json"])
    assert report["imported"] > 0  # type: ignore[index]
    listed = _json(capsys, ["imports", "--db", pg_team_url, "--json"])
    assert [i["id"] for i in listed] == [report["batch_id"]]  # type: ignore[index]
    capsys.readouterr()
    assert main(["undo-import", str(report["batch_id"]), "--db", pg_team_url]) == 0  # type: ignore[index]
    assert "undone" in capsys.readouterr().out
    again = _json(capsys, ["imports", "--db", pg_team_url, "--json"])
    assert again[0]["undone_at"] is not None  # type: ignore[index]


def test_dealbook_db_may_name_a_team_database(both, capsys, monkeypatch) -> None:
    path, url = both
    args = ["kpi", "--period", "2025-Q1", "--json"]
    monkeypatch.setenv("DEALBOOK_DB", url)
    on_server = _json(capsys, args)
    assert on_server == _json(capsys, [*args, "--db", path])
