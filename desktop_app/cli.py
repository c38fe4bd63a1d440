"""The ``dealbook`` command line.

``dealbook`` alone opens the window; each subcommand lives in its own module under
``desktop_app.commands`` and registers itself here. Errors the user can fix are one plain
sentence on stderr and exit status 1, never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys

from desktop_app import __version__
from desktop_app.errors import UserError

#: subcommand modules, in the order ``--help`` lists them
COMMAND_MODULES = (
    "desktop_app.commands.demo",
    "desktop_app.commands.import_file",
    "desktop_app.commands.imports",
    "desktop_app.commands.undo_import",
    "desktop_app.commands.kpi",
    "desktop_app.commands.report",
    "desktop_app.commands.export",
)

log = logging.getLogger("dealbook")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dealbook",
        description="Dealbook: the offline sales-KPI desk. Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"Dealbook {__version__}")
    parser.add_argument("--db", help="database file (default: your Dealbook data folder)")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation end to end in a temporary folder and exit",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        module = importlib.import_module(name)
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.self_test:
            from desktop_app.selftest import run_self_test

            return run_self_test()
        if not args.command:
            from desktop_app.ui.launch import launch

            return launch(args.db)
        return int(args.func(args) or 0)
    except UserError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("Stopped.", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - last line of defence: no traceback for users
        log.exception("unexpected error")
        print(
            f"Dealbook stopped on an unexpected error ({type(exc).__name__}: {exc}). "
            "Please report this message; the log file has the details.",
            file=sys.stderr,
        )
        return 1


if __name__ == "__main__":
    sys.exit(main())
