"""Carrying the families' caches to an edited dataset while the dashboard still computes on
the old one on another thread: the carry reads the old caches as they are at one moment
(it never fails because the other thread added to them), and the window falls back to a
full load when a patch fails."""

from __future__ import annotations

import dataclasses
import sys
import threading
import time
from collections.abc import Callable, Iterator
from datetime import date

import numpy as np
import pytest

from desktop_app.store import snapshot_patch
from desktop_app.store.loader import load_dataset
from desktop_app.store.repository import update_record
from desktop_app.ui.context import AppContext
from kpi_core import activities, recurring, recurring_carry
from kpi_core.context import KpiContext
from kpi_core.dataset import Dataset, KpiSettings
from kpi_core.filters import Filters
from kpi_core.periods import Period
from kpi_core.prepared import prepare
from kpi_core.prepared_update import RowMap
from tests.perf_correctness.window_context import assert_same_dataset

PERIOD = Period(date(2025, 1, 1), date(2025, 12, 31))
TODAY = date(2026, 1, 1)


@pytest.fixture()
def fast_switches() -> Iterator[None]:
    """Threads switch as often as the interpreter allows, so the two interleave densely."""
    before = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    yield
    sys.setswitchinterval(before)


def deal_rows(n: int) -> list[dict[str, object]]:
    return [
        {
            "id": i,
            "status": "won",
            "amount": 1000.0 + i,
            "currency": "USD",
            "contract_months": 12,
            "created_on": date(2025, 1, 1),
            "closed_on": date(2025, 2, 1 + i % 27),
            "stage": "Won",
            "owner": f"o{i % 40}",
            "source": "s",
            "product": "p",
            "account": f"a{i}",
            "external_id": f"x{i}",
        }
        for i in range(n)
    ]


def race(dashboard: Callable[[int], None], carry: Callable[[], None], seconds: float) -> int:
    """Run ``dashboard(i)`` for i = 0, 1, ... on a thread while ``carry()`` runs again and
    again on this one for ``seconds``; returns how many carries ran (an error propagates)."""
    stop = threading.Event()
    failures: list[BaseException] = []

    def loop() -> None:
        i = 0
        try:
            while not stop.is_set():
                dashboard(i)
                i += 1
        except BaseException as exc:  # reported by the test, not lost on the thread
            failures.append(exc)

    thread = threading.Thread(target=loop)
    thread.start()
    carries, end = 0, time.monotonic() + seconds
    try:
        while time.monotonic() < end:
            carry()
            carries += 1
    finally:
        stop.set()
        thread.join()
    assert not failures
    return carries


def test_contracts_carried_while_the_dashboard_adds_contracts_of_the_old_dataset(
    fast_switches: None,
) -> None:
    rows = deal_rows(3000)
    old = Dataset.from_frames(deals=rows)
    settings = KpiSettings()
    prev = prepare(old, settings.base_currency, settings.stages)
    recurring.contracts(KpiContext(old, PERIOD, Filters(), settings, TODAY))
    written = [dict(r) for r in rows]
    written[5]["amount"] = 7.0  # deal 5 written again in place
    new = dataclasses.replace(old, deals=Dataset.from_frames(deals=written).deals)
    nxt = prepare(new, settings.base_currency, settings.stages)
    deals = RowMap(None, 0, np.array([5]), len(rows), frozenset({"amount"}))

    def dashboard(i: int) -> None:
        filters = Filters() if i % 2 == 0 else Filters(owner=f"o{i % 40}")
        recurring.contracts(KpiContext(old, PERIOD, filters, settings, TODAY))

    assert race(dashboard, lambda: recurring_carry.carry_cache(prev, nxt, deals, old, new), 1.0) > 0
    # what was carried is what a fresh build gives
    carried = recurring.contracts(KpiContext(new, PERIOD, Filters(), settings, TODAY))
    fresh = recurring._contracts(KpiContext(new, PERIOD, Filters(), settings, TODAY))
    for name in ("start", "stop", "value", "account", "row"):
        np.testing.assert_array_equal(getattr(carried, name), getattr(fresh, name))


def test_activity_links_carried_while_the_dashboard_links_frames_of_the_old_dataset(
    fast_switches: None,
) -> None:
    rows = deal_rows(300)
    old = Dataset.from_frames(deals=rows)
    settings = KpiSettings()
    prev = prepare(old, settings.base_currency, settings.stages)
    grown = Dataset.from_frames(deals=[*rows, *deal_rows(301)[300:]]).deals
    new = dataclasses.replace(old, deals=grown)
    nxt = prepare(new, settings.base_currency, settings.stages)
    deals = RowMap(None, 1, np.array([300]), len(rows))
    ctx = KpiContext(old, PERIOD, Filters(), settings, TODAY)
    frames = [
        Dataset.from_frames(
            activities=[
                {
                    "id": j,
                    "done_on": date(2025, 3, 1),
                    "owner": "o1",
                    "type": "call",
                    "hours": 1.0,
                    "deal_id": float((j * k) % 300),
                }
                for j in range(k + 2)
            ]
        ).activities
        for k in range(40)
    ]
    kept = []  # the frames' data stay alive: each one links a new entry of the old data

    def dashboard(i: int) -> None:
        data = activities._frame_data(frames[i % len(frames)], prev)
        kept.append(data)
        activities._deal_rows(ctx, data)

    assert race(dashboard, lambda: activities.carry_cache(prev, nxt, deals), 1.0) > 0
    for data in kept[:5]:
        carried = activities._links[nxt].get(data)
        if carried is not None:
            expected = activities.linked_rows(data.deal_id, data.external_id, new.deals)
            np.testing.assert_array_equal(carried, expected)


@pytest.fixture()
def context(demo_context) -> AppContext:
    return demo_context(120, 3)


def test_a_patch_that_fails_loads_the_workspace_in_full(
    context: AppContext, qtbot, monkeypatch
) -> None:
    def failing_patch(*args: object) -> Dataset:
        raise IndexError("the patch failed")

    monkeypatch.setattr(snapshot_patch, "patch_dataset", failing_patch)
    shown: list[object] = []
    monkeypatch.setattr("desktop_app.ui.notify.background_failure", shown.append)
    before = context.dataset()
    assert before is not None
    deal = int(before.deals["id"].iloc[4])
    changes = update_record(context.engine, "deals", deal, {"amount": 9876.0})
    with qtbot.waitSignal(context.dataset_changed, timeout=60_000) as blocker:
        context.notify_changed(changes)
    after = blocker.args[0]
    assert not shown  # no error shown: the figures are those of the database
    assert after.deals.set_index("id").loc[deal, "amount"] == 9876.0
    assert_same_dataset(after, load_dataset(context.engine, snapshot=False))
