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
from kpi_core.prepared import Prepared, first_seen
from kpi_core.prepared_update import RowMap
from kpi_core.types import Inputs, RawBreakdowns, RawKpis, Row


def leads_created(
    created_on: np.ndarray, period: Period, in_period: np.ndarray | None = None
) -> int:
    """Count of leads whose ``created_on`` lies in the period (0 without leads; a lead
    without a creation date is never in a period). ``in_period``: the mask of those leads
    when already worked out (:attr:`KpiContext.leads_created`)."""
    if in_period is None:
        in_period = in_range(created_on, period.start, period.end)
    return int(np.count_nonzero(in_period))


def opportunities_created(created: np.ndarray) -> int:
    """Count of deals created in the period (``created``: their mask, or their rows); 0
    without deals."""
    return int(np.count_nonzero(created)) if created.dtype == bool else len(created)


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


def carry_cache(prev: Prepared, nxt: Prepared, deals: RowMap) -> None:
    """Keep the source codes of ``prev`` for ``nxt`` (its deals spliced by ``deals``) where
    they are still those :func:`source_codes` would compute: the deals' source codes
    unchanged, or only new deals added at the end (their sources numbered after the
    others, new ones in the order they first appear, as ``first_seen`` numbers them)."""
    known = _source_codes.get(prev)
    before, after = prev._codes.get("source"), nxt._codes.get("source")
    if known is None or before is None or after is None:
        return
    if before[0] is after[0] and before[1] is after[1]:
        _source_codes[nxt] = known
        return
    if not deals.grown or len(after[1]) < len(before[1]):
        return
    again = deals.rewritten
    if len(again) and not np.array_equal(after[0][again], before[0][again]):
        return  # a written deal's source changed: the order of first appearance may too
    codes, names = known
    table = np.full(len(after[1]) + 1, -1, dtype=np.int64)  # the last slot: code -1
    at = nxt.key_index("source").get_indexer(names)
    if (at < 0).any():  # pragma: no cover - the keys only grow after an edit
        return
    table[at] = np.arange(len(names))
    added = after[0][len(before[0]) :].astype(np.int64)
    local = table[added]
    new_names = list(names)
    for i in np.flatnonzero((local < 0) & (added >= 0)).tolist():
        if table[added[i]] < 0:
            table[added[i]] = len(new_names)
            new_names.append(after[1][added[i]])
        local[i] = table[added[i]]
    _source_codes[nxt] = (
        np.concatenate([codes, local.astype(codes.dtype)]),
        np.asarray(new_names, dtype=object),
    )


def weighted_pipeline_by_source(ctx: KpiContext) -> list[Row]:
    """``weighted_pipeline`` grouped by the deal's source: the sources with a deal open at
    period end. Money leaves out the deals without an exchange rate (as the KPI does)."""
    dv = ctx.deals
    rows = ctx.open_rows
    if len(rows) == 0:
        return []
    codes, uniques = source_codes(ctx)
    weight = np.nan_to_num(dv.amount[rows], nan=0.0) * series.open_probabilities_at(ctx, rows)
    weight = np.where(dv.has_rate[rows], weight, 0.0)
    sums = code_sums(codes[rows], uniques, weight)
    return weighted_by_source(sums, list(sums), float(weight.sum()))


def compute(ctx: KpiContext) -> tuple[RawKpis, RawBreakdowns]:
    """The sources family's scalars and breakdowns."""
    dv, created = ctx.deals, ctx.created_rows
    codes, uniques = source_codes(ctx)
    kpis = {
        "leads_created": leads_created(ctx.lead_view.created, ctx.period, ctx.leads_created),
        "opportunities_created": opportunities_created(created),
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
            "opportunities_created": opportunities_created(ctx.created),
            "won_by_now": int((ctx.created & ctx.deals.won).sum()),
        }
        return inputs, ctx.created, []
    if kpi_id == "weighted_pipeline_by_source":
        mask = ctx.open_end & ctx.deals.has_rate
        return {"weighted_pipeline": kpis.get("weighted_pipeline")}, mask, []
    return None
