"""Trailing, price and units family: trailing-twelve-month revenue and growth, discount rate,
revenue per unit and marginal revenue per unit.

``list_amount`` (price before discount, in the deal's currency, converted with the deal's
rate) and ``quantity`` (units sold) are optional deal columns: a frame without them behaves
as if every value were unknown.
"""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np

from kpi_core._util import clean, msum, ratio
from kpi_core.context import KpiContext, in_range
from kpi_core.periods import Period
from kpi_core.types import Inputs, RawBreakdowns, RawKpis


def ttm_window(end: date, years_back: int = 0) -> Period:
    """The 365-day window [end − 364 days, end], moved back by ``years_back`` × 365 days."""
    last = end - timedelta(days=365 * years_back)
    return Period(last - timedelta(days=364), last)


def ttm_growth(current: float | None, previous: float) -> float | None:
    """(ttm_revenue − revenue of [end − 729 days, end − 365 days]) / the latter; None when
    that is 0 or ttm_revenue is undefined."""
    return None if current is None else ratio(current - previous, previous)


def discount_rate(amounts: np.ndarray, list_amounts: np.ndarray) -> float | None:
    """Over the deals with ``list_amount`` > 0 and a known amount (the arrays are those of
    the deals won in the period): 1 − Σ amount / Σ list_amount; None when there is none.

    Example: listed 1,000,000, sold for 880,000 → 0.12.
    """
    ok = (list_amounts > 0) & ~np.isnan(amounts)
    if not ok.any():
        return None
    with np.errstate(over="ignore"):  # list amounts near 0: an infinite rate, cleaned to None
        return clean(1.0 - amounts[ok].sum() / list_amounts[ok].sum())


def unit_sums(amounts: np.ndarray, quantities: np.ndarray) -> tuple[float, float, int]:
    """``(Σ amount, Σ quantity, deals)`` over the deals with ``quantity`` > 0 and a known
    amount."""
    ok = (quantities > 0) & ~np.isnan(amounts)
    return float(amounts[ok].sum()), float(quantities[ok].sum()), int(ok.sum())


def revenue_per_unit(
    amounts: np.ndarray, quantities: np.ndarray, sums: tuple[float, float, int] | None = None
) -> float | None:
    """Σ amount / Σ quantity over the deals with quantity > 0 and a known amount; None when
    there is none. Example: 10 units for 100,000 → 10,000. ``sums``: the
    :func:`unit_sums` of the arrays when already worked out."""
    total, units, n = unit_sums(amounts, quantities) if sums is None else sums
    return ratio(total, units) if n else None


def marginal_revenue_per_unit(
    current: tuple[float, float, int], previous: tuple[float, float, int]
) -> float | None:
    """(Σ amount − the previous period's) / (Σ quantity − the previous period's), each over
    the deals of ``revenue_per_unit`` (``unit_sums`` of each period); None when either
    period has none or the quantities are equal.

    Example: 10 units for 100,000, then 20 units for 110,000 → 10,000 / 10 = 1,000.
    """
    if current[2] == 0 or previous[2] == 0:
        return None
    return ratio(current[0] - previous[0], current[1] - previous[1])


def optional_values(ctx: KpiContext, name: str, pos: np.ndarray, rate: bool = False) -> np.ndarray:
    """An optional numeric deal column at positions ``pos`` of the filtered deals (NaN when
    the frame has no such column); ``rate`` converts it with each deal's exchange rate."""
    dv = ctx.deals
    if name not in ctx.prep.deals.columns:
        return np.full(len(pos), np.nan)
    rows = pos if dv.rows is None else dv.rows[pos]
    values = ctx.prep.deals[name].to_numpy(dtype="float64")[rows]
    return np.asarray(values * dv.rate[pos] if rate else values)


def optional_column(ctx: KpiContext, name: str, mask: np.ndarray, rate: bool = False) -> np.ndarray:
    """:func:`optional_values` of the masked filtered deals."""
    return optional_values(ctx, name, np.flatnonzero(mask), rate)


def compute(ctx: KpiContext) -> tuple[RawKpis, RawBreakdowns]:
    """The trailing family's scalars (no breakdown).

    Works on the won deals with an exchange rate only (their close dates, amounts, list
    amounts and quantities are taken once); each window is then a mask over those.
    """
    dv = ctx.deals
    pos = np.flatnonzero(dv.won & dv.has_rate)
    closed, amount = dv.closed[pos], dv.amount[pos]

    def within(p: Period) -> np.ndarray:
        return in_range(closed, p.start, p.end)

    now, before = ttm_window(ctx.period.end), ttm_window(ctx.period.end, 1)
    # a revenue: null only when the (filtered) workspace has no deal at all, as `revenue`
    ttm = msum(amount[within(now)]) if len(dv) else None
    previous = msum(amount[within(before)])
    in_p, in_prev = np.flatnonzero(within(ctx.period)), np.flatnonzero(within(ctx.prev))
    listed = optional_values(ctx, "list_amount", pos[in_p], rate=True)
    amount_p = amount[in_p]
    quantity_p = optional_values(ctx, "quantity", pos[in_p])
    units_p = unit_sums(amount_p, quantity_p)
    kpis = {
        "ttm_revenue": ttm,
        "ttm_growth": ttm_growth(ttm, previous),
        "discount_rate": discount_rate(amount_p, listed),
        "revenue_per_unit": revenue_per_unit(amount_p, quantity_p, units_p),
        "marginal_revenue_per_unit": marginal_revenue_per_unit(
            units_p,
            unit_sums(amount[in_prev], optional_values(ctx, "quantity", pos[in_prev])),
        ),
    }
    return kpis, {}


def explain_parts(
    kpi_id: str, ctx: KpiContext, kpis: RawKpis
) -> tuple[Inputs, np.ndarray | None, list[int]] | None:
    """``(inputs, deal mask, activity ids)`` behind ``kpi_id``; None for another family's id."""
    dv, won = ctx.deals, ctx.won_money
    if kpi_id in ("ttm_revenue", "ttm_growth"):
        now, before = ttm_window(ctx.period.end), ttm_window(ctx.period.end, 1)
        mask = dv.won_in(now.start, now.end) & dv.has_rate
        previous = dv.won_in(before.start, before.end) & dv.has_rate
        inputs: Inputs = {
            "ttm_revenue": kpis.get("ttm_revenue"),
            "previous_ttm_revenue": dv.revenue(previous),
        }
        return inputs, (mask | previous) if kpi_id == "ttm_growth" else mask, []
    if kpi_id == "discount_rate":
        listed = np.full(len(dv), np.nan)
        listed[won] = optional_column(ctx, "list_amount", won, rate=True)
        mask = won & (listed > 0) & ~np.isnan(dv.amount)
        inputs = {"amount": msum(dv.amount[mask]), "list_amount": msum(listed[mask])}
        return inputs, mask, []
    if kpi_id in ("revenue_per_unit", "marginal_revenue_per_unit"):
        prev = dv.won_in(ctx.prev.start, ctx.prev.end) & dv.has_rate
        both = won | prev
        quantity = np.full(len(dv), np.nan)
        quantity[both] = optional_column(ctx, "quantity", both)
        mask = won & (quantity > 0) & ~np.isnan(dv.amount)
        total, units, _ = unit_sums(dv.amount[won], quantity[won])
        inputs = {"amount": total, "quantity": units}
        if kpi_id == "marginal_revenue_per_unit":
            p_total, p_units, _ = unit_sums(dv.amount[prev], quantity[prev])
            inputs.update({"previous_amount": p_total, "previous_quantity": p_units})
            mask = mask | (prev & (quantity > 0) & ~np.isnan(dv.amount))
        return inputs, mask, []
    return None
