"""``dealbook export``: write one table in the native format (the import's own columns).

    dealbook export [--db PATH] [--kind deals|leads|spend|nps|quotas|forecasts|accounts|rates]
                    --out FILE.csv|FILE.xlsx [--json]

See ``desktop_app.store.export`` for the format (UTF-8 CSV with BOM, formula escaping).
"""

from __future__ import annotations

import argparse
from typing import Any

from desktop_app.commands._common import add_db_option, db_arg, existing_db, print_json
from desktop_app.errors import UserError
from desktop_app.store.kinds import KINDS as DECLARED_KINDS
from desktop_app.translation import translate

KINDS = tuple(DECLARED_KINDS)


def register(subparsers: Any) -> None:
    """Add the ``export`` subcommand."""
    parser = subparsers.add_parser(
        "export",
        help=translate("cli", "write a table as CSV or XLSX in the native format"),
        description=(
            translate(
                "cli",
                "Write one table as CSV (UTF-8) or XLSX with the native column names, "
                "ready to import again.",
            )
        ),
    )
    add_db_option(parser)
    parser.add_argument(
        "--kind",
        choices=KINDS,
        default="deals",
        help=translate("cli", "which table (default deals)"),
    )
    parser.add_argument(
        "--out", required=True, metavar="FILE", help=translate("cli", "FILE.csv or FILE.xlsx")
    )
    parser.add_argument(
        "--json", action="store_true", help=translate("cli", "print the result as JSON")
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Export the table and print where it went."""
    from pathlib import Path

    from desktop_app.output_files import check_output_target, output_file
    from desktop_app.store.engine import open_database
    from desktop_app.store.export import export_kind

    out = Path(args.out).expanduser()
    check_output_target(out)  # a folder, or a folder that does not exist
    if out.suffix.lower() not in (".csv", ".xlsx"):
        raise UserError(translate("cli", "--out {0} must end in .csv or .xlsx.").format(out.name))
    path = existing_db(db_arg(args))
    engine = open_database(path, create=False)
    try:
        with output_file(out) as tmp:  # whole or nothing: a full disk leaves no cut-off file
            rows = export_kind(engine, args.kind, tmp)
    finally:
        engine.dispose()
    if args.json:
        print_json({"out": str(out), "kind": args.kind, "rows": rows})
    else:
        print(
            translate("cli", "%Ln row(s) of {0} written to {1}", None, rows).format(args.kind, out)
        )
    return 0
