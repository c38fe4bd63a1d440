"""Small pure helpers that turn KPI results and dataset frames into chart series.

No Qt here: plain lists and dicts, so that the numbers a chart draws can be tested alone.
The figures follow ``kpi_spec.md`` (open at period end, reached stages, NPS bands).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date
from typing import Any

import numpy as np
import pandas as pd

from kpi_core.dataset import DEFAULT_STAGES, Stage, empty_frame
from kpi_core.money import convert, deal_rate_dates, rates_on


def month_label(key: str, with_year: bool = True) -> str:
    """ "2025-03" -> "Mar 25" (or "Mar")."""
    try:
        year, month = (int(p) for p in key.split("-")[:2])
    except ValueError:
        return key
    name = calendar.month_abbr[month]
    return f"{name} {year % 100:02d}" if with_year else name


def shift_month_key(key: str, years: int) -> str:
    """ "2025-03" shifted by ``years``: ("2025-03", -1) -> "2024-03"."""
    year, month = key.split("-")[:2]
    return f"{int(year) + years:04d}-{month}"


def rows(result: dict[str, Any] | None, name: str) -> list[dict[str, Any]]:
    """The breakdown ``name`` of a compute_kpis result (empty when absent)."""
    if not result:
        return []
    return list(result.get("breakdowns", {}).get(name) or [])


def kpi(result: dict[str, Any] | None, name: str) -> Any:
    """The scalar KPI ``name`` of a compute_kpis result (None when absent)."""
    if not result:
        return None
    return result.get("kpis", {}).get(name)


def period_bounds(result: dict[str, Any]) -> tuple[pd.Timestamp, pd.Timestamp]:
    """The period of a compute_kpis result as timestamps (start, end)."""
    p = result["period"]
    return pd.Timestamp(p["start"]), pd.Timestamp(p["end"])


# --- NPS -----------------------------------------------------------------------------


@dataclass(frozen=True)
class NpsMonth:
    """NPS answers of one calendar month (inside the period)."""

    key: str
    responses: int
    promoters: float  # share 0..1
    passives: float
    detractors: float

    @property
    def score(self) -> float:
        """(promoters - detractors) x 100."""
        return (self.promoters - self.detractors) * 100.0


def nps_shares_by_month(
    nps: pd.DataFrame,
    start: date | pd.Timestamp,
    end: date | pd.Timestamp,
    scheme: str = "standard",
) -> list[NpsMonth]:
    """Shares of promoters, passives and detractors per month of responses in [start, end].

    Bands: promoters 9–10; detractors 0–6 (``scheme="standard"``) or 0–5 (``"0-5"``); the
    rest passives. Months without responses are left out (as ``nps_by_month``).
    """
    if nps is None or nps.empty:
        return []
    when = nps["responded_on"]
    mask = (when >= pd.Timestamp(start)) & (when <= pd.Timestamp(end)) & nps["score"].notna()
    frame = nps.loc[mask, ["responded_on", "score"]]
    if frame.empty:
        return []
    detractor_max = 5 if scheme == "0-5" else 6
    score = frame["score"].to_numpy()
    months = frame["responded_on"].to_numpy().astype("datetime64[M]").astype("int64")
    first = int(months.min())
    slot = months - first
    size = int(slot.max()) + 1
    total = np.bincount(slot, minlength=size)
    promoters = np.bincount(slot, weights=(score >= 9), minlength=size)
    detractors = np.bincount(slot, weights=(score <= detractor_max), minlength=size)
    out: list[NpsMonth] = []
    for i in np.flatnonzero(total):
        n = int(total[i])
        p, d = float(promoters[i]) / n, float(detractors[i]) / n
        year, month = divmod(first + int(i), 12)
        key = f"{1970 + year:04d}-{month + 1:02d}"
        out.append(NpsMonth(key, n, p, max(0.0, 1.0 - p - d), d))
    return out


# --- money and deals -------------------------------------------------------------------


def filter_deals(deals: pd.DataFrame, filters: Any = None) -> pd.DataFrame:
    """Deals matching ``filters`` (an object with owner / source / product, None = all)."""
    if filters is None:
        return deals
    mask = np.ones(len(deals), dtype=bool)
    for name in ("owner", "source", "product"):
        wanted = getattr(filters, name, None)
        if wanted is not None:
            mask &= (deals[name] == wanted).to_numpy()
    return deals if mask.all() else deals.loc[mask]


def base_amounts(deals: pd.DataFrame, rates: pd.DataFrame | None, base: str) -> pd.Series:
    """Deal amounts in the base currency (rate valid on ``closed_on``, else ``created_on``).

    Uses ``kpi_core.money`` like the engine; a deal without a valid rate gets NaN.
    """
    if rates is None:
        rates = empty_frame("rates")
    rate = rates_on(deals["currency"], deal_rate_dates(deals), rates, base)
    return pd.Series(convert(deals["amount"], rate), index=deals.index)


@dataclass(frozen=True)
class StageValue:
    """One bar of a stage chart: count, value and weighted value of deals."""

    key: str
    count: int
    value: float
    weighted: float = 0.0


def history_max_index(history: pd.DataFrame | None, stages: tuple[Stage, ...]) -> np.ndarray:
    """Per deal id (array position), the furthest pipeline stage its history records (-1: none).

    Computed once per dataset and passed to :func:`reached_index` / :func:`funnel_values`.
    """
    if history is None or history.empty:
        return np.full(1, -1, dtype="int64")
    names = {s.name: i for i, s in enumerate(stages)}
    idx = history["stage"].map(names).to_numpy(dtype="float64")
    ids = history["deal_id"].to_numpy(dtype="int64")
    keep = ~np.isnan(idx) & (ids >= 0)
    out = np.full(int(ids.max(initial=0)) + 1, -1, dtype="int64")
    np.maximum.at(out, ids[keep], idx[keep].astype("int64"))
    return out


def reached_index(
    deals: pd.DataFrame,
    history: pd.DataFrame | None,
    stages: tuple[Stage, ...],
    history_max: np.ndarray | None = None,
) -> np.ndarray:
    """For each deal, the index of the furthest pipeline stage it reached (Won = len(stages)).

    Stage history counts; without it the current stage; unknown or empty stages count at
    the first stage only; won deals reached every stage. ``history_max`` is
    :func:`history_max_index` of ``history``, when already known.
    """
    names = {s.name: i for i, s in enumerate(stages)}
    idx = deals["stage"].map(names).fillna(0).to_numpy(dtype="int64")
    if history_max is None:
        history_max = history_max_index(history, stages)
    if len(history_max) > 1 or history_max[0] >= 0:
        ids = deals["id"].to_numpy(dtype="int64")
        inside = (ids >= 0) & (ids < len(history_max))
        extra = np.full(len(ids), -1, dtype="int64")
        extra[inside] = history_max[ids[inside]]
        idx = np.maximum(idx, extra)
    won = (deals["status"] == "won").to_numpy()
    idx[won] = len(stages)
    return idx


def funnel_values(
    deals: pd.DataFrame,
    history: pd.DataFrame | None,
    start: pd.Timestamp,
    end: pd.Timestamp,
    stages: tuple[Stage, ...] = DEFAULT_STAGES,
    amounts: pd.Series | None = None,
    history_max: np.ndarray | None = None,
) -> list[StageValue]:
    """Count and value of the deals created in [start, end] that reached each stage, then Won."""
    created = deals.loc[(deals["created_on"] >= start) & (deals["created_on"] <= end)]
    reach = reached_index(created, history, stages, history_max)
    values = (amounts.loc[created.index] if amounts is not None else created["amount"]).to_numpy()
    values = np.nan_to_num(values.astype("float64"))
    out = []
    for i, name in enumerate([s.name for s in stages] + ["Won"]):
        hit = reach >= i
        out.append(StageValue(name, int(hit.sum()), float(values[hit].sum())))
    return out


def open_pipeline_by_stage(
    deals: pd.DataFrame,
    end: pd.Timestamp,
    stages: tuple[Stage, ...] = DEFAULT_STAGES,
    amounts: pd.Series | None = None,
) -> list[StageValue]:
    """Deals open at ``end`` per pipeline stage: count, value, and value × probability.

    Open at period end: created on or before ``end`` and still open or closed after it.
    Probability: the deal's own (a percentage), else its stage's default, else the first
    stage's. Deals in an unknown stage are shown under the first stage.
    """
    closed_on = deals["closed_on"]
    mask = (deals["created_on"] <= end) & ((deals["status"] == "open") | (closed_on > end))
    open_deals = deals.loc[mask]
    if not stages:
        return []
    names = {s.name: i for i, s in enumerate(stages)}
    idx = open_deals["stage"].map(names).fillna(0).to_numpy(dtype="int64")
    defaults = np.array([s.probability for s in stages])
    prob = open_deals["probability"].to_numpy(dtype="float64") / 100.0
    prob = np.where(np.isnan(prob), defaults[idx], prob)
    values = amounts.loc[open_deals.index] if amounts is not None else open_deals["amount"]
    values = np.nan_to_num(values.to_numpy(dtype="float64"))
    out = []
    for i, stage in enumerate(stages):
        sel = idx == i
        out.append(
            StageValue(
                stage.name,
                int(sel.sum()),
                float(values[sel].sum()),
                float((values * prob)[sel].sum()),
            )
        )
    return out


def revenue_by_month(
    deals: pd.DataFrame, amounts: pd.Series, start: pd.Timestamp, end: pd.Timestamp
) -> list[dict[str, Any]]:
    """``revenue_by_month`` rows (key, value, share) of every month touching [start, end]:
    amounts (in base currency, unknown = 0) of the deals won in the range, by close month.

    A cheap stand-in for a whole ``compute_kpis`` when only this series is wanted (the
    same months a year before, for the revenue chart).
    """
    closed = deals["closed_on"]
    won = ((deals["status"] == "won") & (closed >= start) & (closed <= end)).to_numpy()
    values = np.nan_to_num(amounts.to_numpy(dtype="float64")[won])
    months = closed.to_numpy()[won].astype("datetime64[M]").astype("int64")
    first = int(np.datetime64(start, "M").astype("int64"))
    last = int(np.datetime64(end, "M").astype("int64"))
    sums = np.bincount(months - first, weights=values, minlength=last - first + 1)
    total = float(sums.sum())
    out = []
    for i in range(last - first + 1):
        year, month = divmod(first + i, 12)
        value = float(sums[i])
        out.append(
            {
                "key": f"{1970 + year:04d}-{month + 1:02d}",
                "value": value,
                "share": value / total if total else None,
            }
        )
    return out
