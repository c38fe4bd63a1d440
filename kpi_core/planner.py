"""Planner: how many new leads a target of won deals needs, from historical conversion.

leads needed = target won deals / Π(stage-to-stage conversion rates from MQL to Won).
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from kpi_core._util import ratio
from kpi_core.dataset import Dataset, KpiSettings
from kpi_core.lead_arrays import lead_arrays
from kpi_core.prepared import prepared


def leads_needed(target_won: float, rates: Iterable[float | None]) -> float | None:
    """target_won / Π rates; None when a rate is missing or ≤ 0, or there is none.

    Example: 25 % of leads become qualified, 50 qualified wanted → 50 / 0.25 = 200 leads.
    """
    product = 1.0
    seen = False
    for r in rates:
        if r is None or not math.isfinite(r) or r <= 0:
            return None
        product *= r
        seen = True
    if not seen or target_won is None or target_won < 0:
        return None
    return float(target_won) / product


def historical_rates(
    dataset: Dataset,
    settings: KpiSettings = KpiSettings(),  # noqa: B008
) -> dict[str, float | None]:
    """Stage-to-stage conversion over all the data, in order from MQL to Won.

    Keys: ``"MQL → SQL"`` (leads that reached SQL / all leads), ``"SQL → Deal"`` (converted
    / reached SQL), ``"Deal → <first stage>"``, then each stage to the next and the last
    stage to ``"Won"`` (deals reached, as in the funnel, over every deal; closed deals only
    for the last step would bias it, so every deal counts). A value is None when its
    denominator is 0. Insertion order is the funnel order.
    """
    leads, deals = dataset.leads, dataset.deals
    # the masks of lead_reached_sql and lead_converted, computed once per leads frame (a
    # saved deal keeps the leads frame: the dashboard's recompute after it does not redo them)
    arrays = lead_arrays(leads)
    sql = int(arrays.reached_sql.sum())
    conv = int(arrays.converted.sum())
    out: dict[str, float | None] = {
        "MQL → SQL": ratio(sql, len(leads)),
        "SQL → Deal": ratio(conv, sql),
    }
    stages = settings.stages
    prep = prepared(dataset)
    _, reach = prep.stage_reach(stages)
    counts = [int((reach >= i).sum()) for i in range(len(stages))]
    won = int(prep.won.sum())
    prev_name, prev_count = "Deal", len(deals)
    for stage, count in zip(stages, counts, strict=True):
        out[f"{prev_name} → {stage.name}"] = ratio(int(count), prev_count)
        prev_name, prev_count = stage.name, int(count)
    out[f"{prev_name} → Won"] = ratio(won, prev_count)
    return out


def leads_needed_from_history(
    target_won: float,
    dataset: Dataset,
    settings: KpiSettings = KpiSettings(),  # noqa: B008
) -> float | None:
    """``leads_needed`` with the dataset's :func:`historical_rates`."""
    return leads_needed(target_won, historical_rates(dataset, settings).values())
