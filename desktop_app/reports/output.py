"""Writing a document to a file by its extension, and building the review of a database."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_app.errors import UserError
from desktop_app.reports.document import Document
from desktop_app.reports.i18n import tr

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
    folder = Path(path).expanduser().resolve().parent
    if not folder.is_dir():
        raise UserError(
            tr("The folder {0} does not exist: create it or choose another.").format(folder)
        )
    return FORMATS[suffix]


def write_document(doc: Document, path: str | os.PathLike, paper: str | None = None) -> Written:
    """Write ``doc`` as PDF, HTML or XLSX (by extension). PDF and HTML need a QGuiApplication."""
    kind = check_output_path(path)
    target = Path(path).expanduser()
    if kind == "PDF":
        from desktop_app.reports.pdf import write_pdf

        return Written(target, kind, pages=write_pdf(doc, target, paper))
    if kind == "HTML":
        from desktop_app.reports.html_writer import write_html

        write_html(doc, target)
        return Written(target, kind)
    from desktop_app.reports.xlsx_writer import write_xlsx

    return Written(target, kind, sheets=write_xlsx(doc, target))


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
        dataset, period, filters, settings, name, logo, printed_on, progress=progress
    )
