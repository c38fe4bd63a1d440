"""Time Dealbook's first paint, frozen bundle against the source tree.

    python installers/measure_startup.py --frozen dist/dealbook/dealbook --source .venv/bin/python

Each run starts the app with ``DEALBOOK_EXIT_AFTER_PAINT=1`` (the window quits as soon as it
has painted once) on a demo database and measures the wall time from process start to exit,
which is what a user waits for. One warm-up run per variant is discarded (disk cache), then
the variants alternate for ``--runs`` rounds (so that the machine's load hits both alike) and
the medians are reported. The platform defaults to ``offscreen``; run under ``xvfb-run -a``
with ``--platform xcb`` for a real X server.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _env(home: Path, platform: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DEALBOOK_")}
    env.update(
        DEALBOOK_HOME=str(home),
        DEALBOOK_EXIT_AFTER_PAINT="1",
        QT_QPA_PLATFORM=platform,
        PYTHONDONTWRITEBYTECODE="0",
    )
    return env


MARK = "DEALBOOK_FIRST_PAINT_MS"


def _cpu_children() -> float:
    """User + system CPU seconds of every finished child process so far (0 on Windows)."""
    try:
        import resource
    except ImportError:  # Windows
        return 0.0
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


Timing = tuple[float, float, float | None]


def _time_once(cmd: list[str], env: dict[str, str], timeout: float) -> Timing:
    """(wall seconds from process start to exit, CPU seconds of the process, the app's own
    first-paint seconds or None).

    The app's figure (``DEALBOOK_FIRST_PAINT_MS``, printed by ``launch``) counts from the
    start of ``launch()``; the wall time adds interpreter start-up and the imports before it,
    which is where a frozen bundle could lose. The CPU time is the steadier figure on a busy
    machine, where the wall time mostly measures the other processes.
    """
    cpu0 = _cpu_children()
    start = time.perf_counter()
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=timeout)
    elapsed = time.perf_counter() - start
    cpu = _cpu_children() - cpu0
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} exited {proc.returncode}:\n{proc.stderr[-2000:]}")
    own = next(
        (
            float(line.split()[1]) / 1000
            for line in proc.stdout.splitlines()
            if line.startswith(MARK)
        ),
        None,
    )
    return elapsed, cpu, own


def measure_interleaved(
    cmds: dict[str, list[str]], env: dict[str, str], runs: int, timeout: float
) -> dict[str, list[Timing]]:
    """``runs`` timings of each command, alternating them so that a change in the machine's
    load affects both alike; one discarded warm-up run of each first (disk cache)."""
    for cmd in cmds.values():
        _time_once(cmd, env, timeout)
    results: dict[str, list[Timing]] = {name: [] for name in cmds}
    for _ in range(runs):
        for name, cmd in cmds.items():
            results[name].append(_time_once(cmd, env, timeout))
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--frozen", type=Path, required=True, help="the bundle's executable")
    parser.add_argument("--source", default=sys.executable, help="Python with dealbook installed")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--deals", type=int, default=1500, help="demo deals in the database")
    parser.add_argument("--platform", default="offscreen")
    parser.add_argument("--timeout", type=float, default=120.0)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="dealbook-startup-") as tmp:
        home = Path(tmp)
        env = _env(home, args.platform)
        db = home / "demo-company.sqlite"
        source_cmd = [args.source, "-m", "desktop_app.cli"]
        subprocess.run(
            [*source_cmd, "demo", "--db", str(db), "--deals", str(args.deals), "--seed", "7"],
            env=env,
            check=True,
            capture_output=True,
            cwd=ROOT,
        )
        env["DEALBOOK_DB"] = str(db)
        results = measure_interleaved(
            {"source": source_cmd, "frozen": [str(args.frozen)]}, env, args.runs, args.timeout
        )
    summary: dict[str, object] = {"deals": args.deals, "platform": args.platform}
    for name, runs in results.items():
        walls = [wall for wall, _cpu, _own in runs]
        cpus = [cpu for _wall, cpu, _own in runs]
        owns = [own for _wall, _cpu, own in runs if own is not None]
        summary[name] = {
            "wall_median_s": round(statistics.median(walls), 3),
            "wall_runs_s": [round(t, 3) for t in walls],
            "cpu_median_s": round(statistics.median(cpus), 3),
            "in_app_median_s": round(statistics.median(owns), 3) if owns else None,
        }
    if args.json:
        print(json.dumps(summary, indent=2))
    else:
        for name in ("source", "frozen"):
            row = summary[name]
            assert isinstance(row, dict)
            walls_text = ", ".join(f"{t:.2f}" for t in row["wall_runs_s"])
            print(
                f"   {name:6s} start to exit after first paint: median {row['wall_median_s']:.2f} s "
                f"({walls_text}); CPU {row['cpu_median_s']:.2f} s; "
                f"inside launch(): {row['in_app_median_s']} s"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
