"""``dealbook imports``: the past imports with their reports."""

from __future__ import annotations

import argparse

from desktop_app.commands import _common
from desktop_app.translation import translate


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("imports", help=translate("cli", "list past imports"))
    _common.add_db_option(p)
    p.add_argument("--json", action="store_true", help=translate("cli", "print the list as JSON"))
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from desktop_app.importing.api import list_imports
    from desktop_app.store.engine import open_database

    engine = open_database(_common.workspace_target(_common.db_arg(args)), create=False)
    try:
        items = list_imports(engine)
    finally:
        engine.dispose()
    if args.json:
        _common.print_json(items)
        return 0
    if not items:
        print(translate("cli", "No imports yet."))
    for it in items:
        state = (
            translate("cli", "undone {0}").format(it["undone_at"][:16])
            if it["undone_at"]
            else translate("cli", "active")
        )
        counts = translate("cli", "imported {0}, updated {1}, rejected {2}").format(
            it["imported"], it["updated"], it["rejected"]
        )
        print(
            f"{it['id']:>4}  {(it['started_at'] or '')[:16]}  {it['kind']:<9} "
            f"{it['file']}  {counts}  [{state}]"
        )
    return 0
