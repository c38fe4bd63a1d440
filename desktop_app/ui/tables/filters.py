"""Row filters as vectorised boolean masks over a table frame (no loop over rows)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import numpy as np
import pandas as pd


@dataclass
class RowFilter:
    """What the filter bar asks for; empty fields filter nothing."""

    text: str = ""
    text_columns: tuple[str, ...] = ()
    equals: dict[str, str] = field(default_factory=dict)
    date_column: str | tuple[str, ...] | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    ids: frozenset[int] | None = None

    def is_empty(self) -> bool:
        return not (
            self.text.strip()
            or any(self.equals.values())
            or self.start
            or self.end
            or self.ids is not None
        )


Codes = dict[str, tuple[np.ndarray, np.ndarray]]


def _factorized(
    frame: pd.DataFrame, column: str, cache: Codes | None
) -> tuple[np.ndarray, np.ndarray]:
    """(codes per row, casefolded distinct values) of a text column, cached per frame."""
    if cache is not None and column in cache:
        return cache[column]
    codes, uniques = pd.factorize(frame[column])
    folded = np.array([str(u).casefold() for u in uniques], dtype=object)
    if cache is not None:
        cache[column] = (codes, folded)
    return codes, folded


def warm_codes(frame: pd.DataFrame, columns: tuple[str, ...]) -> Codes:
    """Factorise the searchable columns ahead of the first keystroke (on a worker)."""
    cache: Codes = {}
    for column in columns:
        if column in frame.columns:
            _factorized(frame, column, cache)
    return cache


def build_mask(
    frame: pd.DataFrame, flt: RowFilter, cache: Codes | None = None
) -> np.ndarray | None:
    """True for the rows that pass ``flt``; None when nothing is filtered.

    Text search looks at each column's distinct values once (``cache`` keeps the
    factorisation between keystrokes), so a million rows of a few thousand names is quick.
    """
    if flt.is_empty():
        return None
    mask = np.ones(len(frame), dtype=bool)
    if flt.ids is not None:
        mask &= frame["id"].isin(list(flt.ids)).to_numpy()
    for column, value in flt.equals.items():
        if value and column in frame.columns:
            mask &= (frame[column] == value).to_numpy()
    columns = (flt.date_column,) if isinstance(flt.date_column, str) else flt.date_column or ()
    columns = tuple(c for c in columns if c in frame.columns)
    if columns and (flt.start or flt.end):
        in_period = np.zeros(len(frame), dtype=bool)
        for column in columns:  # in the period by any of its dates
            dates = frame[column]
            hit = dates.notna().to_numpy()
            if flt.start:
                hit &= (dates >= pd.Timestamp(flt.start)).to_numpy()
            if flt.end:
                hit &= (dates <= pd.Timestamp(flt.end)).to_numpy()
            in_period |= hit
        mask &= in_period
    text = flt.text.strip().casefold()
    if text:
        hit = np.zeros(len(frame), dtype=bool)
        for column in flt.text_columns:
            if column in frame.columns:
                codes, folded = _factorized(frame, column, cache)
                if not len(folded):
                    continue
                found = np.fromiter((text in v for v in folded), bool, len(folded))
                hit |= (codes >= 0) & found[np.maximum(codes, 0)]
        mask &= hit
    return mask


def unique_values(frame: pd.DataFrame, column: str) -> list[str]:
    """Sorted distinct non-empty values of a text column (for a filter combo)."""
    if column not in frame.columns or frame.empty:
        return []
    values = frame[column].dropna().unique()
    return sorted((str(v) for v in values if str(v).strip()), key=str.casefold)


def period_range(key: str, today: dt.date | None = None) -> tuple[dt.date | None, dt.date | None]:
    """Start and end of a named period of the filter bar ("month", "quarter", ...)."""
    today = today or dt.date.today()
    if key == "month":
        return today.replace(day=1), today
    if key == "quarter":
        first = (today.month - 1) // 3 * 3 + 1
        return today.replace(month=first, day=1), today
    if key == "year":
        return today.replace(month=1, day=1), today
    if key == "last_year":
        return dt.date(today.year - 1, 1, 1), dt.date(today.year - 1, 12, 31)
    if key == "last_12":
        return today - dt.timedelta(days=365), today
    return None, None


def ids_set(ids: Iterable[int]) -> frozenset[int]:
    return frozenset(int(i) for i in ids)


def describe(equals: Mapping[str, str]) -> str:
    """A short text of the active equality filters (for logs and tests)."""
    return ", ".join(f"{k}={v}" for k, v in equals.items() if v)
