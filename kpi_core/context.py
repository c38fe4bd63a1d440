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
from kpi_core.deal_view import DealView, code_counts, code_sums, in_range, key_sums, ts
from kpi_core.filters import Filters
from kpi_core.lead_arrays import LeadArrays, lead_arrays
from kpi_core.money import convert, rates_on
from kpi_core.periods import Period, previous_period
from kpi_core.prepared import Prepared, blank_to_none, prepared, text_codes

__all__ = [
    "DealView",
    "KpiContext",
    "code_counts",
    "code_sums",
    "customers_at",
    "filter_mask",
    "in_range",
    "key_sums",
    "ts",
]


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
                m = equal_to(prep, column, value)
                mask = m if mask is None else mask & m
        return mask

    @cached_property
    def deals(self) -> DealView:
        return DealView(self.prep, self.deal_mask, self.settings.base_currency)

    @cached_property
    def closed_in(self) -> np.ndarray:
        """Mask of the filtered deals whose close date lies in the period (any status)."""
        return in_range(self.deals.closed, self.period.start, self.period.end)

    @cached_property
    def won(self) -> np.ndarray:
        """= ``deals.won_in(start, end)``, the close dates tested once for won and lost."""
        return np.asarray(self.deals.won & self.closed_in)

    @cached_property
    def lost(self) -> np.ndarray:
        return np.asarray(self.deals.lost & self.closed_in)

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
    def nps_responses(self) -> tuple[np.ndarray, np.ndarray]:
        """Scores and dates of the NPS responses in the period that have a score (never
        filtered)."""
        nps = self.dataset.nps
        dates = nps["responded_on"].to_numpy()
        scores = nps["score"].to_numpy(dtype="float64")
        keep = in_range(dates, self.period.start, self.period.end) & ~np.isnan(scores)
        return scores[keep], dates[keep]

    @cached_property
    def window(self) -> Period:
        """The CLTV window ``[end − 364 days, end]``."""
        return Period(self.period.end - timedelta(days=364), self.period.end)


def equal_to(prep: Prepared, column: str, value: object) -> np.ndarray:
    """Mask of the deals whose ``column`` equals ``value``: by the column's codes (one
    integer comparison) for a text key, by comparing the texts for anything else (a blank
    text, which has no code of its own)."""
    index = prep.key_index(column)
    if isinstance(value, str) and value.strip() and index.is_unique:
        codes, _keys = prep.codes(column)
        found = index.get_indexer([value])
        return np.asarray(codes == found[0]) if found[0] >= 0 else np.zeros(len(codes), bool)
    return np.asarray(prep.deals[column].to_numpy(dtype=object) == value)


def customers_at(first: pd.DataFrame, day: date) -> np.ndarray:
    """Mask of accounts that are customers at ``day``: first won on or before, not churned."""
    d = ts(day)
    churned = first["churned_on"].to_numpy()
    return np.asarray((first["first"].to_numpy() <= d) & ~(churned <= d))
