"""Callbacks that outlive their widget: background results for a page already closed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject


def alive(obj: QObject | None) -> bool:
    """Whether the C++ side of ``obj`` still exists."""
    return obj is not None and shiboken6.isValid(obj)


def guarded(owner: QObject, fn: Callable[..., Any]) -> Callable[..., None]:
    """``fn`` that does nothing once ``owner`` was deleted (for ``Op`` callbacks)."""

    def call(*args: Any) -> None:
        if alive(owner):
            fn(*args)

    return call
