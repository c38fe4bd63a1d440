"""MRR movements by month: where each month's change of recurring revenue comes from.

For every month of the period (clipped to the period), with *before* the day before the
month's first day and *end* the month's last day (or the period's end), each account's MRR
on those two days (:meth:`kpi_core.recurring.Contracts.account_mrr`, the same contracts as
``mrr``) gives one movement:

* **new** = MRR on end of the accounts without MRR on before,
* **expansion** = MRR on end − MRR on before, of the accounts whose MRR rose,
* **contraction** = MRR on before − MRR on end, of the accounts whose MRR fell but not to 0,
* **lost** = MRR on before of the accounts without MRR on end.

So, per account and therefore in sum, MRR on end = MRR on before + new + expansion −
contraction − lost (up to floating-point rounding). A contract that starts and ends inside
one month moves nothing. The month's ``end_mrr`` is the ``mrr_by_month`` value of the month.

Months after today are left out and the current month ends today: contracts that would run
out in the future may yet be renewed, so their "lost" MRR is not known yet.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np

from kpi_core.context import KpiContext
from kpi_core.periods import Period, month_key, months_in
from kpi_core.recurring import Contracts, contracts


@dataclass(frozen=True)
class MrrMonth:
    """The MRR movements of one month (all in the base currency, all ≥ 0)."""

    key: str  # YYYY-MM
    start_mrr: float  # MRR on the day before the month (or the period) starts
    new: float
    expansion: float
    contraction: float
    lost: float
    end_mrr: float  # MRR on the month's last day (or the period's end)

    @property
    def net(self) -> float:
        """new + expansion − contraction − lost (= end_mrr − start_mrr)."""
        return self.new + self.expansion - self.contraction - self.lost


def month_bounds(period: Period, today: date | None = None) -> list[tuple[str, date, date]]:
    """``(YYYY-MM, first day, last day)`` of every month of the period, clipped to it and
    (when given) to ``today``: a month that starts after today is left out."""
    out = []
    for y, m in months_in(period):
        first = max(date(y, m, 1), period.start)
        last = min(date(y + (m == 12), m % 12 + 1, 1) - timedelta(days=1), period.end)
        if today is not None:
            if first > today:
                break
            last = min(last, today)
        out.append((month_key(y, m), first, last))
    return out


def account_movements(before: np.ndarray, end: np.ndarray) -> tuple[float, float, float, float]:
    """``(new, expansion, contraction, lost)`` from each account's MRR on the day before and
    on the last day (aligned arrays, one value per account)."""
    had, has = before > 0, end > 0
    rose = had & has & (end > before)
    fell = had & has & (end < before)
    return (
        float(end[~had & has].sum()),
        float((end[rose] - before[rose]).sum()),
        float((before[fell] - end[fell]).sum()),
        float(before[had & ~has].sum()),
    )


def movements_of(c: Contracts, period: Period, today: date | None = None) -> list[MrrMonth]:
    """The movements of every month of ``period`` up to ``today`` over the contracts ``c``
    (empty when there is no contract: the data cannot tell)."""
    if len(c) == 0:
        return []
    out = []
    for key, first, last in month_bounds(period, today):
        before = c.account_mrr(first - timedelta(days=1))
        end = c.account_mrr(last)
        new, expansion, contraction, lost = account_movements(before, end)
        out.append(
            MrrMonth(key, float(before.sum()), new, expansion, contraction, lost, float(end.sum()))
        )
    return out


def mrr_movements(ctx: KpiContext) -> list[MrrMonth]:
    """New, expansion, contraction and lost MRR of every month of the context's period
    under its filters (see the module's docstring); empty without any contract."""
    return movements_of(contracts(ctx), ctx.period, ctx.today)


def movement_deal_ids(ctx: KpiContext, key: str) -> list[int]:
    """Ids of the deals behind month ``key``'s movements: the contracts active on the day
    before the month or on its last day, of the accounts whose MRR changed."""
    c = contracts(ctx)
    found = [b for b in month_bounds(ctx.period, ctx.today) if b[0] == key]
    if not found or len(c) == 0:
        return []
    _, first, last = found[0]
    before_day = first - timedelta(days=1)
    before, end = c.account_mrr(before_day), c.account_mrr(last)
    changed = before != end
    hit = (c.active_on(before_day) | c.active_on(last)) & changed[c.account]
    ids = ctx.deals.values("id")[c.row[hit]]
    return sorted(int(i) for i in ids)
