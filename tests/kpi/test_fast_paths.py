"""The engine's fast paths equal the straightforward computations they replace (hypothesis)."""

from datetime import date, timedelta

import numpy as np
import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kpi_core import Dataset, Filters, KpiSettings
from kpi_core._util import positions
from kpi_core.context import in_range
from kpi_core.engine import build_context
from kpi_core.periods import custom_period
from kpi_core.prepared import blank_to_none, deal_date_order, first_seen, text_codes
from kpi_core.velocity import stage_stints, time_in_stage, time_in_stage_of

FAST = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
TEXT = st.sampled_from(["Ann", "Bob", "", "  ", " Ann", None, np.nan, "Cy"])
BASE = date(2025, 1, 1)


@FAST
@given(st.lists(TEXT, max_size=40))
def test_text_codes_give_the_blank_cleaned_keys(values: list[object]) -> None:
    array = np.array(values, dtype=object)
    codes, keys = text_codes(array)
    assert np.append(keys, None).take(codes).tolist() == blank_to_none(array).tolist()
    assert len(set(keys.tolist())) == len(keys) and None not in keys.tolist()


@FAST
@given(st.lists(TEXT, max_size=40), st.data())
def test_first_seen_numbers_keys_as_factorize_does(values: list[object], data) -> None:
    codes, keys = text_codes(np.array(values, dtype=object))
    rows = data.draw(st.lists(st.integers(0, max(len(values) - 1, 0)), max_size=30))
    rows = [r for r in rows if r < len(values)]
    local, names = first_seen(codes[rows], keys)
    want_codes, want_names = pd.factorize(np.append(keys, None).take(codes[rows]))
    assert local.tolist() == want_codes.tolist()
    assert names.tolist() == list(want_names)


@FAST
@given(
    st.lists(st.integers(-3, 60), max_size=40),
    st.lists(st.integers(-5, 70), max_size=40),
)
def test_positions_by_lookup_table_equal_the_index_path(ids: list[int], wanted: list[int]) -> None:
    got = positions(np.array(ids, dtype=np.int64), np.array(wanted, dtype=np.int64))
    first: dict[int, int] = {}
    for row, i in enumerate(ids):
        first.setdefault(i, row)
    assert got.tolist() == [first.get(w, -1) for w in wanted]


@FAST
@given(
    st.lists(st.tuples(st.integers(0, 9), st.one_of(st.none(), st.integers(0, 400))), max_size=50)
)
def test_deal_date_order_is_the_lexsort(rows: list[tuple[int, int | None]]) -> None:
    pos = np.array([p for p, _ in rows], dtype=np.int64)
    dates = np.array(
        [
            np.datetime64("NaT") if d is None else np.datetime64(BASE + timedelta(days=d))
            for _, d in rows
        ],
        dtype="datetime64[ns]",
    )
    known = ~np.isnat(dates)
    pos, dates = pos[known], dates[known]
    order = deal_date_order(pos, dates)
    want = np.lexsort((dates, pos))
    if order is None:  # already in that order
        assert want.tolist() == list(range(len(pos)))
    else:
        assert order.tolist() == want.tolist()


@st.composite
def histories(draw):
    n = draw(st.integers(1, 12))
    deals, history = [], []
    for i in range(n):
        created = draw(st.integers(0, 200))
        status = draw(st.sampled_from(["open", "won", "lost"]))
        closed = created + draw(st.integers(0, 90)) if status != "open" else None
        deals.append(
            {
                "id": i + 1,
                "status": status,
                "owner": draw(st.sampled_from(["Ann", "Bob"])),
                "created_on": (BASE + timedelta(days=created)).isoformat(),
                "closed_on": None
                if closed is None
                else (BASE + timedelta(days=closed)).isoformat(),
            }
        )
        for _ in range(draw(st.integers(0, 4))):
            entered = draw(st.one_of(st.none(), st.integers(0, 300)))
            history.append(
                {
                    "deal_id": draw(st.sampled_from([i + 1, i + 1, 99])),
                    "stage": draw(st.sampled_from(["Qualified", "Meeting", "", None])),
                    "entered_on": None
                    if entered is None
                    else (BASE + timedelta(days=entered)).isoformat(),
                }
            )
    return Dataset.from_frames(deals=deals, stage_history=history)


@FAST
@given(histories(), st.integers(0, 200), st.integers(0, 150), st.sampled_from([None, "Ann"]))
def test_stints_of_the_period_equal_the_straightforward_ones(ds, start, length, owner) -> None:
    period = custom_period(BASE + timedelta(days=start), BASE + timedelta(days=start + length))
    ctx = build_context(ds, period, Filters(owner=owner), KpiSettings(), BASE)
    dv = ctx.deals
    straight = stage_stints(ds.stage_history, ctx.hist_pos, dv.closed, dv.won | dv.lost, period)
    assert time_in_stage_of(ctx) == time_in_stage(straight)


@FAST
@given(
    st.lists(st.one_of(st.none(), st.integers(-400, 400)), max_size=30),
    st.integers(-200, 200),
    st.integers(-10, 200),
)
def test_in_range_by_one_unsigned_comparison(
    days: list[int | None], start: int, length: int
) -> None:
    values = np.array(
        [
            np.datetime64("NaT") if d is None else np.datetime64(BASE + timedelta(days=d))
            for d in days
        ],
        dtype="datetime64[ns]",
    )
    first, last = BASE + timedelta(days=start), BASE + timedelta(days=start + length)
    straight = (values >= np.datetime64(first, "ns")) & (values <= np.datetime64(last, "ns"))
    assert in_range(values, first, last).tolist() == straight.tolist()


def test_in_range_beyond_the_nanosecond_dates_is_the_plain_comparison() -> None:
    values = np.array(["1700-01-02", "2000-05-05", "NaT", "2261-12-31"], dtype="datetime64[ns]")
    for first, last in [
        (date(1, 1, 1), date(9999, 12, 31)),
        (date(1600, 1, 1), date(2000, 5, 5)),
        (date(2000, 5, 5), date(2300, 1, 1)),
        (date(2001, 1, 1), date(2000, 1, 1)),
    ]:
        straight = (values >= np.datetime64(first, "ns")) & (values <= np.datetime64(last, "ns"))
        assert in_range(values, first, last).tolist() == straight.tolist()
