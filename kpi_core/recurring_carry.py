"""The contracts remembered per dataset (:func:`kpi_core.recurring.contracts`) carried
through an edit of a few deals.

:func:`carry_cache` keeps them for the new prepared data when no written deal is or was a
contract, or writes the rewritten deals' dates and values into them when each is as much a
contract as before (equal to building them again, tested); otherwise they are built again
when asked for. :func:`kpi_core.prepared_update.carry_families` calls it.
"""

from __future__ import annotations

import numpy as np

from kpi_core.dataset import Dataset
from kpi_core.prepared import Prepared
from kpi_core.prepared_update import RowMap
from kpi_core.recurring import _CACHE, Contracts, build_contracts

#: the deals' columns a contract is made of (with the exchange rates, the same frame after
#: an edit, and the accounts' churn dates)
CONTRACT_COLUMNS = (
    "status",
    "contract_months",
    "closed_on",
    "created_on",
    "amount",
    "one_time_fee",
    "currency",
    "account",
)


def carry_cache(prev: Prepared, nxt: Prepared, deals: RowMap, old: Dataset, new: Dataset) -> None:
    """Keep the contracts remembered for ``prev`` for ``nxt`` (its deals spliced by
    ``deals``) where they are what :func:`contracts` would build.

    With no deal removed and the accounts as they were: when no written or new deal is (or
    was) won with a close date and a contract length, none is (or was) a contract and the
    others' rows did not move, so the contracts are the same (under a filter, a written
    deal's owner, source or product must be unchanged too: its place among the filtered
    deals). When deals were written again in place, their account unchanged and each as
    much a contract as before, the contracts of all the deals get the written ones' dates
    and values again (:func:`_rewritten`). Otherwise they are built again when asked for.
    """
    known = _CACHE.get(prev)
    if not known or not deals.grown or new.accounts is not old.accounts:
        return
    rows = deals.differing(*CONTRACT_COLUMNS)
    src = deals.old_of(rows)
    if not _may_be_contract(prev, old, src[src >= 0]) and not _may_be_contract(nxt, new, rows):
        moved = len(deals.rewritten) > 0 and deals.touches("owner", "source", "product")
        _CACHE[nxt] = {k: c for k, c in list(known.items()) if not (moved and any(k[:3]))}
        return
    if not deals.in_place or deals.touches("account") or "account_churn" not in nxt.__dict__:
        return
    carried = {}
    # a snapshot: the dashboard may still be adding contracts for prev on another thread
    for key, found in list(known.items()):
        if not any(key[:3]):  # all the deals: a deal's row is its place in the contracts
            again = _rewritten(found, prev, nxt, old, new, rows, key[3])
            if again is not None:
                carried[key] = again
    if carried:
        _CACHE[nxt] = carried


def _candidates(prep: Prepared, dataset: Dataset, rows: np.ndarray, base: str) -> np.ndarray:
    """Which deals at ``rows`` :func:`~kpi_core.recurring._contracts` considers (won, a contract length, a close
    date, an amount in ``base``)."""
    months = dataset.deals["contract_months"].to_numpy(dtype="float64")[rows]
    closed = dataset.deals["closed_on"].to_numpy()[rows]
    amount = prep._money[base][1][rows]
    return np.asarray(
        prep.won[rows] & (months > 0) & ~np.isnan(months) & ~np.isnat(closed) & ~np.isnan(amount)
    )


def _rewritten(
    found: Contracts,
    prev: Prepared,
    nxt: Prepared,
    old: Dataset,
    new: Dataset,
    rows: np.ndarray,
    base: str,
) -> Contracts | None:
    """The contracts of all the deals after the deals at ``rows`` were written again in
    place (None when that cannot be told without building them all again): each written
    deal must be a candidate exactly when it was, with the same account, and a contract
    exactly when it was (its account's number and its place are then its old ones)."""
    if base not in prev._money or base not in nxt._money:
        return None
    before, after = _candidates(prev, old, rows, base), _candidates(nxt, new, rows, base)
    if not np.array_equal(before, after):
        return None
    rows = rows[after]
    if len(rows) == 0:
        return found
    deals = new.deals
    account = nxt.codes("account")[0][rows]
    if (account < 0).any():  # a deal without an account is an account of its own: numbered
        return None
    _rate, amount, _cost, fee = nxt._money[base]
    again = build_contracts(
        deals["closed_on"].to_numpy()[rows],
        deals["contract_months"].to_numpy(dtype="float64")[rows],
        amount[rows],
        fee[rows],
        np.zeros(len(rows), dtype=np.int64),  # the accounts' numbers are the old ones
        nxt.account_churn[account],
        np.ones(len(rows), dtype=bool),
    )
    at = np.minimum(np.searchsorted(found.row, rows), max(len(found.row) - 1, 0))
    was = (found.row[at] == rows) if len(found.row) else np.zeros(len(rows), dtype=bool)
    now = np.zeros(len(rows), dtype=bool)
    now[again.row] = True
    if not np.array_equal(was, now):
        return None
    if not now.any():
        return found
    idx = at[now]
    start, stop, value = found.start.copy(), found.stop.copy(), found.value.copy()
    start[idx], stop[idx], value[idx] = again.start, again.stop, again.value
    return Contracts(start, stop, value, found.account, found.row)


def _may_be_contract(prep: Prepared, dataset: Dataset, rows: np.ndarray) -> bool:
    """Whether any deal at ``rows`` is won with a close date and a contract length."""
    if len(rows) == 0:
        return False
    months = dataset.deals["contract_months"].to_numpy(dtype="float64")[rows]
    closed = dataset.deals["closed_on"].to_numpy()[rows]
    return bool((prep.won[rows] & (months > 0) & ~np.isnat(closed)).any())
