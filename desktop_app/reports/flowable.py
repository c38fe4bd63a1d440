"""The base of every block the PDF writer lays out on pages."""

from __future__ import annotations

from abc import ABC, abstractmethod

from PySide6.QtGui import QPainter


class Flowable(ABC):
    """A block that can be measured, split and drawn."""

    keep_with_next = False

    @abstractmethod
    def height(self, width: float) -> float:
        """The height the block takes at ``width``."""

    def split(self, width: float, space: float) -> tuple[Flowable | None, Flowable | None]:
        """(part that fits in ``space``, rest); ``(None, self)`` when nothing fits."""
        return (self, None) if self.height(width) <= space else (None, self)

    @abstractmethod
    def draw(self, painter: QPainter, x: float, y: float, width: float) -> None:
        """Paint the block with its top-left corner at (x, y)."""
