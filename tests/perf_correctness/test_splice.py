"""The patch's splice of written rows into a frame equals the straightforward rebuild, and
its row map says where each row came from and which columns changed."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pandas.testing as pdt
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.store.snapshot_patch import splice


def frame_of(ids: list[int], salt: int) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "id": np.array(ids, dtype=np.int64),
            "name": np.array([f"row {i}" for i in ids], dtype=object),
            "amount": np.array([float(i * 10 + salt) for i in ids]),
            "day": (np.array(ids, dtype=np.int64) * 86_400 * 10**9).astype("datetime64[ns]"),
        }
    )


@settings(max_examples=80, deadline=None)
@given(
    st.lists(st.integers(1, 60), min_size=1, max_size=30, unique=True),
    st.data(),
    st.lists(st.booleans(), min_size=8, max_size=8),
    st.booleans(),
)
def test_splice_equals_the_straightforward_rebuild(
    old_ids: list[int], data: st.DataObject, still_there: list[bool], change_amount: bool
) -> None:
    # the written ids: rows of the frame (changed or deleted) and new ones, in any order
    written = data.draw(st.lists(st.sampled_from([*old_ids, 61, 62, 63]), max_size=8, unique=True))
    old = frame_of(old_ids, 0)
    snapshot = old.copy(deep=True)
    # of the written ids, those still in the database (the others were deleted)
    present = [i for i, there in zip(written, still_there, strict=False) if there]
    fresh = frame_of(sorted(present), 1 if change_amount else 0)
    out, rows = splice(old, written, fresh)

    # the straightforward rebuild: kept rows in place (written ones with fresh values),
    # deleted ones gone, new ones appended in id order
    by_id = fresh.set_index("id")
    parts = []
    for _, row in old.iterrows():
        if row["id"] in written and row["id"] not in by_id.index:
            continue
        parts.append(by_id.loc[row["id"]] if row["id"] in by_id.index else row.drop("id"))
    kept_ids = [i for i in old_ids if not (i in written and i not in present)]
    new_ids = sorted(i for i in present if i not in old_ids)
    expected = pd.concat(
        [
            pd.DataFrame(parts, index=kept_ids).rename_axis("id").reset_index(),
            fresh[fresh["id"].isin(new_ids)],
        ],
        ignore_index=True,
    )
    expected = expected.astype(old.dtypes.to_dict())
    pdt.assert_frame_equal(out.reset_index(drop=True), expected)
    pdt.assert_frame_equal(old, snapshot)  # the old frame never written to
    # the map: where each new row comes from, and what changed
    source = rows.source
    assert len(source) == len(out)
    for i, src in enumerate(source.tolist()):
        if src >= 0:
            assert old["id"].iloc[src] == out["id"].iloc[i]
        else:
            assert out["id"].iloc[i] in new_ids
    updated = [i for i in present if i in old_ids]
    assert sorted(out["id"].to_numpy()[rows.dirty].tolist()) == sorted(updated + new_ids)
    if updated and change_amount:
        assert rows.changed == frozenset({"amount"})
    elif updated:
        assert rows.changed == frozenset()
