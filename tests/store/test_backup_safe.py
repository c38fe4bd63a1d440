"""The database file is touched through SQLite only: checks, backups and restores are safe
while other connections (this process or another) have it open; damage is reported.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop_app.errors import UserError
from desktop_app.store import backup
from desktop_app.store.engine import open_database

ROOT = Path(__file__).resolve().parents[2]


def other_process(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=os.environ.copy(),
        timeout=120,
        check=False,
    )


OPEN_AND_CLOSE = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
conn.close()
"""


def add_reps(engine, *names: str) -> None:
    with engine.begin() as conn:
        for name in names:
            conn.execute(text("INSERT INTO reps (name, active) VALUES (:n, 1)"), {"n": name})


def reps(engine) -> list[str]:
    with engine.connect() as conn:
        return [r[0] for r in conn.execute(text("SELECT name FROM reps ORDER BY name"))]


@pytest.fixture
def db(tmp_path, dealbook_home) -> Path:
    return tmp_path / "work.sqlite"


def test_opening_again_keeps_the_locks_of_open_connections(db):
    """Checking the file before opening it must not drop this process's SQLite locks.

    POSIX locks belong to the process: one open()/close() of the file outside SQLite
    releases them all, and the next process to close its connection then deletes the
    write-ahead log under the connections still open here.
    """
    first = open_database(db)
    add_reps(first, "Ada")
    assert reps(first) == ["Ada"]
    wal = Path(f"{db}-wal")
    assert wal.exists()
    second = open_database(db)  # File ▸ Open on the same file, or a command in-process
    try:
        assert reps(second) == ["Ada"]
        done = other_process(OPEN_AND_CLOSE, str(db))
        assert done.returncode == 0, done.stderr
        assert wal.exists(), "another process deleted the write-ahead log under open connections"
        add_reps(first, "Ben")
        assert reps(second) == ["Ada", "Ben"]
    finally:
        second.dispose()
        first.dispose()


def test_backup_while_open_has_every_committed_row(db):
    engine = open_database(db)
    try:
        add_reps(engine, "Ada", "Ben")  # still in the write-ahead log
        saved = backup.backup_now(db)
        assert Path(f"{db}-wal").exists()
        conn = sqlite3.connect(saved)
        assert [r[0] for r in conn.execute("SELECT name FROM reps ORDER BY name")] == [
            "Ada",
            "Ben",
        ]
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()
        assert not list(saved.parent.glob("*.partial"))
    finally:
        engine.dispose()


def test_restore_while_open_is_seen_by_open_connections(db):
    engine = open_database(db)
    try:
        add_reps(engine, "Ada")
        saved = backup.backup_now(db)
        add_reps(engine, "Ben", "Cleo")
        assert reps(engine) == ["Ada", "Ben", "Cleo"]
        kept = backup.restore(saved, db)
        # the connections that stayed open read the restored data, no I/O error
        assert reps(engine) == ["Ada"]
        assert Path(f"{db}-wal").exists()
        conn = sqlite3.connect(kept)
        assert [r[0] for r in conn.execute("SELECT name FROM reps ORDER BY name")] == [
            "Ada",
            "Ben",
            "Cleo",
        ]
        conn.close()
        add_reps(engine, "Dan")  # and can still write
        assert reps(engine) == ["Ada", "Dan"]
    finally:
        engine.dispose()


def _damage(db: Path) -> None:
    """Overwrite one page of the reps table's b-tree with garbage (the file, closed)."""
    conn = sqlite3.connect(db)
    page = conn.execute("SELECT rootpage FROM sqlite_master WHERE name='reps'").fetchone()[0]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    with open(db, "r+b") as fh:
        fh.seek((page - 1) * size)
        fh.write(b"\x0d\x00\x00\xff\xff" + b"\xee" * 60)


def test_damaged_page_names_the_latest_backup(db):
    engine = open_database(db)
    add_reps(engine, *(f"Rep {i}" for i in range(200)))
    saved = backup.backup_now(db)
    engine.dispose()
    _damage(db)
    with pytest.raises(UserError) as caught:
        open_database(db)
    message = str(caught.value)
    assert "damaged" in message and str(saved) in message
    assert "\n" not in message
    # a damaged file is not backed up (the good backups stay)
    with pytest.raises(UserError, match="damaged"):
        backup.backup_now(db)
    assert backup.list_backups(db) == [saved]
    # restoring the backup mends it
    backup.restore(saved, db)
    engine = open_database(db)
    try:
        assert len(reps(engine)) == 200
    finally:
        engine.dispose()


def test_restore_refuses_a_damaged_backup(db, tmp_path):
    engine = open_database(db)
    add_reps(engine, *(f"Rep {i}" for i in range(200)))
    saved = backup.backup_now(db)
    engine.dispose()
    _damage(saved)
    with pytest.raises(UserError, match="damaged"):
        backup.restore(saved, db)
    engine = open_database(db)
    try:
        assert len(reps(engine)) == 200
    finally:
        engine.dispose()


CREATE = """
import sys, time
from pathlib import Path
from desktop_app.store.engine import open_database
folder, me, rounds = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
for n in range(rounds):
    (folder / f"ready-{n}-{me}").touch()
    while not (folder / f"go-{n}").exists():  # start together with the other process
        time.sleep(0.0005)
    try:
        open_database(folder / f"new-{n}.sqlite").dispose()
        (folder / f"ok-{n}-{me}").touch()
    except Exception as exc:
        (folder / f"failed-{n}-{me}").write_text(str(exc))
"""


def _wait_for(*groups: tuple[Path, ...], timeout: float = 60.0) -> None:
    """Until one path of every group exists."""
    deadline = time.monotonic() + timeout
    while not all(any(p.exists() for p in group) for group in groups):
        assert time.monotonic() < deadline, f"waited in vain for {groups}"
        time.sleep(0.002)


def test_two_processes_create_the_same_new_file(tmp_path, dealbook_home):
    """20 times: two processes create the same new database at once; both succeed."""
    rounds = 20
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", CREATE, str(tmp_path), me, str(rounds)],
            cwd=ROOT,
            env=os.environ.copy(),
        )
        for me in ("a", "b")
    ]
    try:
        for n in range(rounds):
            _wait_for(*((tmp_path / f"ready-{n}-{me}",) for me in ("a", "b")))
            (tmp_path / f"go-{n}").touch()
            _wait_for(
                *((tmp_path / f"ok-{n}-{me}", tmp_path / f"failed-{n}-{me}") for me in ("a", "b"))
            )
            failed = {p.name: p.read_text() for p in tmp_path.glob(f"failed-{n}-*")}
            assert not failed, failed
    except BaseException:
        for proc in procs:
            proc.kill()
            proc.wait()
        raise
    for proc in procs:
        assert proc.wait(timeout=120) == 0
    for n in range(rounds):
        engine = open_database(tmp_path / f"new-{n}.sqlite", create=False)
        try:
            with engine.connect() as conn:
                assert conn.execute(text("SELECT count(*) FROM pipeline_stages")).scalar() == 5
                assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        finally:
            engine.dispose()


def test_restore_over_a_file_sqlite_cannot_read(db):
    engine = open_database(db)
    add_reps(engine, "Ada")
    saved = backup.backup_now(db)
    engine.dispose()
    with open(db, "r+b") as fh:  # the first page, header included, overwritten
        fh.write(b"\x00garbage" * 64)
    with pytest.raises(UserError) as caught:
        open_database(db)
    assert str(saved) in str(caught.value) and "\n" not in str(caught.value)
    kept = backup.restore(saved, db)
    assert kept.exists() and kept.read_bytes().startswith(b"\x00garbage")  # moved aside whole
    engine = open_database(db)
    try:
        assert reps(engine) == ["Ada"]
    finally:
        engine.dispose()


def test_place_new_copies_through_sqlite_and_removes_the_draft(tmp_path, dealbook_home):
    draft = tmp_path / "demo.creating.sqlite"
    engine = open_database(draft)
    add_reps(engine, "Ada")
    engine.dispose()
    target = backup.place_new(draft, tmp_path / "demo.sqlite")
    assert not draft.exists() and not Path(f"{draft}-wal").exists()
    engine = open_database(target, create=False)
    try:
        assert reps(engine) == ["Ada"]
    finally:
        engine.dispose()
