"""``dealbook --self-test`` from source: every step passes and no user folder is touched.

The installer builds run the same command in the frozen app (installers/build_linux.sh and
friends); PyInstaller itself never runs inside pytest.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app import selftest

ROOT = Path(__file__).resolve().parents[2]
STEP_NAMES = [name for name, _ in selftest.STEPS]


def _files_under(folder: Path) -> list[Path]:
    return [path for path in folder.rglob("*") if path.is_file()]


@pytest.mark.slow
def test_cli_self_test_passes_and_leaves_no_trace(tmp_path: Path) -> None:
    """The CLI in a subprocess, with HOME, the XDG folders and TMPDIR pointed at tmp_path."""
    home, tmp, runtime = tmp_path / "home", tmp_path / "tmp", tmp_path / "runtime"
    home.mkdir()
    tmp.mkdir()
    runtime.mkdir(mode=0o700)
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DEALBOOK_", "XDG_", "APPDATA", "LOCALAPPDATA"))
    }
    env.update(
        HOME=str(home),
        USERPROFILE=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_STATE_HOME=str(home / "state"),
        XDG_CACHE_HOME=str(tmp_path / "cache"),  # fontconfig may cache here; not user data
        XDG_RUNTIME_DIR=str(runtime),  # else Qt makes <TMPDIR>/runtime-<user>
        TMPDIR=str(tmp),
        TEMP=str(tmp),
        TMP=str(tmp),
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(ROOT),
    )
    proc = subprocess.run(
        [sys.executable, "-m", "desktop_app.cli", "--self-test"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    lines = proc.stdout.splitlines()
    assert proc.returncode == 0, proc.stdout + proc.stderr
    for name in STEP_NAMES:
        assert any(line.startswith(f"ok  {name} (") for line in lines), (name, proc.stdout)
    assert not any(line.startswith("FAILED") for line in lines)
    assert lines[-1].startswith("self-test passed")
    # nothing written to the (fake) user's folders, and the temporary folder is gone
    assert _files_under(home) == []
    assert list(tmp.iterdir()) == []


def test_a_failing_step_is_named_and_exits_1(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(_state: selftest.State) -> str:
        raise RuntimeError("no chart renderer")

    steps = tuple((name, broken if name == "chart" else _fast(name)) for name in STEP_NAMES)
    monkeypatch.setattr(selftest, "STEPS", steps)
    out = io.StringIO()
    assert selftest.run_self_test(stream=out) == 1
    lines = out.getvalue().splitlines()
    assert "FAILED chart: RuntimeError: no chart renderer" in lines[STEP_NAMES.index("chart")]
    assert lines[STEP_NAMES.index("chart") - 1].startswith("ok  dashboard (")
    assert not any(line.startswith("ok  pdf") for line in lines)
    assert lines[-1].startswith("self-test FAILED")


def test_a_failed_check_gives_its_own_sentence_and_env_is_restored(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def check(_state: selftest.State) -> str:
        assert os.environ["DEALBOOK_HOME"] != before
        assert "DEALBOOK_DB" not in os.environ
        selftest._check(False, "the review is only 12 bytes")
        return "unreachable"

    before = os.environ.get("DEALBOOK_HOME")
    monkeypatch.setenv("DEALBOOK_DB", "/nonexistent/real.sqlite")
    monkeypatch.setattr(selftest, "STEPS", (("pdf", check),))
    out = io.StringIO()
    assert selftest.run_self_test(stream=out) == 1
    assert out.getvalue().splitlines()[0] == "FAILED pdf: the review is only 12 bytes"
    assert os.environ.get("DEALBOOK_HOME") == before
    assert os.environ["DEALBOOK_DB"] == "/nonexistent/real.sqlite"


def _fast(name: str):  # noqa: ANN202 - a step stub
    def step(_state: selftest.State) -> str:
        return f"{name} stub"

    return step
