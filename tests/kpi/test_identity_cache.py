"""The per-object cache shared by the prepared data, the leads' arrays and the activities'
factorised frames."""

import gc

import pandas as pd

from kpi_core import lead_arrays
from kpi_core._identity_cache import IdentityCache
from kpi_core.dataset import Dataset
from kpi_core.prepared import cached_entry, prepared


def shape(frame: pd.DataFrame) -> tuple[int, tuple[str, ...]]:
    return len(frame), tuple(frame.columns)


def test_found_for_the_same_object_while_its_fingerprint_holds() -> None:
    cache: IdentityCache[str] = IdentityCache(4, shape)
    frame = pd.DataFrame({"a": [1, 2]})
    assert cache.get(frame) is None
    assert cache.put(frame, "two rows") == "two rows"
    assert cache.get(frame) == "two rows"
    assert cache.get(pd.DataFrame({"a": [1, 2]})) is None  # an equal frame is another one
    frame["b"] = 0  # a column added in place: noticed
    assert cache.get(frame) is None


def test_bounded_oldest_out_and_collected_objects_dropped() -> None:
    cache: IdentityCache[int] = IdentityCache(3, shape)
    frames = [pd.DataFrame({"a": range(i)}) for i in range(5)]
    for i, frame in enumerate(frames):
        cache.put(frame, i)
    assert len(cache) == 3
    assert [cache.get(f) for f in frames] == [None, None, 2, 3, 4]
    del frames[4], frame
    gc.collect()
    assert len(cache) == 2  # the collected frame's entry went with it


def test_a_copy_is_independent_and_a_kept_cache_does_not_drop_collected_entries() -> None:
    cache: IdentityCache[int] = IdentityCache(3, shape, forget_collected=False)
    kept, gone = pd.DataFrame({"a": [1]}), pd.DataFrame({"a": [2]})
    cache.put(kept, 1)
    cache.put(gone, 2)
    other = cache.copy()
    other.put(pd.DataFrame({"a": [3]}), 3)
    assert len(cache) == 2 and len(other) == 3
    del gone
    gc.collect()
    assert len(cache) == 2 and cache.get(kept) == 1  # left until pushed out, never found
    cache.clear()
    assert len(cache) == 0 and other.get(kept) == 1


def test_the_prepared_data_and_the_leads_arrays_are_remembered_per_object() -> None:
    dataset = Dataset.from_frames(deals=[{"id": 1}], leads=[{"id": 1, "created_on": None}])
    prep = prepared(dataset)
    assert prepared(dataset) is prep and cached_entry(dataset) is prep
    assert cached_entry(Dataset.from_frames(deals=[{"id": 1}])) is None
    arrays = lead_arrays.lead_arrays(dataset.leads)
    assert lead_arrays.cached(dataset.leads) is arrays
    assert lead_arrays.remember(dataset.leads, arrays) is arrays
