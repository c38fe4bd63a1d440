"""Helpers shared by the subcommands: the --db/--json options and JSON printing."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any


def add_db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        dest="sub_db",
        metavar="PATH",
        help="database file (default: DEALBOOK_DB, else dealbook.sqlite in your data folder)",
    )


def db_arg(args: argparse.Namespace) -> str | None:
    """``--db`` given after the subcommand wins over one given before it."""
    return getattr(args, "sub_db", None) or getattr(args, "db", None)


def print_json(obj: Any) -> None:
    json.dump(obj, sys.stdout, ensure_ascii=False, indent=2, allow_nan=False)
    sys.stdout.write("\n")
