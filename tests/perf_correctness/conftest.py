"""Fixtures of the edit-path tests: the window's context on a new demo workspace."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.ui.context import AppContext, open_engine


@pytest.fixture()
def demo_context(tmp_path: Path, qtbot) -> Iterator[Callable[[int, int], AppContext]]:
    """``demo_context(deals, seed)``: the window's context on a new demo workspace, loaded."""
    made: list[AppContext] = []

    def make(deals: int, seed: int) -> AppContext:
        path = tmp_path / "work.sqlite"
        assert main(["demo", "--db", str(path), "--deals", str(deals), "--seed", str(seed)]) == 0
        ctx = AppContext(path, open_engine(path))
        with qtbot.waitSignal(ctx.dataset_changed, timeout=60_000):
            ctx.reload()
        made.append(ctx)
        return ctx

    yield make
    for ctx in made:
        ctx.close()
