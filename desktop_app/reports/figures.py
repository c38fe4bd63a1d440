"""Small helpers of the review that read its inputs; no figure is computed here.

* :func:`filter_value`: one filter of a ``Filters`` object or a mapping;
* :func:`breakdown_map`: a breakdown of a ``compute_kpis`` result by key.

The per-source volume, the NPS bands and the year before come from :mod:`kpi_core.series`.
"""

from __future__ import annotations

from typing import Any

from kpi_core.types import KpiResult

NO_SOURCE = "(no source)"


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
