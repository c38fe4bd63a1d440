"""Whatever the window writes, the dataset it shows next equals a fresh load of the database.

A saved deal, lead or spend row is patched into the loaded dataset; any other kind, an
import and its undo load it again. Every step goes through the window's one change path
(``AppContext.notify_changed``), as the pages, the undo stack and the import wizard do.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.store.changes import Changes
from desktop_app.store.import_batches import undo_import
from desktop_app.store.loader import load_dataset
from desktop_app.store.repository import create_record, delete_records, update_record
from desktop_app.ui.context import AppContext
from kpi_core.engine import compute_kpis
from kpi_core.periods import parse_period
from tests.perf_correctness.window_context import assert_same_dataset


@pytest.fixture()
def context(demo_context) -> AppContext:
    return demo_context(150, 6)


def test_every_kind_written_through_the_window_equals_a_fresh_load(
    context: AppContext, qtbot, tmp_path: Path
) -> None:
    engine = context.engine
    first = context.dataset()
    assert first is not None
    deal = first.deals.iloc[0]
    owner = str(first.deals["owner"].dropna().iloc[0])
    account = str(first.deals["account"].dropna().iloc[0])
    made: dict[str, int] = {}

    def created(kind: str, record: dict[str, object]) -> Changes:
        changes = create_record(engine, kind, record)
        made[kind] = changes.id
        return changes

    csv = tmp_path / "deals.csv"
    csv.write_text(
        "Deal ID,Deal name,Account,Owner,Stage,Status,Amount,Created,Close Date\n"
        f"W-1,Window import one,{account},{owner},Proposal,open,5000,2025-02-01,\n"
        f"W-2,Window import two,New Import Co,{owner},Won,won,7000,2025-02-03,2025-03-01\n",
        encoding="utf-8",
    )

    def imported() -> Changes:
        assert main(["import", str(csv), "--db", str(context.db_path)]) == 0
        return Changes.of_tables({"deals", "accounts", "stage_history", "import_batches"})

    def undone() -> Changes:
        with sqlite3.connect(context.db_path) as conn:
            batch = conn.execute("SELECT max(id) FROM import_batches").fetchone()[0]
        return undo_import(engine, int(batch))

    steps: list[tuple[str, Callable[[], Changes]]] = [
        ("deal changed", lambda: update_record(engine, "deals", int(deal["id"]), {"stage": "Won"})),
        (
            "deal new",
            lambda: created(
                "deals",
                {
                    "title": "W",
                    "account": account,
                    "owner": owner,
                    "stage": "Qualified",
                    "status": "open",
                    "amount": 10.0,
                    "created_on": "2025-06-01",
                },
            ),
        ),
        ("deal deleted", lambda: delete_records(engine, "deals", [made["deals"]])),
        ("lead new", lambda: created("leads", {"name": "W lead", "created_on": "2025-02-02"})),
        ("lead deleted", lambda: delete_records(engine, "leads", [made["leads"]])),
        (
            "spend new",
            lambda: created(
                "spend", {"spent_on": "2025-05-01", "amount": 99.0, "source": "Window Fair"}
            ),
        ),
        (
            "nps new",
            lambda: created("nps", {"responded_on": "2025-04-04", "score": 9, "account": account}),
        ),
        ("nps changed", lambda: update_record(engine, "nps", made["nps"], {"score": 3})),
        ("nps deleted", lambda: delete_records(engine, "nps", [made["nps"]])),
        (
            "quota new",
            lambda: created(
                "quotas",
                {
                    "owner": owner,
                    "period_start": "2025-01-01",
                    "period_end": "2025-03-31",
                    "amount": 5e4,
                },
            ),
        ),
        ("quota changed", lambda: update_record(engine, "quotas", made["quotas"], {"amount": 6e4})),
        ("quota deleted", lambda: delete_records(engine, "quotas", [made["quotas"]])),
        (
            "forecast new",
            lambda: created(
                "forecasts",
                {"period_start": "2025-04-01", "period_end": "2025-06-30", "amount": 1e5},
            ),
        ),
        ("forecast deleted", lambda: delete_records(engine, "forecasts", [made["forecasts"]])),
        (
            "activity new",
            lambda: created(
                "activities",
                {
                    "done_on": "2025-05-05",
                    "type": "call",
                    "hours": 1.5,
                    "owner": owner,
                    "deal_external_id": deal["external_id"],
                },
            ),
        ),
        (
            "activity changed",
            lambda: update_record(engine, "activities", made["activities"], {"hours": 2.0}),
        ),
        ("activity deleted", lambda: delete_records(engine, "activities", [made["activities"]])),
        ("import", imported),
        ("undo import", undone),
    ]
    period = parse_period("2025")
    for label, write in steps:
        before = context.dataset()
        with qtbot.waitSignal(context.dataset_changed, timeout=60_000) as blocker:
            context.notify_changed(write())
        after = blocker.args[0]
        fresh = load_dataset(engine, snapshot=False)
        assert_same_dataset(after, fresh)
        assert compute_kpis(after, period) == compute_kpis(fresh, period), label
        if label.startswith(("deal", "lead", "spend")):  # patched: the other frames kept
            assert after.rates is before.rates, label
