"""Stage-history codes kept in a byte are widened by the edit that appends the names which
outgrow it, before any code is written (a code never wraps round, not even in the room
after the old codes)."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from kpi_core import clear_cache
from kpi_core.dataset import Dataset, KpiSettings
from kpi_core.prepared import BYTE_KEYS, prepare
from kpi_core.prepared_update import RowMap, _spliced_codes, carry

SETTINGS = KpiSettings()


def history(names: list[str]) -> list[dict[str, object]]:
    return [
        {"deal_id": 1 + i % 5, "stage": name, "entered_on": "2025-01-01"}
        for i, name in enumerate(names)
    ]


@pytest.mark.parametrize("added", [1, 2, 3, 40])
def test_names_appended_past_a_byte_are_coded_without_wrapping(added: int) -> None:
    clear_cache()
    names = [f"Stage {i}" for i in range(BYTE_KEYS - 1)]  # one short of the byte limit
    old = Dataset.from_frames(deals=[{"id": i + 1} for i in range(5)], stage_history=history(names))
    prev = prepare(old, SETTINGS.base_currency, SETTINGS.stages)
    old_codes, old_keys = prev.history_codes
    assert old_codes.dtype == np.int8
    before = old_codes.copy()
    more = names + [f"New {i}" for i in range(added)]
    new = dataclasses.replace(
        old, stage_history=Dataset.from_frames(stage_history=history(more)).stage_history
    )
    rows = RowMap(None, added, np.arange(len(names), len(more)), len(names))
    # the codes as the edit writes them (into the room after the old codes when in a byte)
    (codes, keys), _index = _spliced_codes(
        prev.history_codes, None, rows, new.stage_history["stage"], clean=False
    )
    if len(keys) >= BYTE_KEYS:
        assert codes.dtype != np.int8
    assert np.append(keys, None).take(codes).tolist() == more
    nxt = carry(old, new, {"stage_history": rows})
    assert nxt is not None
    codes, keys = nxt.history_codes
    assert np.append(keys, None).take(codes).tolist() == more
    np.testing.assert_array_equal(old_codes, before)  # the old data untouched
    assert prev.history_codes[1] is old_keys
