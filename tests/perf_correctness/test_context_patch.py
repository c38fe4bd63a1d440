"""The window's context patches its dataset after a saved deal, lead or spend row."""

from __future__ import annotations

import pytest

from desktop_app.store.changes import Changes
from desktop_app.store.loader import load_dataset
from desktop_app.store.repository import update_record
from desktop_app.ui.context import AppContext
from tests.perf_correctness.window_context import assert_same_dataset


@pytest.fixture()
def context(demo_context) -> AppContext:
    return demo_context(200, 4)


def test_a_saved_deal_patches_the_dataset_and_equals_a_fresh_load(context, qtbot) -> None:
    before = context.dataset()
    deal = int(before.deals["id"].iloc[3])
    changes = update_record(context.engine, "deals", deal, {"amount": 4321.0, "stage": "Meeting"})
    with qtbot.waitSignal(context.dataset_changed, timeout=60_000) as blocker:
        context.notify_changed(changes)
    after = blocker.args[0]
    assert after.deals.set_index("id").loc[deal, "amount"] == 4321.0
    assert after.rates is before.rates and after.leads is before.leads  # patched, not reloaded
    assert_same_dataset(after, load_dataset(context.engine, snapshot=False))


def test_a_write_of_other_tables_loads_in_full(context, qtbot) -> None:
    before = context.dataset()
    with qtbot.waitSignal(context.dataset_changed, timeout=60_000) as blocker:
        context.notify_changed(Changes.of_tables({"quotas"}))
    after = blocker.args[0]
    assert after.rates is not before.rates
    assert_same_dataset(after, load_dataset(context.engine, snapshot=False))


def test_writes_announced_while_a_patch_runs_are_patched_together_after_it(context, qtbot) -> None:
    before = context.dataset()
    first, second = (int(i) for i in before.deals["id"].iloc[[5, 6]])
    one = update_record(context.engine, "deals", first, {"amount": 1111.0})
    seen = []
    context.dataset_changed.connect(seen.append)
    context.notify_changed(one)
    assert context.is_loading()  # the patch runs on a worker: the next writes wait for it
    two = update_record(context.engine, "deals", second, {"amount": 2222.0})
    context.notify_changed(two)
    three = update_record(context.engine, "deals", first, {"stage": "Proposal"})
    context.notify_changed(three)
    qtbot.waitUntil(lambda: len(seen) == 2 and not context.is_loading(), timeout=60_000)
    after = seen[-1]
    assert after.rates is before.rates  # patched, not loaded again
    amounts = after.deals.set_index("id")["amount"]
    assert amounts.loc[first] == 1111.0 and amounts.loc[second] == 2222.0
    assert_same_dataset(after, load_dataset(context.engine, snapshot=False))


def test_a_write_of_other_tables_announced_while_a_patch_runs_loads_in_full(context, qtbot) -> None:
    before = context.dataset()
    deal = int(before.deals["id"].iloc[2])
    seen = []
    context.dataset_changed.connect(seen.append)
    context.notify_changed(update_record(context.engine, "deals", deal, {"amount": 5.0}))
    context.notify_changed(Changes.of_tables({"quotas"}))
    context.notify_changed(update_record(context.engine, "deals", deal, {"amount": 6.0}))
    qtbot.waitUntil(lambda: len(seen) == 2 and not context.is_loading(), timeout=60_000)
    after = seen[-1]
    assert after.rates is not before.rates  # loaded in full
    assert after.deals.set_index("id").loc[deal, "amount"] == 6.0
    assert_same_dataset(after, load_dataset(context.engine, snapshot=False))
