"""Looking up a few values by comparisons gives what the hash or table look-up gives, for
few and for many wanted values."""

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from kpi_core._util import FEW, few_positions, is_in, positions
from kpi_core.prepared_update import find_rows

ids_drawn = st.lists(st.integers(0, 40), max_size=60)
wanted_drawn = st.lists(st.integers(-3, 45), max_size=3 * FEW)


@settings(max_examples=200, deadline=None)
@given(ids_drawn, wanted_drawn)
def test_few_positions_and_find_rows_equal_positions(ids: list[int], wanted: list[int]) -> None:
    a, w = np.array(ids, dtype=np.int64), np.array(wanted, dtype=np.int64)
    expected = positions(a, w)
    assert few_positions(a, w).tolist() == expected.tolist()
    assert find_rows(a, w).tolist() == expected.tolist()


@settings(max_examples=200, deadline=None)
@given(ids_drawn, wanted_drawn)
def test_is_in_equals_np_isin(values: list[int], wanted: list[int]) -> None:
    a, w = np.array(values, dtype=np.int64), np.array(wanted, dtype=np.int64)
    got = is_in(a, w)
    assert got.dtype == bool and got.tolist() == np.isin(a, w).tolist()


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.text(max_size=3), max_size=30, unique=True),
    st.lists(st.one_of(st.none(), st.just(float("nan")), st.text(max_size=3)), max_size=FEW),
)
def test_few_positions_of_text_keys_missing_values_never_found(
    keys: list[str], wanted: list[object]
) -> None:
    k = np.array(keys, dtype=object)
    w = np.array(wanted, dtype=object)
    expected = [keys.index(v) if isinstance(v, str) and v in keys else -1 for v in wanted]
    assert few_positions(k, w).tolist() == expected
