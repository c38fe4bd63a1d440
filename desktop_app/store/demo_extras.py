"""Leads, NPS answers, spend, quotas and forecasts of the demo company's months.

- Leads: most new-business opportunities come from a lead (MQL, SQL within days, converted
  on the day the deal is created); about four more leads a month per converted one are
  never converted, a fifth of them reach SQL.
- NPS: every month about one customer in eight answers; the shares of promoters and
  detractors drift a little from month to month (NPS around 35-45).
- Spend: every month, every channel has marketing and sales spend; the budget grows with
  the company and buys a new customer for about ``SPEND_PER_NEW_CUSTOMER``.
- Quotas: each rep's monthly quota is the rep's share of the company's revenue trend,
  divided by the rep's pace (``RepProfile.pace``): some reps beat their quota, some miss.
- Forecasts: a company forecast per month within a few percent of what was then won.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from collections import defaultdict
from collections.abc import Callable

from desktop_app.store import demo_data as cast
from desktop_app.store.demo_deals import GROWTH, NEW_OPPORTUNITIES, P_WIN_NEW, SEASON
from desktop_app.store.demo_sim import (
    SimLead,
    SimNps,
    SimPeriod,
    SimSpend,
    Simulation,
    business_day,
    month_end,
    weighted,
)

LEAD_SHARE = 0.85  # new-business opportunities that come from a lead
OTHER_LEADS = 3.6  # leads never converted, per converted lead
OTHER_SQL = 0.2  # of those, the share that reaches SQL
NPS_PER_CUSTOMER = 0.12  # answers per customer and month


def leads(rng: random.Random, sim: Simulation) -> None:
    """Converted leads of the new-business deals, plus the leads that were not converted."""
    start, today = sim.start, sim.today
    out: list[SimLead] = []
    per_month: dict[dt.date, int] = defaultdict(int)
    for deal in sim.deals:
        if deal.kind != "new" or deal.created_on < start or rng.random() >= LEAD_SHARE:
            continue
        created = max(start, deal.created_on - dt.timedelta(days=rng.randint(2, 21)))
        gap = (deal.created_on - created).days
        sql_on = created + dt.timedelta(days=rng.randint(0, gap))
        out.append(
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
        per_month[created.replace(day=1)] += 1
        account = sim.accounts[deal.account]
        account.created_on = min(account.created_on, created)
    months = sorted(per_month)
    for k, month in enumerate(months):
        near = [per_month[m] for m in months[max(0, k - 1) : k + 2]]  # smoothed: the lead flow
        last = min(month_end(month), today)
        share = ((last - month).days + 1) / month_end(month).day
        for _ in range(
            round(sum(near) / len(near) * OTHER_LEADS * share * rng.uniform(0.95, 1.05))
        ):
            source = weighted(rng, cast.SOURCES, [s.share for s in cast.SOURCES])
            created = business_day(rng, month, last)
            owner = rng.choice(cast.REPS).name if rng.random() < 0.7 else None
            lead = SimLead("", cast.contact_name(rng), None, source.name, owner, created)
            if rng.random() < OTHER_SQL:
                lead.sql_on = min(today, created + dt.timedelta(days=rng.randint(1, 12)))
            elif rng.random() < 0.5:
                lead.disqualified_on = min(today, created + dt.timedelta(days=rng.randint(2, 30)))
            out.append(lead)
    out.sort(key=lambda lead: (lead.created_on, lead.name))
    for i, lead in enumerate(out):
        lead.external_id = f"LD-{20001 + i}"
    sim.leads = out


def nps(rng: random.Random, sim: Simulation, months: list[dt.date]) -> None:
    """Answers of the month's customers, with the month's shares of each band."""
    customers = [(a.first_won, a.churned_on, n) for n, a in sim.accounts.items() if a.first_won]
    for month in months:
        last = min(month_end(month), sim.today)
        active = [n for won, gone, n in customers if won <= month and (gone is None or gone > last)]
        if not active:
            continue
        count = max(3, round(len(active) * NPS_PER_CUSTOMER * rng.uniform(0.85, 1.15)))
        promoters = round(count * rng.uniform(0.50, 0.58))
        detractors = round(count * rng.uniform(0.10, 0.17))
        for k in range(count):
            if k < promoters:
                score, band = rng.choice((9, 10, 10)), "promoter"
            elif k < promoters + detractors:
                score = weighted(rng, tuple(range(7)), [1, 1, 1, 2, 2, 3, 5])
                band = "detractor"
            else:
                score, band = rng.choice((7, 8, 8)), "passive"
            comment = rng.choice(cast.NPS_COMMENTS[band]) if rng.random() < 0.4 else None
            day = business_day(rng, month, last)
            sim.nps.append(SimNps(day, rng.choice(active), score, comment))
    sim.nps.sort(key=lambda r: (r.responded_on, r.account, r.score))


def spend(rng: random.Random, sim: Simulation, months: list[dt.date]) -> None:
    """Marketing and sales spend of every channel in every month, plus sales tools.

    ``months`` start with the warm-up year: a business spent to win the deals it won then,
    so its net margin and CAC "last year" are figures, not a margin without costs.
    """
    scale = sim.scale
    weight = sum(s.spend for s in cast.SOURCES)
    for k, month in enumerate(months):
        opportunities = NEW_OPPORTUNITIES * scale * (1 + GROWTH) ** k
        budget = (
            cast.SPEND_PER_NEW_CUSTOMER
            * opportunities
            * SEASON[month.month - 1]
            * P_WIN_NEW
            * rng.uniform(0.95, 1.05)
        )
        for src in cast.SOURCES:
            marketing = budget * src.spend / weight * src.marketing
            if src.name == "Trade Show":
                marketing *= 2.2 if month.month in cast.TRADE_SHOW_MONTHS else 0.5
            sales = budget * src.spend / weight * (1 - src.marketing)
            for category, amount in (("marketing", marketing), ("sales", sales)):
                value = round(amount * rng.uniform(0.9, 1.1), 2)
                sim.spend.append(SimSpend(month, src.name, category, value, None))
        tools = round(cast.TOOLS_PER_MONTH * rng.uniform(0.95, 1.05), 2)
        sim.spend.append(SimSpend(month, None, "other", tools, "CRM and sales tools"))


def quotas_and_forecasts(rng: random.Random, sim: Simulation, months: list[dt.date]) -> None:
    """Monthly quota per rep (revenue of the year / pace) and a company forecast per month."""
    today = sim.today
    revenue: dict[tuple[str, dt.date], float] = defaultdict(float)
    total: dict[dt.date, float] = defaultdict(float)
    for d in sim.deals:
        if d.status == "won" and d.closed_on:
            usd = sim.usd(d)
            revenue[(d.owner, d.closed_on.replace(day=1))] += usd
            total[d.closed_on.replace(day=1)] += usd
    full = sorted(m for m in total if sim.start <= m and month_end(m) < today and total[m] > 0)
    trend = _trend([(m.year * 12 + m.month, math.log(total[m])) for m in full])
    company = sum(total[m] for m in full) or 1.0
    for rep in cast.REPS:
        share = sum(revenue[(rep.name, m)] for m in full) / company
        for month in months:
            planned = math.exp(trend(month.year * 12 + month.month)) * share / rep.pace
            quota = max(1000.0, round(planned, -3))
            sim.quotas.append(SimPeriod(month, month_end(month), quota, rep.name))
    for k, month in enumerate(months):
        if month_end(month) < today:
            base = total[month] * (1 + max(-0.12, min(0.12, rng.gauss(0, 0.05))))
        else:
            recent = [total[m] for m in months[max(0, k - 3) : k]] or [0.0]
            base = sum(recent) / len(recent) * (1 + GROWTH) * rng.uniform(0.95, 1.05)
        if base > 0:
            sim.forecasts.append(SimPeriod(month, month_end(month), round(base, -3)))


def _trend(points: list[tuple[int, float]]) -> Callable[[float], float]:
    """Least-squares line through ``points`` (x, y) as a function of x (flat when too few)."""
    if not points:
        return lambda x: 0.0
    n = len(points)
    mx = sum(x for x, _ in points) / n
    my = sum(y for _, y in points) / n
    var = sum((x - mx) ** 2 for x, _ in points)
    slope = sum((x - mx) * (y - my) for x, y in points) / var if var else 0.0
    return lambda x: my + slope * (x - mx)
