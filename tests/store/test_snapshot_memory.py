"""The snapshot writes a name two frames hold as one string object, and only that.

Reading a snapshot gives the very values written (frame for frame), with an account's name
in the accounts, deals, leads and NPS answers one object, and a deal's CRM id in the deals
and in the leads linked to it one object; a snapshot of the previous format is not read.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pandas.testing as pdt
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.cli import main
from desktop_app.store import snapshot
from desktop_app.store.engine import open_database
from desktop_app.store.loader import load_dataset
from kpi_core.dataset import COLUMNS, Dataset

KEY = {"format": 1, "stamp": "1", "revision": "r", "contract": snapshot.FINGERPRINT}


def _fresh(text: str | None) -> str | None:
    """An equal string that is a different object (as a second read of the same name)."""
    return None if text is None else "".join(list(text))


def _dataset(n_deals: int = 60) -> Dataset:
    accounts = [f"Account {i}" for i in range(8)] + ["  ", ""]
    deals = [
        {
            "id": i + 1,
            "external_id": f"D-{i}" if i % 7 else None,
            "title": f"Deal {i}",
            "account": _fresh(accounts[i % len(accounts)]),
            "owner": "Ann",
            "status": "open",
            "amount": float(i),
        }
        for i in range(n_deals)
    ]
    leads = [
        {
            "id": i + 1,
            "name": f"Lead {i}",
            "account": _fresh(accounts[i % 5]),
            # linked deals, a CRM id no deal has, and none
            "deal_external_id": _fresh(["D-1", "D-2", "D-3", "X-9", None][i % 5]),
        }
        for i in range(3 * n_deals)
    ]
    nps = [{"id": i + 1, "account": _fresh(accounts[i % 3]), "score": 9.0} for i in range(5)]
    rows = [{"id": i + 1, "name": name} for i, name in enumerate(accounts)]
    return Dataset.from_frames(deals=deals, leads=leads, nps=nps, accounts=rows)


def _objects(frame: pd.DataFrame, column: str) -> dict[str, int]:
    return {v: id(v) for v in frame[column].to_numpy() if isinstance(v, str)}


def test_read_gives_the_written_frames_with_each_name_one_object(tmp_path: Path) -> None:
    original = _dataset()
    path = tmp_path / "snap"
    assert snapshot.write(path, KEY, original)
    back = snapshot.read(path, KEY)
    assert back is not None
    for name in COLUMNS:
        pdt.assert_frame_equal(getattr(back, name), getattr(original, name), obj=name)
    names = _objects(back.accounts, "name")
    for frame, column in (("deals", "account"), ("leads", "account"), ("nps", "account")):
        values = getattr(back, frame)[column].to_numpy()
        named = [v for v in values if isinstance(v, str) and v in names]
        assert named and all(id(v) == names[v] for v in named), (frame, column)
    crm_ids = _objects(back.deals, "external_id")
    linked = [v for v in back.leads["deal_external_id"].to_numpy() if v in crm_ids]
    assert linked and all(id(v) == crm_ids[v] for v in linked)
    assert "X-9" in set(back.leads["deal_external_id"])  # a CRM id of no deal is kept


TEXT = st.one_of(st.none(), st.sampled_from(["a", "b", " ", "", "a ", "D-1"]), st.text(max_size=3))


def _decoded(codes: np.ndarray, extra: np.ndarray, source: np.ndarray) -> np.ndarray:
    return np.concatenate([source, extra, [None]]).take(codes)


@settings(max_examples=80, deadline=None)
@given(st.lists(TEXT, max_size=30), st.lists(TEXT, max_size=30))
def test_rows_of_the_source_give_the_values_back_with_its_objects(
    values: list[str | None], pool: list[str | None]
) -> None:
    array = np.array([_fresh(v) for v in values], dtype=object)
    source = np.array(pool, dtype=object)
    codes, extra = snapshot.refer(array, source)
    back = _decoded(codes, extra, source)
    assert back.tolist() == array.tolist()
    assert [type(v) for v in back] == [type(v) for v in array]
    objects: dict[str, int] = {}
    for v in source:
        if isinstance(v, str):
            objects.setdefault(v, id(v))  # the first row's object
    for v in back:
        if isinstance(v, str) and v in objects:
            assert id(v) == objects[v]
    assert len(extra) == len({v for v in array.tolist() if v is not None} - set(objects))


def test_rows_of_the_source_leave_what_is_not_a_string_alone() -> None:
    values = np.array(["1", None, "x"], dtype=object)
    source = np.array([1, "1", None], dtype=object)
    codes, extra = snapshot.refer(values, source)
    assert codes.tolist() == [1, -1, 3] and extra.tolist() == ["x"]
    back = _decoded(codes, extra, source)
    assert back.tolist() == ["1", None, "x"] and back[0] is source[1]


@pytest.fixture()
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(snapshot, "MIN_ROWS", 0)  # a snapshot whatever the size
    path = tmp_path / "work.sqlite"
    assert main(["demo", "--db", str(path), "--deals", "200", "--seed", "3"]) == 0
    return path


def test_a_snapshot_of_the_previous_format_is_written_again(workspace: Path) -> None:
    engine = open_database(workspace)
    try:
        fresh = load_dataset(engine, snapshot=False)
        load_dataset(engine)  # writes the snapshot
        target = snapshot.snapshot_path(workspace)
        data = target.read_bytes()
        assert data.startswith(snapshot.MAGIC)
        old = b"DEALBOOK-DATASET-SNAPSHOT 2\n" + data[len(snapshot.MAGIC) :]
        target.write_bytes(old)
        with pytest.MonkeyPatch.context() as patch:
            calls: list[int] = []
            real = snapshot.read

            def counted(path: Path, key: dict) -> Dataset | None:
                found = real(path, key)
                calls.append(found is not None)
                return found

            patch.setattr(snapshot, "read", counted)
            again = load_dataset(engine)
        assert calls == [False]  # the old file was not read
        assert target.read_bytes().startswith(snapshot.MAGIC)  # and was written again
        for name in COLUMNS:
            pdt.assert_frame_equal(getattr(again, name), getattr(fresh, name), obj=name)
    finally:
        engine.dispose()


def test_columns_of_mostly_distinct_text_are_written_as_they_are() -> None:
    n = 3 * snapshot._PROBE_ROWS
    distinct = [f"Lead {i}" for i in range(n)]
    first_distinct = distinct[: n // 3] + ["Same"] * (n - n // 3)
    few = [["Ann", "Bob", None][i % 3] for i in range(n)]
    frame = pd.DataFrame({"name": distinct, "late": first_distinct, "owner": few}, dtype=object)
    stored = snapshot._encode(frame)
    assert stored["name"][0] == "values" and stored["late"][0] == "values"
    assert stored["owner"][0] == "codes"
    pdt.assert_frame_equal(snapshot._decode(stored), frame)
