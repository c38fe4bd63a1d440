"""Sequences of saved edits to a few deals, any of which may delete every deal the frame had
(and add others in the same patch): the spliced deals and their carried prepared data equal
a fresh ``prepare`` after each step."""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.store.snapshot_patch import splice
from kpi_core import clear_cache, prepare
from kpi_core.dataset import COLUMNS, Dataset, KpiSettings
from kpi_core.prepared_update import RowMap, carry
from tests.perf_correctness.test_edit_carry import assert_same_prepared, values_of

SETTINGS = KpiSettings()
STATUSES = ("won", "lost", "open")
ACCOUNTS = ("Acme", "Beta", None)


def deal(i: int, version: int) -> dict[str, object]:
    return {
        "id": i,
        "status": STATUSES[(i + version) % 3],
        "amount": 100.0 * i + version,
        "currency": "USD",
        "stage": "Won" if (i + version) % 3 == 0 else "Qualified",
        "owner": f"rep {version % 2}",
        "created_on": date(2025, 1, 1 + i % 20),
        "closed_on": date(2025, 2, 1 + (i + version) % 20),
        "account": ACCOUNTS[(i * 7 + version) % 3],
    }


def prepared_values(dataset: Dataset) -> dict[str, object]:
    prep = prepare(dataset, SETTINGS.base_currency, SETTINGS.stages)
    return values_of(prep, prep)


#: one step: ids deleted from the deals there are (a list of flags, cut to their count),
#: whether the kept ones are all written again, how many new deals are created
steps = st.lists(
    st.tuples(st.lists(st.booleans(), min_size=6, max_size=6), st.booleans(), st.integers(0, 2)),
    min_size=1,
    max_size=4,
)


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 4), steps)
def test_edit_sequences_that_may_delete_every_deal_carry_as_a_fresh_prepare(
    start: int, sequence: list[tuple[list[bool], bool, int]]
) -> None:
    clear_cache()
    dataset = Dataset.from_frames(deals=[deal(i, 0) for i in range(1, start + 1)])
    prepared_values(dataset)  # everything the prepared data holds is worked out, to be carried
    next_id = start + 1
    for version, (deleted, rewrite, created) in enumerate(sequence, start=1):
        ids = dataset.deals["id"].tolist()
        gone = [i for i, flag in zip(ids, deleted, strict=False) if flag]
        again = [i for i in ids if i not in gone] if rewrite else []
        new = list(range(next_id, next_id + created))
        next_id += created
        written = gone + again + new
        if not written:
            continue
        present = sorted(again + new)
        fresh = Dataset.from_frames(
            deals=pd.DataFrame([deal(i, version) for i in present], columns=list(deal(0, 0)))
        ).deals
        frame, rows = splice(dataset.deals, written, fresh)
        assert isinstance(rows, RowMap)
        patched = Dataset(**{**{n: getattr(dataset, n) for n in COLUMNS}, "deals": frame})
        carried = carry(dataset, patched, {"deals": rows})
        assert carried is not None
        got = values_of(carried, carried)
        clear_cache()
        assert_same_prepared(got, prepared_values(patched))
        assert sorted(patched.deals["id"].tolist()) == [
            i for i in sorted([*ids, *new]) if i not in gone
        ]
        dataset = patched


def test_the_only_deal_deleted_and_another_created_together() -> None:
    clear_cache()
    one = Dataset.from_frames(deals=[deal(1, 0)])
    prepared_values(one)
    fresh = Dataset.from_frames(deals=[deal(2, 1)]).deals
    frame, rows = splice(one.deals, [1, 2], fresh)
    assert rows.kept_count == 0
    assert rows.old_of(np.array([0])).tolist() == [-1]
    patched = Dataset(**{**{n: getattr(one, n) for n in COLUMNS}, "deals": frame})
    carried = carry(one, patched, {"deals": rows})
    assert carried is not None
    got = values_of(carried, carried)
    clear_cache()
    assert_same_prepared(got, prepared_values(patched))


def test_the_rows_that_may_differ_in_some_columns() -> None:
    rows = RowMap(None, 1, np.array([2, 5]), 5, frozenset({"amount"}))
    assert rows.differing("amount", "stage").tolist() == [2, 5]  # written again and new
    assert rows.differing("stage").tolist() == [5]  # only the new row
    anything = RowMap(np.array([0, 2, 3]), 1, np.array([1, 3]), 5)
    assert anything.differing("stage").tolist() == [1, 3]
