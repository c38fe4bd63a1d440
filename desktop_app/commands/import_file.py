"""``dealbook import FILE``: bring a CRM export or a native file into the workspace."""

from __future__ import annotations

import argparse

from desktop_app.commands import _common
from desktop_app.importing.fields import KINDS
from desktop_app.importing.presets import PRESET_NAMES


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "import",
        help="import a CSV/XLSX export of your CRM or a native Dealbook file",
        description="Import a CSV, TSV or XLSX file. Rows that break the rules are listed, "
        "the rest imports; importing the same file again adds nothing.",
    )
    p.add_argument("file", metavar="FILE", help="the file to import")
    _common.add_db_option(p)
    p.add_argument("--kind", choices=list(KINDS), default="deals", help="what the file holds")
    p.add_argument(
        "--preset",
        choices=list(PRESET_NAMES),
        default="auto",
        help="the CRM that wrote the file (default: detect it)",
    )
    p.add_argument("--dry-run", action="store_true", help="check and count, write nothing")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.add_argument(
        "--date-order",
        choices=["dmy", "mdy"],
        default=None,
        help="day/month order for date columns that cannot tell",
    )
    p.add_argument("--sheet", default=None, help="the XLSX sheet to read (default: the first)")
    p.add_argument(
        "--adopt-stages",
        action="store_true",
        help="first import into an empty workspace: use the CRM's open stages",
    )
    p.set_defaults(func=run)


def _summary(d: dict) -> str:
    lines = [
        f"{d['file']}: {d['kind']} ({d['preset']}), {d['rows_read']} rows read.",
        f"Imported {d['imported']}, updated {d['updated']}, duplicates {d['duplicates']}, "
        f"rejected {d['rejected']}." + ("  (dry run: nothing written)" if d.get("dry_run") else ""),
    ]
    for r in d["rejects"][:20]:
        lines.append(f"  row {r['row']} (line {r['line']}): {r['reason']} - {r['detail']}")
    if len(d["rejects"]) > 20:
        lines.append(f"  ... and {len(d['rejects']) - 20} more (use --json for all)")
    for k, v in d["warnings"].items():
        lines.append(f"Warning: {k.replace('_', ' ')}: {v}")
    for col, o in (d.get("date_order") or {}).items():
        if o["decided_by"] not in ("values", "not needed", "option"):
            lines.append(
                f"Dates in '{col}' could be read either way; read as {o['order'].upper()} "
                f"({o['decided_by']}). Use --date-order to change."
            )
    if d["kind"] == "deals":
        sc = d["status_counts"]
        lines.append(f"Deals: {sc['open']} open, {sc['won']} won, {sc['lost']} lost.")
    if d.get("batch_id"):
        lines.append(
            f"Import {d['batch_id']}; take it back with: dealbook undo-import {d['batch_id']}"
        )
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    from desktop_app.importing.api import ImportOptions, run_import
    from desktop_app.paths import resolve_db
    from desktop_app.store.engine import open_database

    engine = open_database(resolve_db(_common.db_arg(args)), create=True)
    try:
        opts = ImportOptions(
            date_order=args.date_order, sheet=args.sheet, adopt_stages=args.adopt_stages
        )
        report = run_import(engine, args.file, args.kind, args.preset, args.dry_run, opts)
    finally:
        engine.dispose()
    d = report.to_dict()
    if args.json:
        _common.print_json(d)
    else:
        print(_summary(d))
    return 0
