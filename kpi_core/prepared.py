"""Period-independent data derived from a dataset, computed once and remembered.

The status masks, base-currency amounts, every account's first-won deal and the
stage-history positions do not depend on the period or the filters, so
``compute_kpis`` computes them on the first call for a dataset and reuses them after.

The frames of a :class:`~kpi_core.dataset.Dataset` are read-only by contract: a changed
workspace is a new Dataset, or at least new frames. A frame that is replaced, or whose
length or columns change, is noticed; a frame edited in place is not, so call
:func:`clear_cache` after editing one in place.
"""

from __future__ import annotations

import weakref
from functools import cached_property
from typing import Any

import numpy as np
import pandas as pd

from kpi_core._util import positions
from kpi_core.dataset import DEFAULT_STAGES, Dataset, Stage
from kpi_core.money import convert, deal_rate_dates, rates_on

_FRAMES = ("deals", "stage_history", "accounts", "rates")
_CACHE_SIZE = 4


class Prepared:
    """Derived arrays over *all* the deals (row order of ``dataset.deals``)."""

    def __init__(self, dataset: Dataset) -> None:
        # weak: the cache must not keep a dataset alive after the app dropped it
        self._dataset = weakref.ref(dataset)
        self._money: dict[str, tuple[np.ndarray, ...]] = {}
        self._keys: dict[str, np.ndarray] = {}
        self._reach: dict[tuple[str, ...], tuple[np.ndarray, np.ndarray]] = {}

    @property
    def dataset(self) -> Dataset:
        dataset = self._dataset()
        if dataset is None:  # pragma: no cover - only used while a caller holds it
            raise RuntimeError("the dataset of this cache entry is gone")
        return dataset

    @property
    def deals(self) -> pd.DataFrame:
        return self.dataset.deals

    @cached_property
    def won(self) -> np.ndarray:
        return np.asarray(self.deals["status"].to_numpy(dtype=object) == "won")

    @cached_property
    def lost(self) -> np.ndarray:
        return np.asarray(self.deals["status"].to_numpy(dtype=object) == "lost")

    def money(self, base: str) -> tuple[np.ndarray, ...]:
        """``(rate, amount, cost, fee)`` in ``base`` for every deal (NaN rate = missing)."""
        if base not in self._money:
            d = self.deals
            rate = rates_on(d["currency"], deal_rate_dates(d), self.dataset.rates, base)
            self._money[base] = (
                rate,
                convert(d["amount"], rate),
                convert(d["cost"], rate),
                convert(d["one_time_fee"], rate),
            )
        return self._money[base]

    def key(self, column: str) -> np.ndarray:
        """A text column of every deal as an object array, an empty key as None.

        Spec, "Empty keys": a row whose key is empty (None, "" or only spaces) is grouped
        under the key null.
        """
        if column not in self._keys:
            self._keys[column] = blank_to_none(self.deals[column].to_numpy(dtype=object))
        return self._keys[column]

    def stage_reach(self, stages: tuple[Stage, ...]) -> tuple[np.ndarray, np.ndarray]:
        """``(current, reach)`` of every deal for the pipeline ``stages``.

        ``current``: index of the deal's stage in the pipeline, -1 when empty or unknown.
        ``reach``: index of the furthest stage the deal reached (spec, "Conversion and
        funnel"): the latest pipeline stage its history records or that is its current
        stage; 0 (the first stage only) when neither names a pipeline stage; a won deal
        reached every stage and Won, ``len(stages)``. The deal reached every stage
        ``i <= reach``, so a funnel built from it is monotone.
        """
        names = tuple(s.name for s in stages)
        if names not in self._reach:
            self._reach[names] = reach_index(self, names)
        return self._reach[names]

    @cached_property
    def first_won(self) -> pd.DataFrame:
        """Every account's first-ever won deal, see :func:`first_won_deals`."""
        return first_won_deals(self)

    @cached_property
    def hist_pos(self) -> np.ndarray:
        """Row in the deals of each stage-history entry's deal (-1 = unknown deal)."""
        history = self.dataset.stage_history["deal_id"].to_numpy()
        return positions(self.deals["id"].to_numpy(), history)


_cache: dict[int, tuple[weakref.ref[Any], tuple[Any, ...], Prepared]] = {}


def _fingerprint(dataset: Dataset) -> tuple[tuple[int, int, tuple[str, ...]], ...]:
    frames = [getattr(dataset, name) for name in _FRAMES]
    return tuple((id(f), len(f), tuple(f.columns)) for f in frames)


def prepared(dataset: Dataset) -> Prepared:
    """The :class:`Prepared` data of ``dataset``, remembered for the last few datasets."""
    key = id(dataset)
    fp = _fingerprint(dataset)
    hit = _cache.get(key)
    if hit is not None and hit[0]() is dataset and hit[1] == fp:
        return hit[2]
    result = Prepared(dataset)
    _cache.pop(key, None)
    while len(_cache) >= _CACHE_SIZE:
        _cache.pop(next(iter(_cache)))
    _cache[key] = (weakref.ref(dataset), fp, result)
    weakref.finalize(dataset, _forget, key)
    return result


def _forget(key: int) -> None:
    """Drop the entry of a dataset that was garbage-collected."""
    entry = _cache.get(key)
    if entry is not None and entry[0]() is None:
        del _cache[key]


def clear_cache() -> None:
    """Forget every remembered dataset (after editing a frame in place)."""
    _cache.clear()


def first_won_deals(prep: Prepared) -> pd.DataFrame:
    """One row per account with a won deal, over all the data (no filters, no period).

    Columns: ``account``, ``row`` (row in the deals of its first-ever won deal; ties on the
    date broken by deal id), ``first`` (that deal's closed_on), ``source`` and
    ``churned_on`` (from the accounts table, NaT when unknown). Deals without an account
    or a close date make no customer.
    """
    deals, accounts = prep.deals, prep.dataset.accounts
    closed = deals["closed_on"].to_numpy()
    idx = np.flatnonzero(prep.won & ~np.isnat(closed))
    codes, acc_names = pd.factorize(prep.key("account")[idx])
    idx, codes = idx[codes >= 0], codes[codes >= 0]
    acc_names = np.asarray(acc_names, dtype=object)
    order = np.lexsort((deals["id"].to_numpy()[idx], closed[idx], codes))
    sorted_codes = codes[order]
    starts = np.ones(len(order), dtype=bool)
    starts[1:] = sorted_codes[1:] != sorted_codes[:-1]
    firsts = idx[order[starts]]
    names = acc_names[sorted_codes[starts]]
    acc = accounts.loc[accounts["name"].notna().to_numpy(), ["name", "churned_on"]]
    acc = acc.drop_duplicates("name", keep="last")
    pos = pd.Index(acc["name"].to_numpy(dtype=object)).get_indexer(names)
    churn = np.append(acc["churned_on"].to_numpy(dtype="datetime64[ns]"), np.datetime64("NaT"))
    return pd.DataFrame(
        {
            "account": names,
            "row": firsts,
            "first": closed[firsts],
            "source": prep.key("source")[firsts],
            "churned_on": churn[np.where(pos >= 0, pos, len(churn) - 1)],
        }
    )


def blank_to_none(values: np.ndarray) -> np.ndarray:
    """An object array with every missing, empty or blank text replaced by None."""
    out = values.astype(object, copy=True)
    text = pd.Series(out, dtype=object)
    blank = text.isna().to_numpy() | (text.astype(str).str.strip() == "").to_numpy()
    out[blank] = None
    return out


def reach_index(prep: Prepared, names: tuple[str, ...]) -> tuple[np.ndarray, np.ndarray]:
    """See :meth:`Prepared.stage_reach` (vectorised over every deal and history row)."""
    index = {name: i for i, name in enumerate(names)}
    deals = prep.deals
    cur = deals["stage"].map(index).to_numpy(dtype="float64")
    current = np.where(np.isnan(cur), -1, cur).astype("int64")
    furthest = current.copy()
    history = prep.dataset.stage_history
    pos = prep.hist_pos
    if len(history):
        h = history["stage"].map(index).to_numpy(dtype="float64")
        ok = (pos >= 0) & ~np.isnan(h)
        np.maximum.at(furthest, pos[ok], h[ok].astype("int64"))
    reach = np.maximum(furthest, 0)  # no pipeline stage anywhere: the first stage only
    reach[prep.won] = len(names)
    return current, reach


def prepare(
    dataset: Dataset, base_currency: str = "USD", stages: tuple[Stage, ...] | None = None
) -> Prepared:
    """Compute the per-dataset cache now (e.g. right after loading, off the GUI thread).

    ``stages`` (the workspace's pipeline, default the built-in one) also fills the funnel's
    reached stages.
    """
    prep = prepared(dataset)
    prep.money(base_currency)
    _ = prep.first_won, prep.hist_pos
    prep.stage_reach(DEFAULT_STAGES if stages is None else stages)
    for column in ("owner", "source", "product", "product_type", "account"):
        prep.key(column)
    return prep
