"""A process killed with SIGKILL in the middle of writing an import leaves no trace."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from desktop_app.importing.api import ImportOptions, run_import
from desktop_app.store.engine import open_database
from tests.importing.conftest import TODAY, dump

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fixtures"))
import make_fixtures  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]

CHILD = textwrap.dedent("""
    import sys
    from desktop_app.importing.api import run_import
    from desktop_app.store.engine import open_database

    class State:
        cancelled = False
        def progress(self, fraction, text=""):
            print(f"{fraction:.3f} {text}", flush=True)

    engine = open_database(sys.argv[1])
    run_import(engine, sys.argv[2], state=State())
    print("finished", flush=True)
""")


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_kill_9_mid_import_leaves_database_as_before(tmp_path, files):
    db = tmp_path / "kill.sqlite"
    engine = open_database(db)
    run_import(engine, files / "hubspot.csv", options=ImportOptions(today=TODAY))
    before = dump(engine)
    engine.dispose()
    big = make_fixtures.big_hubspot(tmp_path / "big.csv", 120_000)
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(db), str(big)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    killed_at = None
    assert proc.stdout is not None
    deadline = time.monotonic() + 60
    for line in proc.stdout:
        parts = line.split(" ", 1)
        if parts[0] == "finished" or time.monotonic() > deadline:
            break
        if "Writing" in line and float(parts[0]) > 0.45:  # some chunks are written
            killed_at = float(parts[0])
            os.kill(proc.pid, signal.SIGKILL)
            break
    proc.wait(timeout=30)
    err = proc.communicate()[1]  # what it wrote last; closes both pipes
    assert killed_at is not None and killed_at < 0.95, err
    assert proc.returncode == -signal.SIGKILL
    engine = open_database(db)
    try:
        assert dump(engine) == before
        with engine.connect() as conn:
            cur = conn.connection.driver_connection.cursor()
            assert cur.execute("SELECT COUNT(*) FROM import_batches").fetchone()[0] == 1
            assert cur.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        engine.dispose()
