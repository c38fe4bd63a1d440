"""Deals of the demo company: installed base, new business, renewals and churn, add-ons.

Every deal walks the built-in pipeline (Lead-in, Qualified, Meeting, Proposal,
Negotiation) and keeps its stage history. A new-business opportunity moves on from each
stage with the chances of ``ADVANCE_NEW`` (about 12 % are won, the others are lost at a
stage in proportion). The company plans its new customers: each month wins a running
share of the opportunities its pipeline holds (no lucky or unlucky months), and better
reps and channels win more often. A won subscription is a contract of 12, 24 or 36
months; when it ends, the customer renews (``RENEWAL_RATE``: the new contract is often
larger, sometimes smaller) or the renewal is lost and the customer churns on the day the
contract ends. Customers also buy add-ons (services, hardware) while their contract runs.
Every deal has a list price, a discount of 0-25 % and a quantity (seats, days, sensors).
"""

from __future__ import annotations

import datetime as dt
import heapq
import math
import random

from desktop_app.store import demo_data as cast
from desktop_app.store.demo_sim import (
    STAGE_PROBABILITY,
    STAGES,
    WARM_UP,
    Names,
    SimAccount,
    SimDeal,
    Simulation,
    add_months,
    business_day,
    month_end,
    month_starts,
    stochastic_round,
    weighted,
)

#: chance to move on from each stage of a new-business opportunity (last: Negotiation -> Won)
ADVANCE_NEW = (0.63, 0.65, 0.68, 0.70, 0.60)
P_WIN_NEW = math.prod(ADVANCE_NEW)
#: chance that an opportunity lost in the pipeline was lost at each stage
LOST_AT = tuple(math.prod(ADVANCE_NEW[:k]) * (1 - ADVANCE_NEW[k]) for k in range(len(ADVANCE_NEW)))
RENEWAL_RATE = 0.87
ADD_ON_RATE = 0.02  # add-on opportunities per customer and month
ADD_ON_WIN = 0.45
#: at 1,500 deals: customers before the warm-up year, new opportunities in its first month
BASE_CUSTOMERS = 50
NEW_OPPORTUNITIES = 18.6
GROWTH = 0.02  # per month
SEASON = (0.97, 1.0, 1.03, 1.0, 1.0, 1.02, 0.98, 0.96, 1.01, 1.03, 1.02, 0.97)
#: contract lengths in months and how often each is signed
_MONTH_CHOICES = tuple(m for m, _ in cast.CONTRACT_MONTHS)
_MONTH_WEIGHTS = tuple(w for _, w in cast.CONTRACT_MONTHS)


def run(rng: random.Random, sim: Simulation, n_deals: int) -> None:
    """Fill ``sim.deals`` and ``sim.accounts`` with exactly ``n_deals`` deals."""
    maker = _Maker(rng, sim)
    scale = sim.scale
    first = add_months(sim.start, -WARM_UP)
    base = stochastic_round(rng, BASE_CUSTOMERS * scale)
    for i in range(base):
        maker.installed_customer(first, (i + rng.random()) / base)
    # new customers from a year before the warm-up on (that year's wins only), so that
    # renewals a year later follow the same steady flow
    for m, month in enumerate(month_starts(add_months(first, -12), add_months(sim.today, 4))):
        expected = NEW_OPPORTUNITIES * scale * (1 + GROWTH) ** (m - 12) * SEASON[month.month - 1]
        maker.new_business_month(month, expected * rng.uniform(0.93, 1.07), month >= first)
    maker.renewals()
    maker.add_ons(first)
    maker.fit(n_deals)
    _number(sim)


class _Maker:
    def __init__(self, rng: random.Random, sim: Simulation) -> None:
        self.rng = rng
        self.sim = sim
        self.today = sim.today
        self.names = Names(rng)
        self.planned_wins = rng.random()  # running totals of new customers and losses
        self.planned_losses = rng.random()
        self.due: list[tuple[dt.date, int, str]] = []  # contracts by end: (end, key, _)
        self.due_order: list[tuple[SimDeal, cast.ProductProfile, float]] = []
        self.currencies = ("USD",) + tuple(c for c, _, _ in cast.CURRENCIES)
        self.currency_weights = [1 - sum(s for _, s, _ in cast.CURRENCIES)] + [
            s for _, s, _ in cast.CURRENCIES
        ]

    # --- accounts and one deal ---------------------------------------------------------

    def prospect(self, created: dt.date, winner: bool = False) -> str:
        """A new account; a future customer is more often a skilled rep's, from a good channel."""
        rng = self.rng
        name = self.names.next()
        reps = [r.share * (r.skill if winner else 1.0) for r in cast.REPS]
        sources = [s.share * (s.quality if winner else 1.0) for s in cast.SOURCES]
        self.sim.accounts[name] = SimAccount(
            created_on=created,
            owner=weighted(rng, cast.REPS, reps).name,
            source=weighted(rng, cast.SOURCES, sources).name,
            currency=weighted(rng, self.currencies, self.currency_weights),
        )
        return name

    def deal(
        self,
        kind: str,
        account: str,
        product: cast.ProductProfile,
        created: dt.date,
        close: dt.date,
        won: bool,
        reached: int,
        usd: tuple[float, float, float],
        quantity: float,
        months: int | None = None,
        stale_ok: bool = False,
    ) -> SimDeal:
        """One deal; ``usd`` = (list price, amount, one-time fee) in USD."""
        rng, today = self.rng, self.today
        acc = self.sim.accounts[account]
        status = ("won" if won else "lost") if close <= today else "open"
        expected = close
        if stale_ok and status == "lost" and (today - created).days < 200 and rng.random() < 0.03:
            status, expected = "open", today + dt.timedelta(days=rng.randint(7, 45))
        span = max(0, (close - created).days)
        cuts = sorted(rng.random() for _ in range(reached))
        days = [created] + [created + dt.timedelta(days=int(c * span * 0.92)) for c in cuts]
        history = [(STAGES[k], day) for k, day in enumerate(days) if day <= today]
        rate = self.sim.rate(acc.currency, created)
        list_usd, amount_usd, fee_usd = usd
        amount = float(max(50, round(amount_usd / rate / 50) * 50))
        list_amount = float(max(amount, round(list_usd / rate / 50) * 50))
        fee = float(round(fee_usd / rate / 100) * 100) if fee_usd else None
        cost = None
        if status == "won" and product.cost_ratio and rng.random() < 0.7:
            cost = round(amount * product.cost_ratio * rng.uniform(0.85, 1.15), 2)
        stage = history[-1][0]
        probability = None
        if status == "open" and rng.random() < 0.3:
            probability = STAGE_PROBABILITY[STAGES.index(stage)] + rng.choice((-10, -5, 5, 10))
        lost_reason = None
        if status == "lost":
            reasons = cast.CHURN_REASONS if kind == "renewal" else cast.LOST_REASONS
            lost_reason = weighted(rng, tuple(r for r, _ in reasons), [w for _, w in reasons])
        if status == "won":
            acc.first_won = min(acc.first_won or close, close)
        deal = SimDeal(
            external_id="",
            title="",
            account=account,
            owner=acc.owner,
            source=acc.source,
            product=product.name,
            product_type=product.product_type,
            stage=stage,
            status=status,
            amount=amount,
            currency=acc.currency,
            cost=cost,
            probability=probability,
            created_on=created,
            expected_close_on=expected,
            closed_on=close if status != "open" else None,
            lost_reason=lost_reason,
            contract_months=months,
            one_time_fee=fee,
            history=history,
            list_amount=list_amount,
            quantity=float(quantity),
            kind=kind,
        )
        self.sim.deals.append(deal)
        return deal

    # --- new customers ----------------------------------------------------------------

    def _subscription(
        self,
        account: str,
        created: dt.date,
        close: dt.date,
        won: bool,
        reached: int,
        months: int | None = None,
    ) -> None:
        rng = self.rng
        product = weighted(rng, cast.SUBSCRIPTIONS, [p.share for p in cast.SUBSCRIPTIONS])
        seats = rng.randint(*product.units)
        months = months or weighted(rng, _MONTH_CHOICES, _MONTH_WEIGHTS)
        share, (low, high) = cast.ONBOARDING_FEE
        fee = round(rng.uniform(low, high), -2) if rng.random() < share else 0.0
        discount = rng.triangular(0.0, 0.25, 0.08)
        recurring = product.unit_price * seats * months / 12
        usd = (recurring + fee, recurring * (1 - discount) + fee, fee)
        deal = self.deal(
            "new", account, product, created, close, won, reached, usd, seats, months, True
        )
        if deal.status == "won":
            self._due(deal, product, product.unit_price)

    def installed_customer(self, first: dt.date, slot: float) -> None:
        """A customer whose current contract started before ``first`` and runs past it.

        ``slot`` (0..1) places the contract's anniversary in the year before ``first``, so
        the installed base renews evenly over the year, as a real one does.
        """
        rng = self.rng
        months = weighted(rng, _MONTH_CHOICES, _MONTH_WEIGHTS)
        years_ago = rng.randrange(months // 12)
        close = add_months(first, -12 * years_ago - 12) + dt.timedelta(days=int(slot * 365))
        close = min(close, first - dt.timedelta(days=1))
        created = close - dt.timedelta(days=round(rng.triangular(21, 130, 45)))
        account = self.prospect(created)
        self._subscription(account, created, close, True, len(STAGES) - 1, months)

    def new_business_month(self, month: dt.date, expected: float, losses: bool = True) -> None:
        """New business that closes in ``month``: its wins and its losses.

        The pipeline holds about ``expected`` new opportunities a month; ``P_WIN_NEW`` of
        them are won three weeks to four months after they are created, the others are
        lost at a stage, a few days to a few weeks after. Wins and losses are placed by
        the month they close in (running totals, so each month closes what its pipeline
        is worth, not a lucky or unlucky draw); a deal created by today but closing later
        is open. Winners' reps and channels are drawn by share x skill (quality).
        """
        rng, today = self.rng, self.today
        before = int(self.planned_wins)
        self.planned_wins += expected * P_WIN_NEW
        for _ in range(int(self.planned_wins) - before):
            close = business_day(rng, month, month_end(month))
            created = close - dt.timedelta(days=round(rng.triangular(21, 130, 45)))
            if created > today:
                continue
            account = self.prospect(created, winner=True)
            self._subscription(account, created, close, True, len(STAGES) - 1)
        if not losses:
            return
        before = int(self.planned_losses)
        self.planned_losses += expected * (1 - P_WIN_NEW)
        for _ in range(int(self.planned_losses) - before):
            reached = weighted(rng, tuple(range(len(STAGES))), LOST_AT)
            close = business_day(rng, month, month_end(month))
            created = close - dt.timedelta(days=round((reached + 1) * rng.triangular(4, 18, 8)))
            if created <= today:
                self._subscription(self.prospect(created), created, close, False, reached)

    def lost_opportunity(self, account: str, created: dt.date) -> None:
        reached = weighted(self.rng, tuple(range(len(STAGES))), list(LOST_AT))
        close = created + dt.timedelta(days=round((reached + 1) * self.rng.triangular(4, 18, 8)))
        self._subscription(account, created, close, False, reached)

    # --- contracts that end -----------------------------------------------------------

    def _due(self, prev: SimDeal, product: cast.ProductProfile, unit_price: float) -> None:
        """Queue the renewal of ``prev``'s contract for its end."""
        assert prev.closed_on is not None and prev.contract_months
        end = add_months(prev.closed_on, prev.contract_months)
        heapq.heappush(self.due, (end, len(self.due_order), prev.external_id))
        self.due_order.append((prev, product, unit_price))

    def renewals(self) -> None:
        """Contracts that end, in date order: renewed or lost, one loss per ``1 / churn``.

        A running balance adds ``1 - RENEWAL_RATE`` per renewal and loses the renewal that
        takes it over a random threshold near 1, so churn is as regular as in a business
        whose customers leave at a steady pace, not in lucky or unlucky bursts.
        """
        balance = self.rng.random()
        while self.due:
            _, k, _ = heapq.heappop(self.due)
            prev, product, unit_price = self.due_order[k]
            balance += 1 - RENEWAL_RATE
            renews = balance < 1.0
            if not renews:
                balance -= self.rng.uniform(0.8, 1.2)
            self._renewal(prev, product, unit_price, renews)

    def _renewal(
        self, prev: SimDeal, product: cast.ProductProfile, unit_price: float, renews: bool
    ) -> None:
        """The renewal of ``prev``'s contract: won (a new contract), lost (churn) or open."""
        rng = self.rng
        assert prev.closed_on is not None and prev.contract_months
        end = add_months(prev.closed_on, prev.contract_months)
        created = end - dt.timedelta(days=rng.randint(45, 90))
        if created > self.today:
            return
        acc = self.sim.accounts[prev.account]
        roll = rng.random()
        factor = (
            rng.uniform(1.04, 1.2)
            if roll < 0.5
            else rng.uniform(0.98, 1.03)
            if roll < 0.88
            else rng.uniform(0.8, 0.95)
        )
        seats = max(1, round(prev.quantity * factor)) if prev.quantity else 1
        unit_price = round(unit_price * 1.03, 2)
        months = prev.contract_months
        if months > 12 and rng.random() < 0.5:
            months = 12  # after a long first contract, many go yearly
        elif rng.random() < 0.1:
            months = weighted(rng, _MONTH_CHOICES, _MONTH_WEIGHTS)
        recurring = unit_price * seats * months / 12
        discount = rng.triangular(0.0, 0.15, 0.04)
        usd = (recurring, recurring * (1 - discount), 0.0)
        close = end
        if not renews and end <= self.today:
            close = max(created + dt.timedelta(days=7), end - dt.timedelta(days=rng.randint(0, 10)))
        reached = len(STAGES) - 1 if renews else rng.choice((3, 4))
        deal = self.deal(
            "renewal", prev.account, product, created, close, renews, reached, usd, seats, months
        )
        if deal.status == "won":
            self._due(deal, product, unit_price)
        elif deal.status == "lost":
            acc.churned_on = end

    # --- add-ons ----------------------------------------------------------------------

    def add_ons(self, first: dt.date) -> None:
        """Services and hardware sold to customers while their contract runs."""
        rng, today = self.rng, self.today
        months = [(m, month_end(m)) for m in month_starts(first, today)]
        for name, acc in list(self.sim.accounts.items()):
            if acc.first_won is None:
                continue
            rep = next(r for r in cast.REPS if r.name == acc.owner)
            until = min(acc.churned_on or today, today)
            for month, last in months:
                if last < acc.first_won or month >= until or rng.random() >= ADD_ON_RATE:
                    continue
                lo, hi = max(month, acc.first_won), min(last, until)
                if hi <= lo:
                    continue
                created = business_day(rng, lo, hi)
                product = weighted(rng, cast.ADD_ONS, [p.share for p in cast.ADD_ONS])
                qty = rng.randint(*product.units)
                listed = product.unit_price * qty
                usd = (listed, listed * (1 - rng.triangular(0.0, 0.2, 0.05)), 0.0)
                won = rng.random() < min(0.9, ADD_ON_WIN * rep.skill)
                if won:
                    close = created + dt.timedelta(days=round(rng.triangular(10, 60, 21)))
                    won = acc.churned_on is None or close < acc.churned_on
                    reached = len(STAGES) - 1
                if not won:
                    reached = weighted(rng, (0, 1, 2, 3, 4), [1, 2, 3, 3, 2])
                    close = created + dt.timedelta(days=(reached + 1) * rng.randint(3, 9))
                self.deal("add-on", name, product, created, close, won, reached, usd, qty)

    # --- exactly n deals --------------------------------------------------------------

    def fit(self, n: int) -> None:
        """Add or remove lost new-business opportunities of the demo until there are ``n``."""
        sim, rng = self.sim, self.rng
        months = month_starts(sim.start, sim.today)
        while len(sim.deals) < n:
            weights = [(1 + GROWTH) ** m for m in range(len(months))]
            month = weighted(rng, tuple(months), weights)
            day = business_day(rng, month, min(month_end(month), sim.today))
            self.lost_opportunity(self.prospect(day), day)
        extra = len(sim.deals) - n
        if extra > 0:
            drop: set[int] = set()
            for rank in (
                lambda d: d.kind == "new" and d.status == "lost" and d.created_on >= sim.start,
                lambda d: d.kind == "add-on" and d.status != "won",
                lambda d: d.status == "open",
                lambda d: d.kind == "add-on",
                lambda d: True,
            ):
                pool = [i for i, d in enumerate(sim.deals) if i not in drop and rank(d)]
                drop.update(rng.sample(pool, min(len(pool), extra - len(drop))))
                if len(drop) == extra:
                    break
            sim.deals = [d for i, d in enumerate(sim.deals) if i not in drop]
        used = {d.account for d in sim.deals}
        for name in [a for a in sim.accounts if a not in used]:
            del sim.accounts[name]
        for acc in sim.accounts.values():
            acc.first_won = None
        for d in sim.deals:
            acc = sim.accounts[d.account]
            if d.status == "won" and d.closed_on:
                acc.first_won = min(acc.first_won or d.closed_on, d.closed_on)
            acc.created_on = min(acc.created_on, d.created_on)


def _number(sim: Simulation) -> None:
    """External ids in creation order and titles (account, product, renewal or not)."""
    sim.deals.sort(key=lambda d: (d.created_on, d.account, d.product))
    for i, d in enumerate(sim.deals):
        d.external_id = f"BL-{10001 + i}"
        short = " ".join(d.account.split(" ")[:2])
        d.title = f"{short} - {d.product}" + (" renewal" if d.kind == "renewal" else "")
