"""Pure helpers for figures the review needs beyond ``compute_kpis``: pandas in, rows out.

* :func:`source_activity`: per source, the leads and deals created in the period and the
  deals won in it (counts; the money figures come from the KPI breakdowns);
* :func:`nps_bands`: promoters, passives and detractors of the period;
* :func:`year_before`: the same dates one year earlier.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
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


@dataclass(frozen=True)
class NpsBands:
    """Counts of the NPS answers of a period by band."""

    promoters: int
    passives: int
    detractors: int

    @property
    def responses(self) -> int:
        return self.promoters + self.passives + self.detractors

    def share(self, band: str) -> float | None:
        total = self.responses
        return getattr(self, band) / total if total else None

    @property
    def score(self) -> float | None:
        total = self.responses
        return (self.promoters - self.detractors) / total * 100 if total else None


def nps_bands(
    nps: pd.DataFrame, start: dt.date, end: dt.date, scheme: str = "standard"
) -> NpsBands:
    """Promoters 9–10, passives 7–8 (6–8 with ``scheme="0-5"``), detractors the rest."""
    scores = nps.loc[_in_range(nps["responded_on"], start, end), "score"].dropna()
    top_detractor = 5 if scheme == "0-5" else 6
    promoters = int((scores >= 9).sum())
    detractors = int((scores <= top_detractor).sum())
    return NpsBands(promoters, int(len(scores)) - promoters - detractors, detractors)


def year_before(start: dt.date, end: dt.date) -> tuple[dt.date, dt.date]:
    """The same dates one year earlier (29 February becomes the 28th)."""

    def shift(day: dt.date) -> dt.date:
        try:
            return day.replace(year=day.year - 1)
        except ValueError:
            return day.replace(year=day.year - 1, day=28)

    return shift(start), shift(end)


def breakdown_map(result: dict[str, Any], name: str) -> dict[Any, dict[str, Any]]:
    """A breakdown of a ``compute_kpis`` result as ``{key: row}``."""
    rows = (result.get("breakdowns") or {}).get(name) or []
    return {row.get("key"): row for row in rows}
