"""A framed dashboard section: a title, optional controls, an export button, a body."""

from __future__ import annotations

import functools

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.charts.base import ChartView
from desktop_app.charts.format import label as chart_label


class Card(QFrame):
    """A white rounded panel with a title row and a body."""

    def __init__(
        self, title: str, body: QWidget | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("panel")
        self.outer = QVBoxLayout(self)
        self.outer.setContentsMargins(14, 10, 14, 12)
        self.outer.setSpacing(6)
        self.head = QHBoxLayout()
        self.title = QLabel(title, self)
        self.title.setObjectName("panelTitle")
        self.title.setWordWrap(True)  # long titles wrap instead of widening the page
        self.title.setMinimumWidth(160)
        self.head.addWidget(self.title, 1)
        self.outer.addLayout(self.head)
        if body is not None:
            self.set_body(body)

    def set_body(self, body: QWidget) -> None:
        """Put ``body`` under the title."""
        body.setParent(self)
        self.outer.addWidget(body, 1)

    def add_control(self, widget: QWidget) -> None:
        """Add a control at the right of the title row."""
        widget.setParent(self)
        self.head.addWidget(widget)


class ChartCard(Card):
    """A Card holding one or more ChartViews, with an "Export" menu (PNG / SVG)."""

    def __init__(self, title: str, views: list[ChartView], parent: QWidget | None = None) -> None:
        super().__init__(title, None, parent)
        self.views = views
        body = QWidget(self)
        self._grid = QGridLayout(body)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(8)
        self._columns = 0
        self._place(len(views))
        self.set_body(body)
        self.export_button = QToolButton(self)
        self.export_button.setText(self.tr("Export"))
        self.export_button.setObjectName("exportButton")
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        for view in views:
            suffix = f" ({chart_label(view.export_name)})" if len(views) > 1 else ""
            menu.addAction(
                self.tr("PNG image…") + suffix, functools.partial(view.export_dialog, "png")
            )
            menu.addAction(
                self.tr("SVG image…") + suffix, functools.partial(view.export_dialog, "svg")
            )
        self.export_button.setMenu(menu)
        self.add_control(self.export_button)

    #: narrower than this a chart's title and value labels would be cut: charts side by
    #: side wrap onto more rows instead
    MIN_VIEW_WIDTH = 360

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        fits = max(1, (event.size().width() - 28) // self.MIN_VIEW_WIDTH)
        self._place(min(len(self.views), fits))

    def _place(self, columns: int) -> None:
        """The charts on ``columns`` columns, row after row."""
        if columns == self._columns or not self.views:
            return
        self._columns = columns
        for view in self.views:
            self._grid.removeWidget(view)
        for i, view in enumerate(self.views):
            self._grid.addWidget(view, i // columns, i % columns)
        for c in range(len(self.views)):
            self._grid.setColumnStretch(c, 1 if c < columns else 0)
