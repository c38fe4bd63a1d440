"""Writing a document to a file by its extension, and building the review of a database.

A document is written whole or not at all (:func:`desktop_app.output_files.output_file`):
into a temporary file next to the target, checked, flushed, then renamed over it, so a
full disk never leaves an empty or cut-off report behind. The review is built from KPI
results in which every number that is not finite (a sum that overflowed) is None.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_app.errors import UserError
from desktop_app.finite import finite
from desktop_app.output_files import output_file
from desktop_app.reports.document import Document
from desktop_app.reports.i18n import tr
from kpi_core.types import KpiResult

FORMATS = {".pdf": "PDF", ".html": "HTML", ".htm": "HTML", ".xlsx": "XLSX"}


@dataclass(frozen=True)
class Written:
    """What was written: the file, its format, and its page (PDF) or sheet (XLSX) count."""

    path: Path
    format: str
    pages: int | None = None
    sheets: int | None = None


def check_output_path(path: str | os.PathLike) -> str:
    """The format of ``path`` from its extension; ``UserError`` for anything else."""
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        shown = suffix or tr("no extension")
        raise UserError(
            tr(
                "Dealbook cannot write a report as {0}: name the output file .pdf, .html or .xlsx."
            ).format(shown)
        )
    target = Path(path).expanduser()
    if target.is_dir():
        raise UserError(
            tr("{0} is a folder, not a file. Give a file name inside it.").format(target)
        )
    folder = target.resolve().parent
    if not folder.is_dir():
        raise UserError(
            tr("The folder {0} does not exist: create it or choose another.").format(folder)
        )
    return FORMATS[suffix]


def write_document(doc: Document, path: str | os.PathLike, paper: str | None = None) -> Written:
    """Write ``doc`` as PDF, HTML or XLSX (by extension). PDF and HTML need a QGuiApplication."""
    kind = check_output_path(path)
    target = Path(path).expanduser()
    with output_file(target) as tmp:
        if kind == "PDF":
            from desktop_app.reports.pdf import write_pdf

            written = Written(target, kind, pages=write_pdf(doc, tmp, paper))
        elif kind == "HTML":
            from desktop_app.reports.html_writer import write_html

            write_html(doc, tmp)
            written = Written(target, kind)
        else:
            from desktop_app.reports.xlsx_writer import write_xlsx

            written = Written(target, kind, sheets=write_xlsx(doc, tmp))
    return written


def finite_compute(dataset: Any, period: Any, filters: Any, settings: Any) -> KpiResult:
    """``compute_kpis`` with every number that is not finite (an overflowed sum) as None."""
    from kpi_core.engine import compute_kpis

    return finite(compute_kpis(dataset, period, filters, settings))


def company_details(engine: Any) -> tuple[str, str | None]:
    """The workspace's company name and logo path (settings), empty when unset."""
    from desktop_app.store.settings import get_setting

    name = get_setting(engine, "company_name") or ""
    logo = get_setting(engine, "logo_path") or None
    return str(name), (str(logo) if logo else None)


def review_from_engine(
    engine: Any,
    period: Any,
    filters: Any = None,
    printed_on: dt.date | None = None,
    dataset: Any = None,
    settings: Any = None,
    progress: Any = None,
) -> Document:
    """Load the workspace (unless ``dataset``/``settings`` are given) and build its review."""
    from desktop_app.reports.review import build_review
    from desktop_app.store.loader import load_dataset, load_kpi_settings

    if dataset is None:
        dataset = load_dataset(engine)
    if settings is None:
        settings = load_kpi_settings(engine)
    name, logo = company_details(engine)
    return build_review(
        dataset,
        period,
        filters,
        settings,
        name,
        logo,
        printed_on,
        compute=finite_compute,
        progress=progress,
    )
