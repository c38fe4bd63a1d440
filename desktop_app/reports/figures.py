"""Small helpers of the review that read its inputs; no figure is computed here.

* :func:`filter_value`: one filter of a ``Filters`` object or a mapping;
* :func:`breakdown_map`: a breakdown of a ``compute_kpis`` result by key.

The per-source volume, the NPS bands and the year before come from :mod:`kpi_core.series`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from kpi_core.types import KpiResult

NO_SOURCE = "(no source)"


#: the review's XLSX sheet names (``Section.sheet_name``), translated by the XLSX writer
SHEETS = (
    QT_TRANSLATE_NOOP("reports", "Summary"),
    QT_TRANSLATE_NOOP("reports", "Funnel"),
    QT_TRANSLATE_NOOP("reports", "Monthly revenue"),
    QT_TRANSLATE_NOOP("reports", "Sources"),
    QT_TRANSLATE_NOOP("reports", "Reps"),
    QT_TRANSLATE_NOOP("reports", "Customers"),
    QT_TRANSLATE_NOOP("reports", "NPS"),
    QT_TRANSLATE_NOOP("reports", "All figures"),
    QT_TRANSLATE_NOOP("reports", "Formulas"),
    QT_TRANSLATE_NOOP("reports", "Recurring revenue"),
    QT_TRANSLATE_NOOP("reports", "Activities"),
    QT_TRANSLATE_NOOP("reports", "Opportunities"),
    QT_TRANSLATE_NOOP("reports", "Deals"),
)


def key_text(key: Any) -> str:
    """A breakdown's key as the review writes it, in the reader's language: no source reads
    "(no source)", the funnel's last row "Won"; names as they are."""
    from desktop_app.reports.i18n import tr

    if key is None:
        return tr("(no source)")
    if key == "Won":
        return tr("Won")
    return str(key)


def filter_value(filters: Any, name: str) -> str | None:
    """``filters.<name>`` for a ``Filters`` object, a mapping, or ``None``."""
    if filters is None:
        return None
    if isinstance(filters, dict):
        return filters.get(name)
    return getattr(filters, name, None)


def breakdown_map(result: KpiResult, name: str) -> dict[Any, dict[str, Any]]:
    """A breakdown of a ``compute_kpis`` result as ``{key: row}``."""
    rows = (result.get("breakdowns") or {}).get(name) or []
    return {row.get("key"): row for row in rows}
