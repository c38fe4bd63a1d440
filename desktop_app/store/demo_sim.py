"""The demo company's simulation: plain dataclasses, no database (see ``demo.py``)."""

from __future__ import annotations

import calendar
import datetime as dt
import heapq
import random
from dataclasses import dataclass, field

from desktop_app.store import demo_data as cast

STAGES = ("Lead-in", "Qualified", "Meeting", "Proposal", "Negotiation")
STAGE_PROBABILITY = (10.0, 20.0, 40.0, 60.0, 80.0)
#: base chance to move from stage i to i+1 (the last one: Negotiation -> Won)
ADVANCE = (0.85, 0.85, 0.83, 0.82, 0.78)
MONTHS = 24


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
    churned_on: dt.date | None = None
    first_won: dt.date | None = None
    last_won: dt.date | None = None


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
class Simulation:
    deals: list[SimDeal] = field(default_factory=list)
    leads: list[SimLead] = field(default_factory=list)
    accounts: dict[str, SimAccount] = field(default_factory=dict)
    spend: list[SimSpend] = field(default_factory=list)
    nps: list[SimNps] = field(default_factory=list)
    quotas: list[SimPeriod] = field(default_factory=list)
    forecasts: list[SimPeriod] = field(default_factory=list)
    rates: list[SimRate] = field(default_factory=list)


def month_starts(first: dt.date, last: dt.date) -> list[dt.date]:
    """First days of the months from ``first``'s month to ``last``'s month."""
    out, day = [], first.replace(day=1)
    while day <= last:
        out.append(day)
        day = (day + dt.timedelta(days=32)).replace(day=1)
    return out


def month_end(day: dt.date) -> dt.date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def window_start(today: dt.date) -> dt.date:
    """The first day of the month 24 months before ``today``'s month."""
    index = today.year * 12 + today.month - 1 - MONTHS
    return dt.date(index // 12, index % 12 + 1, 1)


def _weighted(rng: random.Random, items: tuple, weights: list[float]):  # noqa: ANN202
    return rng.choices(items, weights=weights, k=1)[0]


def _business_day(rng: random.Random, start: dt.date, today: dt.date) -> dt.date:
    """A day in [start, today], busier later (the company grows) and rarely a weekend."""
    span = (today - start).days
    while True:
        offset = rng.randrange(span + 1)
        if rng.random() > (1.0 + 0.6 * offset / span) / 1.6:
            continue
        day = start + dt.timedelta(days=offset)
        if day.weekday() < 5 or rng.random() < 0.1:
            return day


class _Names:
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


def simulate(rng: random.Random, n_deals: int, today: dt.date) -> Simulation:
    """Simulate the whole company; deterministic for a given ``rng`` state and ``today``."""
    sim = Simulation()
    start = window_start(today)
    months = month_starts(start, today)
    names = _Names(rng)
    _rates(rng, sim, months)
    _deals(rng, sim, n_deals, start, today, names)
    _leads(rng, sim, start, today, names)
    _churn_and_nps(rng, sim, n_deals, today)
    _spend(rng, sim, months)
    _quotas_and_forecasts(rng, sim, months, today)
    return sim


def _rates(rng: random.Random, sim: Simulation, months: list[dt.date]) -> None:
    for code, _share, level in cast.CURRENCIES:
        for first in months:
            level *= 1 + rng.uniform(-0.015, 0.015)
            sim.rates.append(SimRate(code, round(level, 4), first))


def _rate(sim: Simulation, currency: str, day: dt.date) -> float:
    if currency == "USD":
        return 1.0
    valid = [r.rate for r in sim.rates if r.currency == currency and r.valid_from <= day]
    return valid[-1] if valid else 1.0


def _deals(
    rng: random.Random, sim: Simulation, n: int, start: dt.date, today: dt.date, names: _Names
) -> None:
    created_days = sorted(_business_day(rng, start, today) for _ in range(n))
    wins: list[tuple[dt.date, str]] = []  # heap of (close, account) of won deals
    known: list[str] = []  # accounts whose first win closed before the current deal
    seen: set[str] = set()
    currency_codes = ("USD",) + tuple(c for c, _, _ in cast.CURRENCIES)
    currency_weights = [1 - sum(s for _, s, _ in cast.CURRENCIES)] + [
        s for _, s, _ in cast.CURRENCIES
    ]
    for i, created in enumerate(created_days):
        rep = _weighted(rng, cast.REPS, [r.share for r in cast.REPS])
        source = _weighted(rng, cast.SOURCES, [s.share for s in cast.SOURCES])
        product = _weighted(rng, cast.PRODUCTS, [p.share for p in cast.PRODUCTS])
        while wins and wins[0][0] < created:
            _, name = heapq.heappop(wins)
            if name not in seen:
                seen.add(name)
                known.append(name)
        if known and rng.random() < 0.25:
            account = rng.choice(known)
        else:
            account = names.next()
            sim.accounts[account] = SimAccount(created_on=created)
        # walk the pipeline
        odds = min(0.97, rep.skill * source.quality)
        reached = 1
        while reached < len(STAGES) and rng.random() < min(0.97, ADVANCE[reached - 1] * odds):
            reached += 1
        won = reached == len(STAGES) and rng.random() < min(0.97, ADVANCE[-1] * odds)
        total = (
            rng.triangular(20, 90, 42)
            if won
            else max(5.0, rng.triangular(10, 80, 30) * reached / 5)
        )
        cuts = sorted(rng.random() for _ in range(reached - 1))
        entries = [created + dt.timedelta(days=int(c * total * 0.85)) for c in [0.0, *cuts]]
        close = created + dt.timedelta(days=round(total))
        history = [(STAGES[k], day) for k, day in enumerate(entries) if day <= today]
        stalled = (today - created).days < 240 and rng.random() < 0.04  # still open, late
        status = ("won" if won else "lost") if close <= today and not stalled else "open"
        code = _weighted(rng, currency_codes, currency_weights)
        usd = product.amount * rng.lognormvariate(0, 0.35)
        amount = round(usd / _rate(sim, code, created) / 50) * 50
        months = fee = None
        if product.subscription:
            months = rng.choices((12, 24, 36), weights=(50, 25, 25))[0]
            if rng.random() < 0.5:
                fee = float(round(amount * 0.08 / 100) * 100)
        cost = None
        if status == "won" and product.cost_ratio and rng.random() < 0.7:
            cost = round(amount * product.cost_ratio * rng.uniform(0.85, 1.15), 2)
        stage = history[-1][0]
        probability = None
        expected = close
        if status == "open":
            if rng.random() < 0.3:
                probability = STAGE_PROBABILITY[STAGES.index(stage)] + rng.choice((-10, -5, 5, 10))
            if expected <= today:
                expected = today + dt.timedelta(days=rng.randint(7, 45))
        lost_reason = None
        if status == "lost":
            reasons = cast.LOST_REASONS
            lost_reason = _weighted(rng, tuple(r for r, _ in reasons), [w for _, w in reasons])
        if status == "won":
            acc = sim.accounts[account]
            acc.first_won = min(acc.first_won or close, close)
            acc.last_won = max(acc.last_won or close, close)
            heapq.heappush(wins, (close, account))
        sim.deals.append(
            SimDeal(
                external_id=f"BL-{10001 + i}",
                title=f"{account.split(' ')[0]} {account.split(' ')[1]} - {product.name}",
                account=account,
                owner=rep.name,
                source=source.name,
                product=product.name,
                product_type=product.product_type,
                stage=stage,
                status=status,
                amount=float(amount),
                currency=code,
                cost=cost,
                probability=probability,
                created_on=created,
                expected_close_on=expected,
                closed_on=close if status != "open" else None,
                lost_reason=lost_reason,
                contract_months=months,
                one_time_fee=fee,
                history=history,
            )
        )


def _leads(
    rng: random.Random, sim: Simulation, start: dt.date, today: dt.date, names: _Names
) -> None:
    converted: list[SimLead] = []
    for deal in sim.deals:
        if rng.random() >= 0.6:
            continue
        created = max(start, deal.created_on - dt.timedelta(days=rng.randint(3, 25)))
        gap = (deal.created_on - created).days
        sql_on = created + dt.timedelta(days=rng.randint(0, gap)) if gap else created
        account = sim.accounts[deal.account]
        account.created_on = min(account.created_on, created)
        converted.append(
            SimLead(
                "",
                cast.contact_name(rng),
                deal.account,
                deal.source,
                deal.owner,
                created,
                sql_on,
                deal.created_on,
                deal.external_id,
            )
        )
    others: list[SimLead] = []
    for _ in range(len(converted) * 4):
        source = _weighted(rng, cast.SOURCES, [s.share for s in cast.SOURCES])
        created = _business_day(rng, start, today)
        owner = rng.choice(cast.REPS).name if rng.random() < 0.7 else None
        account = None
        if rng.random() < 0.5:
            account = names.next()
            sim.accounts[account] = SimAccount(created_on=created)
        lead = SimLead("", cast.contact_name(rng), account, source.name, owner, created)
        if rng.random() < 0.19:
            lead.sql_on = min(today, created + dt.timedelta(days=rng.randint(1, 20)))
        elif rng.random() < 0.4:
            lead.disqualified_on = min(today, created + dt.timedelta(days=rng.randint(2, 30)))
        others.append(lead)
    everything = sorted(converted + others, key=lambda lead: lead.created_on)
    for i, lead in enumerate(everything):
        lead.external_id = f"LD-{20001 + i}"
    sim.leads = everything


def _churn_and_nps(rng: random.Random, sim: Simulation, n_deals: int, today: dt.date) -> None:
    customers = [name for name, a in sim.accounts.items() if a.last_won]
    for name in customers:
        acc = sim.accounts[name]
        if rng.random() < 0.30:
            day = acc.last_won + dt.timedelta(days=rng.randint(60, 420))
            acc.churned_on = day if day < today else None
    if not customers:
        return
    for _ in range(max(10, round(n_deals * 0.2))):
        name = rng.choice(customers)
        acc = sim.accounts[name]
        first = acc.first_won or acc.created_on
        last = min(today, acc.churned_on or today)
        if last < first:
            continue
        day = first + dt.timedelta(days=rng.randint(0, (last - first).days))
        score = rng.choices(range(11), weights=cast.NPS_WEIGHTS)[0]
        band = "promoter" if score >= 9 else "passive" if score >= 7 else "detractor"
        comment = rng.choice(cast.NPS_COMMENTS[band]) if rng.random() < 0.4 else None
        sim.nps.append(SimNps(day, name, score, comment))
    sim.nps.sort(key=lambda r: (r.responded_on, r.account))


def _spend(rng: random.Random, sim: Simulation, months: list[dt.date]) -> None:
    for k, first in enumerate(months):
        growth = 1 + 0.3 * k / max(1, len(months) - 1)
        for src in cast.SOURCES:
            marketing = src.marketing
            if src.name == "Trade Show" and first.month in cast.TRADE_SHOW_MONTHS:
                marketing = 45_000
            for category, base in (("marketing", marketing), ("sales", src.sales)):
                if base:
                    amount = round(base * growth * rng.uniform(0.85, 1.15), 2)
                    sim.spend.append(SimSpend(first, src.name, category, amount, None))
        tools = round(1_200 * rng.uniform(0.95, 1.05), 2)
        sim.spend.append(SimSpend(first, None, "other", tools, "CRM and sales tools"))


def _quotas_and_forecasts(
    rng: random.Random, sim: Simulation, months: list[dt.date], today: dt.date
) -> None:
    scale = len(sim.deals) / 1500
    actual: dict[dt.date, float] = {m: 0.0 for m in months}
    for d in sim.deals:
        if d.status == "won" and d.closed_on:
            key = d.closed_on.replace(day=1)
            if key in actual:
                actual[key] += d.amount * _rate(sim, d.currency, d.closed_on)
    for k, first in enumerate(months):
        growth = 1 + 0.25 * k / max(1, len(months) - 1)
        end = month_end(first)
        for rep in cast.REPS:
            quota = round(rep.quota * scale * growth / 1000) * 1000
            sim.quotas.append(SimPeriod(first, end, float(quota), rep.name))
        base = actual[first] if end < today and actual[first] > 0 else None
        if base is None:
            recent = [actual[m] for m in months[max(0, k - 3) : k] if actual[m] > 0]
            base = sum(recent) / len(recent) if recent else sum(r.quota for r in cast.REPS) * scale
        sim.forecasts.append(SimPeriod(first, end, round(base * rng.uniform(0.87, 1.13), -2)))
