"""The filtered deals as arrays, and the small array helpers the KPI families share.

:class:`DealView` holds the deals that pass the filters as arrays aligned with each other
(base-currency money, status, dates) over the per-dataset arrays of
:mod:`kpi_core.prepared`; its methods take a period's deals as a mask or as ascending rows
(the same values in the same order either way). ``in_range`` is the date test of every
period, ``code_sums`` the grouped sum of every breakdown.
"""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd

from kpi_core.prepared import Prepared, first_seen

_NONE = np.array([None], dtype=object)
_NAT_INT = int(np.datetime64("NaT", "ns").astype(np.int64))
#: rows per block of :func:`in_range` (2 MB of differences)
_BLOCK = 1 << 18


def ts(day: date) -> np.datetime64:
    """A date as ``datetime64[ns]`` for comparisons with the frames' columns."""
    return np.datetime64(day, "ns")


def in_range(values: np.ndarray, start: date, end: date) -> np.ndarray:
    """Mask of dates within ``[start, end]`` (NaT is never inside).

    One subtraction and one comparison of unsigned integers: ``start <= v <= end`` is
    ``v - start <= end - start`` with the difference read as unsigned (a date before
    ``start``, and NaT, the smallest int64, wrap round to huge numbers).
    """
    values = np.asarray(values)
    if values.dtype != np.dtype("datetime64[ns]"):
        return np.asarray((values >= ts(start)) & (values <= ts(end)))
    # the very int64 values the comparisons above would use (whatever the dates' range)
    lo, hi = int(ts(start).astype(np.int64)), int(ts(end).astype(np.int64))
    if lo == _NAT_INT or hi == _NAT_INT:
        return np.asarray((values >= ts(start)) & (values <= ts(end)))
    if lo > hi:
        return np.zeros(len(values), dtype=bool)
    ints = values.view(np.int64)
    out = np.empty(len(ints), dtype=bool)
    # block by block: one small difference buffer instead of a fresh one as large as the
    # column (millions of history rows: tens of MB to allocate and fault in)
    buffer = np.empty(min(len(ints), _BLOCK), dtype=np.int64)
    for at in range(0, len(ints), _BLOCK):
        part = ints[at : at + _BLOCK]
        diff = buffer[: len(part)]
        np.subtract(part, np.int64(lo), out=diff)
        np.less_equal(diff.view(np.uint64), np.uint64(hi - lo), out=out[at : at + len(part)])
    return out


def code_sums(
    codes: np.ndarray, uniques: np.ndarray, values: np.ndarray
) -> dict[str | None, float]:
    """``{key: Σ values}`` per key present (code -1 = missing key → None; NaN values = 0)."""
    if len(codes) == 0:
        return {}
    k = len(uniques)
    idx = np.where(codes < 0, k, codes)
    values = np.asarray(values)
    if values.dtype.kind == "f" and not np.isfinite(values).all():
        values = np.nan_to_num(values, nan=0.0)  # (finite values: nan_to_num changes none)
    sums = np.bincount(idx, weights=values, minlength=k + 1)
    present = np.bincount(idx, minlength=k + 1) > 0
    return {(uniques[i] if i < k else None): float(sums[i]) for i in np.flatnonzero(present)}


def code_counts(codes: np.ndarray, uniques: np.ndarray) -> dict[str | None, float]:
    """``code_sums(codes, uniques, np.ones(len(codes)))`` (rows per key present, as
    floats: sums of ones are exact) with one ``np.bincount``."""
    if len(codes) == 0:
        return {}
    k = len(uniques)
    counts = np.bincount(np.where(codes < 0, k, codes), minlength=k + 1)
    return {(uniques[i] if i < k else None): float(counts[i]) for i in np.flatnonzero(counts)}


def key_sums(keys: np.ndarray, values: np.ndarray) -> dict[str | None, float]:
    """``{key: Σ values}`` for any key array (None/NaN keys → None; NaN values = 0)."""
    codes, uniques = pd.factorize(pd.Series(keys, dtype=object))
    return code_sums(codes.astype("int64"), np.asarray(uniques, dtype=object), values)


class DealView:
    """The deals after the filters, as arrays aligned with each other."""

    def __init__(self, prep: Prepared, mask: np.ndarray | None, base: str) -> None:
        self.prep = prep
        self.rows = None if mask is None else np.flatnonzero(mask)
        rate, amount, cost, fee = prep.money(base)
        self.rate = self._sel(rate)
        self.amount = self._sel(amount)  # base currency; NaN = unknown amount or no rate
        self.cost = self._sel(cost)
        self.fee = self._sel(fee)
        self.has_rate = ~np.isnan(self.rate)
        self.won = self._sel(prep.won)
        self.lost = self._sel(prep.lost)
        self._cache: dict[str, np.ndarray] = {}
        self.created = self.values("created_on")
        self.closed = self.values("closed_on")

    def _sel(self, array: np.ndarray) -> np.ndarray:
        return array if self.rows is None else array[self.rows]

    def __len__(self) -> int:
        return len(self.won)

    def pick(self, array: np.ndarray, idx: np.ndarray) -> np.ndarray:
        """``self._sel(array)[idx]`` for an array over *all* the deals, without selecting
        the filtered rows of the whole array first (``idx``: a mask or ascending rows of
        the filtered deals)."""
        return np.asarray(array[idx] if self.rows is None else array[self.rows[idx]])

    def values(self, column: str) -> np.ndarray:
        """A column of the filtered deals as a numpy array."""
        return self._sel(self.prep.deals[column].to_numpy())

    def values_at(self, column: str, idx: np.ndarray) -> np.ndarray:
        """:meth:`values` of some of the filtered deals (``idx``: a mask or rows)."""
        return self.pick(self.prep.deals[column].to_numpy(), idx)

    def text(self, column: str) -> np.ndarray:
        """A text column of the filtered deals (object array, None for missing or blank)."""
        if column not in self._cache:
            codes, keys = self.prep.codes(column)
            self._cache[column] = np.append(keys, _NONE).take(self._sel(codes))
        return self._cache[column]

    def column(self, name: str, mask: np.ndarray) -> np.ndarray:
        """Text values of the masked deals (object array, None for missing)."""
        if name in self._cache:
            return np.asarray(self._cache[name][mask])
        codes, keys = self.prep.codes(name)
        return np.asarray(np.append(keys, _NONE).take(self.pick(codes, mask)))

    def codes(self, name: str, mask: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The masked deals' ``name`` factorised: ``(codes, uniques)``, code -1 = missing.

        Equal to ``pd.factorize(self.column(name, mask))``: uniques in the order they first
        appear in the masked rows (see :func:`kpi_core.prepared.first_seen`).
        """
        codes, keys = self.prep.codes(name)
        return first_seen(self.pick(codes, mask), keys)

    @property
    def account_codes(self) -> np.ndarray:
        """The filtered deals' account codes of :meth:`Prepared.codes` (-1 = no account)."""
        return self._sel(self.prep.codes("account")[0])

    def all_codes(self, name: str, idx: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The ``idx`` deals' ``name`` as ``(codes, keys)`` of :meth:`Prepared.codes`
        (code -1 = missing): no renumbering, so the keys' order carries no meaning and a
        key may have no row here. For groupings whose rows are sorted afterwards."""
        codes, keys = self.prep.codes(name)
        return self.pick(codes, idx), keys

    def key_sums(self, name: str, idx: np.ndarray, values: np.ndarray) -> dict[str | None, float]:
        """:meth:`sums_by` with the keys in no particular order (the same sums: each key's
        rows in the same order), for breakdowns sorted afterwards."""
        return code_sums(*self.all_codes(name, idx), values)

    def sums_by(self, name: str, mask: np.ndarray, values: np.ndarray) -> dict[str | None, float]:
        """``{key of column name: Σ values}`` over the masked deals (values already masked)."""
        codes, uniques = self.codes(name, mask)
        return code_sums(codes, uniques, values)

    @property
    def ids(self) -> np.ndarray:
        return self.values("id")

    def won_in(self, start: date, end: date) -> np.ndarray:
        return np.asarray(self.won & in_range(self.closed, start, end))

    def lost_in(self, start: date, end: date) -> np.ndarray:
        return np.asarray(self.lost & in_range(self.closed, start, end))

    def open_at(self, end: date) -> np.ndarray:
        """Created on or before ``end`` and still open, or closed after ``end``."""
        e = ts(end)
        return np.asarray((self.created <= e) & (~(self.won | self.lost) | (self.closed > e)))

    def revenue(self, mask: np.ndarray) -> float:
        """Sum of base amounts of the masked deals that have a rate (unknown amount = 0)."""
        sel = self.amount[mask & self.has_rate]
        return float(np.nansum(sel)) if len(sel) else 0.0

    def revenue_at(self, rows: np.ndarray) -> float:
        """:meth:`revenue` of the deals at ascending ``rows`` (the same sum, same order)."""
        sel = self.amount[rows[self.has_rate[rows]]]
        return float(np.nansum(sel)) if len(sel) else 0.0
