"""``dealbook demo``: fill a new (or empty) database with a believable demo company.

    dealbook demo [--db PATH] [--deals N] [--seed S] [--json]

Refuses a database that already holds data. Prints what it wrote.
"""

from __future__ import annotations

import argparse
import time
from typing import Any

from desktop_app.commands._common import add_db_option, db_arg, print_json
from desktop_app.errors import UserError
from desktop_app.translation import translate


def register(subparsers: Any) -> None:
    """Add the ``demo`` subcommand."""
    parser = subparsers.add_parser(
        "demo",
        help="fill a database with realistic demo data",
        description=(
            "Fill a new or empty database with a believable small B2B company: customers from "
            "before its first month, then 24 months of deals, contracts renewed or lost, "
            "leads, the reps' activities, spend, NPS answers, quotas and forecasts."
        ),
    )
    add_db_option(parser)
    parser.add_argument(
        "--deals",
        type=int,
        default=1500,
        metavar="N",
        help="number of deals (default 1500); the company's size follows",
    )
    parser.add_argument(
        "--seed", type=int, metavar="S", help="same seed, same data (default: random)"
    )
    parser.add_argument("--json", action="store_true", help="print the counts as JSON")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Create the demo company and print the row counts."""
    from desktop_app.paths import resolve_db
    from desktop_app.store.demo import MAX_DEALS, generate_demo
    from desktop_app.store.engine import open_database

    if not 1 <= args.deals <= MAX_DEALS:
        raise UserError(
            translate("cli", "--deals must lie between 1 and {0}.").format(f"{MAX_DEALS:,}")
        )
    path = resolve_db(db_arg(args))
    started = time.perf_counter()
    engine = open_database(path, create=True)
    try:
        counts = generate_demo(engine, deals=args.deals, seed=args.seed)
    finally:
        engine.dispose()
    seconds = time.perf_counter() - started
    if args.json:
        print_json(
            {"db": str(path), "seed": args.seed, "counts": counts, "seconds": round(seconds, 2)}
        )
        return 0
    print(translate("cli", "Demo company written to {0} in {1} s:").format(path, f"{seconds:.1f}"))
    width = max(len(k) for k in counts)
    for key, value in counts.items():
        print(f"  {key.replace('_', ' '):<{width}}  {value:>8,}")
    return 0
