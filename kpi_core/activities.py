"""Activities family: activities, selling hours, time spent selling, activities per won deal,
activities by type and time spent selling by rep.

Calls, meetings, e-mails, demos and proposals are **selling** activities; admin, training,
other (and any unknown type) are not. One rep's working time in the period is
``working_hours_per_week`` × days in the period / 7. Filters: under an owner filter only that
rep's activities count; under a source or product filter only the activities linked (by
``deal_id``, else ``deal_external_id``) to a deal that passes that filter.

Empty owners and types are keys of their own (None, shown "(none)"); types are compared
case-insensitively. Hours that are missing or negative are unknown.

Owners and types are factorised once per activities frame, and each activity's deal found
once (remembered weakly with the dataset's :mod:`kpi_core.prepared` data, so
``kpi_core.clear_cache()`` forgets them too): a computation then only selects its rows.
"""

from __future__ import annotations

import threading
import weakref
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from kpi_core._identity_cache import IdentityCache
from kpi_core._util import positions, ratio, sort_rows
from kpi_core.context import KpiContext, filter_mask, ts
from kpi_core.dataset import empty_frame
from kpi_core.prepared import Prepared, blank_to_none
from kpi_core.prepared_update import RowMap
from kpi_core.types import Inputs, RawBreakdowns, RawKpis, Row

SELLING_TYPES = frozenset({"call", "meeting", "email", "demo", "proposal"})


@dataclass(frozen=True)
class Activities:
    """Activities as aligned arrays.

    ``owner``/``type`` are codes into ``owner_names``/``type_names`` (-1 = empty; types
    lower-cased), ``hours`` float (NaN = unknown), ``selling`` the selling mask, ``ids`` the
    activity ids.
    """

    ids: np.ndarray
    owner: np.ndarray
    owner_names: np.ndarray
    type: np.ndarray
    type_names: np.ndarray
    hours: np.ndarray
    selling: np.ndarray

    def __len__(self) -> int:
        return len(self.ids)

    def take(self, rows: np.ndarray) -> Activities:
        """The activities at ``rows`` (same name tables)."""
        return Activities(
            self.ids[rows],
            self.owner[rows],
            self.owner_names,
            self.type[rows],
            self.type_names,
            self.hours[rows],
            self.selling[rows],
        )


def working_hours(hours_per_week: float, days: int) -> float:
    """One rep's working time in a period of ``days`` days: hours_per_week × days / 7."""
    return float(hours_per_week) * days / 7.0


def factorise_keys(values: np.ndarray, lower: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """``(codes, names)`` of text keys: an empty or blank key has code -1; with ``lower``
    the keys are stripped and lower-cased, so ``"Call"`` and ``"call"`` share a code.

    Only the distinct values are cleaned, then spread back: a few names over many rows.
    """
    codes, uniques = pd.factorize(np.asarray(values, dtype=object))
    cleaned = blank_to_none(np.asarray(uniques, dtype=object))
    if lower:
        cleaned = np.array(
            [None if u is None else str(u).strip().lower() for u in cleaned], dtype=object
        )
    merged, names = pd.factorize(cleaned)  # None -> -1; equal cleaned names -> one code
    table = np.append(merged, -1).astype("int64")
    return table[np.where(codes >= 0, codes, len(cleaned))], np.asarray(names, dtype=object)


def selling_mask(type_codes: np.ndarray, type_names: np.ndarray) -> np.ndarray:
    """True for the selling types (call, meeting, email, demo, proposal)."""
    selling_name = np.append(np.isin(type_names, sorted(SELLING_TYPES)), False)
    return selling_name[np.where(type_codes >= 0, type_codes, len(type_names))]


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


def _slots(codes: np.ndarray, names: np.ndarray) -> tuple[np.ndarray, int]:
    """Codes with -1 moved to the last slot ``len(names)``, and the number of slots."""
    k = len(names)
    return np.where(codes >= 0, codes, k), k + 1


def people(owner: np.ndarray, owner_names: np.ndarray) -> int:
    """Distinct people with an activity (activities without an owner count as one person)."""
    if len(owner) == 0:
        return 0
    slot, size = _slots(owner, owner_names)
    return int(np.count_nonzero(np.bincount(slot, minlength=size)))


def activities_by_type(type_codes: np.ndarray, type_names: np.ndarray) -> list[Row]:
    """Per type with an activity: ``value`` the count, ``share`` of all activities."""
    total = len(type_codes)
    if total == 0:
        return []
    slot, size = _slots(type_codes, type_names)
    counts = np.bincount(slot, minlength=size)
    keys = [*(str(n) for n in type_names), None]
    rows = [
        {"key": keys[i], "value": int(counts[i]), "share": ratio(int(counts[i]), total)}
        for i in np.flatnonzero(counts)
    ]
    return sort_rows(rows)


def by_rep(acts: Activities, rep_hours: float) -> list[Row]:
    """Per person with an activity: ``hours`` their selling hours and ``value`` hours / one
    rep's working time; both None when none of their activities has hours."""
    if len(acts) == 0:
        return []
    slot, size = _slots(acts.owner, acts.owner_names)
    known = ~np.isnan(acts.hours)
    sold = np.bincount(
        slot, weights=np.where(known & acts.selling, acts.hours, 0.0), minlength=size
    )
    any_known = np.bincount(slot, weights=known, minlength=size) > 0
    present = np.bincount(slot, minlength=size) > 0
    keys = [*(str(n) for n in acts.owner_names), None]
    rows = []
    for i in np.flatnonzero(present):
        hours = float(sold[i]) if any_known[i] else None
        rows.append(
            {
                "key": keys[i],
                "value": None if hours is None else ratio(hours, rep_hours),
                "hours": hours,
            }
        )
    return sort_rows(rows)


def linked_rows(deal_id: np.ndarray, external_id: np.ndarray, deals: pd.DataFrame) -> np.ndarray:
    """Row in ``deals`` of each activity's deal: by ``deal_id`` (NaN = none), else by
    ``deal_external_id`` (-1 when not linked or the deal is unknown)."""
    rows = np.full(len(deal_id), -1, dtype="int64")
    has_id = ~np.isnan(deal_id)
    if has_id.any():
        rows[has_id] = positions(deals["id"].to_numpy(dtype="float64"), deal_id[has_id])
    ext = blank_to_none(np.asarray(external_id, dtype=object))
    ask = (rows < 0) & pd.notna(ext)
    if ask.any():
        known = blank_to_none(deals["external_id"].to_numpy(dtype=object))
        rows[ask] = positions(known, ext[ask])
    return rows


# ---- per-frame data --------------------------------------------------------------------
@dataclass(frozen=True, eq=False)
class _FrameData:
    """Every activity of a frame, factorised, plus what the filters and periods read."""

    all: Activities
    by_date: np.ndarray  # rows in order of done_on (unknown dates last)
    sorted_done: np.ndarray  # done_on in that order
    deal_id: np.ndarray
    external_id: np.ndarray

    def rows_in(self, start: np.datetime64, end: np.datetime64) -> np.ndarray:
        """Rows done in ``[start, end]`` (two binary searches)."""
        lo = np.searchsorted(self.sorted_done, start, side="left")
        hi = np.searchsorted(self.sorted_done, end, side="right")
        return self.by_date[lo:hi]


#: per prepared dataset (weak, so ``kpi_core.clear_cache`` renews it too): the factorised
#: data of the last few frames
_frames: weakref.WeakKeyDictionary[Any, Any] = weakref.WeakKeyDictionary()
_CACHE_SIZE = 4
#: deal row of every activity of a frame, per prepared deals (both weak)
_links: weakref.WeakKeyDictionary[Any, Any] = weakref.WeakKeyDictionary()
#: held while a per-frame dict of ``_links`` is written or copied: the dashboard may fill
#: the old prepared data's while an edit carries it on another thread
_links_lock = threading.Lock()


def _column(frame: pd.DataFrame, name: str, dtype: str) -> np.ndarray:
    """``frame[name]`` as an array (all unknown when the frame lacks the column)."""
    if name not in frame.columns:
        return np.full(len(frame), np.nan if dtype == "float64" else None, dtype=dtype)
    return np.asarray(frame[name].to_numpy(dtype=dtype))


def _shape(frame: pd.DataFrame) -> tuple[int, tuple[str, ...]]:
    return len(frame), tuple(frame.columns)


def _frame_data(frame: pd.DataFrame, owner: object) -> _FrameData:
    """The factorised activities of ``frame``, remembered with ``owner`` (the dataset's
    prepared data) for the last few frames: a frame replaced, or whose length or columns
    change, is noticed; one edited in place after ``kpi_core.clear_cache()``."""
    known: IdentityCache[_FrameData] = _frames.setdefault(
        owner, IdentityCache(_CACHE_SIZE, _shape, forget_collected=False)
    )
    hit = known.get(frame)
    if hit is not None:
        return hit
    owner, owner_names = factorise_keys(_column(frame, "owner", "object"))
    kind, type_names = factorise_keys(_column(frame, "type", "object"), lower=True)
    hours = _column(frame, "hours", "float64").copy()
    hours[hours < 0] = np.nan
    ids = frame["id"].to_numpy() if "id" in frame.columns else np.arange(len(frame))
    done = frame["done_on"].to_numpy(dtype="datetime64[ns]")
    by_date = np.argsort(done, kind="stable")  # NaT sorts last
    data = _FrameData(
        Activities(
            ids,
            owner,
            owner_names,
            kind,
            type_names,
            hours,
            selling_mask(kind, type_names),
        ),
        by_date,
        done[by_date],
        _column(frame, "deal_id", "float64"),
        _column(frame, "deal_external_id", "object"),
    )
    return known.put(frame, data)


def period_activities(ctx: KpiContext) -> Activities:
    """The activities done in the period that pass the filters (owner: that rep's; source or
    product: those linked to a deal that passes the filter)."""
    frame = getattr(ctx.dataset, "activities", None)
    data = _frame_data(empty_frame("activities") if frame is None else frame, ctx.prep)
    rows = data.rows_in(ts(ctx.period.start), ts(ctx.period.end))
    acts = data.all
    if ctx.filters.owner is not None:
        wanted = np.flatnonzero(acts.owner_names == ctx.filters.owner)
        rows = rows[np.isin(acts.owner[rows], wanted)]
    deals = ctx.prep.deals
    passes = filter_mask(deals, source=ctx.filters.source, product=ctx.filters.product)
    if passes is not None:
        linked = _deal_rows(ctx, data)[rows]
        rows = rows[np.append(passes, False)[np.where(linked >= 0, linked, len(passes))]]
    return acts.take(rows)


def _deal_rows(ctx: KpiContext, data: _FrameData) -> np.ndarray:
    """:func:`linked_rows` of every activity of ``data``, remembered per prepared deals."""
    per_frame = _links.setdefault(ctx.prep, weakref.WeakKeyDictionary())
    found = per_frame.get(data)
    if found is None:
        found = linked_rows(data.deal_id, data.external_id, ctx.prep.deals)
        with _links_lock:
            per_frame[data] = found
    return np.asarray(found)


def carry_cache(prev: Prepared, nxt: Prepared, deals: RowMap) -> None:
    """Keep the activities' data remembered for ``prev`` for ``nxt`` (its deals spliced by
    ``deals``): the factorised frames always (each entry is checked against its frame when
    used), the deal of each activity when no deal moved or changed its id or external id
    and no new deal carries an id or external id an activity names."""
    frames = _frames.get(prev)
    if frames:
        _frames[nxt] = frames.copy()
    links = _links.get(prev)
    if not links or not deals.grown:
        return
    if len(deals.rewritten) and deals.touches("id", "external_id"):
        return
    added = nxt.deals.iloc[deals.added]
    ids = added["id"].to_numpy(dtype="float64")
    ext = blank_to_none(added["external_id"].to_numpy(dtype=object))
    ext = ext[pd.notna(ext)]
    kept: weakref.WeakKeyDictionary[Any, Any] = weakref.WeakKeyDictionary()
    with _links_lock:
        known = list(links.items())
    for data, rows in known:
        if len(ids) and (
            np.isin(data.deal_id, ids).any()
            or (len(ext) and pd.Series(data.external_id).isin(ext.tolist()).any())
        ):
            continue
        kept[data] = rows
    _links[nxt] = kept


def compute(ctx: KpiContext, deals_won: int) -> tuple[RawKpis, RawBreakdowns]:
    """The activities family's scalars and breakdowns (needs ``deals_won``)."""
    acts = period_activities(ctx)
    rep_hours = working_hours(ctx.settings.working_hours_per_week, ctx.period.days)
    n_people = people(acts.owner, acts.owner_names)
    kpis = {
        "activities": len(acts),
        "selling_hours": selling_hours(acts.hours, acts.selling),
        "time_spent_selling": time_spent_selling(acts.hours, acts.selling, n_people, rep_hours),
        "activities_per_won_deal": ratio(len(acts), deals_won),
    }
    breakdowns = {
        "activities_by_type": activities_by_type(acts.type, acts.type_names),
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
    kpi_id: str, ctx: KpiContext, kpis: RawKpis
) -> tuple[Inputs, np.ndarray | None, list[int]] | None:
    """``(inputs, deal mask, activity ids)`` behind ``kpi_id``; None for another family's id."""
    if kpi_id not in _IDS:
        return None
    acts = period_activities(ctx)
    rep_hours = working_hours(ctx.settings.working_hours_per_week, ctx.period.days)
    chosen = acts.selling if kpi_id == "selling_hours" else np.ones(len(acts), dtype=bool)
    inputs: Inputs = {
        "activities": len(acts),
        "with_hours": int((~np.isnan(acts.hours)).sum()),
        "selling_hours": selling_hours(acts.hours, acts.selling),
    }
    if kpi_id in ("time_spent_selling", "time_spent_selling_by_rep"):
        inputs.update(
            {"working_hours_per_rep": rep_hours, "people": people(acts.owner, acts.owner_names)}
        )
    mask = None
    if kpi_id == "activities_per_won_deal":
        inputs["deals_won"] = kpis.get("deals_won")
        mask = ctx.won
    inputs.setdefault(kpi_id, kpis.get(kpi_id))
    return inputs, mask, sorted(int(i) for i in acts.ids[chosen])
