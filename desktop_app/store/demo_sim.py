"""The demo company's simulation: plain dataclasses and calendar helpers, no database.

``simulate`` runs the company month by month from a warm-up year before the demo's
first month (``window_start``) to ``today``:

1. an installed base of customers whose subscription started before the warm-up year;
2. new business (``demo_deals``): opportunities that walk the pipeline; a won one makes a
   new customer with a 12, 24 or 36 month contract;
3. contracts that end are renewed (often larger, sometimes smaller) or lost, and a lost
   renewal is the customer's churn, dated on the contract's end;
4. add-on deals (services, hardware) for customers during their contract;
5. spend (``demo_extras``) from the warm-up year on, and leads, NPS answers, quotas,
   forecasts and the reps' logged activities (``demo_activities``) for the demo's months.

The warm-up year's deals are kept (its contracts, wins and losses) with the spend that won
them, but it has no leads, NPS, quotas, forecasts or activities: it gives the first year of
the demo a history of customers, revenue, spend, churn and pipeline to compare with.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import itertools
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from desktop_app.store import demo_data as cast

_T = TypeVar("_T")

STAGES = ("Lead-in", "Qualified", "Meeting", "Proposal", "Negotiation")
STAGE_PROBABILITY = (10.0, 20.0, 40.0, 60.0, 80.0)
#: the demo starts in January, 18 to 29 months before today's month, so that every calendar
#: year it shows is whole and the year before its first is the warm-up year (deals, spend):
#: a year, quarter or month never compares with a period that has half its records
MIN_MONTHS = 18
WARM_UP = 12  # months of deals before the demo's first month


@dataclass
class SimDeal:
    external_id: str
    title: str
    account: str
    owner: str
    source: str
    product: str
    product_type: str
    stage: str
    status: str
    amount: float
    currency: str
    cost: float | None
    probability: float | None
    created_on: dt.date
    expected_close_on: dt.date | None
    closed_on: dt.date | None
    lost_reason: str | None
    contract_months: int | None
    one_time_fee: float | None
    history: list[tuple[str, dt.date]]
    list_amount: float | None = None
    quantity: float | None = None
    kind: str = "new"  # new, renewal or add-on (not stored)


@dataclass
class SimLead:
    external_id: str
    name: str
    account: str | None
    source: str
    owner: str | None
    created_on: dt.date
    sql_on: dt.date | None = None
    converted_on: dt.date | None = None
    deal_external_id: str | None = None
    disqualified_on: dt.date | None = None


@dataclass
class SimAccount:
    created_on: dt.date
    owner: str
    source: str
    currency: str
    churned_on: dt.date | None = None
    first_won: dt.date | None = None


@dataclass
class SimSpend:
    spent_on: dt.date
    source: str | None
    category: str
    amount: float
    note: str | None


@dataclass
class SimNps:
    responded_on: dt.date
    account: str
    score: int
    comment: str | None


@dataclass
class SimPeriod:
    start: dt.date
    end: dt.date
    amount: float
    owner: str | None = None


@dataclass
class SimRate:
    currency: str
    rate: float
    valid_from: dt.date


@dataclass
class SimActivity:
    done_on: dt.date
    owner: str
    type: str
    hours: float
    deal_external_id: str | None
    account: str | None
    note: str | None


@dataclass
class Simulation:
    today: dt.date
    start: dt.date  # the demo's first day (first day of its first month)
    scale: float = 1.0  # deals asked for / 1,500
    deals: list[SimDeal] = field(default_factory=list)
    leads: list[SimLead] = field(default_factory=list)
    accounts: dict[str, SimAccount] = field(default_factory=dict)
    spend: list[SimSpend] = field(default_factory=list)
    nps: list[SimNps] = field(default_factory=list)
    quotas: list[SimPeriod] = field(default_factory=list)
    forecasts: list[SimPeriod] = field(default_factory=list)
    rates: list[SimRate] = field(default_factory=list)
    activities: list[SimActivity] = field(default_factory=list)
    _rate_of: dict[tuple[str, dt.date], float] = field(default_factory=dict, repr=False)

    def rate(self, currency: str, day: dt.date) -> float:
        """USD per unit of ``currency`` on ``day`` (the month's rate)."""
        if currency == "USD":
            return 1.0
        key = (currency, day.replace(day=1))
        if key in self._rate_of:
            return self._rate_of[key]
        known = [r for r in self.rates if r.currency == currency]
        return known[0].rate if day < known[0].valid_from else known[-1].rate

    def usd(self, deal: SimDeal) -> float:
        """The deal's amount in USD at the rate of its close (else creation) day."""
        return deal.amount * self.rate(deal.currency, deal.closed_on or deal.created_on)


# --- calendar --------------------------------------------------------------------------


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` plus whole months, the day clamped to the month's end (31 Jan + 1 = 28 Feb)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def month_starts(first: dt.date, last: dt.date) -> list[dt.date]:
    """First days of the months from ``first``'s month to ``last``'s month."""
    out, day = [], first.replace(day=1)
    while day <= last:
        out.append(day)
        day = add_months(day, 1)
    return out


def month_end(day: dt.date) -> dt.date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def window_start(today: dt.date) -> dt.date:
    """1 January of the latest year that starts at least ``MIN_MONTHS`` before ``today``'s month."""
    earliest = add_months(today.replace(day=1), -MIN_MONTHS)
    return dt.date(earliest.year, 1, 1)


def business_day(rng: random.Random, first: dt.date, last: dt.date) -> dt.date:
    """A day in [first, last], rarely a weekend."""
    span = (last - first).days
    for _ in range(20):
        day = first + dt.timedelta(days=rng.randint(0, span))
        if day.weekday() < 5 or rng.random() < 0.05:
            return day
    return first + dt.timedelta(days=rng.randint(0, span))


def weighted(
    rng: random.Random, items: Sequence[_T], weights: list[float] | tuple[float, ...]
) -> _T:
    """One of ``items``, drawn with the given weights."""
    return rng.choices(items, cum_weights=_cumulative(tuple(weights)), k=1)[0]


@functools.lru_cache(maxsize=512)
def _cumulative(weights: tuple[float, ...]) -> list[float]:
    return list(itertools.accumulate(weights))


def stochastic_round(rng: random.Random, x: float) -> int:
    """``x`` rounded down or up at random so that the mean stays ``x``."""
    whole = int(x)
    return whole + (1 if rng.random() < x - whole else 0)


class Names:
    """Unique account names: every combination once, then numbered."""

    def __init__(self, rng: random.Random) -> None:
        combos = [
            f"{a} {b} {c}"
            for a in cast.ACCOUNT_FIRST
            for b in cast.ACCOUNT_SECOND
            for c in cast.ACCOUNT_SUFFIX
        ]
        rng.shuffle(combos)
        self._combos = combos
        self._n = 0

    def next(self) -> str:
        name = self._combos[self._n % len(self._combos)]
        rounds = self._n // len(self._combos)
        self._n += 1
        return f"{name} {rounds + 1}" if rounds else name


# --- the whole run ---------------------------------------------------------------------


def simulate(rng: random.Random, n_deals: int, today: dt.date) -> Simulation:
    """Simulate the whole company; deterministic for a given ``rng`` state and ``today``."""
    from desktop_app.store import demo_activities, demo_deals, demo_extras

    start = window_start(today)
    sim = Simulation(today=today, start=start, scale=n_deals / 1500)
    _rates(rng, sim, add_months(start, -WARM_UP - 36), today)
    demo_deals.run(rng, sim, n_deals)
    months = month_starts(start, today)
    demo_extras.leads(rng, sim)
    demo_extras.nps(rng, sim, months)
    demo_extras.spend(rng, sim, month_starts(add_months(start, -WARM_UP), today))
    demo_extras.quotas_and_forecasts(rng, sim, months)
    demo_activities.activities(rng, sim)
    return sim


def _rates(rng: random.Random, sim: Simulation, first: dt.date, today: dt.date) -> None:
    """Monthly rates from ``first`` (before the oldest contract) to today's month."""
    for code, _share, level in cast.CURRENCIES:
        for day in month_starts(first, today):
            level *= 1 + rng.uniform(-0.012, 0.012)
            rate = round(level, 4)
            sim.rates.append(SimRate(code, rate, day))
            sim._rate_of[(code, day)] = rate
