"""The dashboard's result cache serves a result only for the dataset it was computed on,
even when a later dataset lives at the same address as a replaced one."""

from __future__ import annotations

import dataclasses
from datetime import date

from desktop_app.ui.dashboard.compute import ResultCache
from kpi_core import clear_cache
from kpi_core.dataset import Dataset, KpiSettings
from kpi_core.engine import compute_kpis
from kpi_core.filters import Filters
from kpi_core.periods import Period

PERIOD = Period(date(2025, 1, 1), date(2025, 12, 31))
SETTINGS = KpiSettings()


def won_deal(amount: float) -> Dataset:
    deal = {
        "id": 1,
        "status": "won",
        "amount": amount,
        "currency": "USD",
        "stage": "Won",
        "created_on": date(2025, 1, 1),
        "closed_on": date(2025, 3, 1),
    }
    return Dataset.from_frames(deals=[deal])


def test_a_result_stored_for_a_replaced_dataset_is_not_served_for_one_at_its_address() -> None:
    cache = ResultCache()
    empty = Dataset()
    frames = {f.name: getattr(empty, f.name) for f in dataclasses.fields(Dataset)}
    won = won_deal(100.0).deals
    reused = 0
    for _ in range(500):  # until a later dataset lives at a replaced one's address
        old = Dataset(**{**frames, "deals": won})
        # a worker still on the old dataset stores its result after the window cleared
        # the cache for the new one; then the old dataset goes away
        cache.clear()
        stale = cache.get(old, PERIOD, Filters(), SETTINGS)
        address = id(old)
        clear_cache()  # kpi_core's caches let go of it too
        del old
        later = Dataset(**frames)  # no deals
        if id(later) != address:
            continue
        reused += 1
        fresh = cache.get(later, PERIOD, Filters(), SETTINGS)
        assert fresh is not stale
        assert fresh == compute_kpis(later, PERIOD, Filters(), SETTINGS)
        if reused == 3:
            break
    assert reused  # the allocator gave a replaced dataset's address again


def test_a_result_is_served_again_for_its_own_dataset() -> None:
    cache = ResultCache()
    dataset = won_deal(250.0)
    first = cache.get(dataset, PERIOD, Filters(), SETTINGS)
    assert cache.known(dataset, PERIOD, Filters(), SETTINGS) is first
    assert cache.get(dataset, PERIOD, Filters(), SETTINGS) is first
