"""``dealbook undo-import ID``: take one import back."""

from __future__ import annotations

import argparse

from desktop_app.commands import _common


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("undo-import", help="take one import back")
    p.add_argument("batch_id", metavar="ID", type=int, help="the import number (see imports)")
    _common.add_db_option(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from desktop_app.importing.api import undo_import
    from desktop_app.paths import resolve_db
    from desktop_app.store.engine import open_database

    engine = open_database(resolve_db(_common.db_arg(args)), create=False)
    try:
        res = undo_import(engine, args.batch_id)
    finally:
        engine.dispose()
    print(
        f"Import {args.batch_id} undone: {res.deleted} rows removed, {res.updated} rows restored."
    )
    return 0
