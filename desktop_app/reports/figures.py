"""Pure helpers for figures the review needs beyond ``compute_kpis``: pandas in, rows out.

* :func:`source_activity`: per source, the leads and deals created in the period and the
  deals won in it (counts; the money figures come from the KPI breakdowns);
* :func:`breakdown_map`: a breakdown of a result by key.

NPS bands and the year before come from :mod:`kpi_core.series`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pandas as pd

NO_SOURCE = "(no source)"


def filter_value(filters: Any, name: str) -> str | None:
    """``filters.<name>`` for a ``Filters`` object, a mapping, or ``None``."""
    if filters is None:
        return None
    if isinstance(filters, dict):
        return filters.get(name)
    return getattr(filters, name, None)


def _in_range(dates: pd.Series, start: dt.date, end: dt.date) -> pd.Series:
    return (dates >= pd.Timestamp(start)) & (dates <= pd.Timestamp(end))


def _apply_filters(frame: pd.DataFrame, filters: Any, names: tuple[str, ...]) -> pd.DataFrame:
    mask = pd.Series(True, index=frame.index)
    for name in names:
        wanted = filter_value(filters, name)
        if wanted is not None and name in frame.columns:
            mask &= frame[name] == wanted
    return frame[mask] if not bool(mask.all()) else frame


def source_activity(
    deals: pd.DataFrame,
    leads: pd.DataFrame,
    start: dt.date,
    end: dt.date,
    filters: Any = None,
) -> pd.DataFrame:
    """Per source: ``leads`` and ``deals`` created in ``[start, end]``, ``won`` in it.

    Deals follow the owner, source and product filters; leads the owner and source filters
    (a lead has no product). A missing source is reported as ``(no source)``. Returns a
    frame indexed by source with int columns ``leads``, ``deals``, ``won``.
    """
    deals = _apply_filters(deals, filters, ("owner", "source", "product"))
    leads = _apply_filters(leads, filters, ("owner", "source"))
    created = deals.loc[_in_range(deals["created_on"], start, end), "source"]
    won = deals.loc[
        (deals["status"] == "won") & _in_range(deals["closed_on"], start, end), "source"
    ]
    new_leads = leads.loc[_in_range(leads["created_on"], start, end), "source"]
    out = pd.DataFrame(
        {
            "leads": new_leads.fillna(NO_SOURCE).value_counts(),
            "deals": created.fillna(NO_SOURCE).value_counts(),
            "won": won.fillna(NO_SOURCE).value_counts(),
        }
    )
    return out.fillna(0).astype("int64")


def breakdown_map(result: dict[str, Any], name: str) -> dict[Any, dict[str, Any]]:
    """A breakdown of a ``compute_kpis`` result as ``{key: row}``."""
    rows = (result.get("breakdowns") or {}).get(name) or []
    return {row.get("key"): row for row in rows}
