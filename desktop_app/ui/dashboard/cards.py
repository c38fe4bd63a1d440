"""KPI cards: the value, its change against the previous period, and a click to explain."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from desktop_app.charts import format as fmt
from desktop_app.charts.data import kpi
from desktop_app.charts.theme import BAD, GOOD, NEUTRAL
from desktop_app.presentation.kpi_table import unit
from desktop_app.presentation.units import MONEY_UNITS
from desktop_app.ui.dashboard.kpis import label, why_undefined
from desktop_app.ui.pages.words import plural
from kpi_core.types import KpiResult

CARD_WIDTH = 168
VALUE_POINTS = (17, 15, 13, 12, 11)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Dashboard", text)


class KpiCard(QFrame):
    """One KPI: title, value, change against the previous period; clickable."""

    clicked = Signal(str)

    def __init__(self, kpi_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kpi_id = kpi_id
        self._value: float | None = None
        self._currency = ""
        self.setObjectName("kpiCard")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(CARD_WIDTH)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(2)
        self.title = QLabel(label(kpi_id), self)
        self.title.setObjectName("kpiTitle")
        self.value = QLabel(fmt.DASH, self)
        self.value.setObjectName("kpiValue")
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.change_text = ""  # the change as the presentation table writes it
        self.change = QLabel("", self)
        self.change.setObjectName("kpiChange")
        self.change.setTextFormat(Qt.TextFormat.RichText)
        self.note = QLabel("", self)
        self.note.setObjectName("kpiNote")
        self.note.setWordWrap(True)
        for w in (self.title, self.value, self.change, self.note):
            layout.addWidget(w)
        self.setFixedHeight(112)
        self._fit_value()
        self.setToolTip(_tr("Click to see how this figure is computed"))

    def set_value(
        self,
        value: float | None,
        previous: float | None,
        currency: str,
        excluded: int = 0,
        extra: str = "",
        result: KpiResult | None = None,
        compared: bool = True,
    ) -> None:
        """Show ``value`` with its change from ``previous`` (None = undefined).

        The value, the change and the "why" tooltip are the presentation table's texts, the
        same as in the printed review and on the command line. ``compared=False``: the
        previous period is still being worked out; the change line waits for
        :meth:`set_previous`.
        """
        self._value, self._currency = value, currency
        self.value.setText(fmt.value_text(self.kpi_id, value, currency))
        self._fit_value()
        if fmt.is_missing(value):
            why = why_undefined(self.kpi_id, result)
            self.value.setToolTip(why)
            self.setToolTip(why)
        else:
            self.value.setToolTip("")
            self.setToolTip(_tr("Click to see how this figure is computed"))
        if compared:
            self.set_previous(previous)
        else:
            self.change_text = ""
            self.change.setText("…")
            self.change.setProperty("goodness", 0)
        notes = [extra] if extra else []
        if excluded > 0 and unit(self.kpi_id) in MONEY_UNITS:
            notes.append(plural("cards", "%Ln deal(s) left out: no exchange rate", excluded))
        self.note.setText(" · ".join(notes))
        self.note.setVisible(bool(notes))

    def set_previous(self, previous: float | None) -> None:
        """Show the change of the value shown from ``previous`` (the previous period's)."""
        delta = fmt.change(self.kpi_id, self._value, previous, self._currency)
        self.change_text = delta.text
        colour = GOOD if delta.goodness > 0 else BAD if delta.goodness < 0 else NEUTRAL
        # a coloured span, not a style sheet: re-styling 25 labels per refresh is slow
        line = html.escape(delta.line(arrow=True))
        self.change.setText(f'<span style="color:{colour}">{line}</span>')
        self.change.setProperty("goodness", delta.goodness)

    def _fit_value(self) -> None:
        """The largest value font (17 pt down to 11 pt) whose text fits the card."""
        room = max(40, self.width() - 30)
        font = QFont(self.value.font())
        font.setBold(True)
        for points in VALUE_POINTS:
            font.setPointSize(points)
            if QFontMetrics(font).horizontalAdvance(self.value.text()) <= room:
                break
        self.value.setFont(font)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._fit_value()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit(self.kpi_id)
            return
        super().keyPressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.clicked.emit(self.kpi_id)
        super().mouseReleaseEvent(event)


class CardGrid(QWidget):
    """Cards in as many columns as fit the width (responsive)."""

    def __init__(self, cards: list[KpiCard], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cards = cards
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(12)
        self._grid.setVerticalSpacing(12)
        self._columns = 0
        self._laid_for = 0  # the card width the grid was laid out for
        for card in cards:
            card.setParent(self)
        self._relayout(1)

    def columns_for(self, width: int) -> int:
        """How many card columns: as many as fit ``width``, balanced over the rows."""
        card_width = max([CARD_WIDTH] + [c.minimumSizeHint().width() for c in self.cards])
        fit = max(1, min(8, (width + 12) // (card_width + 12)))
        rows = -(-len(self.cards) // fit)
        return max(1, -(-len(self.cards) // rows))

    def _card_width(self) -> int:
        return max([CARD_WIDTH] + [c.minimumSizeHint().width() for c in self.cards])

    def _relayout(self, columns: int) -> None:
        if columns == self._columns:
            return
        card_width = self._card_width()
        self._laid_for = card_width
        self._columns = columns
        for card in self.cards:
            self._grid.removeWidget(card)
        for c in range(self._grid.columnCount()):
            self._grid.setColumnStretch(c, 0)
            self._grid.setColumnMinimumWidth(c, 0)
        for i, card in enumerate(self.cards):
            self._grid.addWidget(card, i // columns, i % columns)
        for c in range(columns):
            self._grid.setColumnStretch(c, 1)
            self._grid.setColumnMinimumWidth(c, card_width)

    def set_available(self, width: int, force: bool = False) -> None:
        """Lay the cards out for ``width`` pixels (decided by the page, top down).

        ``force`` lays them out again even for the same column count when new values made
        the cards wider or narrower than before (else nothing moves: a refresh of the values
        costs no relayout).
        """
        if force and self._card_width() != self._laid_for:
            self._columns = 0
        self._relayout(self.columns_for(width))


class CardSection(QWidget):
    """A caption above a CardGrid."""

    def __init__(self, title: str, cards: list[KpiCard], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.caption = QLabel(title, self)
        self.caption.setObjectName("sectionTitle")
        self.grid = CardGrid(cards, self)
        layout.addWidget(self.caption)
        layout.addWidget(self.grid)
        layout.addStretch(1)


class CardArea(QWidget):
    """The KPI sections, two side by side when the page is wide enough, else stacked."""

    TWO_UP = 1300

    def __init__(self, sections: list[CardSection], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sections = sections
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(24)
        self._grid.setVerticalSpacing(10)
        self._per_row = 0
        for section in sections:
            section.setParent(self)
        self._place(1)

    def _place(self, per_row: int) -> None:
        if per_row == self._per_row:
            return
        self._per_row = per_row
        for section in self.sections:
            self._grid.removeWidget(section)
        for i, section in enumerate(self.sections):
            self._grid.addWidget(section, i // per_row, i % per_row)
        for c in range(2):
            self._grid.setColumnStretch(c, 1 if c < per_row else 0)

    def set_available(self, width: int, force: bool = False) -> None:
        """Lay the sections out for ``width`` pixels: two side by side when wide enough."""
        per_row = 2 if width >= self.TWO_UP else 1
        self._place(per_row)
        spacing = self._grid.horizontalSpacing()
        each = (width - spacing * (per_row - 1)) // per_row
        for section in self.sections:
            section.grid.set_available(each, force)


def show_figures(
    cards: dict[str, KpiCard],
    current: KpiResult,
    previous: KpiResult | None,
    currency: str,
    compared: bool = True,
) -> None:
    """Each card's figure of ``current`` (and its change from ``previous`` when
    ``compared``; else the change waits for :meth:`KpiCard.set_previous`)."""
    excluded = int(current.get("excluded_missing_rate") or 0)
    for kpi_id, card in cards.items():
        extra = ""
        if kpi_id == "pipeline_velocity":
            month = kpi(current, "pipeline_velocity_month")
            extra = fmt.value_text("pipeline_velocity_month", month, currency)
        card.set_value(
            kpi(current, kpi_id),
            kpi(previous, kpi_id),
            currency,
            excluded,
            extra,
            current,
            compared,
        )
