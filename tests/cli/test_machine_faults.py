"""The machine's faults on the command line: one sentence on stderr, exit 1, nothing half done.

Read-only file or folder, full disk, another Dealbook writing, a path too long, dates pandas
cannot hold, an output that is a folder, a reader that goes away (``| head``), a bad or empty
argument, and amounts so large that their sums overflow.

A full disk is a small tmpfs and a read-only folder a tmpfs remounted read-only (mounting
needs root; without it those tests are skipped and say why), or a folder without write
permission when not root.
"""

from __future__ import annotations

import contextlib
import errno
import json
import math
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from desktop_app.cli import main
from desktop_app.store import engine as engine_mod

FILES = Path(__file__).resolve().parents[1] / "fixtures" / "files"
ROOT = Path(__file__).resolve().parents[2]


def one_sentence(err: str) -> str:
    text = err.strip()
    assert text, "nothing on stderr"
    assert "\n" not in text, text
    assert "Traceback" not in text and "usage:" not in text and "unexpected error" not in text
    return text


def fail(capsys, *argv: str) -> str:
    """Run ``dealbook ARGV`` in this process; it must exit 1 with one sentence."""
    assert main(list(argv)) == 1
    return one_sentence(capsys.readouterr().err)


def cli(*args: str, **kwargs) -> subprocess.CompletedProcess[str]:
    """``dealbook ARGS`` in another process; stderr captured (stdout too unless given)."""
    if "stdout" not in kwargs:
        kwargs["stdout"] = subprocess.PIPE
    return subprocess.run(
        [sys.executable, "-m", "desktop_app.cli", *args],
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=os.environ.copy(),
        timeout=180,
        check=False,
        **kwargs,
    )


@pytest.fixture
def db(tmp_path, dealbook_home, capsys) -> Path:
    """A database with three deals (one won), made by the real import."""
    path = tmp_path / "work.sqlite"
    assert main(["import", str(FILES / "native_deals.csv"), "--db", str(path)]) == 0
    capsys.readouterr()
    return path


# --- disks: small, full, read-only ------------------------------------------------------


@contextlib.contextmanager
def tmpfs(folder: Path, size: str) -> Iterator[Path]:
    """A tmpfs of ``size`` at ``folder`` (skips the test when mounting is not permitted)."""
    if os.geteuid() != 0:
        pytest.skip("a small disk needs a tmpfs mount, which needs root")
    folder.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"mounting a tmpfs is not permitted here: {done.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def fill(folder: Path) -> Path:
    """Fill the disk of ``folder`` to the last byte."""
    filler = folder / "filler.bin"
    chunk = b"\0" * 65536
    with open(filler, "wb", buffering=0) as fh:
        while True:
            try:
                fh.write(chunk)
            except OSError as exc:
                assert exc.errno == errno.ENOSPC
                break
        while True:
            try:
                fh.write(b"\0")
            except OSError:
                break
    return filler


@contextlib.contextmanager
def read_only(folder: Path) -> Iterator[None]:
    """Make ``folder`` and what is in it read-only (remount as root, else permissions)."""
    if os.geteuid() == 0:
        done = subprocess.run(
            ["mount", "-o", "remount,ro", str(folder)], capture_output=True, text=True
        )
        if done.returncode != 0:
            pytest.skip(f"remounting read-only is not permitted here: {done.stderr.strip()}")
        try:
            yield
        finally:
            subprocess.run(["mount", "-o", "remount,rw", str(folder)], check=False)
        return
    modes = {p: p.stat().st_mode for p in [folder, *folder.iterdir()]}
    for p in modes:
        p.chmod(0o555 if p.is_dir() else 0o444)
    try:
        yield
    finally:
        for p, mode in modes.items():
            p.chmod(mode)


def test_read_only_database_says_read_only_not_damaged(tmp_path, dealbook_home, capsys):
    folder = tmp_path / "usb"
    context = tmpfs(folder, "8m") if os.geteuid() == 0 else contextlib.nullcontext(folder)
    with context:
        folder.mkdir(exist_ok=True)
        db = folder / "work.sqlite"
        assert main(["import", str(FILES / "native_deals.csv"), "--db", str(db)]) == 0
        capsys.readouterr()
        with read_only(folder):
            for argv in (
                ["import", str(FILES / "hubspot.csv"), "--db", str(db)],
                ["kpi", "--db", str(db), "--period", "2025"],
                ["imports", "--db", str(db)],
            ):
                err = fail(capsys, *argv)
                assert "read-only" in err and str(db) in err, err
                assert "damaged" not in err and "not a Dealbook" not in err
            err = fail(capsys, "import", str(FILES / "hubspot.csv"), "--db", str(folder / "n.db"))
            assert "read-only" in err, err
        conn = sqlite3.connect(db)
        assert conn.execute("SELECT count(*) FROM deals").fetchone()[0] == 3
        conn.close()


def test_full_disk_database_write_is_refused_whole(tmp_path, dealbook_home, capsys):
    with tmpfs(tmp_path / "small", "2m") as disk:
        db = disk / "work.sqlite"
        assert main(["import", str(FILES / "native_deals.csv"), "--db", str(db)]) == 0
        capsys.readouterr()
        filler = fill(disk)
        err = fail(capsys, "import", str(FILES / "salesforce.csv"), "--db", str(db))
        assert "full" in err and "damaged" not in err, err
        filler.unlink()  # the user frees some space: the file is whole, the import not in it
        conn = sqlite3.connect(db)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM deals").fetchone()[0] == 3
        conn.close()


@pytest.mark.parametrize("name", ["review.pdf", "review.html", "review.xlsx"])
def test_full_disk_report_leaves_no_file(db, tmp_path, name, capsys):
    with tmpfs(tmp_path / "small", "256k") as disk:
        fill(disk)
        out = disk / name
        err = fail(capsys, "report", "--db", str(db), "--period", "2025", "--out", str(out))
        assert str(out) in err and ("full" in err or "whole" in err), err
        assert not out.exists()
        assert [p.name for p in disk.iterdir()] == ["filler.bin"]


def test_full_disk_export_leaves_no_file(db, tmp_path, capsys):
    with tmpfs(tmp_path / "small", "64k") as disk:
        fill(disk)
        out = disk / "deals.csv"
        err = fail(capsys, "export", "--db", str(db), "--out", str(out))
        assert str(out) in err and "full" in err, err
        assert [p.name for p in disk.iterdir()] == ["filler.bin"]


def test_report_too_big_for_the_file_size_limit_leaves_no_file(db, tmp_path):
    """Without root: a file size limit cuts the PDF short (Qt's writer does not say so)."""
    import resource
    import signal

    out = tmp_path / "review.pdf"

    def limit() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (120_000, 120_000))

    run = cli("report", "--db", str(db), "--period", "2025", "--out", str(out), preexec_fn=limit)
    assert run.returncode == 1, run.stdout
    err = one_sentence(run.stderr)
    assert str(out) in err
    assert not out.exists() and not list(tmp_path.glob(".review*"))


# --- other processes, paths, pipes -----------------------------------------------------


def test_database_locked_by_another_writer(db, monkeypatch, capsys):
    monkeypatch.setattr(engine_mod, "BUSY_TIMEOUT_MS", 200)
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("INSERT INTO reps (name, active) VALUES ('Held', 1)")
    try:
        err = fail(capsys, "import", str(FILES / "salesforce.csv"), "--db", str(db))
        assert "another Dealbook" in err and "Try again" in err, err
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert main(["import", str(FILES / "salesforce.csv"), "--db", str(db)]) == 0


def test_path_too_long(tmp_path, dealbook_home, capsys):
    deep = tmp_path / ("x" * 300) / "work.sqlite"
    for argv in (
        ["kpi", "--db", str(deep)],
        ["import", str(FILES / "native_deals.csv"), "--db", str(deep)],
        ["export", "--db", str(deep), "--out", str(tmp_path / "d.csv")],
    ):
        err = fail(capsys, *argv)
        assert "too long" in err, err


def test_output_to_a_folder(db, tmp_path, capsys):
    err = fail(capsys, "export", "--db", str(db), "--out", str(tmp_path))
    assert "is a folder" in err
    looks_like_a_file = tmp_path / "deals.csv"
    looks_like_a_file.mkdir()
    err = fail(capsys, "export", "--db", str(db), "--out", str(looks_like_a_file))
    assert "is a folder" in err
    pdf_folder = tmp_path / "review.pdf"
    pdf_folder.mkdir()
    err = fail(capsys, "report", "--db", str(db), "--period", "2025", "--out", str(pdf_folder))
    assert "is a folder" in err


def test_reader_gone_exits_quietly(db):
    """``dealbook kpi --json | head -1``: the reader stops early; no traceback, no noise."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        run = cli("kpi", "--db", str(db), "--period", "2025", "--json", stdout=write_end)
    finally:
        os.close(write_end)
    assert run.returncode == 1
    assert run.stderr == ""


def test_dates_pandas_cannot_hold_are_refused(db, capsys):
    err = fail(capsys, "kpi", "--db", str(db), "--from", "0001-01-01", "--to", "9999-12-31")
    assert "1700-01-01" in err
    err = fail(capsys, "kpi", "--db", str(db), "--period", "0001")
    assert "1700-01-01" in err
    err = fail(capsys, "kpi", "--db", str(db), "--from", "1700-01-01", "--to", "2250-12-31")
    assert "shorter period" in err
    out = str(db.parent / "r.xlsx")
    err = fail(capsys, "report", "--db", str(db), "--period", "9999", "--out", out)
    assert "1700-01-01" in err
    assert main(["kpi", "--db", str(db), "--from", "1990-01-01", "--to", "2200-12-31"]) == 0


# --- arguments ----------------------------------------------------------------------------


def test_argument_errors_are_one_sentence_and_exit_1(db, capsys):
    err = fail(capsys, "export", "--db", str(db), "--kind", "nope", "--out", "x.csv")
    assert "--kind" in err and "dealbook export --help" in err
    err = fail(capsys, "undo-import", "first", "--db", str(db))
    assert "ID" in err
    err = fail(capsys, "kpi", "--no-such-option")
    assert "--no-such-option" in err
    err = fail(capsys, "no-such-command")
    assert "no-such-command" in err
    err = fail(capsys, "report", "--period", "2025")
    assert "--out" in err


def test_empty_values_are_errors_not_defaults(db, capsys):
    err = fail(capsys, "kpi", "--db", "")
    assert "--db is empty" in err
    err = fail(capsys, "--db", "", "imports")
    assert "--db is empty" in err
    err = fail(capsys, "kpi", "--db", str(db), "--period", "")
    assert "--period is empty" in err
    err = fail(capsys, "report", "--db", str(db), "--period", " ", "--out", "r.pdf")
    assert "--period is empty" in err


# --- numbers that overflow -----------------------------------------------------------------


def _huge_won_deals(db: Path) -> None:
    """Two won deals of 1e308 written straight into the file (as another tool might)."""
    conn = sqlite3.connect(db)
    cols = [r[1] for r in conn.execute("PRAGMA table_info(deals)") if r[1] != "id"]
    values = ["'N9'" if c == "external_id" else "'Twin'" if c == "title" else c for c in cols]
    conn.execute(
        f"INSERT INTO deals ({', '.join(cols)}) "
        f"SELECT {', '.join(values)} FROM deals WHERE status = 'won'"
    )
    conn.execute("UPDATE deals SET amount = 1e308 WHERE status = 'won'")
    conn.commit()
    assert conn.execute("SELECT count(*) FROM deals WHERE amount = 1e308").fetchone()[0] == 2
    conn.close()


def _no_constants(name: str) -> None:
    raise AssertionError(f"{name} is not JSON")


def test_overflowing_sums_never_reach_json_or_reports(db, tmp_path, capsys):
    _huge_won_deals(db)
    assert main(["kpi", "--db", str(db), "--period", "2025", "--json"]) == 0
    captured = capsys.readouterr()
    result = json.loads(captured.out, parse_constant=_no_constants)
    assert result["kpis"]["deals_won"] == 2
    assert result["kpis"]["revenue"] is None  # 2e308 is no number
    assert captured.err == ""
    for name in ("review.html", "review.xlsx", "review.pdf"):
        out = tmp_path / name
        assert main(["report", "--db", str(db), "--period", "2025", "--out", str(out)]) == 0
        assert out.stat().st_size > 0
    html = (tmp_path / "review.html").read_text(encoding="utf-8").lower()
    for word in ("inf", "infinity", "nan"):
        assert f">{word}<" not in html and f" {word} " not in html
    book = openpyxl.load_workbook(tmp_path / "review.xlsx")
    for sheet in book:
        for row in sheet.iter_rows(values_only=True):
            for value in row:
                assert not (isinstance(value, float) and not math.isfinite(value))
                assert str(value).lower() not in ("inf", "-inf", "nan", "infinity")


def test_json_writer_cleans_non_finite_numbers(capsys):
    import numpy as np

    from desktop_app.commands._common import print_json

    print_json({"a": float("inf"), "b": [np.float64("nan"), 1.5], "c": {"d": -math.inf}})
    assert json.loads(capsys.readouterr().out, parse_constant=_no_constants) == {
        "a": None,
        "b": [None, 1.5],
        "c": {"d": None},
    }
