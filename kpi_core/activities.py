"""Activities family: activities, selling hours, time spent selling, activities per won deal,
activities by type and time spent selling by rep.

Calls, meetings, e-mails, demos and proposals are **selling** activities; admin, training,
other (and any unknown type) are not. One rep's working time in the period is
``working_hours_per_week`` × days in the period / 7. Filters: under an owner filter only that
rep's activities count; under a source or product filter only the activities linked (by
``deal_id``, else ``deal_external_id``) to a deal that passes that filter.

Empty owners and types are keys of their own (None, shown "(none)"); types are compared
case-insensitively. Hours that are missing or negative are unknown.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from kpi_core._util import positions, ratio, sort_rows
from kpi_core.context import KpiContext, filter_mask, in_range
from kpi_core.dataset import empty_frame
from kpi_core.prepared import blank_to_none

SELLING_TYPES = frozenset({"call", "meeting", "email", "demo", "proposal"})


@dataclass(frozen=True)
class Activities:
    """The activities of the period after the filters, as aligned arrays.

    ``owner`` and ``type`` are object arrays (None = empty; type lower-cased), ``hours``
    float (NaN = unknown), ``selling`` the selling mask, ``ids`` the activity ids.
    """

    ids: np.ndarray
    owner: np.ndarray
    type: np.ndarray
    hours: np.ndarray
    selling: np.ndarray

    def __len__(self) -> int:
        return len(self.ids)


def working_hours(hours_per_week: float, days: int) -> float:
    """One rep's working time in a period of ``days`` days: hours_per_week × days / 7."""
    return float(hours_per_week) * days / 7.0


def normalise_types(types: np.ndarray) -> np.ndarray:
    """Types stripped and lower-cased (None for an empty one)."""
    out = blank_to_none(types)
    text = out != None  # noqa: E711 - element-wise test on an object array
    out[text] = np.array([str(t).strip().lower() for t in out[text]], dtype=object)
    return out


def selling_mask(types: np.ndarray) -> np.ndarray:
    """True for the selling types (call, meeting, email, demo, proposal)."""
    return np.isin(types, np.array(sorted(SELLING_TYPES), dtype=object))


def selling_hours(hours: np.ndarray, selling: np.ndarray) -> float | None:
    """Σ known hours of the selling activities.

    0.0 when there is no activity; None when there are activities but none has hours (the
    data cannot tell how long anybody sold).
    """
    if len(hours) == 0:
        return 0.0
    known = ~np.isnan(hours)
    if not known.any():
        return None
    return float(hours[known & selling].sum())


def time_spent_selling(
    hours: np.ndarray, selling: np.ndarray, people: int, rep_hours: float
) -> float | None:
    """selling_hours / (working time of one rep × reps with an activity in the period).

    None when no activity of the period has hours, or the working time is 0.
    Example: 30 hours of selling in a 40-hour week → 0.75.
    """
    sold = selling_hours(hours, selling)
    if sold is None or len(hours) == 0:
        return None
    return ratio(sold, rep_hours * people)


def activities_by_type(types: np.ndarray) -> list[dict]:
    """Per type with an activity: ``value`` the count, ``share`` of all activities."""
    total = len(types)
    if total == 0:
        return []
    counts = pd.Series(types, dtype=object).value_counts(dropna=False)
    rows = [
        {"key": None if pd.isna(k) else str(k), "value": int(n), "share": ratio(int(n), total)}
        for k, n in counts.items()
    ]
    return sort_rows(rows)


def by_rep(acts: Activities, rep_hours: float) -> list[dict]:
    """Per person with an activity: ``hours`` their selling hours and ``value`` hours / one
    rep's working time; both None when none of their activities has hours."""
    if len(acts) == 0:
        return []
    codes, names = pd.factorize(acts.owner)
    k = len(names)
    idx = np.where(codes < 0, k, codes)
    known = ~np.isnan(acts.hours)
    sold = np.bincount(
        idx, weights=np.where(known & acts.selling, acts.hours, 0.0), minlength=k + 1
    )
    any_known = np.bincount(idx, weights=known, minlength=k + 1) > 0
    present = np.bincount(idx, minlength=k + 1) > 0
    rows = []
    for i in np.flatnonzero(present):
        hours = float(sold[i]) if any_known[i] else None
        rows.append(
            {
                "key": str(names[i]) if i < k else None,
                "value": None if hours is None else ratio(hours, rep_hours),
                "hours": hours,
            }
        )
    return sort_rows(rows)


def _frame(ctx: KpiContext) -> pd.DataFrame:
    frame = getattr(ctx.dataset, "activities", None)
    return empty_frame("activities") if frame is None else frame


def _linked_pass(ctx: KpiContext, acts: pd.DataFrame) -> np.ndarray:
    """Mask of the activities linked to a deal that passes the source/product filters."""
    deals = ctx.prep.deals
    passes = filter_mask(deals, source=ctx.filters.source, product=ctx.filters.product)
    if passes is None:
        return np.ones(len(acts), dtype=bool)
    deal_id = (
        acts["deal_id"].to_numpy(dtype="float64")
        if "deal_id" in acts
        else np.full(len(acts), np.nan)
    )
    by_id = positions(deals["id"].to_numpy(dtype="float64"), deal_id)
    by_id[np.isnan(deal_id)] = -1
    if "deal_external_id" in acts:
        ext = blank_to_none(acts["deal_external_id"].to_numpy(dtype=object))
        by_ext = positions(blank_to_none(deals["external_id"].to_numpy(dtype=object)), ext)
        by_ext[pd.isna(ext)] = -1
        by_id = np.where(by_id >= 0, by_id, by_ext)
    ok = np.append(passes, False)
    return ok[np.where(by_id >= 0, by_id, len(passes))]


def period_activities(ctx: KpiContext) -> Activities:
    """The activities done in the period that pass the filters."""
    frame = _frame(ctx)
    keep = in_range(frame["done_on"].to_numpy(), ctx.period.start, ctx.period.end)
    if ctx.filters.owner is not None:
        keep &= blank_to_none(frame["owner"].to_numpy(dtype=object)) == ctx.filters.owner
    acts = frame.loc[keep]
    if ctx.filters.source is not None or ctx.filters.product is not None:
        acts = acts.loc[_linked_pass(ctx, acts)]
    types = normalise_types(acts["type"].to_numpy(dtype=object))
    hours = acts["hours"].to_numpy(dtype="float64").copy()
    hours[hours < 0] = np.nan
    return Activities(
        ids=acts["id"].to_numpy(),
        owner=blank_to_none(acts["owner"].to_numpy(dtype=object)),
        type=types,
        hours=hours,
        selling=selling_mask(types),
    )


def people(acts: Activities) -> int:
    """Distinct people with an activity (activities without an owner count as one person)."""
    return int(pd.Series(acts.owner, dtype=object).nunique(dropna=False)) if len(acts) else 0


def compute(ctx: KpiContext, deals_won: int) -> tuple[dict, dict]:
    """The activities family's scalars and breakdowns (needs ``deals_won``)."""
    acts = period_activities(ctx)
    rep_hours = working_hours(ctx.settings.working_hours_per_week, ctx.period.days)
    kpis = {
        "activities": len(acts),
        "selling_hours": selling_hours(acts.hours, acts.selling),
        "time_spent_selling": time_spent_selling(acts.hours, acts.selling, people(acts), rep_hours),
        "activities_per_won_deal": ratio(len(acts), deals_won),
    }
    breakdowns = {
        "activities_by_type": activities_by_type(acts.type),
        "time_spent_selling_by_rep": by_rep(acts, rep_hours),
    }
    return kpis, breakdowns


_IDS = {
    "activities",
    "selling_hours",
    "time_spent_selling",
    "activities_per_won_deal",
    "activities_by_type",
    "time_spent_selling_by_rep",
}


def explain_parts(
    kpi_id: str, ctx: KpiContext, kpis: dict
) -> tuple[dict, np.ndarray | None, list[int]] | None:
    """``(inputs, deal mask, activity ids)`` behind ``kpi_id``; None for another family's id."""
    if kpi_id not in _IDS:
        return None
    acts = period_activities(ctx)
    rep_hours = working_hours(ctx.settings.working_hours_per_week, ctx.period.days)
    chosen = acts.selling if kpi_id == "selling_hours" else np.ones(len(acts), dtype=bool)
    inputs: dict = {
        "activities": len(acts),
        "with_hours": int((~np.isnan(acts.hours)).sum()),
        "selling_hours": selling_hours(acts.hours, acts.selling),
    }
    if kpi_id in ("time_spent_selling", "time_spent_selling_by_rep"):
        inputs.update({"working_hours_per_rep": rep_hours, "people": people(acts)})
    mask = None
    if kpi_id == "activities_per_won_deal":
        inputs["deals_won"] = kpis.get("deals_won")
        mask = ctx.won
    inputs.setdefault(kpi_id, kpis.get(kpi_id))
    return inputs, mask, sorted(int(i) for i in acts.ids[chosen])
