"""Fixtures of the report tests: a small dataset and a Qt application."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from report_sample import small_dataset  # noqa: E402


@pytest.fixture(scope="session")
def gui_app():
    """One QApplication (offscreen in tests) for painting and the charts' views."""
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(["dealbook-tests"])


@pytest.fixture(scope="session")
def dataset():
    return small_dataset()
