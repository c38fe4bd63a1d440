"""``dealbook report``: exit status, output path and page count, plain-sentence errors."""

from __future__ import annotations

import argparse
import importlib

import pytest
from report_helpers import pdf_text

from desktop_app.errors import UserError


@pytest.fixture(scope="module")
def db_path(tmp_path_factory):
    """A small database: the store's demo company, else the benchmarks' generator."""
    path = tmp_path_factory.mktemp("db") / "dealbook.sqlite"
    try:
        from desktop_app.store.demo import generate_demo
        from desktop_app.store.engine import open_database

        engine = open_database(path, create=True)
        try:
            generate_demo(engine, deals=600, seed=3)
        finally:
            engine.dispose()
    except ImportError:
        synthetic = pytest.importorskip("benchmarks._synthetic")
        synthetic.build_synthetic_db(path, deals=2000, seed=3)
    return path


def _main(argv: list[str]) -> int:
    """``dealbook`` itself when every command module exists, else this one alone."""
    try:
        from desktop_app import cli

        return cli.main(argv)
    except ModuleNotFoundError:
        pass
    from desktop_app.commands import report

    parser = argparse.ArgumentParser(prog="dealbook")
    report.register(parser.add_subparsers())
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except UserError as exc:
        import sys

        print(str(exc), file=sys.stderr)
        return 1


def test_report_pdf(db_path, tmp_path, capsys, gui_app):
    out = tmp_path / "review.pdf"
    code = _main(["report", "--db", str(db_path), "--period", "2025-Q3", "--out", str(out)])
    printed = capsys.readouterr().out
    assert code == 0
    assert str(out) in printed and "pages)" in printed
    pages = int(printed.rsplit("(", 1)[1].split()[0])
    assert f"Page {pages} of {pages}" in pdf_text(out)


@pytest.mark.parametrize("suffix", [".html", ".xlsx"])
def test_report_other_formats(db_path, tmp_path, capsys, suffix, gui_app):
    out = tmp_path / f"review{suffix}"
    argv = ["report", "--db", str(db_path), "--from", "2025-02-10", "--to", "2025-05-20"]
    assert _main([*argv, "--owner", "Nobody", "--paper", "letter", "--out", str(out)]) == 0
    assert out.stat().st_size > 1000


def test_bad_extension_is_a_plain_sentence(db_path, tmp_path, capsys):
    out = tmp_path / "review.docx"
    code = _main(["report", "--db", str(db_path), "--period", "2025", "--out", str(out)])
    err = capsys.readouterr().err
    assert code == 1
    assert ".pdf, .html or .xlsx" in err and "Traceback" not in err
    assert not out.exists()


def test_missing_database(tmp_path, capsys):
    missing = tmp_path / "nope.sqlite"
    code = _main(
        ["report", "--db", str(missing), "--period", "2025", "--out", str(tmp_path / "x.pdf")]
    )
    assert code == 1
    assert "nope.sqlite" in capsys.readouterr().err
    assert not missing.exists()


def test_bad_period(db_path, tmp_path, capsys):
    code = _main(
        ["report", "--db", str(db_path), "--period", "2025-13", "--out", str(tmp_path / "x.pdf")]
    )
    assert code == 1
    assert "2025-13" in capsys.readouterr().err


def test_command_module_registers():
    module = importlib.import_module("desktop_app.commands.report")
    parser = argparse.ArgumentParser()
    module.register(parser.add_subparsers())
    args = parser.parse_args(["report", "--period", "2025", "--out", "x.pdf"])
    assert args.func is module.run and args.paper is None
