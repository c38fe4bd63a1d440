"""Checks run once per distinct value give every row the answer its own check gives, and the
content hash with empty columns joined once is the hash of the row's values as text."""

from __future__ import annotations

import datetime as dt
import hashlib

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.importing import checks as C
from desktop_app.importing import validate
from desktop_app.importing import values as V

#: number-like texts: digits, both marks, signs, currency, spaces, percent and junk
NUMBER_TEXT = st.text(alphabet="0123456789.,-+ $€%()'abcUSD\u00a0", max_size=12)
CELL = st.one_of(NUMBER_TEXT, st.sampled_from(["", "1.234", "1,234", "1.234,5", "(12)", "EUR 5"]))
COLUMN = st.lists(st.one_of(CELL, st.none()), min_size=1, max_size=60)


def _same(a: pd.Series, b: pd.Series) -> None:
    assert [None if pd.isna(x) else x for x in a] == [None if pd.isna(x) else x for x in b]


@settings(max_examples=150, deadline=None)
@given(COLUMN, st.sampled_from([None, ","]))
def test_number_checks_on_distinct_values_equal_the_row_checks(cells, hint) -> None:
    s = pd.Series(cells, dtype=object)
    u = V.Distinct(s)
    mark = V.decimal_mark(u.values, hint)
    assert mark == V.decimal_mark(s, hint)
    num_u = V.parse_numbers(u.values, mark)
    num = V.parse_numbers(s, mark)
    np.testing.assert_array_equal(u.rows(num_u).to_numpy(), num.to_numpy())
    assert u.rows(V.is_bad_number(u.values, num_u)).tolist() == V.is_bad_number(s, num).tolist()
    other = "," if mark == "." else "."
    assert (
        u.rows((C.mark_of(u.values) == other).to_numpy(dtype=bool)).tolist()
        == (C.mark_of(s) == other).tolist()
    )
    assert u.rows(C.thousands_ambiguous(u.values)).tolist() == C.thousands_ambiguous(s).tolist()
    _same(u.rows(V.currency_in(u.values)), V.currency_in(s))


@given(COLUMN)
def test_a_mark_is_only_seen_in_text_with_a_dot_or_a_comma(cells) -> None:
    for text in cells:
        if text is not None and "." not in text and "," not in text:
            assert C.mark_of(pd.Series([text], dtype=object)).iloc[0] is None


def _reference_hash(frame: pd.DataFrame, cols: list[str]) -> list[str]:
    """sha1 of every row's values as text (missing ones as ``None``), one row at a time."""
    out = []
    for _, row in frame[cols].iterrows():
        texts = ["None" if v is None or (isinstance(v, float) and v != v) else str(v) for v in row]
        out.append(hashlib.sha1("\x1f".join(texts).encode("utf-8")).hexdigest())
    return out


VALUE = st.one_of(
    st.none(),
    st.text(max_size=8),
    # -0.0 is 0.0 (a column's equal values are turned into text once)
    st.floats(allow_nan=False, allow_infinity=False, width=32).map(lambda x: x + 0.0),
    st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2030, 12, 31)),
)


@settings(max_examples=120, deadline=None)
@given(
    st.integers(1, 12), st.lists(st.sampled_from(["none", "text", "mixed"]), min_size=1, max_size=8)
)
def test_row_hash_with_empty_columns_joined_equals_the_row_by_row_hash(n, shapes) -> None:
    rng = np.random.default_rng(n * 31 + len(shapes))
    data = {}
    for i, shape in enumerate(shapes):
        if shape == "none":
            data[f"c{i}"] = [None] * n
        elif shape == "text":
            data[f"c{i}"] = [f"v{int(x)}" if x else None for x in rng.integers(0, 4, n)]
        else:
            pool = [None, 1.5, 12.0, dt.date(2025, 1, 2), "x", 3.25]
            data[f"c{i}"] = [pool[int(j)] for j in rng.integers(0, len(pool), n)]
    frame = pd.DataFrame({k: pd.Series(v, dtype=object) for k, v in data.items()}, index=range(n))
    cols = list(frame.columns)
    assert validate._row_hash(frame, cols).tolist() == _reference_hash(frame, cols)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(VALUE, min_size=3, max_size=3), min_size=1, max_size=10))
def test_row_hash_equals_the_row_by_row_hash_on_any_values(rows) -> None:
    frame = pd.DataFrame({f"c{i}": pd.Series([r[i] for r in rows], dtype=object) for i in range(3)})
    cols = ["c0", "c1", "c2"]
    assert validate._row_hash(frame, cols).tolist() == _reference_hash(frame, cols)


def _careful(texts: list[str]) -> tuple[list[str | None], list[bool]]:
    """Trim, unescape and flag every text one at a time (what the import did for every row)."""
    cleaned = [V._unescape(t.strip(" \r\n")) for t in texts]
    return [c or None for c in cleaned], [c.startswith(V.FORMULA_START) for c in cleaned]


TRICKY = st.text(alphabet=" '=+-@\t\r\nab\x00,", max_size=6)


@settings(max_examples=300, deadline=None)
@given(st.lists(TRICKY, min_size=1, max_size=12))
def test_texts_found_plain_need_no_trimming_unescaping_or_flag(texts) -> None:
    if V._plain(np.array(texts, dtype=object)):
        assert _careful(texts) == ([t or None for t in texts], [False] * len(texts))


@pytest.mark.parametrize("odd", [None, " padded", "'=SUM(A1)", "=2+2", "tab\t", "end\n", ""])
def test_a_column_of_distinct_names_is_cleaned_as_each_name_alone(odd) -> None:
    texts = [f"Deal {i}" for i in range(45_000)]
    if odd is not None:
        texts[31_337] = odd
    cleaned, flags = V.clean_text_flags(pd.Series(texts, dtype=object))
    want, want_flags = _careful(texts)
    assert cleaned.tolist() == want
    assert flags.tolist() == want_flags
