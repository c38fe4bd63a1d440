"""``dealbook demo``: fill a new (or empty) database with a believable demo company.

    dealbook demo [--db PATH] [--deals N] [--seed S] [--json]

Refuses a database that already holds data. Prints what it wrote.
"""

from __future__ import annotations

import argparse
import time
import unicodedata
from typing import Any

from desktop_app.commands._common import add_db_option, db_arg, print_json
from desktop_app.errors import UserError
from desktop_app.translation import QT_TRANSLATE_NOOP, translate

#: the demo's tables and counts, as the summary names them
_COUNTED = {
    "accounts": QT_TRANSLATE_NOOP("cli", "accounts"),
    "reps": QT_TRANSLATE_NOOP("cli", "reps"),
    "sources": QT_TRANSLATE_NOOP("cli", "sources"),
    "products": QT_TRANSLATE_NOOP("cli", "products"),
    "deals": QT_TRANSLATE_NOOP("cli", "deals"),
    "won": QT_TRANSLATE_NOOP("cli", "won"),
    "lost": QT_TRANSLATE_NOOP("cli", "lost"),
    "open": QT_TRANSLATE_NOOP("cli", "open"),
    "stage_history": QT_TRANSLATE_NOOP("cli", "stage history"),
    "leads": QT_TRANSLATE_NOOP("cli", "leads"),
    "spend": QT_TRANSLATE_NOOP("cli", "spend"),
    "nps": QT_TRANSLATE_NOOP("cli", "nps"),
    "quotas": QT_TRANSLATE_NOOP("cli", "quotas"),
    "forecasts": QT_TRANSLATE_NOOP("cli", "forecasts"),
    "rates": QT_TRANSLATE_NOOP("cli", "rates"),
    "activities": QT_TRANSLATE_NOOP("cli", "activities"),
}


def _width(text: str) -> int:
    """Terminal columns of ``text``: Chinese characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in ("W", "F") else 1 for c in text)


def register(subparsers: Any) -> None:
    """Add the ``demo`` subcommand."""
    parser = subparsers.add_parser(
        "demo",
        help=translate("cli", "fill a database with realistic demo data"),
        description=(
            translate(
                "cli",
                "Fill a new or empty database with a believable small B2B company: customers from "
                "before its first year, then whole calendar years up to today of deals, contracts "
                "renewed or lost, leads, the reps' activities, spend, NPS answers, quotas and "
                "forecasts.",
            )
        ),
    )
    add_db_option(parser)
    parser.add_argument(
        "--deals",
        type=int,
        default=1500,
        metavar="N",
        help=translate("cli", "number of deals (default 1500); the company's size follows"),
    )
    parser.add_argument(
        "--seed",
        type=int,
        metavar="S",
        help=translate("cli", "same seed, same data (default: random)"),
    )
    parser.add_argument(
        "--json", action="store_true", help=translate("cli", "print the counts as JSON")
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Create the demo company and print the row counts."""
    from desktop_app.commands._common import shown, workspace_target
    from desktop_app.store.demo import MAX_DEALS, generate_demo
    from desktop_app.store.engine import open_database

    if not 1 <= args.deals <= MAX_DEALS:
        raise UserError(
            translate("cli", "--deals must lie between 1 and {0}.").format(f"{MAX_DEALS:,}")
        )
    path = workspace_target(db_arg(args))
    started = time.perf_counter()
    engine = open_database(path, create=True)
    try:
        counts = generate_demo(engine, deals=args.deals, seed=args.seed)
    finally:
        engine.dispose()
    seconds = time.perf_counter() - started
    if args.json:
        print_json(
            {"db": shown(path), "seed": args.seed, "counts": counts, "seconds": round(seconds, 2)}
        )
        return 0
    print(
        translate("cli", "Demo company written to {0} in {1} s:").format(
            shown(path), f"{seconds:.1f}"
        )
    )
    names = {k: translate("cli", _COUNTED.get(k, k.replace("_", " "))) for k in counts}
    width = max(_width(n) for n in names.values())
    for key, value in counts.items():
        name = names[key]
        print(f"  {name}{' ' * (width - _width(name))}  {value:>8,}")
    return 0
