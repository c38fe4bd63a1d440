"""Two datasets compared whatever their row order (the window-level tests of this folder)."""

from __future__ import annotations

import pandas.testing as pdt

from kpi_core.dataset import COLUMNS, Dataset


def assert_same_dataset(a: Dataset, b: Dataset) -> None:
    """Every frame equal, rows compared in id order (history in deal order)."""
    for name in COLUMNS:
        x, y = getattr(a, name), getattr(b, name)
        if name != "rates":
            key = "deal_id" if name == "stage_history" else "id"
            x = x.sort_values(key, kind="stable").reset_index(drop=True)
            y = y.sort_values(key, kind="stable").reset_index(drop=True)
        pdt.assert_frame_equal(x, y, obj=name)
