"""A document as one self-contained HTML file: inline CSS (with print rules), charts and
logo as PNG data URIs, no external reference."""

from __future__ import annotations

import base64
import mimetypes
import os
from html import escape
from pathlib import Path

from desktop_app.presentation import locale as loc
from desktop_app.reports.document import Chart, Document, KpiGrid, Paragraph, Row, Section, Table
from desktop_app.reports.images import chart_data_uri

CSS = """
:root { --ink:#1d2733; --muted:#5f6b7a; --rule:#c9d1db; --band:#f2f5f8; --accent:#1f5fa8; }
* { box-sizing: border-box; }
body { font-family: "Segoe UI", "Helvetica Neue", Arial, "Microsoft YaHei", "PingFang SC",
  "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif; color: var(--ink);
       margin: 0 auto; max-width: 60rem; padding: 2rem; font-size: 10.5pt; line-height: 1.35; }
header.doc { display:flex; justify-content:space-between; color:var(--muted); font-size:9pt;
             border-bottom:1px solid var(--rule); padding-bottom:.3rem; }
.cover { padding: 3rem 0 2rem; border-bottom: 3px solid var(--accent); margin-bottom: 1rem; }
.cover img { max-height: 5rem; max-width: 14rem; display:block; margin-bottom:1.5rem; }
.cover .company { color: var(--muted); font-size: 14pt; font-weight: 600; }
.cover h1 { font-size: 30pt; margin: .2rem 0; }
.cover .period { color: var(--accent); font-size: 18pt; }
.cover .subtitle, .cover .printed { color: var(--muted); }
h2 { font-size: 15pt; border-bottom: 1px solid var(--ink); padding-bottom: .2rem; margin-top: 2rem; }
h3 { font-size: 10pt; margin: 1rem 0 .3rem; }
.tiles { display: grid; grid-template-columns: repeat(4, 1fr); gap: .4rem; margin: .6rem 0 1rem; }
.tile { background: var(--band); padding: .4rem .6rem; }
.tile .label { color: var(--muted); font-size: 8pt; }
.tile .value { font-size: 14pt; font-weight: 700; white-space: nowrap; }
.tile .change { font-size: 8pt; color: var(--muted); }
.tile .change.good { color: #1b7f4b; } .tile .change.bad { color: #b3261e; }
table { border-collapse: collapse; width: 100%; margin: .4rem 0 1rem; font-size: 9pt; }
thead { display: table-header-group; }
th { background: var(--band); color: var(--muted); text-align: left; font-weight: 600; }
th, td { padding: .2rem .4rem; border-bottom: 1px solid var(--rule); vertical-align: top; }
th.num, td.num { text-align: right; white-space: nowrap; }
tfoot td { font-weight: 700; border-top: 1px solid var(--ink); }
tr { page-break-inside: avoid; }
figure { margin: .5rem 0 1rem; } figure img { width: 100%; height: auto; }
p.small { color: var(--muted); font-size: 8pt; }
footer.doc { color: var(--muted); font-size: 8pt; border-top: 1px solid var(--rule);
             margin-top: 2rem; padding-top: .3rem; }
p.evaluation { color: var(--muted); font-size: 8pt; text-align: center; margin: .2rem 0 0; }
@page { size: auto; margin: 16mm 15mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 9.5pt; }
  section.new-page { page-break-before: always; break-before: page; }
  figure, .tiles { page-break-inside: avoid; break-inside: avoid; }
  .cover { page-break-after: always; break-after: page; border: 0; }
}
"""


def _html_lang() -> str:
    """The page's language tag (``en``, ``zh-CN``, ``zh-TW``), so browsers pick Chinese fonts."""
    return loc.current().replace("_", "-")


def _logo_uri(path: str | None) -> str | None:
    if not path or not os.path.exists(path):
        return None
    mime = mimetypes.guess_type(path)[0] or "image/png"
    data = base64.b64encode(Path(path).read_bytes()).decode("ascii")
    return f"data:{mime};base64,{data}"


def _table(table: Table) -> str:
    cls = ['class="num"' if c.numeric else "" for c in table.columns]
    head = "".join(
        f"<th {k}>{escape(c.title)}</th>" for c, k in zip(table.columns, cls, strict=True)
    )
    body = []
    for row in table.rows:
        cells = "".join(
            f"<td {cls[i]}>{escape(table.cell_text(row, i))}</td>" for i in range(len(row))
        )
        body.append(f"<tr>{cells}</tr>")
    if not table.rows:
        body.append(
            f'<tr><td colspan="{len(table.columns)}"><em>{escape(table.empty_text)}</em></td></tr>'
        )
    foot = ""
    if table.total is not None:
        cells = "".join(
            f"<td {cls[i]}>{'' if v is None and i else escape(table.cell_text(table.total, i))}</td>"
            for i, v in enumerate(table.total)
        )
        foot = f"<tfoot><tr>{cells}</tr></tfoot>"
    caption = f"<h3>{escape(table.title)}</h3>" if table.title else ""
    return f"{caption}<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody>{foot}</table>"


_GOODNESS = {1: "good", -1: "bad", 0: "neutral"}


def _tiles(grid: KpiGrid) -> str:
    tiles = "".join(
        f'<div class="tile"><div class="label">{escape(i.short_label)}</div>'
        f'<div class="value">{escape(i.value_text)}</div>'
        f'<div class="change {_GOODNESS[i.change.goodness]}">{escape(i.change.line())}</div>'
        "</div>"
        for i in grid.items
    )
    return f'<div class="tiles">{tiles}</div>'


def _chart(chart: Chart) -> str:
    uri = chart_data_uri(chart)
    return (
        f"<figure><h3>{escape(chart.title)}</h3>"
        f'<img src="{uri}" alt="{escape(chart.title)}"></figure>'
    )


def _blocks(blocks: list) -> list[str]:
    parts: list[str] = []
    for block in blocks:
        if isinstance(block, Row):
            parts.extend(_blocks(block.blocks))
        if isinstance(block, KpiGrid):
            if block.tiles:
                parts.append(_tiles(block))
            if block.table:
                table = block.as_table()
                table.title = block.title
                parts.append(_table(table))
        elif isinstance(block, Table):
            parts.append(_table(block))
        elif isinstance(block, Chart):
            parts.append(_chart(block))
        elif isinstance(block, Paragraph):
            cls = ' class="small"' if block.small else ""
            parts.append(f"<p{cls}>{escape(block.text)}</p>")
    return parts


def _section(section: Section) -> str:
    parts = [f"<h2>{escape(section.title)}</h2>", *_blocks(section.blocks)]
    cls = ' class="new-page"' if section.new_page else ""
    return f"<section{cls}>{''.join(parts)}</section>"


def _evaluation(doc: Document) -> str:
    """The evaluation copy's line, a paragraph of its own after the footer (or nothing)."""
    line = doc.evaluation_line
    return f'<p class="evaluation">{escape(line)}</p>' if line else ""


def render_html(doc: Document) -> str:
    """The whole document as an HTML string."""
    title = f"{doc.title} {doc.period_label}".strip()
    cover = ""
    if doc.cover:
        logo = _logo_uri(doc.logo_path)
        logo_html = f'<img src="{logo}" alt="logo">' if logo else ""
        cover = (
            f'<div class="cover">{logo_html}<div class="company">{escape(doc.company_name)}</div>'
            f'<h1>{escape(doc.title)}</h1><div class="period">{escape(doc.period_label)}</div>'
            f'<p class="subtitle">{escape(doc.subtitle)}</p>'
            f'<p class="printed">{escape(doc.footer_text)}</p></div>'
        )
    header = (
        f'<header class="doc"><span>{escape(doc.company_name)}</span>'
        f"<span>{escape(doc.title)} · {escape(doc.period_label)}</span></header>"
    )
    body = "".join(_section(s) for s in doc.sections)
    orientation = "landscape" if doc.landscape else "portrait"
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{_html_lang()}"><head><meta charset="utf-8"><title>{escape(title)}</title>'
        f'<meta name="generator" content="Dealbook"><style>{CSS}'
        f"@page {{ size: {orientation}; }}</style></head>"
        f"<body>{header}{cover}{body}"
        f'<footer class="doc">{escape(doc.footer_text)}</footer>{_evaluation(doc)}</body></html>\n'
    )


def write_html(doc: Document, path: str | os.PathLike) -> None:
    """Write ``doc`` as a self-contained HTML file."""
    Path(path).write_text(render_html(doc), encoding="utf-8")
