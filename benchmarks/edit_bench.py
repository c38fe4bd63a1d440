"""One edited deal in a big workspace, to the figures of the updated dashboard (not a test).

    python -m benchmarks.edit_bench [--deals 1000000]

Opens the cached synthetic database (``benchmarks._synthetic``), loads it as the window
does (from its snapshot when current), then edits one deal's amount through the store's
repository and times what the window does next on its worker: the patched dataset
(``desktop_app.store.snapshot_patch``), kpi_core's prepared caches and the KPIs of a
quarter. The edit is then taken back the same way and the snapshot written again for the
database's new state, so the next benchmark still starts from a current snapshot. Prints
one JSON line: wall and CPU seconds of each step and the load average.
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


def _timed(fn, *args):  # type: ignore[no-untyped-def]
    start, cpu = time.perf_counter(), time.process_time()
    out = fn(*args)
    return out, time.perf_counter() - start, time.process_time() - cpu


def measure(deals: int) -> dict[str, float | int]:
    from benchmarks._synthetic import cached_db
    from benchmarks.kpi_bench import PERIODS, TODAY
    from desktop_app.store import snapshot
    from desktop_app.store.engine import open_database
    from desktop_app.store.loader import load_dataset, load_kpi_settings
    from desktop_app.store.repository import update_record
    from desktop_app.store.snapshot_patch import patch_dataset
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
    deal = int(dataset.deals["id"].iloc[len(dataset.deals) // 2])
    amount = float(dataset.deals["amount"].iloc[len(dataset.deals) // 2])
    result: dict[str, float | int] = {"deals": deals, "load_s": load_s, "load_cpu_s": load_cpu}
    for label, value in (("edit", amount + 1), ("undo", amount)):
        marks = [(time.perf_counter(), time.process_time())]
        changes = update_record(engine, "deals", deal, {"amount": value})
        marks.append((time.perf_counter(), time.process_time()))
        patched = patch_dataset(path, dataset, "deals", changes.ids)
        assert patched is not None
        marks.append((time.perf_counter(), time.process_time()))
        prepare(patched, settings.base_currency, settings.stages)
        marks.append((time.perf_counter(), time.process_time()))
        compute_kpis(patched, period, Filters(), settings, today=TODAY)
        marks.append((time.perf_counter(), time.process_time()))
        for i, name in enumerate(("write", "patch", "prepare", "kpis")):
            result[f"{label}_{name}_s"] = round(marks[i + 1][0] - marks[i][0], 4)
            result[f"{label}_{name}_cpu_s"] = round(marks[i + 1][1] - marks[i][1], 4)
        result[f"{label}_after_write_s"] = round(marks[-1][0] - marks[1][0], 4)
        result[f"{label}_after_write_cpu_s"] = round(marks[-1][1] - marks[1][1], 4)
        dataset = patched
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
