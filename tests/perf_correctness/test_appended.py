"""Rows appended to a frame's column without copying it equal a plain concatenation, and
never change an array handed out before."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kpi_core.room import appended

DTYPES = ("int64", "float64", "object", "datetime64[ns]", "bool", "int8")


def column(values: list[int], dtype: str) -> np.ndarray:
    if dtype == "object":
        return np.array([f"key {v}" if v % 5 else None for v in values], dtype=object)
    if dtype == "datetime64[ns]":
        return (np.array(values, dtype=np.int64) * 86_400 * 10**9).astype(dtype)
    if dtype == "bool":
        return np.array([v % 2 == 0 for v in values], dtype=bool)
    return np.array(values).astype(dtype)


@settings(max_examples=100, deadline=None)
@given(
    st.sampled_from(DTYPES),
    st.lists(st.integers(-100, 100), max_size=50),
    st.lists(st.lists(st.integers(-100, 100), max_size=5), min_size=1, max_size=8),
    st.lists(st.integers(0, 2), max_size=8),
)
def test_appending_equals_concatenating_and_leaves_earlier_arrays_alone(
    dtype: str, first: list[int], tails: list[list[int]], branches: list[int]
) -> None:
    start = column(first, dtype)
    views = [start]  # every array handed out, and what it held then
    held = [start.copy()]
    for i, tail in enumerate(tails):
        # append to the latest array, or now and then to an earlier one (a second patch of
        # an older dataset): both must give the plain concatenation
        back = branches[i] % min(3, len(views)) if i < len(branches) else 0
        base = views[-1 - back]
        before = base.copy()
        grown = appended(base, column(tail, dtype))
        expected = np.concatenate([before, column(tail, dtype)])
        assert grown.dtype == base.dtype
        assert pd.Series(grown).equals(pd.Series(expected))
        views.append(grown)
        held.append(grown.copy())
        for view, was in zip(views, held, strict=True):  # nothing handed out changed
            assert pd.Series(view).equals(pd.Series(was))


def test_appending_to_the_latest_view_does_not_copy_and_a_frame_keeps_it() -> None:
    first = appended(np.arange(10.0), np.array([10.0]))  # a copy with room after it
    frame = pd.DataFrame({"x": first}, copy=False)
    again = appended(frame["x"].to_numpy(), np.array([11.0, 12.0]))
    assert np.shares_memory(again, first) and len(first) == 11
    assert again.tolist() == [float(i) for i in range(13)]
    other = appended(first, np.array([99.0]))  # ``first`` is no longer the longest view
    assert not np.shares_memory(other, again)
    assert again.tolist() == [float(i) for i in range(13)] and other[-1] == 99.0


def test_snapshot_columns_have_room_and_damaged_codes_are_refused() -> None:
    from desktop_app.store import snapshot

    table = np.array(["a", "b", None], dtype=object)  # the last: for code -1
    codes = np.array([1, 0, -1, 1], dtype=np.int32)
    frame = snapshot._decode({"x": ("codes", codes, table), "n": ("values", np.arange(4.0))})
    assert frame["x"].tolist() == ["b", "a", None, "b"]
    column = frame["x"].to_numpy()
    more = appended(column, np.array(["c"], dtype=object))
    assert np.shares_memory(more, column) and more.tolist() == ["b", "a", None, "b", "c"]
    assert frame["x"].tolist() == ["b", "a", None, "b"]  # the frame's rows unchanged
    for bad in (np.array([0, 3], dtype=np.int32), np.array([-2, 0], dtype=np.int32)):
        with pytest.raises(ValueError):
            snapshot._decode({"x": ("codes", bad, table)})
