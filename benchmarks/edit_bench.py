"""One edited deal in a big workspace, to the figures of the updated dashboard (not a test).

    python -m benchmarks.edit_bench [--deals 1000000]

Opens the cached synthetic database (``benchmarks._synthetic``), loads it as the window
does (from its snapshot when current) and prepares it, then makes the writes the window
makes and times what the window does after each on its worker: the write through the
store's repository, ``desktop_app.ui.context.patch_workspace`` (the written rows read
again, the frames spliced, kpi_core's prepared data and the families' caches carried over)
and the KPIs of the dashboard's period; and, from the same patched dataset, the
dashboard's first recompute (``compute_dashboard``: the period's KPIs, chart series and
planner rates), whose time plus the patch's is ``<write>_to_dashboard_s``. The writes: one deal's amount (a lost deal, then a
won deal with a contract) and back, a lead's name and back, a new deal and its deletion;
the database ends as it began (but for the new deal's id), and the snapshot is written
again for its state so the next benchmark still starts from a current one. Last, the whole of the dashboard's
recompute after an edit (``compute_dashboard``: KPIs, chart series, planner rates).
Prints one JSON line: wall and CPU seconds of each step and the load average.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def _timed(fn, *args, **kwargs):  # type: ignore[no-untyped-def]
    start, cpu = time.perf_counter(), time.process_time()
    out = fn(*args, **kwargs)
    return out, time.perf_counter() - start, time.process_time() - cpu


def measure(deals: int) -> dict[str, float | int]:
    from benchmarks._synthetic import cached_db
    from benchmarks.kpi_bench import PERIODS, TODAY
    from desktop_app.store import snapshot
    from desktop_app.store.engine import open_database
    from desktop_app.store.loader import load_dataset, load_kpi_settings
    from desktop_app.store.repository import create_record, delete_records, update_record
    from desktop_app.ui.context import patch_workspace
    from desktop_app.ui.dashboard.compute import ResultCache, compute_dashboard
    from kpi_core import prepare
    from kpi_core.engine import compute_kpis
    from kpi_core.filters import Filters
    from kpi_core.periods import parse_period

    path = cached_db(deals)
    engine = open_database(path)
    dataset, load_s, load_cpu = _timed(load_dataset, engine)
    settings = load_kpi_settings(engine)
    prepare(dataset, settings.base_currency, settings.stages)
    period = parse_period(PERIODS["quarter"])
    compute_kpis(dataset, period, Filters(), settings, today=TODAY)
    result: dict[str, float | int] = {"deals": deals, "load_s": load_s, "load_cpu_s": load_cpu}
    for i in (1, 2):  # the KPIs with nothing changed, to compare with those after an edit
        _, wall, cpu = _timed(compute_kpis, dataset, period, Filters(), settings, today=TODAY)
        result[f"unchanged_kpis_{i}_s"], result[f"unchanged_kpis_{i}_cpu_s"] = wall, cpu
    middle = dataset.deals.iloc[len(dataset.deals) // 2]
    lead = dataset.leads.iloc[len(dataset.leads) // 2]
    frame = dataset.deals
    contract = frame[
        (frame["status"] == "won") & (frame["contract_months"] > 0) & frame["closed_on"].notna()
    ].iloc[0]
    new_deal = {
        "title": "Benchmark deal",
        "account": str(middle["account"]),
        "owner": str(middle["owner"]),
        "stage": str(middle["stage"]),
        "status": "open",
        "amount": 1234.0,
        "created_on": "2025-11-03",
    }
    writes = [
        (
            "edit",
            lambda: update_record(
                engine, "deals", int(middle["id"]), {"amount": float(middle["amount"]) + 1}
            ),
        ),
        (
            "undo",
            lambda: update_record(
                engine, "deals", int(middle["id"]), {"amount": float(middle["amount"])}
            ),
        ),
        (
            "contract_edit",
            lambda: update_record(
                engine, "deals", int(contract["id"]), {"amount": float(contract["amount"]) + 1}
            ),
        ),
        (
            "contract_undo",
            lambda: update_record(
                engine, "deals", int(contract["id"]), {"amount": float(contract["amount"])}
            ),
        ),
        (
            "lead_edit",
            lambda: update_record(engine, "leads", int(lead["id"]), {"name": f"{lead['name']} *"}),
        ),
        (
            "lead_undo",
            lambda: update_record(engine, "leads", int(lead["id"]), {"name": str(lead["name"])}),
        ),
        ("new", lambda: create_record(engine, "deals", new_deal)),
        ("delete", lambda: delete_records(engine, "deals", [created])),
    ]
    created = 0
    for label, write in writes:
        marks = [(time.perf_counter(), time.process_time())]
        changes = write()
        marks.append((time.perf_counter(), time.process_time()))
        patched, _settings = patch_workspace(engine, dataset, settings, changes)
        marks.append((time.perf_counter(), time.process_time()))
        compute_kpis(patched, period, Filters(), settings, today=TODAY)
        marks.append((time.perf_counter(), time.process_time()))
        if label == "new":
            created = changes.id
        for i, name in enumerate(("write", "patch", "kpis")):
            result[f"{label}_{name}_s"] = round(marks[i + 1][0] - marks[i][0], 4)
            result[f"{label}_{name}_cpu_s"] = round(marks[i + 1][1] - marks[i][1], 4)
        result[f"{label}_after_write_s"] = round(marks[-1][0] - marks[1][0], 4)
        result[f"{label}_after_write_cpu_s"] = round(marks[-1][1] - marks[1][1], 4)
        # what the window's dashboard does when the patched dataset arrives (its first step:
        # the period's figures and charts; the previous period follows)
        _, wall, cpu = _timed(
            compute_dashboard,
            patched,
            period,
            Filters(),
            settings,
            True,
            None,
            ResultCache(),
            with_previous=False,
        )
        result[f"{label}_to_dashboard_s"] = round(marks[2][0] - marks[1][0] + wall, 4)
        result[f"{label}_to_dashboard_cpu_s"] = round(marks[2][1] - marks[1][1] + cpu, 4)
        dataset = patched
    # what the dashboard does on its worker when the patched dataset arrives
    _, wall, cpu = _timed(
        compute_dashboard,
        dataset,
        period,
        Filters(),
        settings,
        True,
        None,
        ResultCache(),
        with_previous=False,
    )
    result["dashboard_after_edit_s"], result["dashboard_after_edit_cpu_s"] = (
        round(wall, 4),
        round(cpu, 4),
    )
    with sqlite3.connect(path) as conn:
        conn.execute("BEGIN")
        key = snapshot.read_key(conn)
    if key is not None:  # the patched dataset is the database's state (tested)
        snapshot.write(snapshot.snapshot_path(path), key, dataset)
    engine.dispose()
    result["load_average"] = round(os.getloadavg()[0], 1)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--deals", type=int, default=1_000_000)
    args = parser.parse_args(argv)
    print(json.dumps(measure(args.deals)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
