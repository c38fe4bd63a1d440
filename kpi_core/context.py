"""The per-call working set: filtered deals, base-currency money and period masks.

Built once by ``engine.build_context`` and shared by every KPI family, so that the masks
("won in the period", "open at period end", ...) are computed a single time. Arrays over
all the deals that do not depend on the period come from :mod:`kpi_core.prepared`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cached_property

import numpy as np
import pandas as pd

from kpi_core.dataset import Dataset, KpiSettings
from kpi_core.filters import Filters
from kpi_core.lead_arrays import LeadArrays, lead_arrays
from kpi_core.money import convert, rates_on
from kpi_core.periods import Period, previous_period
from kpi_core.prepared import Prepared, blank_to_none, first_seen, prepared, text_codes

_NONE = np.array([None], dtype=object)
_NAT_INT = int(np.datetime64("NaT", "ns").astype(np.int64))


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
    shifted = values.view(np.int64) - np.int64(lo)
    return np.asarray(shifted.view(np.uint64) <= np.uint64(hi - lo))


def filter_mask(frame: pd.DataFrame, **wanted: str | None) -> np.ndarray | None:
    """Rows of ``frame`` whose columns equal the wanted values; None when nothing is set."""
    mask = None
    for column, value in wanted.items():
        if value is None:
            continue
        m = (frame[column].to_numpy(dtype=object) == value).astype(bool)
        mask = m if mask is None else mask & m
    return mask


def _apply(frame: pd.DataFrame, mask: np.ndarray | None) -> pd.DataFrame:
    return frame if mask is None else frame.loc[mask].reset_index(drop=True)


def code_sums(
    codes: np.ndarray, uniques: np.ndarray, values: np.ndarray
) -> dict[str | None, float]:
    """``{key: Σ values}`` per key present (code -1 = missing key → None; NaN values = 0)."""
    if len(codes) == 0:
        return {}
    k = len(uniques)
    idx = np.where(codes < 0, k, codes)
    sums = np.bincount(idx, weights=np.nan_to_num(values, nan=0.0), minlength=k + 1)
    present = np.bincount(idx, minlength=k + 1) > 0
    return {(uniques[i] if i < k else None): float(sums[i]) for i in np.flatnonzero(present)}


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


@dataclass
class KpiContext:
    """Everything one ``compute_kpis`` call needs, computed once."""

    dataset: Dataset
    period: Period
    filters: Filters
    settings: KpiSettings
    today: date
    prev: Period = field(init=False)

    def __post_init__(self) -> None:
        self.prev = previous_period(self.period)

    # ---- deals -------------------------------------------------------------------------
    @cached_property
    def prep(self) -> Prepared:
        return prepared(self.dataset)

    @cached_property
    def deal_mask(self) -> np.ndarray | None:
        """Rows of all the deals that pass the filters (None = all)."""
        f, prep = self.filters, self.prep
        mask = None
        for column, value in (("owner", f.owner), ("source", f.source), ("product", f.product)):
            if value is not None:
                m = prep.deals[column].to_numpy(dtype=object) == value
                mask = m if mask is None else mask & m
        return mask

    @cached_property
    def deals(self) -> DealView:
        return DealView(self.prep, self.deal_mask, self.settings.base_currency)

    @cached_property
    def won(self) -> np.ndarray:
        return self.deals.won_in(self.period.start, self.period.end)

    @cached_property
    def lost(self) -> np.ndarray:
        return self.deals.lost_in(self.period.start, self.period.end)

    @cached_property
    def created(self) -> np.ndarray:
        return in_range(self.deals.created, self.period.start, self.period.end)

    @cached_property
    def open_end(self) -> np.ndarray:
        return self.deals.open_at(self.period.end)

    # The masks' rows (ascending): indexing with them picks the same values in the same
    # order as the masks do, so sums over them are equal to the last bit, in time
    # proportional to the period's deals instead of all the deals.
    @cached_property
    def won_rows(self) -> np.ndarray:
        return np.flatnonzero(self.won)

    @cached_property
    def lost_rows(self) -> np.ndarray:
        return np.flatnonzero(self.lost)

    @cached_property
    def closed_rows(self) -> np.ndarray:
        """Won or lost in the period."""
        return np.flatnonzero(self.won | self.lost)

    @cached_property
    def created_rows(self) -> np.ndarray:
        return np.flatnonzero(self.created)

    @cached_property
    def open_rows(self) -> np.ndarray:
        return np.flatnonzero(self.open_end)

    @cached_property
    def won_money_rows(self) -> np.ndarray:
        """Rows of :attr:`won_money`."""
        rows = self.won_rows
        return np.asarray(rows[self.deals.has_rate[rows]])

    @cached_property
    def won_money(self) -> np.ndarray:
        """Won in the period and convertible: the deals behind ``revenue``."""
        return np.asarray(self.won & self.deals.has_rate)

    @cached_property
    def revenue(self) -> float:
        return self.deals.revenue_at(self.won_rows)

    @cached_property
    def excluded_missing_rate(self) -> int:
        """Deals won in the period or open at its end whose exchange rate is missing."""
        return int(((self.won | self.open_end) & ~self.deals.has_rate).sum())

    @cached_property
    def stage_now(self) -> np.ndarray:
        """Index of each filtered deal's stage in the pipeline (-1 = empty or unknown)."""
        return self.deals._sel(self.prep.stage_reach(self.settings.stages)[0])

    @cached_property
    def reach(self) -> np.ndarray:
        """Index of the furthest stage each filtered deal reached (``len(stages)`` = Won).

        See :meth:`kpi_core.prepared.Prepared.stage_reach`.
        """
        return self.deals._sel(self.prep.stage_reach(self.settings.stages)[1])

    @cached_property
    def hist_pos(self) -> np.ndarray:
        """Row of each stage-history entry's deal in the filtered deals (-1 = not there)."""
        pos = self.prep.hist_pos
        if self.deal_mask is None:
            return pos
        remap = np.full(len(self.deal_mask) + 1, -1, dtype="int64")
        remap[np.flatnonzero(self.deal_mask)] = np.arange(int(self.deal_mask.sum()))
        return remap[np.where(pos >= 0, pos, len(self.deal_mask))]

    # ---- other frames ------------------------------------------------------------------
    @cached_property
    def leads(self) -> pd.DataFrame:
        ld = self.dataset.leads
        return _apply(ld, filter_mask(ld, owner=self.filters.owner, source=self.filters.source))

    @cached_property
    def lead_view(self) -> LeadArrays:
        """The :class:`~kpi_core.lead_arrays.LeadArrays` of the filtered leads (rows of
        :attr:`leads`), selected from those of every lead, computed once per frame."""
        ld = self.dataset.leads
        mask = filter_mask(ld, owner=self.filters.owner, source=self.filters.source)
        return lead_arrays(ld).take(None if mask is None else np.flatnonzero(mask))

    @cached_property
    def leads_created(self) -> np.ndarray:
        """Mask of the (filtered) leads created in the period."""
        return in_range(self.lead_view.created, self.period.start, self.period.end)

    @cached_property
    def spend(self) -> pd.DataFrame:
        """Spend dated in the period (source filter), with ``base`` amount and ``cat``."""
        sp = self.dataset.spend
        sp = _apply(sp, filter_mask(sp, source=self.filters.source))
        sp = sp.loc[in_range(sp["spent_on"].to_numpy(), self.period.start, self.period.end)]
        base = self.settings.base_currency
        rate = rates_on(sp["currency"], sp["spent_on"], self.dataset.rates, base)
        cat = sp["category"].to_numpy(dtype=object).copy()
        cat[pd.isna(cat)] = "marketing"
        return pd.DataFrame(
            {
                "source": blank_to_none(sp["source"].to_numpy(dtype=object)),
                "cat": cat,
                "base": convert(sp["amount"], rate),
                "has_rate": ~np.isnan(rate),
            }
        )

    @cached_property
    def quotas(self) -> pd.DataFrame:
        """Quota rows of reps (owner set) whose own range lies inside the period."""
        q = self.dataset.quotas
        q = _apply(q, filter_mask(q, owner=self.filters.owner))
        inside = (q["period_start"].to_numpy() >= ts(self.period.start)) & (
            q["period_end"].to_numpy() <= ts(self.period.end)
        )
        named = text_codes(q["owner"].to_numpy(dtype=object))[0] >= 0  # not blank or missing
        return q.loc[inside & named]

    @cached_property
    def rep_quota(self) -> pd.Series:
        """Quota per rep in the period (reps with quota rows inside it)."""
        return self.quotas.groupby("owner", sort=True)["amount"].sum()

    @cached_property
    def reps_active(self) -> list[str]:
        """Owners with a deal created, won or lost in the period, or a quota inside it."""
        codes, keys = self.prep.codes("owner")
        present = np.zeros(len(keys) + 1, dtype=bool)  # the last slot: no owner (code -1)
        for rows in (self.created_rows, self.closed_rows):
            present[self.deals.pick(codes, rows)] = True
        names = {str(u) for u in keys[present[:-1]]}
        names.update(o for o in self.rep_quota.index if isinstance(o, str))
        return sorted(names)

    # ---- customers ---------------------------------------------------------------------
    @cached_property
    def first_won(self) -> pd.DataFrame:
        """Every account's first-ever won deal (all data) plus ``matches`` (filters)."""
        base = self.prep.first_won
        out = base.copy()
        if self.deal_mask is None:
            out["matches"] = np.ones(len(base), dtype=bool)
        else:
            out["matches"] = self.deal_mask[base["row"].to_numpy()]
        return out

    @cached_property
    def new_accounts(self) -> pd.DataFrame:
        """Accounts whose first-ever won deal closes in the period (before attribution)."""
        fw = self.first_won
        return fw.loc[in_range(fw["first"].to_numpy(), self.period.start, self.period.end)]

    @cached_property
    def window(self) -> Period:
        """The CLTV window ``[end − 364 days, end]``."""
        return Period(self.period.end - timedelta(days=364), self.period.end)


def customers_at(first: pd.DataFrame, day: date) -> np.ndarray:
    """Mask of accounts that are customers at ``day``: first won on or before, not churned."""
    d = ts(day)
    churned = first["churned_on"].to_numpy()
    return np.asarray((first["first"].to_numpy() <= d) & ~(churned <= d))
