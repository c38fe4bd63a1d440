"""Bring the prepared data of a dataset up to date after a few rows changed.

After a saved deal the store hands over a new :class:`~kpi_core.dataset.Dataset` whose
changed frames were spliced from the old ones: kept rows in their old order, rows whose
values were written again in their old place, new rows at the end. :class:`RowMap` says
which old row each new row comes from. :func:`carry` then builds the
:class:`~kpi_core.prepared.Prepared` data of the new dataset from the old one: arrays
gathered through the map, only the written rows (and, for what spans several rows, their
deals' history and their accounts) computed again. The result equals a fresh
:func:`~kpi_core.prepared.prepare` of the new dataset (tested), in time proportional to the
rows written plus a few gathers over all rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import numpy as np
import pandas as pd

from kpi_core._util import positions
from kpi_core.dataset import Dataset
from kpi_core.prepared import (
    _NONE,
    Prepared,
    blank_to_none,
    cached_entry,
    churn_dates,
    deal_money,
    first_seen,
    first_won_frame,
    register,
    stage_lookup,
    stints_of,
)


@dataclass(frozen=True)
class RowMap:
    """How the rows of a replaced frame come from the rows of the frame it replaces.

    ``source[i]``: the old row of new row ``i`` (-1 = a new row); the kept rows are in their
    old order. ``dirty``: the new rows whose values may differ from their old row (written
    again, or new), ascending.
    """

    source: np.ndarray
    dirty: np.ndarray
    #: the old frame's length (None: unknown)
    old_len: int | None = None

    @cached_property
    def in_place(self) -> bool:
        """No row removed or added: new row ``i`` is old row ``i``."""
        return self.old_len == len(self.source) and bool((self.source >= 0).all())

    @classmethod
    def same(cls, n: int) -> RowMap:
        """Nothing changed in a frame of ``n`` rows."""
        return cls(np.arange(n, dtype=np.int64), np.zeros(0, dtype=np.int64), n)

    def new_of_old(self, old_len: int) -> np.ndarray:
        """The new row of each old row (-1 = removed)."""
        out = np.full(old_len + 1, -1, dtype=np.int64)  # the last slot: old row -1
        kept = self.source >= 0
        out[self.source[kept]] = np.flatnonzero(kept)
        return out


def carry(old: Dataset, new: Dataset, maps: dict[str, RowMap]) -> Prepared | None:
    """The prepared data of ``new`` from that of ``old`` (None when ``old`` has none).

    ``maps`` holds a :class:`RowMap` for each of the deals, stage history and accounts that
    was replaced; the rates must be the same frame. The result is remembered for ``new``
    (``prepare(new)`` then finds it).
    """
    prev = cached_entry(old)
    if prev is None or new.rates is not old.rates:
        return None
    for name in ("deals", "stage_history", "accounts"):
        if getattr(new, name) is not getattr(old, name) and name not in maps:
            return None
    deals = maps.get("deals") or RowMap.same(len(new.deals))
    history = maps.get("stage_history") or RowMap.same(len(new.stage_history))
    nxt = Prepared(new)
    for column, pair in prev._codes.items():
        spliced, index = _spliced_codes(pair, prev.key_index(column), deals, new.deals[column])
        nxt._codes[column], nxt._key_index[column] = spliced, index
    for name in ("won", "lost"):
        if name in prev.__dict__:
            codes, keys = nxt.codes("status")
            fresh = np.append(keys == name, False).astype(bool)[codes[deals.dirty]]
            nxt.__dict__[name] = _spliced(getattr(prev, name), deals, fresh)
    for base, arrays in prev._money.items():
        fresh_money = deal_money(new.deals.iloc[deals.dirty], new.rates, base)
        nxt._money[base] = tuple(
            _spliced(a, deals, f) for a, f in zip(arrays, fresh_money, strict=True)
        )
    if "history_codes" in prev.__dict__:
        nxt.__dict__["history_codes"] = _spliced_codes(
            prev.history_codes, None, history, new.stage_history["stage"], clean=False
        )[0]
    if new.accounts is old.accounts and "churn_table" in prev.__dict__:
        nxt.__dict__["churn_table"] = prev.churn_table
        if "account_churn" in prev.__dict__:  # churn dates of the keys added at the end
            known = prev.account_churn[:-1]
            keys = nxt.codes("account")[1]
            added = churn_dates(nxt, keys[len(known) :])
            nat = np.array([np.datetime64("NaT", "ns")])
            nxt.__dict__["account_churn"] = np.concatenate([known, added, nat])
    if "hist_pos" not in prev.__dict__:
        return register(new, nxt)
    new_of_old = deals.new_of_old(len(old.deals))
    hist_pos = _hist_pos(prev.hist_pos, new_of_old, deals, history, new)
    nxt.__dict__["hist_pos"] = hist_pos
    # deals whose own values or history rows changed: their stints and reach again
    touched = np.zeros(len(new.deals) + 1, dtype=bool)
    touched[deals.dirty] = True
    touched[hist_pos[history.dirty]] = True
    if not history.in_place:
        removed = np.ones(len(old.stage_history), dtype=bool)
        removed[history.source[history.source >= 0]] = False
        touched[new_of_old[prev.hist_pos[np.flatnonzero(removed)]]] = True
    touched[-1] = False
    rows = np.flatnonzero(touched[:-1])
    hist_rows = np.flatnonzero(touched[np.where(hist_pos >= 0, hist_pos, len(new.deals))])
    if "stints" in prev.__dict__:
        nxt.__dict__["stints"] = _stints(prev, nxt, history, hist_rows)
    for names, (_current, reach) in prev._reach.items():
        nxt._reach[names] = _reach(nxt, names, reach, deals, rows, hist_rows)
    if "first_won_parts" in prev.__dict__:
        nxt.__dict__["first_won_parts"] = _first_won(prev, nxt, deals, new_of_old, old, new)
    return register(new, nxt)


def _spliced(old: np.ndarray, rows: RowMap, fresh: np.ndarray | None) -> np.ndarray:
    """``old`` through the map with the dirty rows set to ``fresh`` (None: left for the
    caller to set). Rows in place whose fresh values are the old ones: ``old`` itself
    (arrays of prepared data are never written to once made)."""
    dirty = rows.dirty
    if rows.in_place:
        if fresh is not None and _equal(old[dirty], fresh):
            return old
        out = old.copy()
    elif len(old):
        out = old[np.where(rows.source >= 0, rows.source, 0)]
    else:
        out = np.zeros(len(rows.source), dtype=old.dtype)
    if fresh is not None and len(dirty):
        out[dirty] = fresh
    return np.asarray(out)


def _equal(a: np.ndarray, b: np.ndarray) -> bool:
    if a.dtype.kind == "f":
        return bool(np.array_equal(a, b, equal_nan=True))
    return bool(np.array_equal(a, b))


def _spliced_codes(
    pair: tuple[np.ndarray, np.ndarray],
    index: pd.Index | None,
    rows: RowMap,
    column: pd.Series,
    clean: bool = True,
) -> tuple[tuple[np.ndarray, np.ndarray], pd.Index]:
    """``(codes, keys)`` of :meth:`Prepared.codes` after the rows changed, and the keys'
    index: new keys go at the end of the keys (their order carries no meaning)."""
    codes, keys = pair
    if index is None:
        index = pd.Index(keys)
    values = column.to_numpy(dtype=object)[rows.dirty]
    if clean:
        values = blank_to_none(values)
    found = index.get_indexer(values) if len(keys) else np.full(len(values), -1)
    missing = np.asarray(pd.isna(values), dtype=bool)
    extra: dict[object, int] = {}
    for i in np.flatnonzero((found < 0) & ~missing):
        found[i] = extra.setdefault(values[i], len(keys) + len(extra))
    found[missing] = -1
    out = _spliced(codes, rows, found.astype(codes.dtype))
    if extra:
        added = np.array(list(extra), dtype=object)
        keys = np.append(keys, added)
        index = index.append(pd.Index(added))
    return (out, keys), index


def _hist_pos(
    old_pos: np.ndarray, new_of_old: np.ndarray, deals: RowMap, history: RowMap, new: Dataset
) -> np.ndarray:
    """:attr:`Prepared.hist_pos` through the maps; rows without a known deal looked up."""
    if deals.in_place and history.in_place:
        return old_pos
    kept = history.source >= 0
    pos = np.full(len(history.source), -1, dtype=old_pos.dtype)
    pos[kept] = new_of_old[old_pos[history.source[kept]]]
    again = np.flatnonzero(pos < 0)
    if len(again):
        ids = new.stage_history["deal_id"].to_numpy()[again]
        pos[again] = positions(new.deals["id"].to_numpy(), ids)
    return pos


def _stints(
    prev: Prepared, nxt: Prepared, history: RowMap, rows: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    known_old, days_old = prev.stints
    entered = nxt.dataset.stage_history["entered_on"].to_numpy()
    pos = nxt.hist_pos
    redo = np.union1d(rows, history.dirty)
    if len(redo) == 0 and history.in_place:
        return known_old, days_old
    known = _spliced(known_old, history, None)
    days = _spliced(days_old, history, None)
    if known is known_old:  # pragma: no cover - _spliced copies when fresh is None
        known, days = known.copy(), days.copy()
    known[redo] = (pos[redo] >= 0) & ~np.isnat(entered[redo])
    days[redo] = np.nan
    sel = redo[known[redo]]
    days[sel] = stints_of(pos[sel], entered[sel], nxt)
    return known, days


def _reach(
    nxt: Prepared,
    names: tuple[str, ...],
    reach: np.ndarray,
    deals: RowMap,
    rows: np.ndarray,
    hist_rows: np.ndarray,
) -> tuple[np.ndarray, np.ndarray]:
    codes, keys = nxt.codes("stage")
    cur = stage_lookup(keys, names)[codes]
    furthest = np.full(len(cur) + 1, -1, dtype=np.int64)
    furthest[rows] = cur[rows]
    h_codes, h_keys = nxt.history_codes
    h = stage_lookup(h_keys, names)[h_codes[hist_rows]]
    pos = nxt.hist_pos[hist_rows]
    ok = h >= 0
    np.maximum.at(furthest, pos[ok], h[ok])
    fresh = np.maximum(furthest[rows], 0)
    fresh[nxt.won[rows]] = len(names)
    return cur, _spliced(reach, RowMap(deals.source, rows, deals.old_len), fresh)


def _first_won(
    prev: Prepared,
    nxt: Prepared,
    deals: RowMap,
    new_of_old: np.ndarray,
    old: Dataset,
    new: Dataset,
) -> tuple[pd.DataFrame, np.ndarray]:
    """The first won deal of the accounts of the written or removed deals found again; the
    other accounts' rows moved through the map; rows in the order of a fresh computation."""
    frame, appear = prev.first_won_parts
    codes, keys = prev.codes("account")
    removed = np.flatnonzero(new_of_old[:-1] < 0)
    dirty_src = deals.source[deals.dirty]
    old_rows = np.concatenate([removed, dirty_src[dirty_src >= 0]])
    was = np.append(keys, _NONE).take(codes[old_rows])
    now = nxt.key_rows("account", deals.dirty)
    affected = pd.unique(np.concatenate([was, now]).astype(object))
    affected = affected[pd.notna(affected)]
    names = frame["account"].to_numpy(dtype=object)
    stay = ~np.isin(names, affected) if len(affected) else np.ones(len(names), dtype=bool)
    if new.accounts is not old.accounts:
        added = new.accounts["name"].to_numpy(dtype=object)[len(old.accounts) :]
        stay &= ~np.isin(names, added)  # a name given again: its churn date is read again
    if stay.all() and not len(affected) and deals.in_place:
        return frame, appear
    kept = frame.loc[stay].reset_index(drop=True)
    kept["row"] = new_of_old[kept["row"].to_numpy()]
    kept_appear = new_of_old[appear[stay]]
    # the affected accounts from scratch, over their deals only
    redo = names[~stay]
    wanted = pd.unique(np.concatenate([affected, redo]).astype(object))
    acc_codes, acc_keys = nxt.codes("account")
    key_pos = nxt.key_index("account").get_indexer(wanted)
    mask = np.zeros(len(acc_keys) + 1, dtype=bool)
    mask[key_pos[key_pos >= 0]] = True
    closed = new.deals["closed_on"].to_numpy()
    idx = np.flatnonzero(nxt.won & ~np.isnat(closed) & mask[acc_codes])
    codes, acc_names = first_seen(acc_codes[idx], acc_keys)
    order = np.lexsort((new.deals["id"].to_numpy()[idx], closed[idx], codes))
    sorted_codes = codes[order]
    starts = np.ones(len(order), dtype=bool)
    starts[1:] = sorted_codes[1:] != sorted_codes[:-1]
    firsts = idx[order[starts]]
    found = first_won_frame(nxt, acc_names[sorted_codes[starts]], firsts)
    found_appear = np.zeros(len(acc_names), dtype=np.int64)
    found_appear[codes[::-1]] = idx[::-1]
    all_appear = np.concatenate([kept_appear, found_appear])
    rank = np.argsort(all_appear, kind="stable")
    both = pd.concat([kept, found], ignore_index=True).iloc[rank].reset_index(drop=True)
    both = both.astype({"row": np.int64})
    return both, all_appear[rank]
