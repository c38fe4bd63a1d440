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

import numpy as np
import pandas as pd

from kpi_core import lead_arrays
from kpi_core._identity_cache import IdentityCache
from kpi_core._util import positions
from kpi_core.dataset import DEFAULT_STAGES, Dataset, Stage
from kpi_core.money import convert, deal_rate_dates, rates_on

_FRAMES = ("deals", "stage_history", "accounts", "rates")
#: text columns of the deals the KPIs group or filter by (coded by :func:`prepare`)
KEY_COLUMNS = ("status", "stage", "owner", "source", "product", "product_type", "account")
_NONE = np.array([None], dtype=object)
_CACHE_SIZE = 4
#: below this many stage names the stage-history codes are one byte each (a code, and the
#: number of names a computation appends for "none", stay within int8)
BYTE_KEYS = 127


class Prepared:
    """Derived arrays over *all* the deals (row order of ``dataset.deals``).

    Text keys are kept as integer codes into their distinct values (:meth:`codes`), not as
    a second object array per column: a computation selects its rows' codes and factorises
    those small integers, which is many times faster than hashing text again.
    """

    def __init__(self, dataset: Dataset) -> None:
        # weak: the cache must not keep a dataset alive after the app dropped it
        self._dataset = weakref.ref(dataset)
        self._money: dict[str, tuple[np.ndarray, ...]] = {}
        self._codes: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        self._key_index: dict[str, pd.Index] = {}
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
        return self._status_is("won")

    @cached_property
    def lost(self) -> np.ndarray:
        return self._status_is("lost")

    def _status_is(self, status: str) -> np.ndarray:
        codes, uniques = self.codes("status")
        hit = np.append(uniques == status, False).astype(bool)
        return np.asarray(hit[codes])

    def money(self, base: str) -> tuple[np.ndarray, ...]:
        """``(rate, amount, cost, fee)`` in ``base`` for every deal (NaN rate = missing)."""
        if base not in self._money:
            self._money[base] = deal_money(self.deals, self.dataset.rates, base)
        return self._money[base]

    def codes(self, column: str) -> tuple[np.ndarray, np.ndarray]:
        """A text column of every deal as ``(codes, keys)``: ``keys[codes[i]]`` is row i's
        key, code -1 an empty key (spec, "Empty keys": None, "" or only spaces is grouped
        under the key null). The order of ``keys`` carries no meaning (see
        :func:`first_seen`); a key may have no row left after an update.
        """
        if column not in self._codes:
            self._codes[column] = text_codes(self.deals[column].to_numpy(dtype=object))
        return self._codes[column]

    def key_index(self, column: str) -> pd.Index:
        """The keys of :meth:`codes` as an index (key -> code), for looking up a few."""
        if column not in self._key_index:
            self._key_index[column] = pd.Index(self.codes(column)[1])
        return self._key_index[column]

    @cached_property
    def churn_table(self) -> tuple[pd.Index, np.ndarray]:
        """Account names (each once, the last row of a repeated name) and their churn dates,
        with NaT appended for a name not there: see :func:`churn_dates`."""
        acc = self.dataset.accounts
        acc = acc.loc[acc["name"].notna().to_numpy(), ["name", "churned_on"]]
        acc = acc.drop_duplicates("name", keep="last")
        churn = acc["churned_on"].to_numpy(dtype="datetime64[ns]")
        return pd.Index(acc["name"].to_numpy(dtype=object)), np.append(churn, np.datetime64("NaT"))

    def key_rows(self, column: str, rows: np.ndarray) -> np.ndarray:
        """:meth:`key` of some rows only."""
        codes, keys = self.codes(column)
        return np.asarray(np.append(keys, _NONE).take(codes[rows]))

    @cached_property
    def account_churn(self) -> np.ndarray:
        """``churned_on`` of each account key of :meth:`codes` (``"account"``), NaT appended
        for code -1: a deal's churn date is ``account_churn[code]``."""
        keys = self.codes("account")[1]
        return np.append(churn_dates(self, keys), np.datetime64("NaT", "ns"))

    def key(self, column: str) -> np.ndarray:
        """A text column of every deal as an object array, an empty key as None."""
        codes, keys = self.codes(column)
        return np.asarray(np.append(keys, _NONE).take(codes))

    @property
    def history_codes(self) -> tuple[np.ndarray, np.ndarray]:
        """The stage-history's stage as ``(codes, keys)``, as :meth:`codes` but an empty text
        kept as a key of its own (time in stage groups the stage as written).

        The codes are one byte each while there are fewer than :data:`BYTE_KEYS` stage
        names (3.5 MB for 3.5 million rows instead of 14), int32 beyond. Codes carried
        through an edit (``prepared_update`` appends new names to the keys and writes their
        codes in the same type) are worked out again here when the names no longer fit a
        byte, so a code never wraps round; kept in ``__dict__`` as a cached property is.
        """
        found = self.__dict__.get("history_codes")
        if found is None or (found[0].dtype == np.int8 and len(found[1]) >= BYTE_KEYS):
            values = self.dataset.stage_history["stage"].to_numpy(dtype=object)
            codes, keys = text_codes(values, clean=False)
            found = (codes.astype(np.int8) if len(keys) < BYTE_KEYS else codes), keys
            self.__dict__["history_codes"] = found
        return found

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
        return self.first_won_parts[0]

    @cached_property
    def first_won_parts(self) -> tuple[pd.DataFrame, np.ndarray]:
        """:attr:`first_won` and, per row, the row of the account's first deal that counts
        (won, with a close date) in the deals: the order of the rows."""
        return first_won_deals(self)

    @cached_property
    def hist_pos(self) -> np.ndarray:
        """Row in the deals of each stage-history entry's deal (-1 = unknown deal)."""
        history = self.dataset.stage_history["deal_id"].to_numpy()
        return positions(self.deals["id"].to_numpy(), history)

    @cached_property
    def stints(self) -> tuple[np.ndarray, np.ndarray]:
        """``(known, days)`` of every stage-history entry, see :func:`stint_days`."""
        return stint_days(self)


def _fingerprint(dataset: Dataset) -> tuple[tuple[int, int, tuple[str, ...]], ...]:
    frames = [getattr(dataset, name) for name in _FRAMES]
    return tuple((id(f), len(f), tuple(f.columns)) for f in frames)


_cache: IdentityCache[Prepared] = IdentityCache(_CACHE_SIZE, _fingerprint)


def prepared(dataset: Dataset) -> Prepared:
    """The :class:`Prepared` data of ``dataset``, remembered for the last few datasets."""
    hit = cached_entry(dataset)
    return hit if hit is not None else register(dataset, Prepared(dataset))


def cached_entry(dataset: Dataset) -> Prepared | None:
    """The remembered :class:`Prepared` data of ``dataset`` if its frames are still those."""
    return _cache.get(dataset)


def register(dataset: Dataset, result: Prepared) -> Prepared:
    """Remember ``result`` as the prepared data of ``dataset`` (and return it)."""
    return _cache.put(dataset, result)


def clear_cache() -> None:
    """Forget every remembered dataset (after editing a frame in place)."""
    _cache.clear()
    lead_arrays.clear_cache()


def first_won_deals(prep: Prepared) -> tuple[pd.DataFrame, np.ndarray]:
    """One row per account with a won deal, over all the data (no filters, no period).

    Columns: ``account``, ``row`` (row in the deals of its first-ever won deal; ties on the
    date broken by deal id), ``first`` (that deal's closed_on), ``source`` and
    ``churned_on`` (from the accounts table, NaT when unknown). Deals without an account
    or a close date make no customer. Accounts come in the order of their first won deal
    with a close date in the rows of the deals; that row of each is returned beside.
    """
    deals = prep.deals
    closed = deals["closed_on"].to_numpy()
    idx = np.flatnonzero(prep.won & ~np.isnat(closed))
    all_codes, all_keys = prep.codes("account")
    codes, acc_names = first_seen(all_codes[idx], all_keys)
    idx, codes = idx[codes >= 0], codes[codes >= 0]
    order = np.lexsort((deals["id"].to_numpy()[idx], closed[idx], codes))
    sorted_codes = codes[order]
    starts = np.ones(len(order), dtype=bool)
    starts[1:] = sorted_codes[1:] != sorted_codes[:-1]
    firsts = idx[order[starts]]
    names = acc_names[sorted_codes[starts]]
    appear = np.zeros(len(acc_names), dtype=np.int64)
    appear[codes[::-1]] = idx[::-1]  # the first row of each account wins
    return first_won_frame(prep, names, firsts), appear


def first_won_frame(prep: Prepared, names: np.ndarray, firsts: np.ndarray) -> pd.DataFrame:
    """The :attr:`Prepared.first_won` rows of accounts ``names`` whose first won deals are
    the rows ``firsts``."""
    closed = prep.deals["closed_on"].to_numpy()
    src_codes, src_keys = prep.codes("source")
    return pd.DataFrame(
        {
            "account": names,
            "row": firsts,
            "first": closed[firsts],
            "source": np.append(src_keys, _NONE).take(src_codes[firsts]),
            "churned_on": churn_dates(prep, names),
        }
    )


def churn_dates(prep: Prepared, names: np.ndarray) -> np.ndarray:
    """``churned_on`` of each account name in the accounts table (NaT when unknown; the
    last row of a repeated name)."""
    index, churn = prep.churn_table
    pos = index.get_indexer(names)
    return np.asarray(churn[np.where(pos >= 0, pos, len(churn) - 1)])


def blank_to_none(values: np.ndarray) -> np.ndarray:
    """An object array with every missing, empty or blank text replaced by None."""
    out = values.astype(object, copy=True)
    text = pd.Series(out, dtype=object)
    blank = text.isna().to_numpy() | (text.astype(str).str.strip() == "").to_numpy()
    out[blank] = None
    return out


def text_codes(values: np.ndarray, clean: bool = True) -> tuple[np.ndarray, np.ndarray]:
    """``(codes, keys)`` of an object array: ``keys[codes[i]]`` is ``values[i]``, code -1 a
    missing value (with ``clean``, also an empty or blank text, as :func:`blank_to_none`).

    The text is hashed once here (:func:`factorize`); the keys are cleaned once each, not
    once per row.
    """
    codes, keys = factorize(values)
    if clean and len(keys):
        cleaned = blank_to_none(keys)
        keep = np.asarray(pd.notna(cleaned), dtype=bool)
        if not keep.all():
            remap = np.full(len(keys) + 1, -1, dtype=np.int64)  # the last slot: code -1
            remap[:-1][keep] = np.arange(int(keep.sum()))
            codes = remap[codes]
            keys = keys[keep]
    return codes.astype(np.int32), keys


#: rows factorised at a time by :func:`factorize`
FACTORIZE_CHUNK = 1 << 18


def factorize(
    values: np.ndarray, chunk: int = FACTORIZE_CHUNK, one_pass: float = 1 / 16
) -> tuple[np.ndarray, np.ndarray]:
    """``pd.factorize(values)`` as ``(int32 codes, object keys)``, with less memory.

    ``pd.factorize`` sizes its hash table for every row and returns int64 codes: for the
    3.5 million stage-history rows that is about 90 MB at once for five stage names. Here the
    rows go ``chunk`` at a time, each chunk's keys looked up among those already seen (new
    ones appended in the order they appear, so the keys and codes are exactly
    ``pd.factorize``'s, tested), the codes written straight into the int32 result. A column
    whose first rows hold many distinct values (more than ``one_pass`` of them: account
    names) is factorised in one go, which is faster there.
    """
    values = np.asarray(values, dtype=object)
    probe = min(len(values), 4096)  # many names among the first rows: one pass
    if len(values) <= chunk or len(pd.unique(values[:probe])) > probe * one_pass:
        codes, uniques = pd.factorize(values)
        return codes.astype(np.int32), np.asarray(uniques, dtype=object)
    out = np.empty(len(values), dtype=np.int32)
    seen = pd.Index([], dtype=object)
    for start in range(0, len(values), chunk):
        local, uniques = pd.factorize(values[start : start + chunk])
        uniques = np.asarray(uniques, dtype=object)
        found = seen.get_indexer(uniques) if len(seen) else np.full(len(uniques), -1)
        new = np.flatnonzero(found < 0)
        if len(new):
            found[new] = len(seen) + np.arange(len(new))
            seen = seen.append(pd.Index(uniques[new], dtype=object))
        out[start : start + len(local)] = np.append(found, -1)[local]  # -1 stays -1
    return out, np.asarray(seen, dtype=object)


def first_seen(codes: np.ndarray, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Codes of some rows renumbered as ``pd.factorize`` numbers their keys: ``(codes,
    keys)`` with the keys in the order they first appear in these rows, only those, code
    -1 for a missing key. Equal to ``pd.factorize(keys[codes])`` (tested), without hashing:
    the first row of each code is found by ``np.minimum.at`` over a table of one slot per
    key (the last slot for code -1), and a row is a key's first when it is that minimum;
    half the memory of factorising the codes and faster, which matters for the stage
    history (a year is about a million rows).
    """
    codes = np.asarray(codes)
    rows = np.arange(len(codes), dtype=np.int64)
    first = np.full(len(keys) + 1, len(codes), dtype=np.int64)  # the last slot: code -1
    np.minimum.at(first, codes, rows)
    is_first = first[codes] == rows
    del rows, first
    seen = codes[is_first]
    seen = seen[seen >= 0].astype(np.int64)
    remap = np.full(len(keys) + 1, -1, dtype=np.int64)  # the last slot: code -1 stays -1
    remap[seen] = np.arange(len(seen), dtype=np.int64)
    return np.asarray(remap[codes]), np.asarray(keys[seen], dtype=object)


def deal_money(deals: pd.DataFrame, rates: pd.DataFrame, base: str) -> tuple[np.ndarray, ...]:
    """``(rate, amount, cost, fee)`` of ``deals`` in ``base`` (see :mod:`kpi_core.money`)."""
    rate = rates_on(deals["currency"], deal_rate_dates(deals), rates, base)
    return (
        rate,
        convert(deals["amount"], rate),
        convert(deals["cost"], rate),
        convert(deals["one_time_fee"], rate),
    )


def stage_lookup(keys: np.ndarray, names: tuple[str, ...]) -> np.ndarray:
    """Index in ``names`` of each key, -1 for another or a missing one (the last slot)."""
    index = {name: i for i, name in enumerate(names)}
    return np.array([index.get(k, -1) for k in keys] + [-1], dtype=np.int64)


def reach_index(prep: Prepared, names: tuple[str, ...]) -> tuple[np.ndarray, np.ndarray]:
    """See :meth:`Prepared.stage_reach` (vectorised over every deal and history row)."""
    codes, keys = prep.codes("stage")
    current = stage_lookup(keys, names)[codes]
    small = np.int8 if len(names) < 127 else np.int64  # a byte per row: less memory
    # one slot more, for history rows of unknown deals (position -1 lands there)
    furthest = np.append(current, -1).astype(small)
    if len(prep.dataset.stage_history):
        h_codes, h_keys = prep.history_codes
        h = stage_lookup(h_keys, names).astype(small)[h_codes]  # -1: not a pipeline stage
        np.maximum.at(furthest, prep.hist_pos, h)
    reach = np.maximum(furthest[:-1], 0)  # none: the first stage only
    reach[prep.won] = len(names)
    return current.astype(small), reach


def deal_date_order(pos: np.ndarray, dates: np.ndarray) -> np.ndarray | None:
    """``np.lexsort((dates, pos))`` (stable: rows by deal, then date, then row), faster;
    None when the rows are in that order already.

    Dates at whole days (the contract's) and row numbers fit one int64 ``pos × span +
    day``, and a stable sort of one key that is mostly in order already (history is
    usually written deal by deal) takes a fraction of a two-key lexsort.
    """
    ns = np.asarray(dates).astype("datetime64[ns]", copy=False).view(np.int64)
    day = 86_400 * 10**9
    if len(ns) and not np.isnat(dates).any():
        key = ns // day
        # checked and built a chunk at a time: no second and third array of every row
        parts = range(0, len(ns), FACTORIZE_CHUNK)
        step = FACTORIZE_CHUNK
        if all(np.array_equal(key[i : i + step] * day, ns[i : i + step]) for i in parts):
            lo = int(key.min())
            span = int(key.max()) - lo + 1
            if span * (int(pos.max()) + 1) < 2**62:
                key -= lo
                for i in parts:
                    key[i : i + step] += pos[i : i + step].astype(np.int64) * span
                if bool((key[1:] >= key[:-1]).all()):
                    return None
                return np.asarray(np.argsort(key, kind="stable"))
    return np.asarray(np.lexsort((dates, pos)))


def stint_days(prep: Prepared) -> tuple[np.ndarray, np.ndarray]:
    """``(known, days)`` of every stage-history entry, whatever the period and filters.

    ``known``: the entry's deal is among the deals and it has a date. ``days``: how long
    the deal stayed in the entry's stage: until the deal's next recorded stage, or, for
    its last recorded stage, until ``closed_on`` when the deal is won or lost; NaN while
    it is still open (or has no close date). A filter keeps or drops all the entries of a
    deal, so the days of an entry do not depend on the filters, and the period only
    chooses the entries (:func:`kpi_core.velocity.period_stints`).
    """
    entered = prep.dataset.stage_history["entered_on"].to_numpy()
    pos = prep.hist_pos
    known = (pos >= 0) & ~np.isnat(entered)
    if known.all():  # the usual case: no copy of the rows
        return known, stints_of(pos, entered, prep)
    days = np.full(len(entered), np.nan)
    sel = np.flatnonzero(known)
    days[sel] = stints_of(pos[sel], entered[sel], prep)
    return known, days


_NAT = np.datetime64("NaT", "ns").view(np.int64)


def stints_of(pos: np.ndarray, entered: np.ndarray, prep: Prepared) -> np.ndarray:
    """Days of each entry ``(pos, entered)`` of :func:`stint_days` (all the dated entries
    of the deals at rows ``pos``, in any order): ``(next − entered) / 1 day`` in
    nanoseconds, as :func:`kpi_core._util.days_between` computes it."""
    if len(pos) == 0:
        return np.full(0, np.nan)
    order = deal_date_order(pos, entered)
    p = pos if order is None else pos[order]
    last = np.ones(len(p), dtype=bool)
    last[:-1] = p[1:] != p[:-1]
    p = p[last]
    ent = entered.astype("datetime64[ns]", copy=False).view(np.int64)
    if order is not None:
        ent = ent[order]
    nxt = np.empty_like(ent)
    nxt[:-1] = ent[1:]
    closed_on = prep.deals["closed_on"].to_numpy().astype("datetime64[ns]", copy=False)
    is_closed = prep.won | prep.lost
    nxt[last] = np.where(is_closed[p], closed_on.view(np.int64)[p], _NAT)
    del p, last
    still_open = nxt == _NAT
    nxt -= ent
    del ent
    out = nxt.astype(np.float64)
    del nxt
    out /= 86_400e9
    out[still_open] = np.nan
    if order is None:
        return out
    days = np.empty_like(out)
    days[order] = out
    return days


def prepare(
    dataset: Dataset, base_currency: str = "USD", stages: tuple[Stage, ...] | None = None
) -> Prepared:
    """Compute the per-dataset cache now (e.g. right after loading, off the GUI thread).

    ``stages`` (the workspace's pipeline, default the built-in one) also fills the funnel's
    reached stages.
    """
    prep = prepared(dataset)
    prep.money(base_currency)
    for column in KEY_COLUMNS:
        prep.key_index(column)  # the codes, and their index for the edits that follow
    _ = prep.first_won, prep.hist_pos, prep.stints, prep.account_churn
    prep.stage_reach(DEFAULT_STAGES if stages is None else stages)
    lead_arrays.lead_arrays(dataset.leads)  # the leads' answers, once per leads frame
    return prep
