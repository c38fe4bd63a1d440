"""The first won deal of each account carried through an edit of a few deals.

:func:`kpi_core.prepared_update.carry` keeps :attr:`~kpi_core.prepared.Prepared.first_won_parts`
as it was when no written deal counts as a win before or after (:func:`first_wins_kept`),
moves its rows through the map when deals were only removed or added without a win
(:func:`first_wins_moved`), and otherwise finds the first win of the affected accounts again
over their deals only (:func:`first_won_again`). Each equals a fresh computation (tested
through ``carry``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from kpi_core.dataset import Dataset
from kpi_core.prepared import _NONE, Prepared, first_seen, first_won_frame

if TYPE_CHECKING:
    from kpi_core.prepared_update import RowMap


def _counts_as_win(prep: Prepared, closed: np.ndarray, rows: np.ndarray) -> np.ndarray:
    """Whether each of the deals ``rows`` is won with a close date (a possible first win)."""
    return np.asarray(prep.won[rows] & ~np.isnat(closed[rows]))


def first_wins_kept(
    prev: Prepared, nxt: Prepared, deals: RowMap, old: Dataset, new: Dataset
) -> bool:
    """Whether the first-won deals of ``prev`` are those of ``nxt``: no row removed, the
    accounts as they were, and no written deal counts as a win (won, with a close date)
    before or after, unless what the first wins read of it is as before."""
    if not deals.grown or new.accounts is not old.accounts:
        return False
    rows = deals.differing("status", "closed_on", "account", "source")
    if len(rows) == 0:
        return True
    src = deals.old_of(rows)
    before = _counts_as_win(prev, old.deals["closed_on"].to_numpy(), src[src >= 0])
    after = _counts_as_win(nxt, new.deals["closed_on"].to_numpy(), rows)
    return not before.any() and not after.any()


def first_wins_moved(
    prev: Prepared,
    nxt: Prepared,
    deals: RowMap,
    new_of_old: np.ndarray,
    old: Dataset,
    new: Dataset,
) -> tuple[pd.DataFrame, np.ndarray] | None:
    """The first-won deals of ``prev`` with their rows moved through ``new_of_old``, when
    only that changed: deals were removed (none of them, and none written or added, counts
    as a win before or after) and the accounts are as they were. None otherwise. Rows keep
    their order when moved, so the accounts' order (that of their first win) is kept."""
    if deals.kept is None or new.accounts is not old.accounts:
        return None
    rows = deals.differing("status", "closed_on", "account", "source")
    src = deals.old_of(rows)
    removed = np.flatnonzero(new_of_old[:-1] < 0)
    old_rows = np.concatenate([removed, src[src >= 0]])
    if _counts_as_win(prev, old.deals["closed_on"].to_numpy(), old_rows).any():
        return None
    if _counts_as_win(nxt, new.deals["closed_on"].to_numpy(), rows).any():
        return None
    frame, appear = prev.first_won_parts
    moved = frame.copy()
    moved["row"] = new_of_old[frame["row"].to_numpy()]
    return moved, np.asarray(new_of_old[appear])


def first_won_again(
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
    dirty_src = deals.old_of(deals.dirty)
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
