"""Test-wide setup: offscreen Qt, a private data folder, and no real user files touched."""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
os.environ["DEALBOOK_HOME"] = tempfile.mkdtemp(prefix="dealbook-tests-")
os.environ.pop("DEALBOOK_DB", None)

import pytest  # noqa: E402


@pytest.fixture
def dealbook_home(tmp_path, monkeypatch):
    """A fresh, empty Dealbook data folder for one test."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("DEALBOOK_HOME", str(home))
    monkeypatch.delenv("DEALBOOK_DB", raising=False)
    return home


# PostgreSQL test-server fixtures (pg_admin_url, pg_url, pg_team_url, engine_target)
from tests.pg_fixtures import (  # noqa: E402, F401
    engine_target,
    pg_admin_url,
    pg_schema_template,
    pg_team_url,
    pg_url,
    pg_workspace_url,
)
