"""Sources and volume family: leads and opportunities created, opportunities and expected
revenue by source.

``weighted_pipeline_by_source`` weighs each deal with the probability of the
``weighted_pipeline`` KPI (:func:`kpi_core.series.open_probabilities`, one rule for both), so
its rows add up to ``weighted_pipeline``.
"""

from __future__ import annotations

import weakref
from typing import Any

import numpy as np

from kpi_core import series
from kpi_core._util import ratio, sort_rows
from kpi_core.context import KpiContext, code_sums, in_range
from kpi_core.periods import Period
from kpi_core.prepared import first_seen
from kpi_core.types import Inputs, RawBreakdowns, RawKpis, Row


def leads_created(created_on: np.ndarray, period: Period) -> int:
    """Count of leads whose ``created_on`` lies in the period (0 without leads; a lead
    without a creation date is never in a period)."""
    return int(in_range(created_on, period.start, period.end).sum())


def opportunities_created(created: np.ndarray) -> int:
    """Count of deals created in the period (``created`` is their mask); 0 without deals."""
    return int(np.count_nonzero(created))


def opportunities_by_source(codes: np.ndarray, uniques: np.ndarray, won: np.ndarray) -> list[Row]:
    """Per source of the deals created in the period (``codes`` of their source, -1 = empty,
    grouped under None; ``won`` their "won by now" mask):

        value = count,  share = value / opportunities_created,
        won = how many of them are won by now,  win_rate = won / value.

    Rows: the sources with a deal created in the period, largest first; [] without any.
    """
    total = len(codes)
    if total == 0:
        return []
    counts = code_sums(codes, uniques, np.ones(total))
    wins = code_sums(codes, uniques, won.astype("float64"))
    rows = [
        {
            "key": key,
            "value": int(n),
            "share": ratio(n, total),
            "won": int(wins.get(key, 0.0)),
            "win_rate": ratio(wins.get(key, 0.0), n),
        }
        for key, n in counts.items()
    ]
    return sort_rows(rows)


def weighted_by_source(
    sums: dict[str | None, float], keys: list[str | None], total: float
) -> list[Row]:
    """Rows ``{key, value, share}``: ``value`` = Σ amount × probability of the source's deals
    open at period end (``sums``; a source in ``keys`` whose open deals all lack an exchange
    rate has 0), ``share`` = value / weighted_pipeline (None when that is 0). Largest first."""
    rows = [
        {"key": k, "value": float(sums.get(k, 0.0)), "share": ratio(sums.get(k, 0.0), total)}
        for k in keys
    ]
    return sort_rows(rows)


#: source codes of every deal, per prepared dataset (weak; renewed with it)
_source_codes: weakref.WeakKeyDictionary[Any, Any] = weakref.WeakKeyDictionary()


def source_codes(ctx: KpiContext) -> tuple[np.ndarray, np.ndarray]:
    """``(codes, names)`` of the filtered deals' sources (-1 = empty source); the deals are
    factorised once per dataset, a computation only selects its rows."""
    prep = ctx.prep
    if prep not in _source_codes:
        codes, names = first_seen(*prep.codes("source"))
        _source_codes[prep] = (codes, names)
    codes, names = _source_codes[prep]
    rows = ctx.deals.rows
    return (codes if rows is None else codes[rows]), names


def weighted_pipeline_by_source(ctx: KpiContext) -> list[Row]:
    """``weighted_pipeline`` grouped by the deal's source: the sources with a deal open at
    period end. Money leaves out the deals without an exchange rate (as the KPI does)."""
    dv = ctx.deals
    rows = np.flatnonzero(ctx.open_end)
    if len(rows) == 0:
        return []
    codes, uniques = source_codes(ctx)
    weight = np.nan_to_num(dv.amount[rows], nan=0.0) * series.open_probabilities(ctx)[rows]
    weight = np.where(dv.has_rate[rows], weight, 0.0)
    sums = code_sums(codes[rows], uniques, weight)
    return weighted_by_source(sums, list(sums), float(weight.sum()))


def compute(ctx: KpiContext) -> tuple[RawKpis, RawBreakdowns]:
    """The sources family's scalars and breakdowns."""
    dv, created = ctx.deals, np.flatnonzero(ctx.created)
    codes, uniques = source_codes(ctx)
    kpis = {
        "leads_created": int(ctx.leads_created.sum()),  # = leads_created(created_on, period)
        "opportunities_created": opportunities_created(ctx.created),
    }
    breakdowns = {
        "opportunities_by_source": opportunities_by_source(
            codes[created], uniques, dv.won[created]
        ),
        "weighted_pipeline_by_source": weighted_pipeline_by_source(ctx),
    }
    return kpis, breakdowns


def explain_parts(
    kpi_id: str, ctx: KpiContext, kpis: RawKpis
) -> tuple[Inputs, np.ndarray | None, list[int]] | None:
    """``(inputs, deal mask, activity ids)`` behind ``kpi_id``; None for another family's id."""
    if kpi_id == "leads_created":
        return {"leads_created": kpis.get("leads_created")}, None, []
    if kpi_id in ("opportunities_created", "opportunities_by_source"):
        inputs = {
            "opportunities_created": int(ctx.created.sum()),
            "won_by_now": int((ctx.created & ctx.deals.won).sum()),
        }
        return inputs, ctx.created, []
    if kpi_id == "weighted_pipeline_by_source":
        mask = ctx.open_end & ctx.deals.has_rate
        return {"weighted_pipeline": kpis.get("weighted_pipeline")}, mask, []
    return None
