"""Conversion into the workspace's base currency with the exchange-rate table.

``rates`` rows are ``(currency, rate, valid_from)``: one unit of ``currency`` is worth
``rate`` units of the base currency from ``valid_from`` on. The rate used for a value on a
date is the row of its currency with the latest ``valid_from`` on or before that date (an
as-of join, done per currency with a vectorised binary search). A value in the base
currency, or with no currency, has rate 1. A value whose rate is missing (unknown
currency, date before the first ``valid_from``, or no date) gets ``NaN``.
"""

from __future__ import annotations

import numpy as np
import pandas as pd


def norm_currency(value: object) -> str | None:
    """``" eur "`` → ``"EUR"``; empty or non-text → None."""
    if isinstance(value, str) and value.strip():
        return value.strip().upper()
    return None


def _rate_table(rates: pd.DataFrame) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """currency -> (sorted valid_from, rate) with unusable rows dropped."""
    ok = rates["rate"].notna().to_numpy() & rates["valid_from"].notna().to_numpy()
    if not ok.any():
        return {}
    cur = np.array([norm_currency(c) for c in rates["currency"].to_numpy(dtype=object)[ok]])
    frame = pd.DataFrame(
        {"c": cur, "on": rates["valid_from"].to_numpy()[ok], "rate": rates["rate"].to_numpy()[ok]}
    ).sort_values(["c", "on"], kind="stable")
    frame = frame.loc[frame["c"].notna()].drop_duplicates(["c", "on"], keep="last")
    return {
        c: (g["on"].to_numpy(dtype="datetime64[ns]"), g["rate"].to_numpy(dtype="float64"))
        for c, g in frame.groupby("c", sort=False)
    }


def rates_on(currencies: pd.Series, dates: pd.Series, rates: pd.DataFrame, base: str) -> np.ndarray:
    """Rate into ``base`` for each (currency, date) pair; NaN when no rate is valid.

    Vectorised: the currencies are factorised once; only the rows of a foreign currency
    are looked up, one binary search per currency.
    """
    n = len(currencies)
    out = np.ones(n, dtype="float64")
    if n == 0:
        return out
    codes, uniques = pd.factorize(currencies.to_numpy(dtype=object))
    base_code = norm_currency(base)
    names = [norm_currency(u) for u in uniques]
    foreign = [(i, name) for i, name in enumerate(names) if name is not None and name != base_code]
    if not foreign:
        return out
    table = _rate_table(rates)
    when = pd.Series(dates).to_numpy(dtype="datetime64[ns]")
    for i, name in foreign:
        rows = np.flatnonzero(codes == i)
        found = table.get(name)
        if found is None:
            out[rows] = np.nan
            continue
        valid_from, values = found
        d = when[rows]
        pos = np.searchsorted(valid_from, d, side="right") - 1
        ok = (pos >= 0) & ~np.isnat(d)
        out[rows] = np.where(ok, values[np.clip(pos, 0, None)], np.nan)
    return out


def deal_rate_dates(deals: pd.DataFrame) -> np.ndarray:
    """The date whose rate converts a deal: ``closed_on``, else ``created_on``."""
    closed = deals["closed_on"].to_numpy()
    return np.asarray(np.where(np.isnat(closed), deals["created_on"].to_numpy(), closed))


def convert(values: pd.Series, rate: np.ndarray) -> np.ndarray:
    """``values × rate`` as float64 (NaN stays NaN)."""
    return np.asarray(values.to_numpy(dtype="float64") * rate)
