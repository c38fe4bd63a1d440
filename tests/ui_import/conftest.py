"""What the import wizard's tests share: a stand-in for the window's context on a fresh file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.store.changes import Changes
from desktop_app.store.engine import open_database
from desktop_app.ui.tasks import wait_for_all


class FakeContext:
    """What the wizard needs of AppContext: an engine and the change signal."""

    def __init__(self, path: Path) -> None:
        self.db_path = path
        self.engine = open_database(path)
        self.changed: list[frozenset[str]] = []

    def notify_changed(self, changes: Changes) -> None:
        self.changed.append(changes.tables)


@pytest.fixture
def ctx(tmp_path: Path) -> Iterator[FakeContext]:
    c = FakeContext(tmp_path / "wiz.sqlite")
    yield c
    wait_for_all()
    c.engine.dispose()
