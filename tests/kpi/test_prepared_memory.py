"""The prepared data's leaner paths equal the straightforward ones (hypothesis, seeded).

``factorize`` (chunked, int32 codes) is ``pd.factorize``; ``first_seen`` (no hashing) is
``pd.factorize`` of the keys of some rows, for many keys and rows too; the reached stages
held in a byte per deal are the same numbers.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from kpi_core import Dataset, KpiSettings
from kpi_core.prepared import factorize, first_seen, prepared, text_codes

VALUE = st.sampled_from(["Ann", "Bob", "", "  ", " Ann", None, np.nan, "Cy", "Dee", 1, 1.0])


@settings(max_examples=80, deadline=None)
@given(st.lists(VALUE, max_size=50), st.integers(1, 8))
def test_factorize_in_chunks_is_pandas_factorize(values: list[object], chunk: int) -> None:
    array = np.array(values, dtype=object)
    codes, keys = factorize(array, chunk=chunk, one_pass=1.0)  # always in chunks
    want_codes, want_keys = pd.factorize(array)
    assert codes.dtype == np.int32
    assert codes.tolist() == want_codes.tolist()
    assert [(type(k), k) for k in keys] == [(type(k), k) for k in want_keys]


def test_factorize_of_many_rows_and_many_names_is_pandas_factorize() -> None:
    rng = np.random.default_rng(7)
    for names, rows, chunk in ((5, 100_000, 4096), (3000, 50_000, 4096), (40, 9_999, 1000)):
        pool = np.array([f"k{i}" for i in range(names)] + [None], dtype=object)
        array = pool.take(rng.integers(0, len(pool), rows))
        codes, keys = factorize(array, chunk=chunk)
        want_codes, want_keys = pd.factorize(array)
        assert codes.tolist() == want_codes.tolist() and keys.tolist() == list(want_keys)


def test_first_seen_of_many_rows_and_keys_is_pandas_factorize() -> None:
    rng = np.random.default_rng(11)
    for names, rows in ((4, 50_000), (2_000, 30_000), (50_000, 20_000), (3, 0), (3, 1)):
        keys = np.array([f"k{i}" for i in range(names)], dtype=object)
        codes = rng.integers(-1, names, rows).astype(np.int32)
        local, seen = first_seen(codes, keys)
        want_codes, want_keys = pd.factorize(np.append(keys, None).take(codes))
        assert local.tolist() == want_codes.tolist()
        assert seen.tolist() == list(want_keys)


def test_reached_stages_in_a_byte_are_the_reached_stages() -> None:
    stages = KpiSettings().stages
    names = [s.name for s in stages]
    rng = np.random.default_rng(5)
    n = 400
    pick = [*names, "Elsewhere", None]
    deals = [
        {
            "id": i + 1,
            "stage": pick[int(rng.integers(0, len(pick)))],
            "status": ["open", "won", "lost"][int(rng.integers(0, 3))],
        }
        for i in range(n)
    ]
    history = [
        {
            "deal_id": int(rng.integers(1, n + 40)),  # some of no deal
            "stage": pick[int(rng.integers(0, len(pick)))],
            "entered_on": "2025-01-01",
        }
        for _ in range(3 * n)
    ]
    ds = Dataset.from_frames(deals=deals, stage_history=history)
    current, reach = prepared(ds).stage_reach(stages)
    assert current.dtype == np.int8 and reach.dtype == np.int8
    index = {name: i for i, name in enumerate(names)}
    furthest = {d["id"]: index.get(d["stage"], -1) for d in deals}
    for h in history:
        if h["deal_id"] in furthest:
            furthest[h["deal_id"]] = max(furthest[h["deal_id"]], index.get(h["stage"], -1))
    for row, d in enumerate(deals):
        want = len(names) if d["status"] == "won" else max(furthest[d["id"]], 0)
        assert int(reach[row]) == want
        assert int(current[row]) == index.get(d["stage"], -1)
    codes, keys = text_codes(ds.deals["stage"].to_numpy(dtype=object))
    assert np.append(keys, None).take(codes).tolist() == ds.deals["stage"].tolist()


def test_history_codes_in_a_byte_are_worked_out_again_when_the_names_outgrow_it() -> None:
    names = [f"Stage {i}" for i in range(3)]
    history = [
        {"deal_id": 1 + i % 7, "stage": names[i % 3], "entered_on": "2025-01-01"} for i in range(50)
    ]
    ds = Dataset.from_frames(deals=[{"id": i + 1} for i in range(7)], stage_history=history)
    prep = prepared(ds)
    codes, keys = prep.history_codes
    assert codes.dtype == np.int8
    assert np.append(keys, None).take(codes).tolist() == ds.stage_history["stage"].tolist()
    # as an edit carrying the codes leaves them: 200 names appended, codes wrapped in a byte
    many = np.array([f"New {i}" for i in range(200)], dtype=object)
    wrapped = (np.arange(50) + 150).astype(np.int8)
    prep.__dict__["history_codes"] = (wrapped, np.append(keys, many))
    codes, keys = prep.history_codes
    assert np.append(keys, None).take(codes).tolist() == ds.stage_history["stage"].tolist()
    assert "history_codes" in prep.__dict__ and prep.history_codes[0] is codes
