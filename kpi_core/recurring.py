"""Recurring revenue family: MRR, ARR, MRR growth, revenue retention, growth ceiling,
sales efficiency and MRR by month.

A won deal with ``contract_months`` > 0 is a **contract**: active on day *d* when
``closed_on`` ≤ *d* < ``closed_on`` + ``contract_months`` calendar months (the day clamped to
the month's end: 31 January + 1 month = 28/29 February), and before its account's
``churned_on``. A contract that starts on or after its account's churn date is never active
and counts nowhere. Monthly value = (amount − one_time_fee) / contract_months in the base
currency (missing fee = 0); a contract without an amount or an exchange rate is left out.

Everything is vectorised over the contracts, which are built once per dataset and filters:
the MRR of the days one computation reads (start, end, the growth ceiling's samples, the
month ends) comes from running sums of the contracts' values by start and by stop (two binary
searches per day); no loop runs over deals. "Start" means the day before the period's first
day. ``mrr`` is None only when the (filtered) workspace has no contract at all.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cached_property
from typing import Any

import numpy as np

from kpi_core._util import clean, ratio
from kpi_core.context import KpiContext
from kpi_core.customers import cac_spend
from kpi_core.periods import Period, month_key, months_in
from kpi_core.types import Inputs, RawBreakdowns, RawKpis, Row

_DAY = "datetime64[D]"


@dataclass(frozen=True)
class Contracts:
    """The contracts of the (filtered) deals, as aligned arrays.

    ``start``/``stop`` are ``datetime64[D]``: active on *d* when start ≤ *d* < stop (stop is
    the contract's end or its account's churn date, whichever comes first). ``value`` is the
    monthly value (≥ 0), ``account`` an integer per account (a contract without an account
    is an account of its own), ``row`` the row of the contract's deal in the filtered deals.
    """

    start: np.ndarray
    stop: np.ndarray
    value: np.ndarray
    account: np.ndarray
    row: np.ndarray

    def __len__(self) -> int:
        return len(self.value)

    def active_on(self, day: date) -> np.ndarray:
        """Mask of the contracts active on ``day``."""
        d = np.datetime64(day, "D")
        return np.asarray((self.start <= d) & (d < self.stop))

    def mrr_on(self, day: date) -> float:
        """MRR on ``day``: Σ monthly values of the contracts active that day (0.0 without)."""
        return float(self.mrr_on_days([day])[0])

    @cached_property
    def _sums(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Starts and stops sorted, with the running sums of the values in those orders."""
        by_start, by_stop = np.argsort(self.start, kind="stable"), np.argsort(self.stop)
        zero = np.zeros(1)
        return (
            self.start[by_start],
            np.concatenate([zero, np.cumsum(self.value[by_start])]),
            self.stop[by_stop],
            np.concatenate([zero, np.cumsum(self.value[by_stop])]),
        )

    def mrr_on_days(self, days: list[date]) -> np.ndarray:
        """MRR on each of ``days``: Σ values of the contracts started on or before the day −
        Σ values of those stopped on or before it (two binary searches per day).

        The count of active contracts is exact (integers): a day without any is exactly 0.
        With some, the difference of the running sums is exact to about 1e-12 of the sums.
        """
        if len(self) == 0 or not days:
            return np.zeros(len(days))
        starts, cum_start, stops, cum_stop = self._sums
        when = np.array(days, dtype=_DAY)
        started = np.searchsorted(starts, when, side="right")
        stopped = np.searchsorted(stops, when, side="right")
        active = started - stopped
        return np.where(active > 0, np.maximum(cum_start[started] - cum_stop[stopped], 0.0), 0.0)

    def account_mrr(self, day: date) -> np.ndarray:
        """MRR on ``day`` of each account (index = ``account`` code)."""
        size = int(self.account.max()) + 1 if len(self) else 0
        weights = np.where(self.active_on(day), self.value, 0.0)
        return np.bincount(self.account, weights=weights, minlength=size)


def add_months(days: np.ndarray, months: np.ndarray) -> np.ndarray:
    """``days`` (``datetime64[D]``) + ``months`` calendar months, the day of the month
    clamped to the target month's last day (31 Jan + 1 = 28 or 29 Feb)."""
    days = days.astype(_DAY)
    month = days.astype("datetime64[M]")
    day_of_month = (days - month.astype(_DAY)).astype("int64")
    target = month + months.astype("int64").astype("timedelta64[M]")
    first = target.astype(_DAY)
    length = ((target + np.timedelta64(1, "M")).astype(_DAY) - first).astype("int64")
    return np.asarray(first + np.minimum(day_of_month, length - 1).astype("timedelta64[D]"))


def monthly_values(amount: np.ndarray, fee: np.ndarray, months: np.ndarray) -> np.ndarray:
    """(amount − one_time_fee) / contract_months per contract (missing fee = 0).

    A fee larger than the amount leaves no recurring part: the value is floored at 0.
    """
    recurring = amount - np.nan_to_num(fee, nan=0.0)
    return np.asarray(np.maximum(recurring / months, 0.0))


def build_contracts(
    closed_on: np.ndarray,
    contract_months: np.ndarray,
    amount: np.ndarray,
    fee: np.ndarray,
    account: np.ndarray,
    churned_on: np.ndarray,
    is_won: np.ndarray,
) -> Contracts:
    """The contracts among deals described by aligned arrays.

    ``amount``/``fee`` in the base currency (NaN amount = unknown amount or no exchange rate:
    left out); ``account`` integer codes (-1 = no account); ``churned_on`` the churn date of
    each deal's account (NaT = none). A length that is not a whole number of months is
    rounded to the nearest whole month (at least 1) for the end date.
    """
    closed = closed_on.astype(_DAY)
    ok = (
        is_won
        & (contract_months > 0)
        & ~np.isnan(contract_months)
        & ~np.isnat(closed)
        & ~np.isnan(amount)
    )
    rows = np.flatnonzero(ok)
    start = closed[rows]
    whole = np.maximum(np.rint(contract_months[rows]), 1).astype("int64")
    end = add_months(start, whole)
    churn = churned_on.astype(_DAY)[rows]
    stop = np.where(~np.isnat(churn) & (churn < end), churn, end)
    keep = stop > start  # starts on or after its churn date: never active, counts nowhere
    rows, start, stop = rows[keep], start[keep], stop[keep]
    acc = account[rows].astype("int64")
    lone = acc < 0
    acc = np.where(lone, (acc.max(initial=-1) + 1) + np.cumsum(lone) - 1, acc)
    value = monthly_values(amount[rows], fee[rows], contract_months[rows])
    return Contracts(start, stop, value, acc, rows)


#: per-dataset cache (weak: dropped with the dataset's prepared data) of the contracts of
#: each filter and base currency; contracts do not depend on the period
_CACHE: weakref.WeakKeyDictionary[Any, Any] = weakref.WeakKeyDictionary()
_PER_DATASET = 8


def contracts(ctx: KpiContext) -> Contracts:
    """The contracts of the context's filtered deals (all dates; the period does not matter).

    Remembered per dataset (its :class:`~kpi_core.prepared.Prepared` data, which is renewed
    when the deals, accounts or rates change), filters and base currency.
    """
    f = ctx.filters
    key = (f.owner, f.source, f.product, ctx.settings.base_currency)
    known: dict[tuple[str | None, ...], Contracts] = _CACHE.setdefault(ctx.prep, {})
    if key not in known:
        while len(known) >= _PER_DATASET:
            known.pop(next(iter(known)))
        known[key] = _contracts(ctx)
    return known[key]


def _contracts(ctx: KpiContext) -> Contracts:
    dv = ctx.deals
    months = dv.values("contract_months").astype("float64")
    rows = np.flatnonzero(
        dv.won & (months > 0) & ~np.isnat(dv.closed) & ~np.isnan(dv.amount)
    )  # only these can be contracts: the rest is never factorised or looked up
    codes, _names = dv.codes("account", rows)
    # each deal's account's churn date, by the account's code (no name looked up)
    churn = ctx.prep.account_churn[dv.account_codes[rows]]
    found = build_contracts(
        dv.closed[rows],
        months[rows],
        dv.amount[rows],
        dv.fee[rows],
        codes.astype("int64"),
        churn,
        np.ones(len(rows), dtype=bool),
    )
    return Contracts(found.start, found.stop, found.value, found.account, rows[found.row])


def arr(monthly: float | None) -> float | None:
    """mrr × 12 (None when mrr is)."""
    return None if monthly is None else monthly * 12.0


def mrr_growth(at_start: float, at_end: float) -> float | None:
    """(MRR on end − MRR at start) / MRR at start; None when MRR at start is 0."""
    return ratio(at_end - at_start, at_start)


def revenue_retention(
    start_by_account: np.ndarray, end_by_account: np.ndarray
) -> tuple[float | None, float | None]:
    """``(net, gross)`` revenue retention over the accounts with MRR > 0 at start:

        net = Σ their MRR on end / Σ their MRR at start,
        gross = Σ min(MRR on end, MRR at start) / Σ their MRR at start.

    Both None when no account had MRR at start. gross ≤ 1 and net ≥ gross always.
    """
    kept = start_by_account > 0
    base = float(start_by_account[kept].sum())
    if base <= 0:
        return None, None
    end = end_by_account[kept]
    net = clean(end.sum() / base)
    gross = clean(np.minimum(end, start_by_account[kept]).sum() / base)
    return net, gross


def ceiling_days(end: date) -> list[date]:
    """The days ``growth_ceiling`` reads: end − 365 days, then end, end − 28, …, end − 364."""
    return [end - timedelta(days=365)] + [end - timedelta(days=28 * k) for k in range(14)]


def ceiling_inputs(
    c: Contracts, end: date, mrr: dict[date, float] | None = None
) -> dict[str, float]:
    """The inputs of ``growth_ceiling`` over the window [end − 364 days, end]:

        new = Σ monthly values of the contracts that start in the window,
        lost = MRR on (end − 365 days) + new − MRR on end,
        average = mean MRR on the 14 days end, end − 28, …, end − 364.

    ``lost`` is summed directly over the contracts it is made of: those active on
    end − 365 days or starting in the window, and not active on end (the same number, as a
    sum of monthly values ≥ 0, so it is 0 exactly when nothing left). ``mrr`` may hold the
    MRR of the sample days already (see :func:`ceiling_days`).
    """
    days = ceiling_days(end)
    if mrr is None:
        mrr = dict(zip(days, c.mrr_on_days(days), strict=True))
    first = np.datetime64(end - timedelta(days=364), "D")
    last = np.datetime64(end, "D")
    starting = (c.start >= first) & (c.start <= last)
    leaving = (c.active_on(days[0]) | starting) & ~c.active_on(end)
    average = float(np.mean([mrr[d] for d in days[1:]]))
    return {
        "new": float(c.value[starting].sum()),
        "lost": float(c.value[leaving].sum()),
        "average_mrr": average,
    }


def growth_ceiling(new: float, lost: float, average: float) -> float | None:
    """new × average / lost: the MRR at which new contracts just replace what leaves;
    None when lost ≤ 0 (nothing leaves: no ceiling)."""
    if lost <= 0:
        return None
    return clean(new * average / lost)


def sales_efficiency(arr_start: float, arr_end: float, spend: float | None) -> float | None:
    """(ARR on end − ARR at start) / marketing and sales spend of the period; None when no
    such spend is recorded (``spend`` None) or it is 0.

    Example: net new ARR 10 for 1 of spend → 10.
    """
    return None if spend is None else ratio(arr_end - arr_start, spend)


def month_days(period: Period) -> list[tuple[str, date]]:
    """``(YYYY-MM, day)`` for every month of the period: its last day, or ``end`` when the
    period ends before it."""
    out = []
    for y, m in months_in(period):
        next_first = date(y + (m == 12), m % 12 + 1, 1)
        out.append((month_key(y, m), min(next_first - timedelta(days=1), period.end)))
    return out


def mrr_by_month(c: Contracts, period: Period, mrr: dict[date, float] | None = None) -> list[Row]:
    """Every month of the period in order: ``{key, value}`` with value = MRR on the month's
    last day, or on ``end`` when the period ends before it; None on every row when there is
    no contract. ``mrr`` may hold the MRR of those days already."""
    months = month_days(period)
    if mrr is None:
        mrr = dict(zip([d for _, d in months], c.mrr_on_days([d for _, d in months]), strict=True))
    return [{"key": key, "value": mrr[day] if len(c) else None} for key, day in months]


def compute(ctx: KpiContext) -> tuple[RawKpis, RawBreakdowns]:
    """The recurring-revenue family's scalars and breakdowns."""
    c = contracts(ctx)
    before = ctx.period.start - timedelta(days=1)
    end = ctx.period.end
    has = len(c) > 0
    days = sorted({before, end, *ceiling_days(end), *(d for _, d in month_days(ctx.period))})
    mrr_of = dict(zip(days, c.mrr_on_days(days), strict=True))
    at_start, at_end = mrr_of[before], mrr_of[end]
    net, gross = revenue_retention(c.account_mrr(before), c.account_mrr(end))
    ceiling = ceiling_inputs(c, end, mrr_of) if has else None
    kpis = {
        "mrr": at_end if has else None,
        "arr": arr(at_end if has else None),
        "mrr_growth": mrr_growth(at_start, at_end) if has else None,
        "net_revenue_retention": net,
        "gross_revenue_retention": gross,
        "growth_ceiling": None
        if ceiling is None
        else growth_ceiling(ceiling["new"], ceiling["lost"], ceiling["average_mrr"]),
        "sales_efficiency": sales_efficiency(at_start * 12, at_end * 12, cac_spend(ctx.spend))
        if has
        else None,
    }
    return kpis, {"mrr_by_month": mrr_by_month(c, ctx.period, mrr_of)}


_IDS = {
    "mrr",
    "arr",
    "mrr_growth",
    "net_revenue_retention",
    "gross_revenue_retention",
    "growth_ceiling",
    "sales_efficiency",
    "mrr_by_month",
}


def explain_parts(
    kpi_id: str, ctx: KpiContext, kpis: RawKpis
) -> tuple[Inputs, np.ndarray | None, list[int]] | None:
    """``(inputs, deal mask, activity ids)`` behind ``kpi_id``; None for another family's id.

    The deals are the contracts active on the days the KPI reads (and, for the growth
    ceiling, those that start in its window).
    """
    if kpi_id not in _IDS:
        return None
    c = contracts(ctx)
    p = ctx.period
    before = p.start - timedelta(days=1)
    at_start, at_end = c.mrr_on(before), c.mrr_on(p.end)
    hit = c.active_on(p.end)
    inputs: Inputs = {"contracts": len(c), "mrr_at_start": at_start, "mrr_on_end": at_end}
    if kpi_id in ("mrr_growth", "sales_efficiency"):
        hit = hit | c.active_on(before)
        if kpi_id == "sales_efficiency":
            inputs.update(
                {
                    "arr_at_start": at_start * 12,
                    "arr_on_end": at_end * 12,
                    "spend": cac_spend(ctx.spend),
                }
            )
    elif kpi_id in ("net_revenue_retention", "gross_revenue_retention"):
        start_acc, end_acc = c.account_mrr(before), c.account_mrr(p.end)
        kept = start_acc > 0
        inputs = {
            "accounts_at_start": int(kept.sum()),
            "their_mrr_at_start": float(start_acc[kept].sum()),
            "their_mrr_on_end": float(end_acc[kept].sum()),
            "kept_mrr": float(np.minimum(end_acc, start_acc)[kept].sum()),
        }
        hit = (hit | c.active_on(before)) & kept[c.account] if len(c) else hit
    elif kpi_id == "growth_ceiling" and len(c):
        inputs.update(ceiling_inputs(c, p.end))
        first = np.datetime64(p.end - timedelta(days=364), "D")
        hit = (
            hit
            | c.active_on(p.end - timedelta(days=365))
            | (c.start >= first) & (c.start <= np.datetime64(p.end, "D"))
        )
    elif kpi_id == "mrr_by_month":
        for _, day in month_days(p):
            hit = hit | c.active_on(day)
    mask = np.zeros(len(ctx.deals), dtype=bool)
    mask[c.row[hit]] = True
    inputs.setdefault(kpi_id, kpis.get(kpi_id))
    return inputs, mask, []
