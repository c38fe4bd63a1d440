"""The report document model: built once, rendered by the PDF, HTML and XLSX writers.

A :class:`Document` is a cover plus a list of :class:`Section`; a section holds blocks
(:class:`KpiGrid`, :class:`Table`, :class:`Chart`, :class:`Paragraph`). Cells keep their
raw values and a *kind* (a unit of :mod:`desktop_app.presentation.units`), so each writer formats
them its own way: text for PDF and HTML, numbers with number formats for XLSX.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from desktop_app.licensing import is_evaluation_copy
from desktop_app.presentation import format as fmt
from desktop_app.presentation import kpi_table
from desktop_app.presentation import units as u
from desktop_app.reports.i18n import tr
from kpi_core.types import KpiResult, YearBefore


@dataclass(frozen=True)
class Column:
    """A table column: its title, its kind and whether it is right-aligned."""

    title: str
    kind: str = u.TEXT
    weight: float = 1.0
    align_right: bool = False

    @property
    def numeric(self) -> bool:
        """Right-aligned and never wrapped: numbers, and text columns holding figures."""
        return self.align_right or self.kind not in (u.TEXT, u.DATE)


@dataclass
class Table:
    """Rows of raw values under typed columns; ``total`` is an optional last row."""

    columns: list[Column]
    rows: list[list[Any]]
    title: str = ""
    total: list[Any] | None = None
    currency: str = "USD"
    empty_text: str = field(default_factory=lambda: tr("No data for this period."))

    def cell_text(self, row: list[Any], index: int) -> str:
        return fmt.format_value(row[index], self.columns[index].kind, self.currency)


@dataclass(frozen=True)
class KpiItem:
    """One figure of the summary: its value and previous value; its words and texts come
    from the presentation table, the same as on the dashboard's cards."""

    kpi_id: str
    value: Any
    previous: Any
    currency: str = "USD"

    @property
    def label(self) -> str:
        return kpi_table.label(self.kpi_id)

    @property
    def short_label(self) -> str:
        """The label of a tile, as on the dashboard's cards."""
        return kpi_table.short_label(self.kpi_id)

    @property
    def kind(self) -> str:
        return kpi_table.unit(self.kpi_id)

    @property
    def value_text(self) -> str:
        return fmt.value_text(self.kpi_id, self.value, self.currency)

    @property
    def previous_text(self) -> str:
        return fmt.value_text(self.kpi_id, self.previous, self.currency)

    @property
    def change(self) -> fmt.Change:
        return fmt.change(self.kpi_id, self.value, self.previous, self.currency)

    @property
    def change_text(self) -> str:
        return self.change.text


@dataclass
class KpiGrid:
    """Figures with their previous-period values.

    PDF and HTML show them as tiles (``tiles``) and/or a figure / this period / previous
    period / change table (``table``); XLSX writes them as numbers.
    """

    items: list[KpiItem]
    title: str = ""
    tiles: bool = True
    table: bool = True

    def as_table(self) -> Table:
        """The figures as a text table (label, this period, previous period, change)."""
        return Table(
            columns=[
                Column(tr("Figure"), weight=2.2),
                Column(tr("This period"), u.TEXT, 1.6, align_right=True),
                Column(tr("Previous period"), u.TEXT, 1.6, align_right=True),
                Column(tr("Change"), u.TEXT, 1.0, align_right=True),
            ],
            rows=[[i.label, i.value_text, i.previous_text, i.change_text] for i in self.items],
        )


@dataclass
class Chart:
    """A chart of :mod:`desktop_app.charts` by name, with what it needs to draw itself."""

    name: str
    title: str
    result: KpiResult
    comparison: KpiResult | YearBefore | None = None
    aspect: float = 0.45  # height / width
    dataset: Any = field(default=None, repr=False)  # for charts that need the deals
    settings: Any = field(default=None, repr=False)


@dataclass
class Paragraph:
    """A paragraph of plain text; ``small`` for notes."""

    text: str
    small: bool = False


@dataclass
class Row:
    """Blocks side by side on paper (e.g. a chart and its table); stacked in HTML and XLSX."""

    blocks: list[Any]
    weights: list[float] = field(default_factory=list)


Block = KpiGrid | Table | Chart | Paragraph | Row


@dataclass
class Section:
    """A titled part of the report; ``new_page`` starts it on a fresh page."""

    title: str
    blocks: list[Block] = field(default_factory=list)
    new_page: bool = False
    sheet_name: str = ""
    keep_together: bool = True  # start on a new page rather than split, when it fits one


@dataclass
class Document:
    """A printable report: what the cover, header and footer say, and the sections."""

    title: str
    company_name: str
    period_label: str
    printed_on: dt.date
    sections: list[Section]
    logo_path: str | None = None
    subtitle: str = ""
    cover: bool = True
    landscape: bool = False
    currency: str = "USD"
    meta: dict[str, Any] = field(default_factory=dict)
    highlights: list[KpiItem] = field(default_factory=list)  # the cover's headline figures
    # printed by a copy without a licence for this version (desktop_app.licensing)
    evaluation: bool = field(default_factory=is_evaluation_copy)

    @property
    def header_text(self) -> str:
        parts = [p for p in (self.company_name, self.title, self.period_label) if p]
        return "  ·  ".join(parts)

    @property
    def footer_text(self) -> str:
        return tr("Printed on {0}").format(fmt.date(self.printed_on))

    @property
    def evaluation_line(self) -> str:
        """The one line an evaluation copy adds to every output (the PDF's and HTML's
        footer, the XLSX's first sheet); empty when licensed. Nothing else differs."""
        return tr("Evaluation copy") if self.evaluation else ""


Review = Document
