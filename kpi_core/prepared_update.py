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

from kpi_core._util import FEW, few_positions, is_in, positions
from kpi_core.carry_first_won import first_wins_kept, first_wins_moved, first_won_again
from kpi_core.dataset import Dataset
from kpi_core.prepared import (
    BYTE_KEYS,
    Prepared,
    blank_to_none,
    cached_entry,
    churn_dates,
    deal_money,
    register,
    stage_lookup,
    stints_of,
)
from kpi_core.room import appended


@dataclass(frozen=True)
class RowMap:
    """How the rows of a replaced frame come from the rows of the frame it replaces.

    The new frame is the old rows ``kept`` (None: every one), in their old order, then
    ``added`` new rows. ``dirty``: the new rows whose values may differ from their old row
    (written again, or new), ascending. ``changed``: the columns in which a row written
    again may differ from its old row (None: any of them); a new row is new in every column.
    """

    kept: np.ndarray | None
    added_count: int
    dirty: np.ndarray
    #: the old frame's length
    old_len: int
    changed: frozenset[str] | None = None

    @property
    def kept_count(self) -> int:
        return self.old_len if self.kept is None else len(self.kept)

    @property
    def new_len(self) -> int:
        return self.kept_count + self.added_count

    @cached_property
    def source(self) -> np.ndarray:
        """``source[i]``: the old row of new row ``i`` (-1 = a new row)."""
        kept = np.arange(self.old_len, dtype=np.int64) if self.kept is None else self.kept
        return np.concatenate([kept, np.full(self.added_count, -1, dtype=np.int64)])

    @property
    def in_place(self) -> bool:
        """No row removed or added: new row ``i`` is old row ``i``."""
        return self.kept is None and self.added_count == 0

    @property
    def grown(self) -> bool:
        """No row removed, new rows (if any) at the end: new row ``i`` < ``old_len`` is old
        row ``i``."""
        return self.kept is None

    def old_of(self, rows: np.ndarray) -> np.ndarray:
        """The old row of each of the new ``rows`` (-1 = a new row)."""
        rows = np.asarray(rows, dtype=np.int64)
        kept = rows < self.kept_count
        if self.kept is None:
            return np.where(kept, rows, -1)
        out = np.full(len(rows), -1, dtype=np.int64)
        out[kept] = self.kept[rows[kept]]  # no old row kept: nothing to look up
        return out

    @cached_property
    def added(self) -> np.ndarray:
        """The dirty rows that are new (no old row), ascending."""
        return np.asarray(self.dirty[self.dirty >= self.kept_count])

    @cached_property
    def rewritten(self) -> np.ndarray:
        """The dirty rows that were written again over an old row, ascending."""
        return np.asarray(self.dirty[self.dirty < self.kept_count])

    def touches(self, *columns: str) -> bool:
        """Whether a row written again may differ from its old row in any of ``columns``."""
        return self.changed is None or not self.changed.isdisjoint(columns)

    def differing(self, *columns: str) -> np.ndarray:
        """The rows that may differ from their old row in any of ``columns``: the dirty
        rows when a row written again may, else only the new rows."""
        return self.dirty if self.touches(*columns) else self.added

    @classmethod
    def same(cls, n: int) -> RowMap:
        """Nothing changed in a frame of ``n`` rows."""
        return cls(None, 0, np.zeros(0, dtype=np.int64), n, frozenset())

    def new_of_old(self, old_len: int) -> np.ndarray:
        """The new row of each old row (-1 = removed)."""
        out = np.full(old_len + 1, -1, dtype=np.int64)  # the last slot: old row -1
        if self.kept is None:
            out[: self.old_len] = np.arange(self.old_len)
        else:
            out[self.kept] = np.arange(len(self.kept))
        return out


def find_rows(ids: np.ndarray, wanted: np.ndarray) -> np.ndarray:
    """:func:`~kpi_core._util.positions` (row of each wanted id, the first of a repeated
    one, -1 when absent), by one comparison per id when only a few are wanted."""
    wanted = np.asarray(wanted)
    if len(wanted) > 4 or ids.dtype.kind not in "iu" or wanted.dtype.kind not in "iu":
        return positions(ids, wanted)
    return few_positions(ids, wanted)


def carry(old: Dataset, new: Dataset, maps: dict[str, RowMap]) -> Prepared | None:
    """The prepared data of ``new`` from that of ``old`` (None when ``old`` has none).

    ``maps`` holds a :class:`RowMap` for each of the deals, stage history and accounts that
    was replaced; the rates must be the same frame. The result is remembered for ``new``
    (``prepare(new)`` then finds it), with the caches the KPI families keep per prepared
    data (:func:`carry_families`).

    What a written row cannot have changed is kept as it is (the same arrays): a column
    the map's ``changed`` leaves out, the stints and reached stages of deals whose stage,
    status, close date and history are as before, the first-won deals when no written deal
    counts as a first win before or after.
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
    # prev's dicts are iterated over snapshots: the dashboard may still fill them on another
    # thread while it computes on the old dataset
    for column, pair in list(prev._codes.items()):
        if deals.in_place and not deals.touches(column):
            nxt._codes[column] = pair
            if column in prev._key_index:
                nxt._key_index[column] = prev._key_index[column]
            continue
        spliced, index = _spliced_codes(pair, prev.key_index(column), deals, new.deals[column])
        nxt._codes[column], nxt._key_index[column] = spliced, index
    for name in ("won", "lost"):
        if name in prev.__dict__:
            if deals.in_place and not deals.touches("status"):
                nxt.__dict__[name] = getattr(prev, name)
                continue
            codes, keys = nxt.codes("status")
            fresh = np.append(keys == name, False).astype(bool)[codes[deals.dirty]]
            nxt.__dict__[name] = _spliced(getattr(prev, name), deals, fresh)
    for base, arrays in list(prev._money.items()):
        fresh_money = deal_money(new.deals.iloc[deals.dirty], new.rates, base)
        nxt._money[base] = tuple(
            _spliced(a, deals, f) for a, f in zip(arrays, fresh_money, strict=True)
        )
    if "history_codes" in prev.__dict__:
        if new.stage_history is old.stage_history:
            nxt.__dict__["history_codes"] = prev.history_codes
        else:
            nxt.__dict__["history_codes"] = _spliced_codes(
                prev.history_codes, None, history, new.stage_history["stage"], clean=False
            )[0]
    if new.accounts is old.accounts and "churn_table" in prev.__dict__:
        nxt.__dict__["churn_table"] = prev.churn_table
        if "account_churn" in prev.__dict__:  # churn dates of the keys added at the end
            known = prev.account_churn[:-1]
            keys = nxt.codes("account")[1]
            if len(keys) == len(known):
                nxt.__dict__["account_churn"] = prev.account_churn
            else:
                added = churn_dates(nxt, keys[len(known) :])
                nat = np.array([np.datetime64("NaT", "ns")])
                nxt.__dict__["account_churn"] = np.concatenate([known, added, nat])
    if "hist_pos" not in prev.__dict__:
        return _registered(prev, nxt, deals, old, new)
    new_of_old = None if deals.grown else deals.new_of_old(len(old.deals))
    hist_pos = _hist_pos(prev.hist_pos, new_of_old, deals, history, new)
    nxt.__dict__["hist_pos"] = hist_pos
    # deals whose stage, status, close date or history rows changed: stints, reach again
    parts = [hist_pos[history.dirty]]
    parts.append(deals.differing("stage", "status", "closed_on"))
    if not history.grown:
        kept = np.zeros(len(old.stage_history), dtype=bool)
        kept[history.kept] = True
        removed_deals = prev.hist_pos[np.flatnonzero(~kept)]
        if new_of_old is None:
            new_of_old = deals.new_of_old(len(old.deals))
        parts.append(new_of_old[removed_deals])
    rows = np.unique(np.concatenate([np.asarray(p, dtype=np.int64) for p in parts]))
    rows = rows[rows >= 0]
    hist_rows = _rows_of_deals(hist_pos, rows, len(new.deals))
    if "stints" in prev.__dict__:
        stint_rows = hist_rows
        if deals.kept is not None:  # history rows left without their deal lose their stints
            orphans = np.flatnonzero(hist_pos < 0)  # none when a deal's history goes with it
            if len(orphans):
                stint_rows = np.union1d(hist_rows, orphans)
        nxt.__dict__["stints"] = _stints(prev, nxt, history, stint_rows)
    for names, (current, reach) in list(prev._reach.items()):
        nxt._reach[names] = _reach(prev, nxt, names, (current, reach), deals, rows, hist_rows)
    if "first_won_parts" in prev.__dict__:
        if first_wins_kept(prev, nxt, deals, old, new):
            nxt.__dict__["first_won_parts"] = prev.first_won_parts
        else:
            if new_of_old is None:
                new_of_old = deals.new_of_old(len(old.deals))
            moved = first_wins_moved(prev, nxt, deals, new_of_old, old, new)
            nxt.__dict__["first_won_parts"] = (
                moved
                if moved is not None
                else first_won_again(prev, nxt, deals, new_of_old, old, new)
            )
    return _registered(prev, nxt, deals, old, new)


def _registered(
    prev: Prepared, nxt: Prepared, deals: RowMap, old: Dataset, new: Dataset
) -> Prepared:
    """``nxt`` remembered for ``new``, with the families' caches carried over."""
    register(new, nxt)
    carry_families(prev, nxt, deals, old, new)
    return nxt


def carry_families(
    prev: Prepared, nxt: Prepared, deals: RowMap, old: Dataset, new: Dataset
) -> None:
    """The caches the KPI families keep per prepared data (sources' codes, recurring's
    contracts, activities' frames and deal links) kept for ``nxt`` where the change
    cannot have altered them; the others are computed again when asked for."""
    from kpi_core import activities, recurring_carry, sources

    sources.carry_cache(prev, nxt, deals)
    recurring_carry.carry_cache(prev, nxt, deals, old, new)
    activities.carry_cache(prev, nxt, deals)


def carry_leads(old: pd.DataFrame, new: pd.DataFrame, rows: RowMap) -> None:
    """The lead arrays of the leads frame ``new`` (spliced from ``old`` by ``rows``) from
    those of ``old``, when remembered: the written rows' answers worked out again, the
    others' kept (:mod:`kpi_core.lead_arrays`; equal to building them, tested)."""
    from kpi_core import lead_arrays

    prev = lead_arrays.cached(old)
    if prev is None:
        return
    dirty = rows.dirty
    fresh = lead_arrays.build(new.iloc[dirty])
    lead_arrays.remember(
        new,
        lead_arrays.LeadArrays(
            created=new["created_on"].to_numpy(),
            sql_on=new["sql_on"].to_numpy(),
            converted=_spliced(prev.converted, rows, fresh.converted, dirty),
            reached_sql=_spliced(prev.reached_sql, rows, fresh.reached_sql, dirty),
        ),
    )


def _rows_of_deals(hist_pos: np.ndarray, rows: np.ndarray, n_deals: int) -> np.ndarray:
    """The history rows whose deal is one of ``rows`` (ascending, unique), ascending."""
    if len(rows) == 0:
        return np.zeros(0, dtype=np.int64)
    if len(rows) <= FEW:  # a comparison per deal beats a gather over every history row
        return np.flatnonzero(is_in(hist_pos, rows))
    touched = np.zeros(n_deals + 1, dtype=bool)
    touched[rows] = True
    return np.flatnonzero(touched[np.where(hist_pos >= 0, hist_pos, n_deals)])


def _spliced(
    old: np.ndarray, rows: RowMap, fresh: np.ndarray | None, dirty: np.ndarray | None = None
) -> np.ndarray:
    """``old`` through the map with the ``dirty`` rows (default the map's) set to ``fresh``
    (None: left for the caller to set). Rows in place whose fresh values are the old ones:
    ``old`` itself (arrays of prepared data are never written to once made)."""
    dirty = rows.dirty if dirty is None else dirty
    if rows.in_place:
        if fresh is not None and _equal(old[dirty], fresh):
            return old
        out = old.copy()
    elif rows.grown:  # the old rows first, as they were, then the new ones
        n = len(old)
        tail = np.zeros(rows.added_count, dtype=old.dtype)
        if fresh is None:
            return appended(old, tail)
        before, after = dirty < n, dirty >= n
        tail[dirty[after] - n] = fresh[after]
        if _equal(old[dirty[before]], fresh[before]):
            return appended(old, tail)  # the old rows as they were: not copied
        out = np.concatenate([old, tail])
    elif rows.kept is not None and len(old):
        out = np.concatenate([old[rows.kept], np.zeros(rows.added_count, dtype=old.dtype)])
    else:
        out = np.zeros(rows.new_len, dtype=old.dtype)
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
    if len(values) <= 4:  # a comparison with the keys each: no hash table of every key
        found = few_positions(keys, values)
    else:
        found = index.get_indexer(values) if len(keys) else np.full(len(values), -1)
    missing = np.asarray(pd.isna(values), dtype=bool)
    extra: dict[object, int] = {}
    for i in np.flatnonzero((found < 0) & ~missing):
        found[i] = extra.setdefault(values[i], len(keys) + len(extra))
    found[missing] = -1
    if codes.dtype == np.int8 and len(keys) + len(extra) >= BYTE_KEYS:
        codes = codes.astype(np.int32)  # the new names' codes would wrap round in a byte
    out = _spliced(codes, rows, found.astype(codes.dtype))
    if extra:
        added = np.array(list(extra), dtype=object)
        keys = np.append(keys, added)
        index = index.append(pd.Index(added))
    return (out, keys), index


def _hist_pos(
    old_pos: np.ndarray,
    new_of_old: np.ndarray | None,
    deals: RowMap,
    history: RowMap,
    new: Dataset,
) -> np.ndarray:
    """:attr:`Prepared.hist_pos` through the maps (``new_of_old`` None: the deals only grew);
    rows without a known deal looked up."""
    if deals.in_place and history.in_place:
        return old_pos
    if new_of_old is None and history.grown:  # the old rows' deals where they were
        ids = new.stage_history["deal_id"].to_numpy()[len(old_pos) :]
        tail = find_rows(new.deals["id"].to_numpy(), ids).astype(old_pos.dtype)
        if not len(old_pos) or old_pos.min() >= 0 or deals.in_place:  # none to look up again
            return appended(old_pos, tail)
        pos = np.concatenate([old_pos, tail])
    else:
        if new_of_old is None:
            new_of_old = deals.new_of_old(deals.old_len)
        if history.added_count == 0 and history.kept is not None:  # rows removed only
            pos = new_of_old[old_pos[history.kept]].astype(old_pos.dtype)
        else:
            kept = history.source >= 0
            pos = np.full(history.new_len, -1, dtype=old_pos.dtype)
            pos[kept] = new_of_old[old_pos[history.source[kept]]]
    again = np.flatnonzero(pos < 0)
    if len(again):
        ids = new.stage_history["deal_id"].to_numpy()[again]
        pos[again] = find_rows(new.deals["id"].to_numpy(), ids)
    return pos


def _stints(
    prev: Prepared, nxt: Prepared, history: RowMap, rows: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """:attr:`Prepared.stints` with the history rows ``rows`` (of the deals whose stints
    may have changed) and the history's dirty rows worked out again."""
    known_old, days_old = prev.stints
    redo = np.union1d(rows, history.dirty)
    if len(redo) == 0 and history.in_place:
        return known_old, days_old
    entered = nxt.dataset.stage_history["entered_on"].to_numpy()
    pos = nxt.hist_pos
    known_new = (pos[redo] >= 0) & ~np.isnat(entered[redo])
    days_new = np.full(len(redo), np.nan)
    sel = np.flatnonzero(known_new)
    days_new[sel] = stints_of(pos[redo[sel]], entered[redo[sel]], nxt)
    return (
        _spliced(known_old, history, known_new, redo),
        _spliced(days_old, history, days_new, redo),
    )


def _reach(
    prev: Prepared,
    nxt: Prepared,
    names: tuple[str, ...],
    before: tuple[np.ndarray, np.ndarray],
    deals: RowMap,
    rows: np.ndarray,
    hist_rows: np.ndarray,
) -> tuple[np.ndarray, np.ndarray]:
    """``(current, reach)`` of :meth:`Prepared.stage_reach` with the deals ``rows`` (those
    whose stage, status or history changed, ascending) worked out again."""
    current, reach = before
    codes, keys = nxt.codes("stage")
    if prev._codes.get("stage") is nxt._codes.get("stage"):
        cur = current  # the same codes and keys
    else:
        cur = _spliced(current, deals, stage_lookup(keys, names)[codes[deals.dirty]])
    if len(rows) == 0 and deals.in_place:
        return cur, reach
    furthest = np.asarray(cur[rows], dtype=np.int64).copy()
    h_codes, h_keys = nxt.history_codes
    h = stage_lookup(h_keys, names)[h_codes[hist_rows]]
    at = np.searchsorted(rows, nxt.hist_pos[hist_rows])  # every one is among ``rows``
    ok = h >= 0
    np.maximum.at(furthest, at[ok], h[ok])
    fresh = np.maximum(furthest, 0)
    fresh[nxt.won[rows]] = len(names)
    return cur, _spliced(reach, deals, fresh.astype(reach.dtype), rows)
