"""The reps' logged work in the demo's months: selling on their deals, prospecting, admin.

- Every deal the demo shows gets the work of its stages, on the day it entered each one:
  a first call and e-mail (Lead-in), a qualifying call (Qualified), a meeting (Meeting), a
  demo and a written proposal (Proposal), a negotiation meeting and e-mail (Negotiation),
  plus a follow-up call or e-mail every week or two while it is open.
- Each rep prospects (rounds of calls and e-mails to no deal yet) until the week's selling time
  reaches the rep's own share of a 40-hour week (``SELLING_SHARE``, 36-52 %).
- Admin most working days, training every other week, a team meeting ("other") weekly.

Only working days from the demo's first day to ``today``; hours in quarter hours.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict

from desktop_app.store import demo_data as cast
from desktop_app.store.demo_sim import SimActivity, SimDeal, Simulation

#: share of a 40-hour week each rep spends selling (calls, meetings, e-mails, demos, proposals)
SELLING_SHARE = {
    "Olivia Bennett": 0.50,
    "Marcus Chen": 0.46,
    "Priya Raman": 0.44,
    "Daniel Okafor": 0.41,
    "Sofia Marquez": 0.39,
    "Liam O'Connor": 0.36,
}
WEEK_HOURS = 40.0
MAX_SELLING = 0.58  # a week's deal work beyond this share is partly left out
#: work at each stage a deal enters: (type, typical hours)
STAGE_WORK = (
    (("call", 0.5), ("email", 0.25)),
    (("call", 0.75),),
    (("meeting", 1.5),),
    (("demo", 1.5), ("proposal", 2.5)),
    (("meeting", 1.0), ("email", 0.5)),
)
NOTES = {
    "call": ("Discovery call", "Follow-up call", "Checked timeline and budget", None),
    "email": ("Sent pricing", "Sent case study", "Follow-up e-mail", None),
    "meeting": ("Meeting with the buying team", "On-site visit", "Negotiation meeting", None),
    "demo": ("Product demo", "Dashboard demo with their data"),
    "proposal": ("Wrote the proposal", "Revised the proposal"),
    "admin": ("CRM updates and reporting", "Expenses and planning", None),
    "training": ("Product training", "Negotiation training", "Sales playbook session"),
    "other": ("Team meeting",),
}


def activities(rng: random.Random, sim: Simulation) -> None:
    """Fill ``sim.activities`` for every rep from ``sim.start`` to ``sim.today``."""
    out: list[SimActivity] = []
    logged = min(1.0, 2.0 / sim.scale)  # a much larger company: reps log part of their deals
    for deal in sim.deals:
        if logged == 1.0 or rng.random() < logged:
            _deal_work(rng, sim, deal, out)
    _prospecting(rng, sim, out)
    _routine(rng, sim, out)
    out.sort(key=lambda a: (a.done_on, a.owner, a.type, a.deal_external_id or ""))
    sim.activities = out


def _hours(rng: random.Random, typical: float) -> float:
    """About ``typical`` hours (60-150 %), in quarter hours."""
    return max(0.25, round(typical * (0.6 + 0.9 * rng.random()) * 4) / 4)


def _note(rng: random.Random, kind: str) -> str | None:
    notes = NOTES[kind]
    return notes[int(rng.random() * len(notes))] if rng.random() < 0.4 else None


def _deal_work(rng: random.Random, sim: Simulation, deal: SimDeal, out: list[SimActivity]) -> None:
    start, today = sim.start, sim.today
    end = min(deal.closed_on or today, today)
    if end < start:
        return
    rnd = rng.random
    day_ = dt.timedelta(days=1)

    def log(day: dt.date, kind: str, typical: float) -> None:
        weekday = day.weekday()
        if weekday > 4:  # the Friday before
            day -= (weekday - 4) * day_
        if start <= day <= today:
            out.append(
                SimActivity(
                    day,
                    deal.owner,
                    kind,
                    _hours(rng, typical),
                    deal.external_id,
                    deal.account,
                    _note(rng, kind),
                )
            )

    for k, (_stage, entered) in enumerate(deal.history):
        for kind, typical in STAGE_WORK[k]:
            log(entered + int(rnd() * 3) * day_, kind, typical)
    day = max(deal.created_on + (5 + int(rnd() * 5)) * day_, start - 10 * day_)
    while day < end:
        log(day, "call" if rnd() < 0.4 else "email", 0.5)
        day += (6 + int(rnd() * 9)) * day_


def _weeks(sim: Simulation) -> list[dt.date]:
    """Mondays of the weeks from the demo's first day to today."""
    monday = sim.start - dt.timedelta(days=sim.start.weekday())
    out = []
    while monday <= sim.today:
        out.append(monday)
        monday += dt.timedelta(days=7)
    return out


def _days(sim: Simulation, monday: dt.date) -> list[dt.date]:
    """The working days of a week that lie inside the demo."""
    days = (monday + dt.timedelta(days=i) for i in range(5))
    return [d for d in days if sim.start <= d <= sim.today]


def _prospecting(rng: random.Random, sim: Simulation, out: list[SimActivity]) -> None:
    """Calls and e-mails to no deal yet, up to each rep's selling time of the week."""
    selling = {"call", "meeting", "email", "demo", "proposal"}
    done: dict[tuple[str, dt.date], float] = defaultdict(float)
    for a in out:
        if a.type in selling:
            done[(a.owner, a.done_on - dt.timedelta(days=a.done_on.weekday()))] += a.hours
    # a rep with more deals than a week holds logs only part of their work
    keep: dict[tuple[str, dt.date], float] = {}
    for (owner, monday), hours in done.items():
        cap = WEEK_HOURS * MAX_SELLING * max(1, len(_days(sim, monday))) / 5
        if hours > cap:
            keep[(owner, monday)] = cap / hours
            done[(owner, monday)] = cap
    if keep:
        out[:] = [
            a
            for a in out
            if rng.random()
            < keep.get((a.owner, a.done_on - dt.timedelta(days=a.done_on.weekday())), 1)
        ]
    for monday in _weeks(sim):
        days = _days(sim, monday)
        if not days:
            continue
        for rep in cast.REPS:
            target = WEEK_HOURS * SELLING_SHARE[rep.name] * len(days) / 5 * rng.uniform(0.9, 1.1)
            hours = done[(rep.name, monday)]
            while hours < target:
                call = rng.random() < 2 / 3
                spent = _hours(rng, 1.0 if call else 0.5)  # a round of calls, of e-mails
                day = days[int(rng.random() * len(days))]
                kind = "call" if call else "email"
                out.append(SimActivity(day, rep.name, kind, spent, None, None, None))
                hours += spent


def _routine(rng: random.Random, sim: Simulation, out: list[SimActivity]) -> None:
    """Admin most days, a weekly team meeting, training every other week."""
    for w, monday in enumerate(_weeks(sim)):
        days = _days(sim, monday)
        if not days:
            continue
        for rep in cast.REPS:
            for day in days:
                if rng.random() < 0.8:
                    out.append(
                        SimActivity(
                            day,
                            rep.name,
                            "admin",
                            _hours(rng, 1.0),
                            None,
                            None,
                            _note(rng, "admin"),
                        )
                    )
            out.append(SimActivity(days[0], rep.name, "other", 1.0, None, None, "Team meeting"))
            if w % 2 == 0:
                out.append(
                    SimActivity(
                        rng.choice(days),
                        rep.name,
                        "training",
                        _hours(rng, 2.0),
                        None,
                        None,
                        _note(rng, "training"),
                    )
                )
