"""Per-deal arrays of a dataset, worked out once, for fast chart series on big data.

The dashboard recomputes its chart series at every filter change; converting amounts,
mapping stage names and reading the stage history for 100k deals each time would cost more
than the drawing. :func:`deal_facts` does that once per dataset (on the worker thread);
the ``facts_*`` functions then only combine numpy arrays. They follow the same rules as
the frame functions of :mod:`desktop_app.charts.data` (and ``kpi_spec.md``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from desktop_app.charts.data import (
    StageValue,
    base_amounts,
    history_max_index,
    reached_index,
)
from kpi_core.dataset import Dataset, KpiSettings


@dataclass(frozen=True)
class DealFacts:
    """Arrays aligned with the rows of ``dataset.deals``."""

    stages: tuple[str, ...]
    created: np.ndarray  # datetime64[ns], NaT unknown
    closed: np.ndarray
    is_open: np.ndarray
    is_won: np.ndarray
    stage: np.ndarray  # index of the current stage; unknown or empty: 0
    reached: np.ndarray  # furthest stage reached (history counts; won: len(stages))
    probability: np.ndarray  # fraction: the deal's own, else its stage's default
    amount: np.ndarray  # base currency; unknown or without a rate: 0
    keys: dict[str, np.ndarray]  # owner / source / product


def deal_facts(dataset: Dataset, settings: KpiSettings) -> DealFacts:
    """Work out the per-deal arrays of ``dataset`` (once per dataset and settings)."""
    deals = dataset.deals
    stages = settings.stages
    names = {s.name: i for i, s in enumerate(stages)}
    stage = deals["stage"].map(names).fillna(0).to_numpy(dtype="int64")
    defaults = np.array([s.probability for s in stages] or [0.0])
    own = deals["probability"].to_numpy(dtype="float64") / 100.0
    history_max = history_max_index(dataset.stage_history, stages)
    status = deals["status"].to_numpy(dtype=object)
    amounts = base_amounts(deals, dataset.rates, settings.base_currency).to_numpy()
    return DealFacts(
        stages=tuple(s.name for s in stages),
        created=deals["created_on"].to_numpy(),
        closed=deals["closed_on"].to_numpy(),
        is_open=status == "open",
        is_won=status == "won",
        stage=stage,
        reached=reached_index(deals, dataset.stage_history, stages, history_max),
        probability=np.where(np.isnan(own), defaults[np.minimum(stage, len(defaults) - 1)], own),
        amount=np.nan_to_num(amounts.astype("float64")),
        keys={k: deals[k].to_numpy(dtype=object) for k in ("owner", "source", "product")},
    )


def facts_mask(facts: DealFacts, filters: Any = None) -> np.ndarray:
    """The deals matching ``filters`` (owner / source / product; None = all)."""
    mask = np.ones(len(facts.stage), dtype=bool)
    for name, values in facts.keys.items():
        wanted = getattr(filters, name, None)
        if wanted is not None:
            mask &= values == wanted
    return mask


def _ts(day: Any) -> np.datetime64:
    return np.datetime64(pd.Timestamp(day).to_datetime64(), "ns")


def facts_funnel(facts: DealFacts, mask: np.ndarray, start: Any, end: Any) -> list[StageValue]:
    """Count and value of the deals created in [start, end] that reached each stage, then Won."""
    sel = mask & (facts.created >= _ts(start)) & (facts.created <= _ts(end))
    reach = facts.reached[sel]
    size = len(facts.stages) + 1
    counts = np.bincount(reach, minlength=size)[::-1].cumsum()[::-1]
    values = np.bincount(reach, weights=facts.amount[sel], minlength=size)[::-1].cumsum()[::-1]
    names = [*facts.stages, "Won"]
    return [StageValue(n, int(counts[i]), float(values[i])) for i, n in enumerate(names)]


def facts_pipeline(facts: DealFacts, mask: np.ndarray, end: Any) -> list[StageValue]:
    """Deals open at ``end`` per stage: count, value and value × probability."""
    e = _ts(end)
    closed_later = ~np.isnat(facts.closed) & (facts.closed > e)
    sel = mask & (facts.created <= e) & (facts.is_open | closed_later)
    stage = facts.stage[sel]
    amount = facts.amount[sel]
    size = len(facts.stages)
    counts = np.bincount(stage, minlength=size)
    values = np.bincount(stage, weights=amount, minlength=size)
    weighted = np.bincount(stage, weights=amount * facts.probability[sel], minlength=size)
    return [
        StageValue(n, int(counts[i]), float(values[i]), float(weighted[i]))
        for i, n in enumerate(facts.stages)
    ]


def facts_revenue_by_month(
    facts: DealFacts, mask: np.ndarray, start: Any, end: Any
) -> list[dict[str, Any]]:
    """``revenue_by_month`` rows (key, value, share) for every month of [start, end]."""
    s, e = _ts(start), _ts(end)
    won = mask & facts.is_won & ~np.isnat(facts.closed) & (facts.closed >= s) & (facts.closed <= e)
    months = facts.closed[won].astype("datetime64[M]").astype("int64")
    first = int(np.datetime64(s, "M").astype("int64"))
    last = int(np.datetime64(e, "M").astype("int64"))
    sums = np.bincount(months - first, weights=facts.amount[won], minlength=last - first + 1)
    total = float(sums.sum())
    rows = []
    for i in range(last - first + 1):
        year, month = divmod(first + i, 12)
        value = float(sums[i])
        key = f"{1970 + year:04d}-{month + 1:02d}"
        rows.append({"key": key, "value": value, "share": value / total if total else None})
    return rows
