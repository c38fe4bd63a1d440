"""Chart and report series, each computed once here (see ``kpi_spec.md`` and docs/kpis.md).

Every function takes a :class:`~kpi_core.context.KpiContext` (the period, the filters and the
per-dataset arrays of :mod:`kpi_core.prepared`) and combines numpy arrays only: no loop runs
over deals, so a series over 100k deals costs a few milliseconds and the dashboard can
recompute them at every filter change. The KPI families use the same functions, so a chart
and the KPI it illustrates cannot disagree:

* :func:`funnel` — the ``funnel`` breakdown, with counts *and* values;
* :func:`open_pipeline` — the deals open at period end per stage, whose weighted values sum
  to ``weighted_pipeline``;
* :func:`revenue_by_month` and :func:`year_before_revenue` — ``revenue_by_month`` of the
  period and of the same months a year before;
* :func:`nps_bands` and :func:`nps_months` — promoters, passives and detractors, behind
  ``nps`` and ``nps_by_month``;
* :func:`source_activity` — leads and deals created and deals won per source (the review).

Month arithmetic (``year_before``, ``shift_month_key``, ``month_codes``) lives in
:mod:`kpi_core.periods`; the filter mask of the deals is ``KpiContext.deal_mask``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np

from kpi_core._util import ratio
from kpi_core.context import KpiContext, key_sums
from kpi_core.dataset import Dataset, KpiSettings
from kpi_core.filters import Filters
from kpi_core.periods import Period, code_key, month_codes, months_in, year_before
from kpi_core.prepared import blank_to_none
from kpi_core.types import Row, YearBefore

WON_ROW = "Won"

__all__ = [
    "WON_ROW",
    "FunnelStep",
    "NpsBands",
    "NpsMonth",
    "PipelineStage",
    "SourceActivity",
    "context",
    "funnel",
    "funnel_deal_ids",
    "funnel_from_rows",
    "nps_band_counts",
    "nps_bands",
    "nps_months",
    "open_deal_ids",
    "open_pipeline",
    "open_probabilities",
    "open_probabilities_at",
    "revenue_by_month",
    "source_activity",
    "year_before_revenue",
]


def context(
    dataset: Dataset,
    period: Period,
    filters: Filters | None = None,
    settings: KpiSettings | None = None,
    today: date | None = None,
) -> KpiContext:
    """The working set of the series of one period and filters (cheap: the per-dataset
    arrays are computed once, see :func:`kpi_core.prepare`)."""
    return KpiContext(
        dataset, period, filters or Filters(), settings or KpiSettings(), today or date.today()
    )


# ---- funnel ------------------------------------------------------------------------------
@dataclass(frozen=True)
class FunnelStep:
    """One row of the funnel: a pipeline stage, or Won.

    ``count``: deals created in the period that reached the row; ``value``: the sum of their
    amounts (base currency; an unknown amount or a missing exchange rate adds 0).
    ``conversion`` = count / count of the row above (None on the first row or after 0),
    ``overall`` = count / count of the first row, ``dropped`` = count above − count; the
    ``value_*`` fields are the same on values.
    """

    key: str
    count: int
    value: float | None = None
    conversion: float | None = None
    overall: float | None = None
    dropped: int | None = None
    value_conversion: float | None = None
    value_overall: float | None = None
    value_dropped: float | None = None


def _steps(names: list[str], counts: list[int], values: list[float] | None) -> list[FunnelStep]:
    out = []
    for i, name in enumerate(names):
        value = None if values is None else values[i]
        if i == 0:
            out.append(FunnelStep(name, counts[0], value, overall=ratio(counts[0], counts[0])))
            continue
        prev_value = None if values is None else values[i - 1]
        out.append(
            FunnelStep(
                name,
                counts[i],
                value,
                conversion=ratio(counts[i], counts[i - 1]),
                overall=ratio(counts[i], counts[0]),
                dropped=counts[i - 1] - counts[i],
                value_conversion=None if values is None else ratio(value, prev_value),
                value_overall=None if values is None else ratio(value, values[0]),
                value_dropped=None if values is None else float(prev_value - value),  # type: ignore[operator]
            )
        )
    return out


def funnel(ctx: KpiContext) -> list[FunnelStep]:
    """Every pipeline stage in order, then Won, over the deals created in the period.

    A deal reached stage *i* when its furthest stage (``KpiContext.reach``: stage history or
    current stage, won deals every stage, empty/unknown the first stage only) is ≥ *i*:

        count_i = #{created deals with reach ≥ i},  value_i = Σ amount over the same deals,
        Won = #{created deals with status won} (and Σ of their amounts).

    So count_i ≥ count_{i+1} always, and value_i ≥ value_{i+1} for amounts ≥ 0.
    """
    created = ctx.created_rows
    stages = ctx.settings.stages
    k = len(stages)
    reach = ctx.reach[created]
    amounts = np.nan_to_num(ctx.deals.amount[created], nan=0.0)
    counts = np.bincount(reach, minlength=k + 1)[::-1].cumsum()[::-1]
    values = np.bincount(reach, weights=amounts, minlength=k + 1)[::-1].cumsum()[::-1]
    names = [s.name for s in stages] + [WON_ROW]
    return _steps(names, [int(c) for c in counts], [float(v) for v in values])


def funnel_from_rows(rows: list[Row]) -> list[FunnelStep]:
    """Funnel steps from the ``funnel`` breakdown of a result (counts only, no values)."""
    names = [str(r.get("key")) for r in rows]
    return _steps(names, [int(r.get("count") or 0) for r in rows], None)


def funnel_deal_ids(ctx: KpiContext, stage: str) -> list[int]:
    """Ids of the deals created in the period that reached ``stage`` (or ``"Won"``)."""
    names = [s.name for s in ctx.settings.stages] + [WON_ROW]
    if stage not in names:
        return []
    hit = ctx.created & (ctx.reach >= names.index(stage))
    return [int(i) for i in ctx.deals.ids[hit]]


# ---- open pipeline -----------------------------------------------------------------------
@dataclass(frozen=True)
class PipelineStage:
    """The deals open at period end in one stage: count, value and weighted value."""

    key: str
    count: int
    value: float
    weighted: float


def open_probabilities(ctx: KpiContext) -> np.ndarray:
    """Win probability (fraction) of every filtered deal, as ``weighted_pipeline`` weighs it.

    A deal still open: its own ``probability`` / 100, else its stage's default, else the
    first stage's. A deal that closed after period end: its stage's default, else the first
    stage's (never its own, which a CRM sets to 100 or 0 at the outcome). 0 without stages.
    """
    return open_probabilities_at(ctx, np.arange(len(ctx.deals)))


def open_probabilities_at(ctx: KpiContext, rows: np.ndarray) -> np.ndarray:
    """:func:`open_probabilities` of the filtered deals at ``rows`` only."""
    stages = ctx.settings.stages
    defaults = np.array([s.probability for s in stages] + [0.0], dtype="float64")
    first = defaults[0] if stages else 0.0
    dv = ctx.deals
    now = dv.pick(ctx.prep.stage_reach(stages)[0], rows)
    by_stage = np.where(now >= 0, defaults[np.maximum(now, 0)], first)
    own = dv.values_at("probability", rows).astype("float64") / 100.0
    still_open = ~(dv.won[rows] | dv.lost[rows])
    return np.asarray(np.where(still_open & ~np.isnan(own), own, by_stage))


def open_pipeline(ctx: KpiContext) -> list[PipelineStage]:
    """The deals open at period end per pipeline stage (a deal in an empty or unknown stage
    is shown under the first stage):

        count = #{open deals in the stage},  value = Σ amount,
        weighted = Σ amount × probability (:func:`open_probabilities`).

    Values leave out the deals without an exchange rate (as ``weighted_pipeline``, which is
    Σ weighted over the stages); ``count`` counts every open deal.
    """
    stages = ctx.settings.stages
    if not stages:
        return []
    dv, mask = ctx.deals, ctx.open_rows
    slot = np.maximum(dv.pick(ctx.prep.stage_reach(stages)[0], mask), 0)
    amount = np.where(dv.has_rate[mask], np.nan_to_num(dv.amount[mask], nan=0.0), 0.0)
    weight = amount * open_probabilities_at(ctx, mask)
    k = len(stages)
    counts = np.bincount(slot, minlength=k)
    values = np.bincount(slot, weights=amount, minlength=k)
    weighted = np.bincount(slot, weights=weight, minlength=k)
    return [
        PipelineStage(s.name, int(counts[i]), float(values[i]), float(weighted[i]))
        for i, s in enumerate(stages)
    ]


def open_deal_ids(ctx: KpiContext, stage: str) -> list[int]:
    """Ids of the deals open at period end shown under ``stage`` by :func:`open_pipeline`."""
    names = [s.name for s in ctx.settings.stages]
    if stage not in names:
        return []
    hit = ctx.open_end & (np.maximum(ctx.stage_now, 0) == names.index(stage))
    return [int(i) for i in ctx.deals.ids[hit]]


# ---- revenue by month --------------------------------------------------------------------
def revenue_by_month(ctx: KpiContext) -> list[Row]:
    """Every calendar month the period touches, in order: ``{key, value, share}`` with

        value = Σ amount of the deals won in the period that closed in the month,
        share = value / revenue (None when revenue is 0).

    A partly covered month counts only its days in the period.
    """
    months = months_in(ctx.period)
    first = months[0][0] * 12 + months[0][1] - 1 - 1970 * 12
    mask = ctx.won_money_rows
    slot = month_codes(ctx.deals.closed[mask]) - first
    amounts = np.nan_to_num(ctx.deals.amount[mask], nan=0.0)
    sums = np.bincount(slot, weights=amounts, minlength=len(months))
    total = ctx.revenue
    return [
        {"key": code_key(first + i), "value": float(sums[i]), "share": ratio(sums[i], total)}
        for i in range(len(months))
    ]


def year_before_revenue(ctx: KpiContext) -> YearBefore:
    """``revenue_by_month`` of the same dates one year before, same filters and settings,
    shaped like a ``compute_kpis`` result: ``{"period": {start, end}, "breakdowns":
    {"revenue_by_month": rows}}`` (shares are of that year's revenue).

    Each row also carries ``growth``: the change of the period's month over it,
    (value of the month in the period − value a year before) / value a year before
    (None when the year-before value is 0).
    """
    before = year_before(ctx.period)
    other = KpiContext(ctx.dataset, before, ctx.filters, ctx.settings, ctx.today)
    rows = revenue_by_month(other)
    now = revenue_by_month(ctx)
    if len(now) == len(rows):  # always: the same months, one year earlier
        for row, cur in zip(rows, now, strict=True):
            row["growth"] = ratio(cur["value"] - row["value"], row["value"])
    return {
        "period": {"start": before.start.isoformat(), "end": before.end.isoformat()},
        "currency": ctx.settings.base_currency,
        "breakdowns": {"revenue_by_month": rows},
    }


# ---- activity by source ------------------------------------------------------------------
@dataclass(frozen=True)
class SourceActivity:
    """Volume of one source in the period: leads and deals created, deals won."""

    leads: int = 0
    deals: int = 0
    won: int = 0


def source_activity(ctx: KpiContext) -> dict[str | None, SourceActivity]:
    """Per source with a lead or deal created, or a deal won, in the period:

        leads = #leads created in the period (owner and source filters; leads have no
                product), deals = #deals created in the period, won = #deals won in the period.

    A missing or blank source is the key None (spec, "Empty keys").
    """
    dv = ctx.deals
    deals = dv.sums_by("source", ctx.created, np.ones(int(ctx.created.sum())))
    won = dv.sums_by("source", ctx.won, np.ones(int(ctx.won.sum())))
    ld = ctx.leads
    created = ctx.leads_created
    keys = blank_to_none(ld["source"].to_numpy(dtype=object)[created])
    leads = key_sums(keys, np.ones(len(keys)))
    return {
        key: SourceActivity(int(leads.get(key, 0)), int(deals.get(key, 0)), int(won.get(key, 0)))
        for key in dict.fromkeys([*leads, *deals, *won])
    }


# ---- NPS ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class NpsBands:
    """Counts of NPS responses by band."""

    promoters: int
    passives: int
    detractors: int

    @property
    def responses(self) -> int:
        return self.promoters + self.passives + self.detractors

    def share(self, band: str) -> float | None:
        """``band`` ("promoters", "passives" or "detractors") / responses; None without any."""
        return ratio(getattr(self, band), self.responses)

    @property
    def score(self) -> float | None:
        """NPS = (promoters − detractors) / responses × 100; None without responses."""
        r = ratio(self.promoters - self.detractors, self.responses)
        return None if r is None else r * 100.0


@dataclass(frozen=True)
class NpsMonth:
    """One calendar month of NPS responses (inside the period): shares 0..1 and score."""

    key: str
    responses: int
    promoters: float
    passives: float
    detractors: float
    score: float


def detractor_top(scheme: str) -> float:
    """Highest detractor score: 6 (``standard``) or 5 (``"0-5"``)."""
    return 5.0 if scheme == "0-5" else 6.0


def nps_band_counts(scores: np.ndarray, scheme: str = "standard") -> NpsBands:
    """Promoters 9–10; detractors 0–6 (``standard``) or 0–5 (``"0-5"``); passives the rest.

    NaN scores are ignored.
    """
    s = np.asarray(scores, dtype="float64")
    s = s[~np.isnan(s)]
    promoters = int((s >= 9).sum())
    detractors = int((s <= detractor_top(scheme)).sum())
    return NpsBands(promoters, len(s) - promoters - detractors, detractors)


def _responses(ctx: KpiContext) -> tuple[np.ndarray, np.ndarray]:
    """Scores and dates of the responses in the period that have a score (never filtered)."""
    return ctx.nps_responses


def nps_bands(ctx: KpiContext) -> NpsBands:
    """The bands of the responses of the period (workspace's ``nps_scheme``)."""
    scores, _ = _responses(ctx)
    return nps_band_counts(scores, ctx.settings.nps_scheme)


def nps_months(ctx: KpiContext) -> list[NpsMonth]:
    """Per calendar month with responses in the period, in order: shares of promoters,
    passives and detractors and the score (promoters − detractors) / responses × 100."""
    scores, dates = _responses(ctx)
    if len(scores) == 0:
        return []
    codes = month_codes(dates)
    first = int(codes.min())
    slot = codes - first
    size = int(slot.max()) + 1
    top = detractor_top(ctx.settings.nps_scheme)
    total = np.bincount(slot, minlength=size)
    promoters = np.bincount(slot, weights=scores >= 9, minlength=size)
    detractors = np.bincount(slot, weights=scores <= top, minlength=size)
    out = []
    for i in np.flatnonzero(total):
        n, p, d = int(total[i]), int(promoters[i]), int(detractors[i])
        out.append(
            NpsMonth(
                code_key(first + int(i)), n, p / n, (n - p - d) / n, d / n, (p - d) / n * 100.0
            )
        )
    return out
