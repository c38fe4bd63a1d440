"""Paged output: a :class:`Document` laid out on pages and painted on a PDF or a printer.

:func:`render_document` paints on any ``QPagedPaintDevice`` (``QPdfWriter`` for files,
``QPrinter`` for print and print preview): a cover with the contents, then the sections
with a header (company, report title, period) and a footer (printed-on date and
"Page N of M") on every page. Tables split across pages repeat their header row; charts
are vectors.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QLineF, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QImage, QPagedPaintDevice, QPageLayout, QPainter, QPdfWriter

from desktop_app.reports.document import Document
from desktop_app.reports.flow import Heading, Spacer, flowables
from desktop_app.reports.flowable import Flowable
from desktop_app.reports.i18n import tr
from desktop_app.reports.paper import page_size
from desktop_app.reports.style import ACCENT, INK, MUTED, RULE, Style

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter
PDF_DPI = 600


@dataclass
class Page:
    """The flowables placed on one page, each with its top edge."""

    items: list[tuple[Flowable, float]] = field(default_factory=list)


@dataclass
class Layout:
    """The result of pagination: pages and the page on which each section starts."""

    pages: list[Page]
    section_pages: list[int]
    cover: bool


class _Geometry:
    def __init__(self, style: Style, width: float, height: float) -> None:
        self.width, self.height = width, height
        self.margin = style.mm(17)
        self.left = self.margin
        self.content_w = width - 2 * self.margin
        self.top = style.mm(13) + style.pt(28)
        self.bottom = height - style.mm(12) - style.pt(22)


def paginate(doc: Document, style: Style, geo: _Geometry) -> Layout:
    """Place the document's flowables on pages (the cover, when any, is page 1)."""
    pages: list[Page] = [Page()] if doc.cover else []
    section_pages: list[int] = []
    page_h = geo.bottom - geo.top
    current: Page | None = None
    y = geo.top

    def new_page() -> Page:
        nonlocal y
        page = Page()
        pages.append(page)
        y = geo.top
        return page

    for section in doc.sections:
        if current is None or (section.new_page and current.items):
            current = new_page()
        items: list[Flowable] = [Heading(style, section.title), Spacer(style, 4)]
        items += flowables(style, section.blocks, page_h)
        if section.keep_together and current.items:
            whole = sum(item.height(geo.content_w) for item in items[:-1])
            if geo.bottom - y < whole <= page_h:
                current = new_page()
        started = False
        for index, item in enumerate(items):
            rest: Flowable | None = item
            while rest is not None:
                space = geo.bottom - y
                if isinstance(rest, Spacer) and (y == geo.top or rest.height(0) > space):
                    break  # no gap at the top of a page, and no page for a gap alone
                need = rest.height(geo.content_w)
                followers = [f for f in items[index + 1 :] if not isinstance(f, Spacer)]
                if rest.keep_with_next and followers:
                    need += min(followers[0].height(geo.content_w), style.pt(140))
                    part, remainder = (rest, None) if need <= space else (None, rest)
                else:
                    part, remainder = rest.split(geo.content_w, space)
                if part is None:
                    if current.items:
                        current = new_page()
                        continue
                    part, remainder = rest, None  # taller than a page: place it anyway
                if not started:
                    section_pages.append(len(pages))
                    started = True
                current.items.append((part, y))
                y += part.height(geo.content_w)
                rest = remainder
                if rest is not None:
                    current = new_page()
    return Layout(pages, section_pages, doc.cover)


def render_document(doc: Document, device: QPagedPaintDevice) -> int:
    """Paint ``doc`` on ``device`` (already sized and oriented); returns the page count."""
    style = Style(device)
    geo = _Geometry(style, float(device.width()), float(device.height()))
    layout = paginate(doc, style, geo)
    total = len(layout.pages)
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("could not start painting the report (is the file writable?)")
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        for number, page in enumerate(layout.pages, start=1):
            if number > 1:
                device.newPage()
            if layout.cover and number == 1:
                _paint_cover(painter, doc, style, geo, layout)
            else:
                _paint_header(painter, doc, style, geo)
            _paint_footer(painter, doc, style, geo, number, total)
            for flow, top in page.items:
                flow.draw(painter, geo.left, top, geo.content_w)
    finally:
        painter.end()
    return total


def _paint_header(painter: QPainter, doc: Document, style: Style, geo: _Geometry) -> None:
    top = style.mm(11)
    line_h = style.pt(13)
    painter.setPen(INK)
    painter.setFont(style.font(8.5, bold=True))
    left_text = doc.company_name or doc.title
    painter.drawText(QRectF(geo.left, top, geo.content_w * 0.5, line_h), LEFT, left_text)
    painter.setFont(style.font(8.5))
    painter.setPen(MUTED)
    right = f"{doc.title}  ·  {doc.period_label}" if doc.company_name else doc.period_label
    painter.drawText(
        QRectF(geo.left + geo.content_w * 0.3, top, geo.content_w * 0.7, line_h), RIGHT, right
    )
    painter.setPen(style.pen(RULE, 0.6))
    rule_y = top + line_h + style.pt(3)
    painter.drawLine(QLineF(geo.left, rule_y, geo.left + geo.content_w, rule_y))


def _paint_footer(
    painter: QPainter, doc: Document, style: Style, geo: _Geometry, number: int, total: int
) -> None:
    line_h = style.pt(12)
    y = geo.height - style.mm(11) - line_h
    painter.setPen(style.pen(RULE, 0.6))
    painter.drawLine(QLineF(geo.left, y - style.pt(4), geo.left + geo.content_w, y - style.pt(4)))
    painter.setFont(style.font(8))
    painter.setPen(MUTED)
    if not (doc.cover and number == 1):
        painter.drawText(QRectF(geo.left, y, geo.content_w * 0.6, line_h), LEFT, doc.footer_text)
    painter.drawText(
        QRectF(geo.left + geo.content_w * 0.5, y, geo.content_w * 0.5, line_h),
        RIGHT,
        tr("Page {0} of {1}").format(number, total),
    )
    if doc.evaluation_line:  # a line of its own, under the footer, on every page
        painter.drawText(
            QRectF(geo.left, y + line_h, geo.content_w, line_h), CENTER, doc.evaluation_line
        )


def _paint_cover(
    painter: QPainter, doc: Document, style: Style, geo: _Geometry, layout: Layout
) -> None:
    y = style.mm(28)
    left, width = geo.left, geo.content_w
    if doc.logo_path and os.path.exists(doc.logo_path):
        logo = QImage(doc.logo_path)
        if not logo.isNull():
            box = QSizeF(style.mm(60), style.mm(28))
            size = QSizeF(logo.size()).scaled(box, Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRectF(left, y, size.width(), size.height()), logo)
            y += size.height() + style.mm(10)
    if y < style.mm(70):
        y = style.mm(70)
    for text, points, bold, color, gap in (
        (doc.company_name, 16, True, MUTED, 8),
        (doc.title, 34, True, INK, 6),
        (doc.period_label, 22, False, ACCENT, 10),
        (doc.subtitle, 10.5, False, MUTED, 0),
    ):
        if not text:
            continue
        font = style.font(points, bold=bold)
        painter.setFont(font)
        painter.setPen(color)
        h = style.metrics(font).height()
        painter.drawText(QRectF(left, y, width, h), LEFT, text)
        y += h + style.pt(gap)
    y += style.mm(8)
    painter.setPen(style.pen(ACCENT, 2.0))
    painter.drawLine(QLineF(left, y, left + style.mm(40), y))
    y += style.mm(10)
    if doc.highlights:
        y = _paint_highlights(painter, doc, style, left, y, width) + style.mm(10)
    painter.setFont(style.font(11, bold=True))
    painter.setPen(INK)
    painter.drawText(QRectF(left, y, width, style.pt(16)), LEFT, tr("Contents"))
    y += style.pt(22)
    painter.setFont(style.font(10))
    for section, page in zip(doc.sections, layout.section_pages, strict=False):
        painter.setPen(INK)
        painter.drawText(QRectF(left, y, width * 0.8, style.pt(14)), LEFT, section.title)
        painter.setPen(MUTED)
        painter.drawText(QRectF(left, y, width * 0.6, style.pt(14)), RIGHT, str(page))
        y += style.pt(19)
    painter.setFont(style.font(9))
    painter.setPen(MUTED)
    bottom = geo.height - style.mm(34)
    painter.drawText(QRectF(left, bottom, width, style.pt(14)), LEFT, doc.footer_text)


def _paint_highlights(
    painter: QPainter, doc: Document, style: Style, left: float, y: float, width: float
) -> float:
    """The headline figures of the cover in one row; returns the y below them."""
    items = doc.highlights[:4]
    col = width / len(items)
    label_font, value_font, change_font = (
        style.font(8.5),
        style.font(17, bold=True),
        style.font(8.5),
    )
    heights = [style.metrics(f).height() for f in (label_font, value_font, change_font)]
    for index, item in enumerate(items):
        x = left + index * col
        row_y = y
        fitted = value_font
        size = value_font.pointSizeF()
        while size > 9 and style.metrics(fitted).horizontalAdvance(
            item.value_text
        ) > col - style.pt(10):
            size -= 0.5
            fitted = style.font(size, bold=True)
        for text, font, color, h in (
            (item.short_label, label_font, MUTED, heights[0]),
            (item.value_text, fitted, INK, heights[1]),
            (item.change.line(), change_font, MUTED, heights[2]),
        ):
            painter.setFont(font)
            painter.setPen(color)
            painter.drawText(QRectF(x, row_y, col - style.pt(8), h), LEFT, text)
            row_y += h + style.pt(2)
    return y + sum(heights) + style.pt(6)


def configure_device(device: QPagedPaintDevice, doc: Document, paper: str | None) -> None:
    """Paper size (the locale's when ``paper`` is None), orientation and zero margins."""
    orientation = (
        QPageLayout.Orientation.Landscape if doc.landscape else QPageLayout.Orientation.Portrait
    )
    device.setPageLayout(
        QPageLayout(
            page_size(paper), orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter
        )
    )


def write_pdf(doc: Document, path: str | os.PathLike, paper: str | None = None) -> int:
    """Write ``doc`` as a PDF file at ``path``; returns the number of pages."""
    target = Path(path)
    writer = QPdfWriter(str(target))
    writer.setResolution(PDF_DPI)
    writer.setTitle(f"{doc.title} {doc.period_label}".strip())
    writer.setCreator("Dealbook")
    configure_device(writer, doc, paper)
    pages = render_document(doc, writer)
    del writer  # flushes and closes the file
    return pages
